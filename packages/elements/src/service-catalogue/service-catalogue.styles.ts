import { css } from 'lit';

export const serviceCatalogueStyles = css`
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
  }
  h3 {
    margin: 1rem 0 0.25rem;
    font-size: 1.125em;
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
  .muted {
    color: var(--_club-color-muted);
  }
  .services {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .service {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.375rem 0;
    border-bottom: 1px solid var(--_club-color-border);
  }
  .field {
    display: block;
    margin-top: 0.5rem;
    font-size: 0.875em;
    color: var(--_club-color-muted);
  }
  .field-error {
    margin: 0.25rem 0 0;
    color: var(--_club-color-danger);
  }
  form {
    margin-top: 1rem;
  }
  .actions {
    margin-top: 0.75rem;
  }
`;
