import { css } from 'lit';

/** The complaint form's functional look: layout, borders and states; colours come from `--club-*`. */
export const complaintFormStyles = css`
  :host {
    --club-form-gap: 1rem;
    --club-input-border: 1px solid var(--club-color-border);
    --club-input-radius: var(--club-radius);
    --club-button-background: var(--club-color-accent);
    --club-button-color: var(--club-color-accent-text);
  }
  [part~='form'],
  [part~='subject-group'] {
    display: grid;
    gap: var(--club-form-gap);
  }
  [part~='subject-group'] {
    margin: 0;
    padding: var(--club-space);
    border: var(--club-input-border);
    border-radius: var(--club-input-radius);
  }
  [part~='legend'] {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  [part~='field'] {
    display: grid;
    gap: 0.25rem;
  }
  [part~='label'] {
    font-weight: 600;
  }
  [part~='optional'] {
    font-weight: normal;
    color: var(--club-color-muted);
  }
  [part~='hint'] {
    margin: 0;
    color: var(--club-color-muted);
    font-size: 0.9em;
  }
  [part~='input'],
  [part~='textarea'],
  [part~='select'] {
    width: 100%;
    padding: 0.5rem;
    border: var(--club-input-border);
    border-radius: var(--club-input-radius);
    background: var(--club-color-surface);
    color: inherit;
  }
  [part~='textarea'] {
    min-height: 8rem;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--club-color-danger);
    border-width: 2px;
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--club-color-danger);
    font-weight: 600;
  }
  [part~='field-error']::before {
    content: '⚠ ';
  }
  [part~='error-summary'],
  [part~='error'] {
    padding: var(--club-space);
    border: 2px solid var(--club-color-danger);
    border-radius: var(--club-radius);
  }
  [part~='error-summary-title'] {
    margin: 0 0 0.5rem;
    font-size: 1.1em;
  }
  [part~='error-list'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='error-link'] {
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--club-color-danger);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  [part~='submit-button'],
  [part~='new-button'],
  [part~='discard-button'] {
    justify-self: start;
    padding: 0.5rem 1rem;
    border: 1px solid var(--club-button-background);
    border-radius: var(--club-input-radius);
    background: var(--club-button-background);
    color: var(--club-button-color);
    cursor: pointer;
  }
  [part~='discard-button'] {
    background: transparent;
    color: inherit;
    border-color: var(--club-color-border);
  }
  [part~='submit-button'][aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  [part~='restored'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='restored'] p,
  [part~='status'] p {
    margin: 0;
  }
  [part~='receipt'] {
    padding: var(--club-space);
    border: 2px solid var(--club-color-success);
    border-radius: var(--club-radius);
  }
  [part~='receipt-title'] {
    margin: 0 0 0.5rem;
    font-size: 1.1em;
  }
  [part~='reference'] {
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }
`;
