import { css } from 'lit';

/** The VIP offer's functional look; partners restyle it with `--club-vip-*` and `::part()`. */
export const vipOfferStyles = css`
  :host {
    --_club-vip-accent: var(--club-vip-accent, #6b3fa0);
    --_club-vip-accent-text: var(--club-vip-accent-text, #ffffff);
    max-width: 36rem;
  }
  .base {
    display: grid;
    gap: var(--_club-space);
  }
  .base:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 600;
    font-size: 1.125em;
  }
  .price {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_club-space) / 2);
  }
  .amount {
    font-size: 1.5em;
    font-weight: 700;
  }
  .per-day,
  .hint,
  .terms {
    color: var(--_club-color-muted);
  }
  fieldset {
    display: grid;
    gap: calc(var(--_club-space) / 1.5);
    margin: 0;
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  legend {
    padding: 0 0.25rem;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  input {
    width: 100%;
    max-width: 12rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
    color: inherit;
  }
  .issue,
  .error {
    color: var(--_club-color-danger);
  }
  button {
    justify-self: start;
    padding: 0.375rem 1rem;
    border: 1px solid var(--_club-color-accent);
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
    color: var(--_club-color-accent);
    cursor: pointer;
  }
  .buy {
    border-color: var(--_club-vip-accent);
    background: var(--_club-vip-accent);
    color: var(--_club-vip-accent-text);
    font-weight: 600;
  }
  .result,
  .purchase {
    display: grid;
    gap: calc(var(--_club-space) / 2);
  }
  .savings {
    font-weight: 600;
  }
  .offers {
    display: grid;
    gap: calc(var(--_club-space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .offer {
    padding: calc(var(--_club-space) / 2);
    border-inline-start: 4px solid var(--_club-vip-accent);
  }
  .status-vip,
  .paid {
    color: var(--_club-color-success);
    font-weight: 600;
  }
  .summary {
    padding: calc(var(--_club-space) / 2);
    border: 2px solid var(--_club-color-danger);
    border-radius: var(--_club-radius);
  }
  .summary ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;
