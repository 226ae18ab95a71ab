import { css } from 'lit';

/**
 * What every widget's controls share, listed after a widget's own styles: one height, radius,
 * border, surface and padding for every text input, select, textarea and button
 * (`--club-control-height`, `--club-radius`, `--club-input-border`); buttons drawn as an outline
 * in `--club-color-accent` (secondary) or, with class `primary`, filled with `--club-button-background`
 * and lettered in `--club-button-color` (the accent and its text by default); selects drawn like the inputs beside them (no native chrome, a
 * chevron in `currentColor`); a disabled control dimmed; and an invalid control (`aria-invalid="true"`) with a thicker border
 * in `--club-color-danger`, told apart without colour alone. The focus ring is `baseStyles`'.
 * Element selectors only, so a widget's class or part rule, and a page's `::part()` rule, win.
 */
export const controlStyles = css`
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea,
  button {
    min-height: var(--_club-control-height);
    padding: 0 0.75rem;
    border: var(--club-input-border, 1px solid var(--_club-color-border));
    border-radius: var(--_club-radius);
    background-color: var(--_club-color-surface);
    color: inherit;
  }
  textarea {
    min-height: 6rem;
    padding-block: 0.5rem;
    resize: vertical;
  }
  button {
    padding: 0 1rem;
    border-color: var(--_club-color-accent);
    color: var(--_club-color-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .primary {
    background-color: var(--club-button-background, var(--_club-color-accent));
    color: var(--club-button-color, var(--_club-color-accent-text));
  }
  [aria-disabled='true'],
  :disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  select {
    appearance: none;
    padding-inline-end: 2rem;
    /* A chevron pointing down, in the text's colour. */
    background: conic-gradient(from -45deg at bottom, currentColor 90deg, #0000 0) right 0.75rem center / 10px 5px
      no-repeat var(--_club-color-surface);
  }
  [aria-invalid='true'] {
    border-color: var(--_club-color-danger);
    border-width: 2px;
  }
`;
