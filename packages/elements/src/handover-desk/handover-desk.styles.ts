import { css } from 'lit';

export const handoverDeskStyles = css`
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
  }
  h3 {
    margin: 0.75rem 0 0.25rem;
    font-size: 1.125em;
  }
  h4 {
    margin: 1rem 0 0.375rem;
    font-size: 1em;
  }
  .field {
    font-size: 0.875em;
    color: var(--_club-color-muted);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem 0.75rem;
    align-items: center;
  }
  .status {
    min-height: 1.5em;
    margin: 0.5rem 0;
    color: var(--_club-color-muted);
  }
  .message,
  .meta,
  .muted {
    color: var(--_club-color-muted);
  }
  .meta,
  .muted {
    margin: 0.25rem 0;
    font-size: 0.875em;
  }
  .chip {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
  }
  .chip.refused {
    color: var(--_club-color-danger);
  }
  .chip.handed-over {
    color: var(--_club-color-warning);
  }
  .chip.accepted,
  .chip.reviewed {
    color: var(--_club-color-success);
  }
  .log {
    margin: 0;
    white-space: pre-wrap;
  }
  .items,
  .questions {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.375rem;
  }
  .done-item {
    text-decoration: line-through;
    text-decoration-color: var(--_club-color-muted);
  }
  .form {
    display: grid;
    gap: 0.375rem;
    max-width: 36rem;
    margin: 0.5rem 0;
    padding: 0.75rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  .form h3,
  .form legend {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
    display: grid;
    gap: 0.375rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .check input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    min-height: 1.5rem;
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
`;
