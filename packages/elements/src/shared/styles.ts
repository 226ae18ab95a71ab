import { css } from 'lit';

/**
 * The functional base every widget shares: its custom properties with neutral defaults, a
 * visible focus ring and 24×24 px minimum targets (WCAG 2.2 2.5.8). Partners restyle through
 * `--club-*` properties and `::part()`; nothing here is a brand. Each public `--club-x` is read
 * into a private `--_club-x` with its default, so a value set anywhere above the widget (on the
 * page's `:root`, on `<club-provider>`, on the element) is inherited and wins over the default.
 */
export const baseStyles = css`
  :host {
    --_club-color-text: var(--club-color-text, #1f2328);
    --_club-color-muted: var(--club-color-muted, #59636e);
    --_club-color-surface: var(--club-color-surface, #ffffff);
    --_club-color-border: var(--club-color-border, #d1d9e0);
    --_club-color-accent: var(--club-color-accent, #0b5cad);
    --_club-color-accent-text: var(--club-color-accent-text, #ffffff);
    --_club-color-danger: var(--club-color-danger, #b42318);
    --_club-color-success: var(--club-color-success, #1a7f37);
    --_club-color-warning: var(--club-color-warning, #9a6700);
    --_club-radius: var(--club-radius, 8px);
    --_club-control-height: var(--club-control-height, 2.75rem);
    --_club-color-skeleton: var(--club-color-skeleton, #e8ecf0);
    --_club-space: var(--club-space, 0.75rem);
    --_club-focus-ring: var(--club-focus-ring, 2px solid var(--_club-color-accent));
    display: block;
    font-family: var(--club-font, inherit);
    color: var(--_club-color-text);
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
    outline: var(--_club-focus-ring);
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
