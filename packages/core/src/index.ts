/**
 * `@clubkit/core`: the domain SDK of clubkit — schemas, errors and every business rule of a
 * customer club, as pure functions over plain data. Each bounded context is also its own
 * subpath (`@clubkit/core/membership`, …) so that a browser bundle takes only what it uses.
 * @packageDocumentation
 */
export { ClubError, isClubError, INVALID_INPUT, type ClubIssue, type ClubErrorOptions } from './shared/errors.js';
export type { ClubErrorCode } from './shared/error-codes.js';
export { parseInput, toClubIssue, toClubIssues } from './shared/parse.js';
export { Fen, NonNegativeFen } from './shared/fen.js';
export { ClubLocale, yuan, isWholeFen, formatMoney } from './shared/money.js';
export { matchLocale, negotiateLocale } from './shared/locale.js';
export { IsoDate, IsoInstant } from './shared/dates.js';
export {
  addDays,
  addMonths,
  daysBetween,
  compareDates,
  dateOf,
  dateInZone,
  startOfDayInZone,
} from './shared/calendar.js';
export { IdPrefix, entityId, RecordId } from './shared/ids.js';
export { randomUuid } from './shared/uuid.js';
export { seededRandom, type SeededRandom } from './shared/random.js';
export { Tier } from './shared/tier.js';
export { TierSchema } from './shared/tier-schema.js';

// Each context's index is its curated public list; the root re-exports those lists whole, and
// TypeScript refuses a name that two contexts would both export.
export * from './membership/index.js';
export * from './fees/index.js';
export * from './vip/index.js';
export * from './merchants/index.js';
export * from './projection/index.js';
export * from './service/index.js';
export * from './alliance/index.js';
export * from './access/index.js';
export * from './api/index.js';
