import { css } from 'lit';

export const complaintDeskStyles = css`
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
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
  .note {
    color: var(--_club-color-muted);
  }
  .queue {
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
  [part~='entry-overdue'] .entry-button {
    border-inline-start: 4px solid var(--_club-color-danger);
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
  }
  .reference {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .overdue {
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_club-color-danger);
    color: #fff;
    font-size: 0.875em;
  }
  .chip {
    padding: 0 0.5rem;
    border: 1px solid var(--_club-color-border);
    border-radius: 999px;
    font-size: 0.875em;
  }
  .muted {
    color: var(--_club-color-muted);
    font-size: 0.875em;
  }
  .summary {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .complaint h3 {
    margin: 0.75rem 0;
  }
  .complaint h4 {
    margin: 1rem 0 0.5rem;
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
  .history {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
  }
  .history li span + span {
    margin-inline-start: 0.5rem;
  }
  .steps,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .step-form {
    display: grid;
    gap: 0.375rem;
    max-width: 32rem;
    padding: 0.75rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  .step-form h5 {
    margin: 0;
    font-size: 1em;
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    border: 0;
    padding: 0;
    margin: 0;
  }
  .choice label {
    display: flex;
    gap: 0.375rem;
    align-items: center;
    min-height: 2.25rem;
  }
  .actions {
    margin-top: 0.5rem;
  }
  .field-error {
    margin: 0;
    color: var(--_club-color-danger);
    font-size: 0.875em;
  }
  .visits {
    margin-top: 1.5rem;
  }
  .visits h3 {
    margin: 0;
    font-size: 1.125em;
  }
  .visit {
    display: grid;
    gap: 0.25rem;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  [part~='visit-overdue'] {
    border-inline-start: 4px solid var(--_club-color-danger);
  }
  .visit-button {
    justify-self: start;
  }
  .more {
    margin-top: 0.5rem;
  }
`;
