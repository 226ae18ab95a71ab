import { css } from 'lit';

/**
 * The directory's functional look: neutral, with `--club-*` custom properties
 * (defaults as fallbacks, so they inherit from any ancestor). The window's spacer
 * heights come from `--_club-dir-before`/`--_club-dir-after`, set on `:host` by a per-instance
 * constructable stylesheet (never a style attribute).
 *
 * Narrow (the widget under 36rem wide, a container query): the filters fold behind a button,
 * a row stacks its lines (name and branch, address or distance, offer, and the saving on its own
 * line) and grows by one line, and one more with an amount; the list is at most 60 % of the
 * screen high and hands the scroll on to the page at its ends. Every row stays one height, which
 * the window measures.
 */
export const merchantDirectoryStyles = css`
  [part~='base'] {
    container-type: inline-size;
  }
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
  .search-row button {
    min-height: var(--_club-control-height);
  }
  [part~='filters'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: var(--_club-space);
    align-items: start;
  }
  [part~='filters-toggle'] {
    display: none;
    justify-self: start;
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
  .frame {
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
  .row {
    box-sizing: border-box;
    height: var(--club-row-height, 72px);
    overflow: hidden;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-content: center;
    gap: 0.125rem 0.5rem;
    padding: 0 var(--_club-space);
    border-bottom: 1px solid var(--_club-color-border);
    cursor: pointer;
  }
  [part~='skeleton'] .club-skeleton {
    grid-column: 1;
    width: 60%;
  }
  [part~='skeleton'] .club-skeleton + .club-skeleton {
    width: 85%;
    min-height: 0.75em;
  }
  [part~='row-active'] {
    outline: 2px solid var(--_club-color-accent);
    outline-offset: -2px;
  }
  [part~='list']:focus-visible [part~='row-active'] {
    outline-width: 3px;
  }
  [part~='row-title'],
  [part~='row-meta'],
  [part~='row-category'] {
    min-width: 0;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part~='row-name'] {
    font-weight: 600;
  }
  [part~='row-meta'] {
    display: flex;
    gap: 0.5rem;
    grid-column: 1;
  }
  [part~='row-meta'],
  [part~='row-branch'],
  [part~='row-no-offer'] {
    color: var(--_club-color-muted);
    font-size: 0.875em;
  }
  [part~='row-place'] {
    flex: none;
  }
  [part~='row-offer'] {
    grid-area: 1 / 2;
    justify-self: end;
    font-size: 0.875em;
    white-space: nowrap;
  }
  [part~='badge'] {
    grid-column: 2;
    justify-self: end;
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
  [part~='error-message'] {
    color: var(--_club-color-danger);
  }
  @container (max-width: 36rem) {
    [part~='filters-toggle'] {
      display: block;
    }
    [part~='filters'] {
      grid-template-columns: 1fr 1fr;
    }
    [part~='filters']:not(.open) {
      display: none;
    }
    .field {
      min-width: 0;
    }
    .field:last-child {
      grid-column: 1 / -1;
    }
    .frame {
      height: min(var(--club-list-height, 480px), 60vh);
      overscroll-behavior: auto;
    }
    .row {
      grid-template-columns: minmax(0, 1fr);
      height: calc(var(--club-row-height, 72px) + 1.5rem);
    }
    .priced .row {
      height: calc(var(--club-row-height, 72px) + 3rem);
    }
    [part~='row-offer'],
    [part~='badge'] {
      grid-area: auto;
      justify-self: start;
    }
  }
`;
