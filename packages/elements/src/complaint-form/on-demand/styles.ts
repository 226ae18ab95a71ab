import type { CSSResult } from 'lit';
import type { OnDemandDeps } from './deps.js';

/** The look of what the form loads on demand: the prefilled note, the kept receipt and the "check progress" view. */
export const onDemandStyles = ({ css }: OnDemandDeps): CSSResult => css`
  [part~='prefilled'],
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='prefilled'] p,
  [part~='kept-receipt'] p {
    margin: 0 0 0.5rem;
  }
  [part~='kept-receipt'] {
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  [part~='progress-history'] {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [part~='dismiss-button'],
  [part~='back-button'],
  [part~='prefill-clear-button'] {
    justify-self: start;
    min-height: var(--_club-control-height);
    padding: 0.25rem 1rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-input-radius);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
`;
