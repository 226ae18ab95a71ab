/**
 * `@clubkit/core`: the domain SDK of clubkit — schemas, errors and every business rule of a
 * customer club, as pure functions over plain data. Each bounded context is also its own
 * subpath (`@clubkit/core/membership`, …) so that a browser bundle takes only what it uses.
 * @packageDocumentation
 */
// The helpers every context uses, as `@clubkit/core/shared` lists them; then what only the root
// adds to them: the schemas and parsing, ids and the seeded random source.
export * from './shared/index.js';
export type { ClubErrorCode } from './shared/error-codes.js';
export { parseInput, toClubIssue, toClubIssues } from './shared/parse.js';
export { Fen, NonNegativeFen } from './shared/fen.js';
export { IsoDate, IsoInstant } from './shared/dates.js';
export { IdPrefix, entityId, RecordId } from './shared/ids.js';
export { seededRandom, type SeededRandom } from './shared/random.js';
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
