/**
 * The handbook panel's look, added to the card's shadow root (a constructed style sheet, as a
 * strict CSP allows) when the panel first opens.
 */
export const handbookStyles = `
  [part~='handbook']:not([hidden]) {
    display: grid;
    gap: calc(var(--_club-space) / 2);
    margin-top: var(--_club-space);
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
    color: var(--_club-color-text);
  }
  [part~='handbook'] h3,
  [part~='handbook'] h4,
  [part~='handbook'] p {
    margin: 0;
  }
  [part~='handbook'] h4 {
    margin-top: calc(var(--_club-space) / 2);
  }
  [part~='handbook-rights'],
  [part~='handbook-duties'] {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  [part~='handbook-effective'] {
    color: var(--_club-color-muted);
    font-size: 0.875em;
  }
  [part~='handbook-close-button'] {
    justify-self: start;
    min-height: var(--_club-control-height);
  }
`;
