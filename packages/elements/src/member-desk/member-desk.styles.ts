import { css } from 'lit';

export const memberDeskStyles = css`
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
  }
  .panel + .panel {
    margin-top: 1.5rem;
  }
  h3 {
    margin: 0.75rem 0;
    font-size: 1.125em;
  }
  h4 {
    margin: 1rem 0 0.5rem;
    font-size: 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.875em;
    color: var(--_club-color-muted);
  }
  .search {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.5rem 0.75rem;
    align-items: end;
  }
  button.danger {
    border-color: var(--_club-color-danger);
    color: var(--_club-color-danger);
  }
  .status {
    min-height: 1.5em;
    margin: 0.5rem 0;
    color: var(--_club-color-muted);
  }
  .message,
  .note {
    color: var(--_club-color-muted);
  }
  .hint {
    margin: 0;
    font-size: 0.875em;
  }
  .campaigns {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .running {
    margin-inline-start: 0.5em;
    color: var(--_club-color-success);
    font-weight: 600;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  .table :is(th, td) {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_club-color-border);
    text-align: start;
    vertical-align: top;
  }
  .table thead th {
    color: var(--_club-color-muted);
    font-weight: 500;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .fields {
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
  .plain {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .membership,
  .step-form,
  .confirm {
    display: grid;
    gap: 0.5rem;
    margin: 0.5rem 0;
    padding: 0.75rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  .step-form {
    max-width: 32rem;
  }
  .step-form h4,
  .confirm p {
    margin: 0;
  }
  .confirm {
    border-color: var(--_club-color-accent);
  }
  .done p {
    margin: 0.5rem 0;
  }
  .field-error {
    margin: 0;
    color: var(--_club-color-danger);
    font-size: 0.875em;
  }
`;
