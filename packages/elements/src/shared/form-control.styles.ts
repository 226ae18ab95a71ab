import { alertStyles } from './alert.styles.js';
import { controlStyles } from './control.styles.js';
import { emptyStyles } from './empty.styles.js';
import { feedbackStyles } from './feedback.styles.js';

/**
 * All of it: {@link controlStyles}, {@link alertStyles}, {@link emptyStyles} and
 * {@link feedbackStyles}, listed last. A widget that needs less lists only what it uses, each
 * from its own module, so that its bundle carries nothing else (an operator widget: controls
 * and alert; the member card: alert and feedback).
 */
export const formControlStyles = [controlStyles, alertStyles, emptyStyles, feedbackStyles];
