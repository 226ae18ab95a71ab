/**
 * `@clubkit/core/shared`: the helpers every context and every browser widget uses — money in fen,
 * calendar dates, locales, tiers, ids — free of zod. A browser module imports them from here
 * rather than from the root, whose re-exports reach every context: a bundler that splits code
 * would otherwise put the contexts a lazy chunk uses into the page's first load.
 */
export { ClubError, isClubError, INVALID_INPUT, type ClubIssue, type ClubErrorOptions } from './errors.js';
export { ClubLocale, yuan, isWholeFen, formatMoney } from './money.js';
export { matchLocale, negotiateLocale } from './locale.js';
export type { IsoDate, IsoInstant } from './dates.js';
export {
  addDays,
  addMonths,
  daysBetween,
  compareDates,
  dateOf,
  dateInZone,
  isCalendarDate,
  startOfDayInZone,
} from './calendar.js';
export { randomUuid } from './uuid.js';
export { Tier } from './tier.js';
