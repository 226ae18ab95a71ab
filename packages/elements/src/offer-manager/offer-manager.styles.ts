import { css } from 'lit';

/** The offer manager's functional look; partners restyle it with `--club-*` properties and `::part()`. */
export const offerManagerStyles = css`
  .base,
  [part~='form'],
  [part~='offers'],
  [part~='profile'] {
    display: grid;
    gap: var(--_club-space);
  }
  .base:focus,
  [tabindex='-1']:focus {
    outline: none;
  }
  h2,
  h3,
  h4,
  h5,
  p,
  dl,
  dd {
    margin: 0;
  }
  [part~='title'] {
    font-size: 1.375em;
  }
  [part~='section-title'] {
    font-size: 1.125em;
  }
  [part~='profile-fields'] {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem var(--_club-space);
  }
  [part~='profile-fields'] dt,
  [part~='hint'],
  [part~='preview-label'] {
    color: var(--_club-color-muted);
    font-size: 0.9em;
  }
  [part~='offer-list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_club-space);
  }
  [part~='offer'],
  [part~='form'],
  [part~='form-preview'] {
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  [part~='offer'].ended {
    border-style: dashed;
    color: var(--_club-color-muted);
  }
  [part~='offer-head'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
  }
  [part~='ended-badge'] {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_club-color-warning);
  }
  [part~='offer-terms'] {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  [part~='field'] {
    display: grid;
    gap: 0.25rem;
  }
  [part~='label'] {
    font-weight: 600;
  }
  [part~='input'],
  [part~='select'] {
    width: 100%;
    max-width: 28rem;
  }
  [part~='field-error'] {
    color: var(--_club-color-danger);
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
  [part~='save-button'],
  [part~='add-button'],
  [part~='retry-button'] {
    background: var(--club-button-background, var(--_club-color-accent));
    color: var(--club-button-color, var(--_club-color-accent-text));
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
  [part~='add-button'] {
    justify-self: start;
  }
`;
