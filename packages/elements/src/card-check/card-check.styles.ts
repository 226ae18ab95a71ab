import { css } from 'lit';

/** The counter widget's functional look; partners restyle it with `--club-*` properties and `::part()`. */
export const cardCheckStyles = css`
  .base,
  [part~='form'],
  [part~='result'] {
    display: grid;
    gap: var(--_club-space);
  }
  .base:focus,
  [tabindex='-1']:focus {
    outline: none;
  }
  h2,
  h3,
  p,
  dl,
  dd {
    margin: 0;
  }
  [part~='title'] {
    font-size: 1.375em;
  }
  [part~='result-title'] {
    font-size: 1.125em;
  }
  [part~='field'] {
    display: grid;
    gap: 0.25rem;
  }
  [part~='label'],
  [part~='result-fields'] dt {
    font-weight: 600;
  }
  [part~='hint'],
  [part~='camera-status'] {
    color: var(--_club-color-muted);
    font-size: 0.9em;
  }
  [part~='input'] {
    width: 100%;
    max-width: 28rem;
    font-variant-numeric: tabular-nums;
  }
  [part~='field-error'] {
    color: var(--_club-color-danger);
    font-weight: 600;
  }
  [part~='camera'] {
    display: block;
    width: 100%;
    max-width: 20rem;
    aspect-ratio: 4 / 3;
    background: #000;
    border-radius: var(--_club-radius);
  }
  [part~='camera'][hidden] {
    display: none;
  }
  [part~='result'],
  [part~='form'] {
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  [part~='result'].valid {
    border-color: var(--_club-color-success);
    border-width: 2px;
  }
  [part~='result-fields'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_club-space);
  }
  [part~='card-status'] {
    font-weight: 700;
  }
  [part~='pay'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  [part~='offer-terms'] {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  [part~='note'] {
    color: var(--_club-color-warning);
    font-weight: 600;
  }
  [part~='error-summary'],
  [part~='error'] {
    padding: var(--_club-space);
    border: 2px solid var(--_club-color-danger);
    border-radius: var(--_club-radius);
  }
  [part~='error-summary'] ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  [part~='error-link'] {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_club-color-danger);
    text-decoration: underline;
    text-align: start;
    /* A button's baseline is its last line's: aligned at the top, a wrapped item keeps its
       bullet on its first line. */
    vertical-align: top;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [part~='check-button'],
  [part~='record-button'],
  [part~='retry-button'] {
    background: var(--club-button-background, var(--_club-color-accent));
    color: var(--club-button-color, var(--_club-color-accent-text));
  }
`;
