import { css } from 'lit';

/**
 * The one error box: `.club-alert` (and every widget's `.error` box), a message and its way out,
 * with a danger edge on the inline start.
 */
export const alertStyles = css`
  .club-alert,
  .error {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    margin: 0 0 var(--_club-space);
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
  }
  :is(.club-alert, .error) > * {
    margin: 0;
  }
`;
