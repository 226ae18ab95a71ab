import { css } from 'lit';

export const allianceBoardStyles = css`
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.25em;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem 0.75rem;
    align-items: center;
  }
  /* A form's heading has a line of its own; on a phone each label too, above its field. */
  .bar > h4 {
    flex-basis: 100%;
    margin: 0.5rem 0 0;
  }
  @media (max-width: 40rem) {
    .bar > label {
      flex-basis: 100%;
    }
    .bar > :is(input, select) {
      max-width: 100%;
    }
  }
  .field {
    font-size: 0.875em;
    color: var(--_club-color-muted);
  }
  .status {
    min-height: 1.5em;
    margin: 0.5rem 0;
    color: var(--_club-color-muted);
  }
  .message {
    color: var(--_club-color-muted);
  }
  .scroll {
    overflow-x: auto;
  }
  .standing {
    width: 100%;
    /* Narrower screens scroll the table in its focusable region rather than crush its names. */
    min-width: 40rem;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  /* A table that fits a phone: its names wrap rather than scroll (the secondary-dealer lists). */
  .fit {
    min-width: 0;
  }
  .standing.fit tbody > tr > th {
    white-space: normal;
  }
  .fit :is(th, td) {
    padding-inline: 0.25rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    margin-bottom: 0.375rem;
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_club-color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    color: var(--_club-color-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  tbody th {
    font-weight: 600;
  }
  .num,
  .standing tbody > tr > :is(:first-child, th) {
    white-space: nowrap;
  }
  .num {
    text-align: end;
  }
  /* The warned and revocable rows are marked by a bar as well as by their words. */
  .row.warned > :first-child,
  .row.revocable > :first-child {
    box-shadow: inset 4px 0 0 var(--_club-color-danger);
  }
  .level {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
  }
  .level.met {
    color: var(--_club-color-success);
  }
  .level.short {
    color: var(--_club-color-warning);
  }
  .level.warned,
  .level.revocable {
    border-color: var(--_club-color-danger);
    background: var(--_club-color-danger);
    color: #fff;
  }
  .level.revoked {
    color: var(--_club-color-danger);
  }
  .level.unreported {
    color: var(--_club-color-muted);
  }
  .note {
    display: block;
    min-width: 12em;
    margin-top: 0.125rem;
    color: var(--_club-color-muted);
    font-size: 0.875em;
  }
  .row.warned .note,
  .row.revocable .note {
    color: var(--_club-color-danger);
  }
  .pay {
    margin-top: 1.25rem;
  }
  .pay h3 {
    margin: 0 0 0.5rem;
    font-size: 1.1em;
  }
  [aria-pressed='true'] {
    background-color: var(--club-button-background, var(--_club-color-accent));
    color: var(--club-button-color, var(--_club-color-accent-text));
  }
  .caption {
    margin: 0.5rem 0;
    font-size: 1em;
  }
  .statement {
    display: grid;
    gap: 0.25rem;
    max-width: 36rem;
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.75rem;
    padding: 0.125rem 0;
  }
  dt {
    color: var(--_club-color-muted);
  }
  dd {
    margin: 0;
    margin-inline-start: auto;
    text-align: end;
  }
  [part~='total'] {
    border-top: 1px solid var(--_club-color-border);
    padding-top: 0.375rem;
    font-weight: 600;
  }
  [part~='total'] dt {
    color: inherit;
  }
`;
