import * as z from 'zod/mini';
import {
  CategoryGroup,
  categoryGroup,
  MERCHANT_CATEGORIES,
  Merchant,
  MerchantCategorySchema,
  type MerchantCategory,
  offerSaving,
  RegionCode,
  type Offer,
} from '../merchants/index.js';
import { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';
import { Tier } from '../shared/tier.js';
import { TierSchema } from '../shared/tier-schema.js';
import { Count, groupSorted } from './tally.js';
import { assertUniqueIds } from './validate-each.js';

/** Options of {@link merchantStats}. */
export const MerchantStatsOptions = z.object({
  /** The day offers are counted as active on. */
  date: IsoDate,
  /** Count only the offers open to this tier; absent counts offers open to any tier. */
  tier: z.optional(TierSchema),
});
/** Options of {@link merchantStats}. */
export type MerchantStatsOptions = z.infer<typeof MerchantStatsOptions>;

/** Merchants and their offers in one slice of the directory. */
export const MerchantCounts = z.object({
  merchants: Count,
  /** Merchants with at least one offer active on the report day. */
  merchantsWithActiveOffers: Count,
  /** Every offer on record, active or not. */
  offers: Count,
  /** Offers that apply on the report day (to the tier, when one is given). */
  activeOffers: Count,
});
/** Merchants and their offers in one slice of the directory. */
export type MerchantCounts = z.infer<typeof MerchantCounts>;

/** One region's merchants and offers. */
export const RegionMerchantCounts = z.object({ region: RegionCode, ...MerchantCounts.shape });
/** One region's merchants and offers. */
export type RegionMerchantCounts = z.infer<typeof RegionMerchantCounts>;

/** The merchant report (A5 §1–2, A2 merchant management): merchants and offers by category, group and region. */
export const MerchantStats = z.object({
  /** The day offers are counted as active on. */
  date: IsoDate,
  /** The tier offers are counted for; `null` for any tier. */
  tier: z.nullable(TierSchema),
  total: MerchantCounts,
  /** Per category, every category present, in the directory's order. */
  byCategory: z.record(MerchantCategorySchema, MerchantCounts),
  /** Per category group: car services and lifestyle services. */
  byGroup: z.record(z.enum(CategoryGroup), MerchantCounts),
  /** One row per region with merchants, sorted by region code. */
  byRegion: z.array(RegionMerchantCounts),
});
/** The merchant report. */
export type MerchantStats = z.infer<typeof MerchantStats>;

const MerchantList = z.array(Merchant);

/** Larger than any purchase, so an offer's minimum spend never hides it. */
const UNLIMITED_FEN = Number.MAX_SAFE_INTEGER;

/**
 * An offer is active for a tier on a day when it would save something on some purchase that
 * day: `offerSaving` decides, so the merchants context's own tier and date rules apply.
 */
function isActive(offer: Offer, date: string, tiers: readonly Tier[]): boolean {
  return tiers.some((tier) => offerSaving(offer, { amountFen: UNLIMITED_FEN, tier, date }) > 0);
}

interface Row {
  merchant: Merchant;
  activeOffers: number;
}

function counts(rows: readonly Row[]): MerchantCounts {
  const out = { merchants: rows.length, merchantsWithActiveOffers: 0, offers: 0, activeOffers: 0 };
  for (const row of rows) {
    out.offers += row.merchant.offers.length;
    out.activeOffers += row.activeOffers;
    if (row.activeOffers > 0) out.merchantsWithActiveOffers += 1;
  }
  return out;
}

/**
 * Counts merchants and their offers by category, category group (car / lifestyle) and region,
 * with the offers active on `date` (for `tier`, when given). An offer is active when its
 * dates include `date` and its tiers the tier; its minimum spend does not matter here.
 * Every merchant is validated by the Merchant schema; ids must be unique.
 *
 * @example
 * const report = merchantStats(merchants, { date: '2026-11-27', tier: 'vip' });
 * report.byCategory['car-wash'].activeOffers // car-wash offers a VIP can use today
 */
export function merchantStats(merchants: readonly Merchant[], options: MerchantStatsOptions): MerchantStats {
  const list = parseInput(MerchantList, merchants, 'merchants');
  const { date, tier } = parseInput(MerchantStatsOptions, options, 'merchant stats options');
  assertUniqueIds(list, 'merchants');
  const tiers = tier === undefined ? Object.values(Tier) : [tier];
  const rows: Row[] = list.map((merchant) => ({
    merchant,
    activeOffers: merchant.offers.filter((offer) => isActive(offer, date, tiers)).length,
  }));
  const inCategory = new Map(groupSorted(rows, (r) => r.merchant.category));
  const rowsOf = (category: MerchantCategory): Row[] => inCategory.get(category) ?? [];
  const byCategory = Object.fromEntries(
    MERCHANT_CATEGORIES.map((category) => [category, counts(rowsOf(category))]),
  ) as MerchantStats['byCategory'];
  const byGroup = Object.fromEntries(
    Object.values(CategoryGroup).map((group) => [
      group,
      counts(MERCHANT_CATEGORIES.filter((category) => categoryGroup(category) === group).flatMap(rowsOf)),
    ]),
  ) as MerchantStats['byGroup'];
  return {
    date,
    tier: tier ?? null,
    total: counts(rows),
    byCategory,
    byGroup,
    byRegion: groupSorted(rows, (r) => r.merchant.region).map(([region, own]) => ({ region, ...counts(own) })),
  };
}
