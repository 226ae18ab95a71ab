import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { RecordId } from '../shared/ids.js';
import { Fen, NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { TierSchema } from '../shared/tier-schema.js';
import { MerchantCategorySchema } from '../merchants/category-schema.js';
import { Merchant } from '../merchants/merchant.js';
import { assertMerchants } from '../merchants/search-index.js';
import { VIP_ANNUAL_FEE_FEN } from './annual-fee.js';
import { estimateYearlySavingsOn } from './savings-rules.js';

export { DEFAULT_VISITS_PER_YEAR } from './savings-rules.js';

/** Input of {@link estimateYearlySavings}: a member's expected yearly spend per merchant category. */
export const SavingsEstimateInput = z.object({
  /** Expected spend per category over a year, in fen; categories left out are not counted. */
  spendFen: z.partialRecord(MerchantCategorySchema, NonNegativeFen),
  /**
   * Purchases a year per category; the spend is split evenly over them.
   * @default 12 for every category
   */
  visitsPerYear: z.optional(z.partialRecord(MerchantCategorySchema, z.int().check(z.minimum(1)))),
  /** The partner merchants whose offers count. */
  merchants: z.array(Merchant),
  /**
   * The tier the member would hold.
   * @default 'vip'
   */
  tier: z._default(TierSchema, 'vip'),
  /**
   * The yearly fee the savings are compared with, in fen.
   * @default 36500 (the VIP card fee)
   */
  feeFen: z._default(NonNegativeFen, VIP_ANNUAL_FEE_FEN),
  /** The day whose offers count (offers outside their dates on that day save nothing). */
  date: IsoDate,
});
/** Input of {@link estimateYearlySavings}. */
export type SavingsEstimateInput = z.input<typeof SavingsEstimateInput>;

/** Merchants are checked apart, through the validation cache the directory search shares. */
const InputWithoutMerchants = z.omit(SavingsEstimateInput, { merchants: true });

/** The estimated saving in one category. */
export const CategorySaving = z.object({
  /** The category. */
  category: MerchantCategorySchema,
  /** The yearly spend in it, in fen. */
  spendFen: NonNegativeFen,
  /** Purchases a year. */
  visits: z.int().check(z.minimum(1)),
  /** The best offer's saving on one purchase × visits, in fen; 0 when no offer applies. */
  savingFen: NonNegativeFen,
  /** The merchant with the best offer; absent when no offer applies. */
  merchantId: z.optional(RecordId),
  /** The best offer; absent when no offer applies. */
  offerId: z.optional(RecordId),
});
/** The estimated saving in one category. */
export type CategorySaving = z.infer<typeof CategorySaving>;

/** A year of expected savings at partner merchants against the card fee (A5 §2). */
export const SavingsEstimate = z.object({
  /** Total yearly savings, in fen. */
  savingsFen: NonNegativeFen,
  /** The yearly fee, in fen. */
  feeFen: NonNegativeFen,
  /** Savings less the fee, in fen; negative when the card costs more than it saves. */
  netFen: Fen,
  /** True when the savings exceed the fee. */
  worthIt: z.boolean(),
  /** One line per category in `spendFen`, in {@link MerchantCategory} order. */
  byCategory: z.array(CategorySaving),
});
/** A year of expected savings against the card fee. */
export type SavingsEstimate = z.infer<typeof SavingsEstimate>;

/**
 * Estimates what a member saves in a year at partner merchants and compares it with the fee:
 * each category's spend is split into `visits` purchases (half-up to the fen), the best offer
 * among that category's merchants is applied to one purchase, and the saving is × visits.
 *
 * @example
 * estimateYearlySavings({ spendFen: { 'car-wash': 120000, dining: 600000 }, merchants, date: '2026-11-27' })
 * // { savingsFen, feeFen: 36500, netFen: savingsFen - 36500, worthIt, byCategory: [{ category: 'car-wash', … }, …] }
 */
export function estimateYearlySavings(input: SavingsEstimateInput): SavingsEstimate {
  const { spendFen, visitsPerYear, tier, feeFen, date } = parseInput(
    InputWithoutMerchants,
    input,
    'savings estimate input',
  );
  const merchants = (input as { merchants: readonly Merchant[] }).merchants;
  assertMerchants(merchants);
  return estimateYearlySavingsOn({
    spendFen,
    ...(visitsPerYear === undefined ? {} : { visitsPerYear }),
    merchants,
    tier,
    feeFen,
    date,
  });
}
