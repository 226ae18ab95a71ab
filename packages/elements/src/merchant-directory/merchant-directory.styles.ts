import { css } from 'lit';

/**
 * The directory's functional look: neutral, with `--club-*` custom properties
 * (defaults as fallbacks, so they inherit from any ancestor). The window's spacer
 * heights come from `--_club-dir-before`/`--_club-dir-after`, set on `:host` by a per-instance
 * constructable stylesheet (never a style attribute).
 */
export const merchantDirectoryStyles = css`
  form {
    display: grid;
    gap: var(--_club-space);
    margin: 0 0 var(--_club-space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 10rem;
  }
  .search-row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .search-row input {
    flex: 1 1 auto;
  }
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_club-space);
    align-items: flex-start;
  }
  .hint {
    color: var(--_club-color-muted);
    font-size: 0.875em;
  }
  [part~='amount-error'] {
    color: var(--_club-color-danger);
    font-size: 0.875em;
  }
  [part~='status'] {
    margin: 0 0 0.5rem;
    min-height: 1.5em;
    color: var(--_club-color-muted);
  }
  [part~='list'] {
    height: var(--club-list-height, 480px);
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
  }
  .spacer-before {
    height: var(--_club-dir-before, 0px);
  }
  .spacer-after {
    height: var(--_club-dir-after, 0px);
  }
  [part~='row'] {
    height: var(--club-row-height, 72px);
    overflow: hidden;
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-rows: auto auto;
    align-content: center;
    column-gap: 0.5rem;
    padding: 0 var(--_club-space);
    border-bottom: 1px solid var(--_club-color-border);
    cursor: pointer;
  }
  [part~='row-active'] {
    outline: 2px solid var(--_club-color-accent);
    outline-offset: -2px;
  }
  [part~='list']:focus-visible [part~='row-active'] {
    outline-width: 3px;
  }
  [part~='row-name'] {
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part~='row-meta'] {
    grid-column: 1;
    color: var(--_club-color-muted);
    font-size: 0.875em;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part~='badge'] {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
    padding: 0.125rem 0.5rem;
    border-radius: var(--_club-radius);
    background: var(--club-badge-background, #e6f4ea);
    color: var(--club-badge-color, #14532d);
    font-size: 0.875em;
    font-weight: 600;
  }
  [part~='empty'],
  [part~='not-configured'] {
    color: var(--_club-color-muted);
  }
  [part~='error'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin: 0.5rem 0;
    padding: 0.5rem var(--_club-space);
    border: 1px solid var(--_club-color-danger);
    border-radius: var(--_club-radius);
    color: var(--_club-color-danger);
  }
  [part~='error-message'] {
    margin: 0;
  }
  [part~='detail'] h2 {
    margin: 0.5rem 0 0.25rem;
    font-size: 1.25em;
  }
  [part~='detail'] h3 {
    margin: var(--_club-space) 0 0.25rem;
    font-size: 1em;
  }
  [part~='detail-info'] {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem var(--_club-space);
    margin: 0.5rem 0;
  }
  [part~='detail-info'] dd {
    margin: 0;
  }
  [part~='detail-info'] a {
    color: var(--_club-color-accent);
    display: inline-block;
    min-height: 24px;
  }
  [part~='saving'] {
    font-weight: 600;
  }
  [part~='offers'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  [part~='offer'] {
    padding: 0.5rem var(--_club-space);
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  [part~='offer-best'] {
    border-width: 2px;
    border-color: var(--club-badge-color, #14532d);
  }
  [part~='offer'] [part~='badge'] {
    margin-inline-start: 0.5rem;
  }
  [part~='offer-title'] {
    font-weight: 600;
  }
  [part~='offer-terms'] {
    margin: 0.25rem 0;
    padding-inline-start: 1.25rem;
  }
  [part~='offer-saving'] {
    margin: 0;
  }
`;
