import { css } from 'lit';

/** The member card's functional look; partners restyle it with `--club-card-*` and `::part()`. */
export const memberCardStyles = css`
  :host {
    --club-card-background: var(--club-color-surface);
    --club-card-color: var(--club-color-text);
    --club-card-radius: calc(var(--club-radius) * 2);
    --club-card-vip-accent: #6b3fa0;
    max-width: 28rem;
  }
  .card {
    display: grid;
    gap: var(--club-space);
    padding: calc(var(--club-space) * 1.5);
    background: var(--club-card-background);
    color: var(--club-card-color);
    border: 1px solid var(--club-color-border);
    border-inline-start-width: 6px;
    border-radius: var(--club-card-radius);
  }
  .card.vip {
    border-inline-start-color: var(--club-card-vip-accent);
  }
  .card.expired,
  .card.cancelled {
    border-style: dashed;
    border-color: var(--club-color-danger);
  }
  .card.grace {
    border-inline-start-color: var(--club-color-warning);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: calc(var(--club-space) / 2);
    margin: 0;
  }
  .title {
    color: var(--club-color-muted);
  }
  .tier {
    padding: 0.125rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
  }
  .vip .tier {
    color: var(--club-card-vip-accent);
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
    gap: calc(var(--club-space) / 3) var(--club-space);
    margin: 0;
  }
  dt {
    color: var(--club-color-muted);
  }
  dd {
    margin: 0;
  }
  .status {
    font-weight: 600;
  }
  .grace .status {
    color: var(--club-color-warning);
  }
  .expired .status,
  .cancelled .status {
    color: var(--club-color-danger);
  }
  .active .status {
    color: var(--club-color-success);
  }
  .renew {
    justify-self: start;
    padding: 0.375rem 1rem;
    border: 1px solid var(--club-color-accent);
    border-radius: var(--club-radius);
    background: transparent;
    color: var(--club-color-accent);
    cursor: pointer;
  }
  .renew.urgent {
    background: var(--club-color-accent);
    color: var(--club-color-accent-text);
    font-weight: 600;
  }
  .message {
    margin: 0;
  }
  .error {
    display: grid;
    gap: calc(var(--club-space) / 2);
    justify-items: start;
    padding: var(--club-space);
    border: 1px solid var(--club-color-danger);
    border-radius: var(--club-radius);
  }
  .error p {
    margin: 0;
  }
  .retry {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--club-color-border);
    border-radius: var(--club-radius);
    background: var(--club-color-surface);
    color: var(--club-color-text);
    cursor: pointer;
  }
`;
