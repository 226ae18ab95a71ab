import { css } from 'lit';

/** The one empty state: `.club-empty`, nothing to show and what to do about it. */
export const emptyStyles = css`
  .club-empty {
    margin: 0;
    padding: calc(var(--_club-space) * 2) var(--_club-space);
    text-align: center;
    color: var(--_club-color-muted);
  }
`;
