import type { html, nothing } from 'lit';
import type { builtInLocale } from '../../messages/messages.js';
import type { describeError } from '../../shared/errors.js';
import type { formatCalendarDate } from '../../shared/intl.js';

/**
 * What the handbook panel uses of lit and of the widgets' helpers, handed in by the card that
 * loads it. The module imports none of them itself: a bundler that splits code (the CDN build)
 * would otherwise move everything it shares with the card into a chunk of its own, and the
 * card's first file would need that chunk at once.
 */
export interface HandbookDeps {
  html: typeof html;
  nothing: typeof nothing;
  builtInLocale: typeof builtInLocale;
  describeError: typeof describeError;
  formatCalendarDate: typeof formatCalendarDate;
}
