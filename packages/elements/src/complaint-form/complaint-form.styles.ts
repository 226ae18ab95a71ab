import { css } from 'lit';

/** The complaint form's functional look: layout, borders and states; colours come from `--club-*`. The invalid state is `formControlStyles`'. */
export const complaintFormStyles = css`
  :host {
    --_club-form-gap: var(--club-form-gap, 1rem);
    --_club-input-radius: var(--club-input-radius, var(--_club-radius));
  }
  [part~='form'],
  [part~='subject-group'] {
    display: grid;
    gap: var(--_club-form-gap);
  }
  [part~='subject-group'] {
    margin: 0;
    padding: var(--_club-space);
    border: var(--club-input-border, 1px solid var(--_club-color-border));
    border-radius: var(--_club-input-radius);
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
    color: var(--_club-color-muted);
  }
  [part~='hint'] {
    margin: 0;
    color: var(--_club-color-muted);
    font-size: 0.9em;
  }
  [part~='input'],
  [part~='textarea'],
  [part~='select'] {
    width: 100%;
    border-radius: var(--_club-input-radius);
  }
  [part~='textarea'] {
    min-height: 8rem;
    resize: vertical;
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--_club-color-danger);
    font-weight: 600;
  }
  [part~='field-error']::before {
    content: '⚠ ';
  }
  [part~='error-summary'],
  [part~='error'] {
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_club-radius);
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
    color: var(--_club-color-danger);
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
    /* A button's baseline is its last line's: aligned at the top, a wrapped item keeps its
       bullet on its first line. */
    vertical-align: top;
  }
  /* A link in its look: not a control's height. */
  [part~='error-summary'] button {
    min-height: 24px;
  }
  [part~='submit-button'],
  [part~='new-button'],
  [part~='discard-button'] {
    justify-self: start;
    border-radius: var(--_club-input-radius);
  }
  [part~='submit-button'],
  [part~='new-button'] {
    background: var(--club-button-background, var(--_club-color-accent));
    color: var(--club-button-color, var(--_club-color-accent-text));
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
    padding: var(--_club-space);
    border: 2px solid var(--_club-color-success);
    border-radius: var(--_club-radius);
  }
  [part~='receipt-title'] {
    margin: 0 0 0.5rem;
    font-size: 1.1em;
  }
  [part~='reference'] {
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }
  [part~='base'] {
    display: grid;
    gap: var(--club-form-gap);
  }
  [part~='progress-button'] {
    justify-self: start;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-input-radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
`;
