import { css } from 'lit';

/**
 * The stats board's functional look; partners restyle it with `--club-chart-*` and `::part()`.
 * Bar lengths are SVG attributes, never style attributes, so it runs under `style-src 'self'`.
 */
export const statsBoardStyles = css`
  :host {
    --_club-chart-1: var(--club-chart-1, #0b5cad);
    --_club-chart-2: var(--club-chart-2, #b35900);
    --_club-chart-3: var(--club-chart-3, #6b3fa0);
    --_club-chart-grid: var(--club-chart-grid, var(--_club-color-border));
    --_club-chart-bar-height: var(--club-chart-bar-height, 0.875rem);
  }
  .base {
    display: grid;
    gap: var(--_club-space);
  }
  .base:focus {
    outline: none;
  }
  .title,
  .section-title,
  .chart-title {
    margin: 0;
  }
  .title {
    font-size: 1.375em;
  }
  .section-title {
    font-size: 1.125em;
  }
  .period fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_club-space);
    margin: 0;
    padding: var(--_club-space);
    border: 1px solid var(--_club-color-border);
    border-radius: var(--_club-radius);
  }
  .period legend {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field label {
    color: var(--_club-color-muted);
    font-size: 0.875em;
  }
  .period-error {
    margin: 0;
    color: var(--_club-color-danger);
  }
  .period-error:empty,
  .status:empty {
    display: none;
  }
  .status,
  .note,
  .empty,
  .message {
    margin: 0;
  }
  .status,
  .note,
  .empty {
    color: var(--_club-color-muted);
  }
  .summary {
    margin: 0.5rem 0 0;
  }
  .section {
    display: grid;
    gap: var(--_club-space);
    padding-block-start: var(--_club-space);
    border-block-start: 1px solid var(--_club-color-border);
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_club-space) 1.5rem;
    margin: 0;
  }
  .figure dt {
    color: var(--_club-color-muted);
    font-size: 0.875em;
  }
  .figure dd {
    margin: 0;
    font-size: 1.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .chart {
    display: grid;
    gap: calc(var(--_club-space) / 2);
    margin: 0;
  }
  .chart-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_club-space) / 2);
  }
  .toggle[aria-pressed='true'] {
    background: var(--_club-color-accent);
    color: var(--_club-color-accent-text);
  }
  .graphic {
    display: grid;
    gap: calc(var(--_club-space) / 2);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_club-space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(4rem, 10rem) 1fr;
    align-items: center;
    gap: calc(var(--_club-space) / 2);
  }
  .row-label {
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  .bars {
    display: grid;
    gap: 2px;
  }
  .bar-line {
    display: grid;
    grid-template-columns: 1fr 4.5rem;
    align-items: center;
    gap: 0.5rem;
  }
  .track {
    display: block;
    width: 100%;
    height: var(--_club-chart-bar-height);
    overflow: visible;
  }
  .grid {
    stroke: var(--_club-chart-grid);
    stroke-width: 1;
  }
  .value {
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
  }
  .s1 {
    fill: var(--_club-chart-1);
  }
  .s2 {
    fill: var(--_club-chart-2);
  }
  .s3 {
    fill: var(--_club-chart-3);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    margin-inline: calc(min(10rem, 30%) + var(--_club-space) / 2) 5rem;
    color: var(--_club-color-muted);
    font-size: 0.75em;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  .table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  .table th,
  .table td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--_club-color-border);
  }
  .table td {
    text-align: end;
  }
  .table th[scope='row'] {
    text-align: start;
    font-weight: normal;
  }
  .table tfoot th,
  .table tfoot td {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .s1,
    .s2,
    .s3 {
      fill: CanvasText;
    }
  }
`;
