import { css } from 'lit';

/**
 * What every widget's controls and messages share, listed after a widget's own styles so it wins
 * over them: one height and radius for every text input and select (`--club-control-height`,
 * `--club-radius`), selects drawn like the inputs beside them (no native chrome, a chevron in
 * `currentColor`), and an invalid control (`aria-invalid="true"`) with a thicker border in
 * `--club-color-danger`, told apart without colour alone.
 *
 * It also holds the one pattern each widget uses for feedback: `.club-alert` (an error, with its
 * message and its way out), `.club-empty` (nothing to show, and what to do about it),
 * `.club-skeleton` (grey blocks that hold the layout while data loads) and `.club-appear` (the
 * single motion: content fades in when it arrives; none under `prefers-reduced-motion`).
 */
export const formControlStyles = css`
  input:not([type='checkbox'], [type='radio'], [type='range'], [type='file']),
  select {
    min-height: var(--_club-control-height);
    border-radius: var(--_club-radius);
  }
  select {
    appearance: none;
    padding-inline-end: 2rem;
    background-image:
      linear-gradient(45deg, transparent 50%, currentColor 50%),
      linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position:
      right 1rem center,
      right calc(1rem - 5px) center;
    background-size: 5px 5px;
    background-repeat: no-repeat;
  }
  [aria-invalid='true'] {
    border-color: var(--_club-color-danger);
    border-width: 2px;
  }
  .club-alert {
    margin: 0 0 var(--_club-space);
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
  }
  .club-alert > :first-child {
    margin-top: 0;
  }
  .club-alert > :last-child {
    margin-bottom: 0;
  }
  .club-empty {
    margin: 0;
    padding: calc(var(--_club-space) * 2) var(--_club-space);
    text-align: center;
    color: var(--_club-color-muted);
  }
  .club-skeleton {
    display: block;
    min-height: 1em;
    border-radius: var(--_club-radius);
    background: var(--_club-color-skeleton);
    animation: club-pulse 1.4s ease-in-out infinite;
  }
  .club-appear {
    animation: club-appear 160ms ease-out;
  }
  @keyframes club-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @keyframes club-appear {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .club-skeleton,
    .club-appear {
      animation: none;
    }
  }
`;
