import { css } from 'lit';

/** The activities widget's functional look; partners restyle it with `--club-vip-*` and `::part()`. */
export const vipActivitiesStyles = css`
  :host {
    --_club-vip-accent: var(--club-vip-accent, #6b3fa0);
    --_club-vip-accent-text: var(--club-vip-accent-text, #ffffff);
    max-width: 40rem;
  }
  .base,
  .list,
  .activity {
    display: grid;
    gap: var(--_club-space);
  }
  p {
    margin: 0;
  }
  .title {
    font-weight: 600;
    font-size: 1.125em;
  }
  .heading,
  .name {
    font-weight: 600;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .activity {
    gap: 0.25rem;
    padding: calc(var(--_club-space) / 1.5);
    border: 1px solid var(--_club-color-border);
    border-inline-start: 4px solid var(--_club-vip-accent);
    border-radius: var(--_club-radius);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    color: var(--_club-color-muted);
  }
  button {
    justify-self: start;
    margin-top: 0.25rem;
  }
  .sign-up {
    border-color: var(--_club-vip-accent);
    background: var(--_club-vip-accent);
    color: var(--_club-vip-accent-text);
  }
  .held {
    color: var(--_club-color-success);
    font-weight: 600;
  }
  .outcome:focus {
    outline: none;
  }
  .refusal {
    color: var(--_club-color-danger);
  }
  .club-skeleton {
    height: 4.5rem;
  }
`;
