import { css } from 'lit';

export const procedureDeskStyles = css`
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
  }
  h3 {
    margin: 0.75rem 0;
  }
  h4 {
    margin: 1rem 0 0.5rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.875em;
    color: var(--_club-color-muted);
  }
  button.quiet {
    border-color: var(--_club-color-border);
    color: var(--_club-color-muted);
  }
  .status {
    min-height: 1.5em;
    margin: 0.5rem 0;
    color: var(--_club-color-muted);
  }
  .message,
  .note,
  .muted {
    color: var(--_club-color-muted);
  }
  .muted {
    font-size: 0.875em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .entry-button {
    display: grid;
    gap: 0.25rem;
    width: 100%;
    padding: 0.625rem 0.75rem;
    border-color: var(--_club-color-border);
    color: inherit;
    text-align: start;
  }
  [part~='entry-open'] .entry-button {
    border-inline-start: 4px solid var(--_club-color-accent);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .name {
    font-weight: 600;
  }
  .chip {
    padding: 0 0.5rem;
    border: 1px solid var(--_club-color-border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .record {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) 1fr;
    gap: 0.75rem;
  }
  dt {
    color: var(--_club-color-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_club-color-border);
    text-align: start;
    vertical-align: top;
  }
  th {
    color: var(--_club-color-muted);
    font-weight: 600;
  }
  .signed {
    color: var(--_club-color-text);
  }
  .refused {
    color: var(--_club-color-danger);
  }
  .waiting {
    color: var(--_club-color-muted);
  }
  .cell-actions,
  .steps,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .cell-actions {
    margin-top: 0.25rem;
  }
  .form {
    display: grid;
    gap: 0.375rem;
    max-width: 32rem;
    margin: 0.5rem 0;
    padding: 0.75rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  .form :is(h3, h5) {
    margin: 0;
    font-size: 1em;
  }
  .actions {
    margin-top: 0.5rem;
  }
  .hint {
    margin: 0;
    color: var(--_club-color-muted);
    font-size: 0.875em;
  }
  .field-error {
    margin: 0;
    color: var(--_club-color-danger);
    font-size: 0.875em;
  }
  .timeline {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  .timeline li span + span {
    margin-inline-start: 0.5rem;
  }
`;
