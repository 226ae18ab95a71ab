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
  select,
  input,
  textarea {
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
    color: var(--_club-color-text);
    font: inherit;
  }
  textarea {
    min-height: 4.5rem;
    resize: vertical;
  }
  button {
    min-height: 2.25rem;
    padding: 0 0.875rem;
    border: 1px solid var(--_club-color-accent);
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
    color: var(--_club-color-accent);
    font: inherit;
    cursor: pointer;
  }
  button.primary {
    background: var(--_club-color-accent);
    color: var(--_club-color-accent-text);
  }
  button.danger {
    border-color: var(--_club-color-danger);
    color: var(--_club-color-danger);
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  :is(button, input, select, textarea, h3, [tabindex]):focus-visible {
    outline: 3px solid var(--_club-color-accent);
    outline-offset: 2px;
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
  .error {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_club-color-danger);
    border-radius: var(--_club-radius);
    color: var(--_club-color-danger);
  }
  .error p {
    margin: 0 0 0.25rem;
  }
`;
