/**
 * Deterministic merchants and offers for tests and benchmarks: core's sample generator
 * (`@clubkit/core/samples`, the same one the reference server's demo data comes from) with
 * sequential ids. Not part of the public entry.
 */
import { sampleMerchants, sampleOffer } from '../samples/merchants.js';
import { seededRandom } from '../shared/random.js';
import { MERCHANT_CATEGORIES } from './category.js';
import type { Merchant } from './merchant.js';
import type { Offer } from './offer.js';

/** The seeded generator fixtures use: core's, so that fixtures and the demo data draw alike. */
export { seededRandom, type SeededRandom as Random } from '../shared/random.js';

/** The day fixtures' validity windows are placed around. */
export const FIXTURE_TODAY = '2026-11-27';

function pad(n: number): string {
  return String(n).padStart(6, '0');
}

/** `count` offers with ids `off_<prefix>000000`…, of every kind, some limited by tier, date and spend. */
export function generateOffers(count: number, seed = 7, prefix = 'g'): Offer[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    sampleOffer(random, {
      id: `off_${prefix}${pad(i)}`,
      category: random.pick(MERCHANT_CATEGORIES),
      today: FIXTURE_TODAY,
    }),
  );
}

/**
 * `count` valid merchants with ids `mch_000001`…, Chinese names and addresses spread over
 * Jinghong, Menghai and Mengla, most with a location, each with 1–3 offers.
 *
 * @example
 * const merchants = generateMerchants(10_000, 42);
 */
export function generateMerchants(count: number, seed = 42): Merchant[] {
  const next = { mch: 0, off: 0 };
  return sampleMerchants(seededRandom(seed), {
    count,
    today: FIXTURE_TODAY,
    newId: (prefix) => `${prefix}_${pad(++next[prefix])}`,
  });
}
