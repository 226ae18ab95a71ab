import { css } from 'lit';

/**
 * What every widget's form controls share: an invalid input or select (`aria-invalid="true"`)
 * shows a thicker border in `--club-color-danger`, so it is told apart without colour alone.
 * Listed after a widget's own styles, so it wins over the widget's resting border.
 */
export const formControlStyles = css`
  [aria-invalid='true'] {
    border-color: var(--_club-color-danger);
    border-width: 2px;
  }
`;
