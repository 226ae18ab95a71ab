/**
 * `@clubkit/core/samples`: plausible club data drawn from a seeded generator, the same for the
 * same seed — the reference server's demo data, and data for an integrator's tests, demos and
 * benchmarks. Nothing here is a business rule.
 * @packageDocumentation
 */
export { sampleMerchants, sampleOffer, type SampleMerchantsOptions, type SampleOfferOptions } from './merchants.js';
export { SAMPLE_PLACES, TRADE_WORDS, BRAND_WORDS } from './words.js';
export { seededRandom, type SeededRandom } from '../shared/random.js';
