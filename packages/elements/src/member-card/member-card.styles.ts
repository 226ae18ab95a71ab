import { css } from 'lit';

/** The member card's functional look; partners restyle it with `--club-card-*` and `::part()`. */
export const memberCardStyles = css`
  :host {
    --_club-card-background: var(--club-card-background, var(--_club-color-surface));
    --_club-card-color: var(--club-card-color, var(--_club-color-text));
    --_club-card-radius: var(--club-card-radius, calc(var(--_club-radius) * 2));
    --_club-card-vip-accent: var(--club-card-vip-accent, #6b3fa0);
    --_club-card-vip-accent-text: var(--club-card-vip-accent-text, #ffffff);
    max-width: 28rem;
  }
  .card {
    display: grid;
    gap: var(--_club-space);
    padding: calc(var(--_club-space) * 1.5);
    background: var(--_club-card-background);
    color: var(--_club-card-color);
    border: 1px solid var(--_club-color-border);
    border-inline-start-width: 6px;
    border-radius: var(--_club-card-radius);
  }
  .card.vip {
    border-inline-start-color: var(--_club-card-vip-accent);
  }
  .card.expired,
  .card.cancelled {
    border-style: dashed;
    border-color: var(--_club-color-danger);
  }
  .card.grace {
    border-inline-start-color: var(--_club-color-warning);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--_club-space) / 2);
    margin: 0;
  }
  .title {
    color: var(--_club-color-muted);
  }
  .tier {
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
  }
  /* The VIP badge is filled with the accent and lettered in its own colour: a light accent
     (a bank's gold) as text on white would fail WCAG 1.4.3; on a fill the page picks both. */
  .vip .tier {
    border-color: var(--_club-card-vip-accent);
    background: var(--_club-card-vip-accent);
    color: var(--_club-card-vip-accent-text);
    font-weight: 600;
  }
  .holder {
    margin: 0;
    font-size: 1.375em;
    font-weight: 600;
  }
  .number {
    font-family: ui-monospace, monospace;
    letter-spacing: 0.08em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_club-space) / 3) var(--_club-space);
    margin: 0;
  }
  dt {
    color: var(--_club-color-muted);
  }
  dd {
    margin: 0;
  }
  .status {
    font-weight: 600;
  }
  .grace .status {
    color: var(--_club-color-warning);
  }
  .expired .status,
  .cancelled .status {
    color: var(--_club-color-danger);
  }
  .active .status {
    color: var(--_club-color-success);
  }
  .renew {
    justify-self: start;
    padding: 0.375rem 1rem;
    border: 1px solid var(--_club-color-accent);
    border-radius: var(--_club-radius);
    background: transparent;
    color: var(--_club-color-accent);
    cursor: pointer;
  }
  .renew.urgent {
    background: var(--_club-color-accent);
    color: var(--_club-color-accent-text);
    font-weight: 600;
  }
  .message {
    margin: 0;
  }
  .error {
    display: grid;
    gap: calc(var(--_club-space) / 2);
    justify-items: start;
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-danger);
    border-radius: var(--_club-radius);
  }
  .error p {
    margin: 0;
  }
  .retry {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
    background: var(--_club-color-surface);
    color: var(--_club-color-text);
    cursor: pointer;
  }
  /* The VIP card's live member code: a QR code that scans (dark on white, with its quiet zone)
     whatever the page's colours, and the same digits in groups a cashier can type. */
  .code {
    display: grid;
    gap: calc(var(--_club-space) / 2);
    justify-items: start;
    padding-top: var(--_club-space);
    border-top: 1px solid var(--_club-color-border);
  }
  .code-title {
    margin: 0;
    font-size: 1em;
    color: var(--_club-color-muted);
  }
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
  .new-code {
    min-height: 24px;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_club-color-accent);
    border-radius: var(--_club-radius);
    background: transparent;
    color: var(--_club-color-accent);
    cursor: pointer;
  }
  .paid {
    margin-inline-start: 0.5em;
    color: var(--_club-color-success);
  }
`;
