import { css } from 'lit';

/** The complaint form's functional look: layout, borders and states; colours come from `--club-*`. The invalid state is `formControlStyles`'. */
export const complaintFormStyles = css`
  :host {
    --_club-form-gap: var(--club-form-gap, 1rem);
    --_club-input-border: var(--club-input-border, 1px solid var(--_club-color-border));
    --_club-input-radius: var(--club-input-radius, var(--_club-radius));
    --_club-button-background: var(--club-button-background, var(--_club-color-accent));
    --_club-button-color: var(--club-button-color, var(--_club-color-accent-text));
  }
  [part~='form'],
  [part~='subject-group'] {
    display: grid;
    gap: var(--_club-form-gap);
  }
  [part~='subject-group'] {
    margin: 0;
    padding: var(--_club-space);
    border: var(--_club-input-border);
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
    padding: 0.5rem;
    border: var(--_club-input-border);
    border-radius: var(--_club-input-radius);
    background: var(--_club-color-surface);
    color: inherit;
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
    border: 2px solid var(--_club-color-danger);
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
  [part~='submit-button'],
  [part~='new-button'],
  [part~='discard-button'] {
    justify-self: start;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_club-button-background);
    border-radius: var(--_club-input-radius);
    background: var(--_club-button-background);
    color: var(--_club-button-color);
    cursor: pointer;
  }
  [part~='discard-button'] {
    background: transparent;
    color: inherit;
    border-color: var(--_club-color-border);
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
