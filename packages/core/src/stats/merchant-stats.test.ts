import { describe, expect, it } from 'vitest';
import { MERCHANT_CATEGORIES, type Merchant } from '../merchants/index.js';
import { merchantOf, percentOffer } from './fixtures.js';
import { MerchantStats, merchantStats, merchantStatsFromCounts, type MerchantCounts } from './merchant-stats.js';
import { errorOf } from '../shared/fixtures.js';

const DAY = '2026-11-27';

const wash = merchantOf(1, 'car-wash', 'jinghong', [
  percentOffer('always'), // active
  percentOffer('vip', { tiers: ['vip'] }), // active for vip only
  percentOffer('soon', { validFrom: '2026-12-01' }), // not yet
  percentOffer('last', { validUntil: DAY }), // its last day: active
  percentOffer('big', { minSpendFen: 50_000 }), // active; the minimum spend does not matter here
]);
const restaurant = merchantOf(2, 'dining', 'menghai', [percentOffer('over', { validUntil: '2026-11-26' })]); // ended yesterday
const garage = merchantOf(3, 'repair', 'jinghong'); // no offers
const cafe = merchantOf(4, 'dining', 'jinghong', [percentOffer('std', { tiers: ['standard'] })]); // standard only

const merchants = [restaurant, wash, cafe, garage];

const none: MerchantCounts = { merchants: 0, merchantsWithActiveOffers: 0, offers: 0, activeOffers: 0 };
const counts = (merchantCount: number, withActive: number, offers: number, activeOffers: number): MerchantCounts => ({
  merchants: merchantCount,
  merchantsWithActiveOffers: withActive,
  offers,
  activeOffers,
});

describe('merchantStats', () => {
  it('reports zeros for every category and group, and no region, without merchants', () => {
    const report = merchantStats([], { date: DAY });
    expect(report.total).toEqual(none);
    expect(Object.keys(report.byCategory)).toEqual([...MERCHANT_CATEGORIES]);
    expect(Object.values(report.byCategory).every((c) => c.merchants === 0)).toBe(true);
    expect(report.byGroup).toEqual({ car: none, lifestyle: none });
    expect([report.byRegion, report.date, report.tier]).toEqual([[], DAY, null]);
  });

  it('counts offers active on the day for any tier when none is given', () => {
    const report = merchantStats(merchants, { date: DAY });
    // Active: wash's always, vip, last and big (4); cafe's std (1). Offers on record: 5 + 1 + 0 + 1.
    expect(report.total).toEqual(counts(4, 2, 7, 5));
    expect(report.byCategory['car-wash']).toEqual(counts(1, 1, 5, 4));
    expect(report.byCategory.dining).toEqual(counts(2, 1, 2, 1));
    expect(report.byCategory.repair).toEqual(counts(1, 0, 0, 0));
    expect(report.byCategory.hotel).toEqual(none);
  });

  it('counts only the offers open to a tier when one is given', () => {
    // vip: wash's always, vip, last, big; not cafe's standard-only offer.
    expect(merchantStats(merchants, { date: DAY, tier: 'vip' }).total).toEqual(counts(4, 1, 7, 4));
    // standard: wash's always, last, big; cafe's std.
    expect(merchantStats(merchants, { date: DAY, tier: 'standard' }).total).toEqual(counts(4, 2, 7, 4));
  });

  it('counts offers that start on the day and leaves out those that ended the day before', () => {
    expect(merchantStats([wash], { date: '2026-12-01' }).total.activeOffers).toBe(4); // soon starts, last has ended
    expect(merchantStats([restaurant], { date: '2026-11-26' }).total.activeOffers).toBe(1);
    expect(merchantStats([restaurant], { date: DAY }).total.activeOffers).toBe(0);
  });

  it('groups categories into car and lifestyle services', () => {
    expect(merchantStats(merchants, { date: DAY }).byGroup).toEqual({
      car: counts(2, 1, 5, 4), // wash and garage
      lifestyle: counts(2, 1, 2, 1), // restaurant and cafe
    });
  });

  it('gives one row per region, sorted by region code', () => {
    expect(merchantStats(merchants, { date: DAY }).byRegion).toEqual([
      { region: 'jinghong', ...counts(3, 2, 6, 5) },
      { region: 'menghai', ...counts(1, 0, 1, 0) },
    ]);
  });

  it('returns plain JSON data that passes the MerchantStats schema', () => {
    const report = merchantStats(merchants, { date: DAY, tier: 'vip' });
    expect(MerchantStats.safeParse(report).success).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('refuses broken merchants, duplicates and bad options with invalid-input', () => {
    const broken = { ...garage, category: 'spa' } as unknown as Merchant;
    expect(errorOf(() => merchantStats([wash, broken], { date: DAY })).issues.map((i) => i.path)).toEqual([
      [1, 'category'],
    ]);
    expect(errorOf(() => merchantStats([wash, wash], { date: DAY })).issues[0]).toMatchObject({
      path: [1, 'id'],
      code: 'duplicate',
    });
    expect(errorOf(() => merchantStats(merchants, { date: '27/11/2026' })).issues[0]?.path).toEqual(['date']);
    expect(errorOf(() => merchantStats(merchants, { date: DAY, tier: 'gold' as 'vip' })).issues[0]?.path).toEqual([
      'tier',
    ]);
  });

  it('echoes the period of the report it belongs to, counting on its date', () => {
    const report = merchantStats(merchants, { date: DAY, from: '2026-11-01', to: '2026-11-30' });
    expect([report.from, report.to]).toEqual(['2026-11-01', '2026-11-30']);
    expect(report.total).toEqual(merchantStats(merchants, { date: DAY }).total);
  });
});

describe('merchantStatsFromCounts', () => {
  it('builds the report merchantStats gives from the same merchants counted by category and region', () => {
    const cell = (m: Merchant, tier?: 'vip') => {
      const { total } = merchantStats([m], { date: DAY, ...(tier ? { tier } : {}) });
      return { category: m.category, region: m.region, ...total };
    };
    expect(merchantStatsFromCounts({ date: DAY, cells: merchants.map((m) => cell(m)) })).toEqual(
      merchantStats(merchants, { date: DAY }),
    );
    expect(merchantStatsFromCounts({ date: DAY, tier: 'vip', cells: merchants.map((m) => cell(m, 'vip')) })).toEqual(
      merchantStats(merchants, { date: DAY, tier: 'vip' }),
    );
  });

  it('refuses a cell of an unknown category', () => {
    const cells = [{ category: 'spa' as 'dining', region: 'jinghong', ...none }];
    expect(errorOf(() => merchantStatsFromCounts({ date: DAY, cells })).issues[0]?.path).toEqual([
      'cells',
      0,
      'category',
    ]);
  });
});
