import { css } from 'lit';

/**
 * What a member widget shows while it loads: `.club-skeleton` (grey blocks that hold the layout
 * while data loads) and `.club-appear` (the single motion: content fades in when it arrives;
 * none under `prefers-reduced-motion`).
 */
export const feedbackStyles = css`
  .club-skeleton {
    display: block;
    min-height: 1em;
    border-radius: var(--_club-radius);
    background: var(--_club-color-skeleton);
    animation: club-pulse 1.4s infinite;
  }
  .club-appear {
    animation: club-appear 0.2s;
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
