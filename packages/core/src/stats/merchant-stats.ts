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
  /** The period of the report this one belongs to, echoed back; the counts are taken on `date`. */
  from: z.optional(IsoDate),
  /** The period's last day, echoed back like `from`. */
  to: z.optional(IsoDate),
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
  /** The first day of the report's period, when it has one (the counts are taken on `date`). */
  from: z.optional(IsoDate),
  /** The last day of the report's period, when it has one. */
  to: z.optional(IsoDate),
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

/** The merchants of one category in one region and their offers: one cell of the merchant report. */
export const MerchantCell = z.object({ category: MerchantCategorySchema, region: RegionCode, ...MerchantCounts.shape });
/** The merchants of one category in one region and their offers. */
export type MerchantCell = z.infer<typeof MerchantCell>;

/** What {@link merchantStatsFromCounts} builds a report from: the options and the cells a store counted. */
const MerchantCellsInput = z.object({ ...MerchantStatsOptions.shape, cells: z.array(MerchantCell) });

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

/** Adds up cells. */
function sum(cells: readonly MerchantCounts[]): MerchantCounts {
  const out = { merchants: 0, merchantsWithActiveOffers: 0, offers: 0, activeOffers: 0 };
  for (const c of cells) {
    out.merchants += c.merchants;
    out.merchantsWithActiveOffers += c.merchantsWithActiveOffers;
    out.offers += c.offers;
    out.activeOffers += c.activeOffers;
  }
  return out;
}

/**
 * The merchant report from counts a store already took, one cell per category and region (a
 * category and region may come in several cells, which are added up): the figures
 * {@link merchantStats} gives for the same merchants, so a database can count with its own
 * aggregates and still answer in this shape.
 *
 * @example
 * merchantStatsFromCounts({
 *   date: '2026-11-27',
 *   cells: [{ category: 'car-wash', region: 'jinghong', merchants: 3, merchantsWithActiveOffers: 2, offers: 5, activeOffers: 3 }],
 * }).byGroup.car.merchants // 3
 */
export function merchantStatsFromCounts(
  input: MerchantStatsOptions & { cells: readonly MerchantCell[] },
): MerchantStats {
  const { date, tier, from, to, cells } = parseInput(MerchantCellsInput, input, 'merchant counts');
  const inCategory = new Map(groupSorted(cells, (c) => c.category));
  const cellsOf = (category: MerchantCategory): MerchantCell[] => inCategory.get(category) ?? [];
  const byCategory = Object.fromEntries(
    MERCHANT_CATEGORIES.map((category) => [category, sum(cellsOf(category))]),
  ) as MerchantStats['byCategory'];
  const byGroup = Object.fromEntries(
    Object.values(CategoryGroup).map((group) => [
      group,
      sum(MERCHANT_CATEGORIES.filter((category) => categoryGroup(category) === group).flatMap(cellsOf)),
    ]),
  ) as MerchantStats['byGroup'];
  return {
    date,
    tier: tier ?? null,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    total: sum(cells),
    byCategory,
    byGroup,
    byRegion: groupSorted(cells, (c) => c.region).map(([region, own]) => ({ region, ...sum(own) })),
  };
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
  const checked = parseInput(MerchantStatsOptions, options, 'merchant stats options');
  assertUniqueIds(list, 'merchants');
  const tiers = checked.tier === undefined ? Object.values(Tier) : [checked.tier];
  // One cell per category and region, as a GROUP BY would give.
  const cells = new Map<string, MerchantCell>();
  for (const merchant of list) {
    const active = merchant.offers.filter((offer) => isActive(offer, checked.date, tiers)).length;
    const key = `${merchant.category}\u0000${merchant.region}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { category: merchant.category, region: merchant.region, ...sum([]) };
      cells.set(key, cell);
    }
    cell.merchants += 1;
    cell.offers += merchant.offers.length;
    cell.activeOffers += active;
    if (active > 0) cell.merchantsWithActiveOffers += 1;
  }
  return merchantStatsFromCounts({ ...checked, cells: [...cells.values()] });
}
