import { css } from 'lit';

/** The member card's functional look; partners restyle it with `--club-card-*` and `::part()`. */
export const memberCardStyles = css`
  :host {
    --_club-card-background: var(--club-card-background, var(--_club-color-accent));
    --_club-card-color: var(--club-card-color, var(--_club-color-accent-text));
    --_club-card-radius: var(--club-card-radius, calc(var(--_club-radius) * 2));
    --_club-card-vip-accent: var(--club-card-vip-accent, #e5c36b);
    --_club-card-vip-accent-text: var(--club-card-vip-accent-text, #2b2111);
    /* The card's width comes from here, not from its text (it is a size container). */
    width: 100%;
    max-width: 28rem;
  }
  /* The card face: the club's accent, rounded, lifted by a soft shadow. Every text on it is in
     --club-card-color; the status and the code sit on the surface colour of their own. */
  .card {
    display: grid;
    gap: var(--_club-space);
    padding: calc(var(--_club-space) * 1.5);
    border: 2px solid transparent;
    border-radius: var(--_club-card-radius);
    background: var(--_club-card-background);
    color: var(--_club-card-color);
    box-shadow: var(--club-card-shadow, 0 4px 16px rgb(0 0 0 / 0.2));
    container-type: inline-size;
  }
  .card.vip {
    border-color: var(--_club-card-vip-accent);
  }
  .card.expired,
  .card.cancelled {
    background: var(--_club-color-muted);
    border-style: dashed;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_club-space) / 2);
    margin: 0;
  }
  .tier {
    padding: 0.125rem 0.625rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  /* The VIP badge is filled with its accent and lettered in its own colour, the pair a page sets
     together (a bank's gold with a dark brown): the badge keeps 4.5:1 whatever the card face. */
  .vip .tier {
    border-color: var(--_club-card-vip-accent);
    background: var(--_club-card-vip-accent);
    color: var(--_club-card-vip-accent-text);
  }
  .holder {
    margin: 0;
    font-size: 1.375em;
    font-weight: 600;
  }
  /* One line on a 360 px phone: never wrapped, and smaller on a narrow card (cqi: the card's width). */
  .number {
    font-size: min(1.125em, 5cqi);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    align-items: center;
    gap: calc(var(--_club-space) / 2) var(--_club-space);
    margin: 0;
  }
  dt {
    font-size: 0.875em;
  }
  dd {
    margin: 0;
  }
  /* The status in words, after a dot in its state's colour. */
  .status {
    font-weight: 600;
  }
  .status::before {
    content: '';
    display: inline-block;
    width: 0.75em;
    height: 0.75em;
    margin-inline-end: 0.375em;
    border-radius: 50%;
    background: var(--_club-color-muted);
  }
  .active .status::before {
    background: var(--_club-color-success);
  }
  .grace .status::before {
    background: var(--_club-color-warning);
  }
  .expired .status::before,
  .cancelled .status::before {
    background: var(--_club-color-danger);
  }
  button {
    justify-self: start;
    min-height: var(--_club-control-height);
    padding: 0 1rem;
    border: 1px solid currentColor;
    border-radius: var(--_club-radius);
    background: none;
    color: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .urgent {
    background: var(--_club-color-surface);
    color: var(--_club-color-accent);
  }
  .skeleton {
    min-height: 14rem;
  }
  .skeleton :nth-child(3) {
    width: 60%;
  }
  /* The VIP card's live member code: a QR code that scans (dark on white, with its quiet zone)
     whatever the page's colours, and the same digits in groups a cashier can type. */
  .code {
    display: grid;
    gap: calc(var(--_club-space) / 2);
    justify-items: start;
    padding: var(--_club-space);
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
    color: var(--_club-color-text);
  }
  .code-title {
    margin: 0;
    font-size: 1em;
    color: var(--_club-color-muted);
  }
  .message,
  .code-help,
  .timer,
  .savings {
    margin: 0;
  }
  .qr {
    width: 12rem;
    height: 12rem;
    color: #000000;
  }
  .digits {
    margin: 0;
    font-family: ui-monospace, monospace;
    font-size: 1.5em;
    font-weight: 600;
    letter-spacing: 0.08em;
  }
  .timer {
    display: flex;
    align-items: center;
    gap: calc(var(--_club-space) / 2);
    color: var(--_club-color-muted);
  }
  .timer progress {
    width: 6rem;
  }
  .code button {
    color: var(--_club-color-accent);
  }
  .paid {
    margin-inline-start: 0.5em;
    color: var(--_club-color-success);
  }
`;
