import { css } from 'lit';

/**
 * The functional base every widget shares: its custom properties with neutral defaults, a
 * visible focus ring and 24×24 px minimum targets (WCAG 2.2 2.5.8). Partners restyle through
 * `--club-*` properties and `::part()`; nothing here is a brand.
 */
export const baseStyles = css`
  :host {
    --club-font: inherit;
    --club-color-text: #1f2328;
    --club-color-muted: #59636e;
    --club-color-surface: #ffffff;
    --club-color-border: #d1d9e0;
    --club-color-accent: #0b5cad;
    --club-color-accent-text: #ffffff;
    --club-color-danger: #b42318;
    --club-color-success: #1a7f37;
    --club-color-warning: #9a6700;
    --club-radius: 6px;
    --club-space: 0.75rem;
    --club-focus-ring: 2px solid #0b5cad;
    display: block;
    font-family: var(--club-font);
    color: var(--club-color-text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    min-height: 24px;
    min-width: 24px;
  }
  :focus-visible {
    outline: var(--club-focus-ring);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
