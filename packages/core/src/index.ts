/**
 * `@clubkit/core`: the domain SDK of clubkit — schemas, errors and every business rule of a
 * customer club, as pure functions over plain data. Each bounded context is also its own
 * subpath (`@clubkit/core/membership`, …) so that a browser bundle takes only what it uses.
 * @packageDocumentation
 */
export { ClubError, isClubError, INVALID_INPUT, type ClubIssue, type ClubErrorOptions } from './shared/errors.js';
export type { ClubErrorCode } from './shared/error-codes.js';
export { parseInput, toClubIssue, toClubIssues } from './shared/parse.js';
export { Fen, NonNegativeFen, ClubLocale, yuan, isWholeFen, formatMoney } from './shared/money.js';
export { matchLocale, negotiateLocale } from './shared/locale.js';
export {
  IsoDate,
  IsoInstant,
  addDays,
  addMonths,
  daysBetween,
  compareDates,
  dateOf,
  dateInZone,
} from './shared/dates.js';
export { IdPrefix, entityId, RecordId, randomUuid } from './shared/ids.js';
export { seededRandom, type SeededRandom } from './shared/random.js';
export { Tier, TierSchema } from './shared/tier.js';

// Each context's index is its curated public list; the root re-exports those lists whole, and
// TypeScript refuses a name that two contexts would both export.
export * from './membership/index.js';
export * from './fees/index.js';
export * from './merchants/index.js';
export * from './projection/index.js';
export * from './service/index.js';
export * from './alliance/index.js';
export * from './access/index.js';
export * from './api/index.js';
