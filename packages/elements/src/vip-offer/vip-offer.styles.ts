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
  }
  .issue {
    color: var(--_club-color-danger);
  }
  button {
    justify-self: start;
  }
  .buy {
    border-color: var(--_club-vip-accent);
    background: var(--_club-vip-accent);
    color: var(--_club-vip-accent-text);
  }
  .result,
  .purchase {
    display: grid;
    gap: calc(var(--_club-space) / 2);
  }
  .savings {
    font-weight: 600;
  }
  .short {
    width: 60%;
  }
  .buy-skeleton {
    width: 10rem;
    height: var(--_club-control-height);
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
  .summary ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;
