import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { divideHalfUp } from '../shared/money.js';
import { isClubError } from '../shared/errors.js';
import { bestOffer } from '../merchants/best-offer.js';
import { generateMerchants } from '../merchants/fixtures.js';
import type { Merchant } from '../merchants/merchant.js';
import { VIP_ANNUAL_FEE_FEN } from './annual-fee.js';
import { DEFAULT_VISITS_PER_YEAR, estimateYearlySavings, SavingsEstimate, SavingsEstimateInput } from './savings.js';
import { estimateYearlySavingsOn } from './savings-rules.js';

const DATE = '2026-11-27';

function merchant(id: string, category: Merchant['category'], offers: Merchant['offers']): Merchant {
  return { id: `mch_${id}`, name: id, category, region: 'jinghong', address: '景洪市', phone: '0691-2120000', offers };
}

const wash = merchant('wash', 'car-wash', [{ kind: 'amount', id: 'off_w', title: '洗車減10元', amountOffFen: 1000 }]);
const wash2 = merchant('wash2', 'car-wash', [
  { kind: 'percent', id: 'off_w2', title: '洗車8折', percentOff: 20, tiers: ['vip'] },
]);
const dining = merchant('dining', 'dining', [
  { kind: 'percent', id: 'off_d', title: '餐飲9折', percentOff: 10, minSpendFen: 10_000 },
]);
const merchants = [wash, wash2, dining];

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return { code: e.code, paths: e.issues.map((i) => i.path.join('.')) };
    throw e;
  }
  return undefined;
}

describe('estimateYearlySavings', () => {
  it('applies the best offer of each category to one purchase per visit', () => {
    // Car wash: 48,000 fen over 12 visits is 4,000 a wash, where 10 CNY off (1,000) beats 20 % off (800).
    const estimate = estimateYearlySavings({
      spendFen: { 'car-wash': 48_000, dining: 240_000 },
      merchants,
      date: DATE,
    });
    expect(estimate.byCategory).toEqual([
      {
        category: 'car-wash',
        spendFen: 48_000,
        visits: 12,
        savingFen: 12_000,
        merchantId: 'mch_wash',
        offerId: 'off_w',
      },
      {
        category: 'dining',
        spendFen: 240_000,
        visits: 12,
        savingFen: 24_000,
        merchantId: 'mch_dining',
        offerId: 'off_d',
      },
    ]);
    expect(estimate.savingsFen).toBe(36_000);
    expect(estimate.feeFen).toBe(VIP_ANNUAL_FEE_FEN);
    expect(estimate.netFen).toBe(36_000 - VIP_ANNUAL_FEE_FEN);
    expect(estimate.worthIt).toBe(false);
  });

  it('is worth it only when savings exceed the fee', () => {
    const spendFen = { 'car-wash': 48_000, dining: 240_000 };
    expect(estimateYearlySavings({ spendFen, merchants, date: DATE, feeFen: 35_999 }).worthIt).toBe(true);
    expect(estimateYearlySavings({ spendFen, merchants, date: DATE, feeFen: 36_000 }).worthIt).toBe(false);
  });

  it('splits spend by visitsPerYear, half-up to the fen, and multiplies back', () => {
    // 100,000 fen over 3 visits is 33,333.33… → 33,333 a wash; 20 % off that is 6,666.6 → 6,667, × 3.
    const estimate = estimateYearlySavings({
      spendFen: { 'car-wash': 100_000 },
      visitsPerYear: { 'car-wash': 3 },
      merchants,
      date: DATE,
    });
    expect(estimate.byCategory[0]).toMatchObject({
      visits: 3,
      savingFen: 6_667 * 3,
      merchantId: 'mch_wash2',
      offerId: 'off_w2',
    });
    expect(estimate.byCategory[0]?.savingFen).toBe(divideHalfUp(divideHalfUp(100_000, 3) * 20, 100) * 3);
  });

  it('counts only offers for the tier, and dining purchases below the minimum spend save nothing', () => {
    const standard = estimateYearlySavings({
      spendFen: { 'car-wash': 100_000, dining: 119_988 },
      merchants,
      tier: 'standard',
      date: DATE,
    });
    expect(standard.byCategory[0]).toMatchObject({ merchantId: 'mch_wash', savingFen: 12_000 });
    // 119,988 / 12 = 9,999 a meal, below the 10,000 minimum.
    expect(standard.byCategory[1]).toEqual({ category: 'dining', spendFen: 119_988, visits: 12, savingFen: 0 });
  });

  it('reports categories without merchants or without spend as saving nothing', () => {
    const estimate = estimateYearlySavings({ spendFen: { ktv: 50_000, 'car-wash': 0 }, merchants, date: DATE });
    expect(estimate.byCategory).toEqual([
      { category: 'car-wash', spendFen: 0, visits: DEFAULT_VISITS_PER_YEAR, savingFen: 0 },
      { category: 'ktv', spendFen: 50_000, visits: DEFAULT_VISITS_PER_YEAR, savingFen: 0 },
    ]);
    expect(estimate.netFen).toBe(-VIP_ANNUAL_FEE_FEN);
    expect(estimate.worthIt).toBe(false);
  });

  it('agrees with bestOffer over every merchant of a category', () => {
    const many = generateMerchants(3000, 9);
    const purchase = { amountFen: 25_000, tier: 'vip' as const, date: DATE };
    const estimate = estimateYearlySavings({ spendFen: { repair: 300_000 }, merchants: many, date: DATE });
    const most = Math.max(
      0,
      ...many.filter((m) => m.category === 'repair').map((m) => bestOffer(m.offers, purchase)?.savingFen ?? 0),
    );
    expect(estimate.byCategory[0]?.savingFen).toBe(most * 12);
    const winner = many.find((m) => m.id === estimate.byCategory[0]?.merchantId);
    expect(winner && bestOffer(winner.offers, purchase)?.savingFen).toBe(most);
  });

  it('breaks a tie between merchants in favour of the simpler offer, then the lower merchant id', () => {
    const b = merchant('b', 'towing', [{ kind: 'amount', id: 'off_x', title: 'x', amountOffFen: 500 }]);
    const a = merchant('a', 'towing', [{ kind: 'amount', id: 'off_x', title: 'x', amountOffFen: 500 }]);
    const c = merchant('c', 'towing', [{ kind: 'percent', id: 'off_a', title: 'p', percentOff: 50 }]);
    const estimate = estimateYearlySavings({ spendFen: { towing: 12_000 }, merchants: [c, b, a], date: DATE });
    expect(estimate.byCategory[0]).toMatchObject({ merchantId: 'mch_a', offerId: 'off_x', savingFen: 6_000 });
  });

  it('refuses unknown categories, zero visits and invalid merchants with invalid-input', () => {
    expect(
      errorOf(() => estimateYearlySavings({ spendFen: { casino: 1 } as never, merchants, date: DATE }))?.code,
    ).toBe('invalid-input');
    expect(
      errorOf(() => estimateYearlySavings({ spendFen: { ktv: 1 }, visitsPerYear: { ktv: 0 }, merchants, date: DATE }))
        ?.paths,
    ).toEqual(['visitsPerYear.ktv']);
    expect(errorOf(() => estimateYearlySavings({ spendFen: { ktv: -1 }, merchants, date: DATE }))?.paths).toEqual([
      'spendFen.ktv',
    ]);
    expect(
      errorOf(() => estimateYearlySavings({ spendFen: {}, merchants: [{ ...wash, region: '' }], date: DATE }))?.paths,
    ).toEqual(['merchants.0.region']);
    expect(errorOf(() => estimateYearlySavings({ spendFen: {}, date: DATE } as never))?.paths).toEqual(['merchants']);
  });
});

describe('savings schemas', () => {
  it('turn into JSON Schema for OpenAPI', () => {
    for (const schema of [SavingsEstimateInput, SavingsEstimate]) {
      expect((z.toJSONSchema(schema, { io: 'input' }) as { type?: string }).type).toBe('object');
    }
  });

  it('describe what estimateYearlySavings returns', () => {
    const estimate = estimateYearlySavings({ spendFen: { 'car-wash': 48_000, ktv: 1 }, merchants, date: DATE });
    expect(SavingsEstimate.safeParse(estimate).success).toBe(true);
  });
});

describe('estimateYearlySavingsOn', () => {
  const sampleMerchants = generateMerchants(400, 5);

  it('is the rule of estimateYearlySavings for checked input: the same estimate, to the fen', () => {
    const input = {
      spendFen: { 'car-wash': 120_000, dining: 600_000, hotel: 0 },
      visitsPerYear: { dining: 24 },
      merchants: sampleMerchants,
      date: '2026-11-27',
    };
    const estimate = estimateYearlySavingsOn({ ...input, tier: 'vip', feeFen: VIP_ANNUAL_FEE_FEN });
    expect(estimate.savingsFen).toBeGreaterThan(0);
    expect(estimate).toEqual(estimateYearlySavings(input));
    expect(estimateYearlySavingsOn({ ...input, tier: 'standard', feeFen: 0 })).toEqual(
      estimateYearlySavings({ ...input, tier: 'standard', feeFen: 0 }),
    );
  });

  it('checks nothing: the caller answers for its input, and the checked entry point still refuses bad input', () => {
    const input = {
      spendFen: { 'car-wash': -100 },
      merchants: [],
      tier: 'vip' as const,
      feeFen: 36_500,
      date: '2026-11-27',
    };
    expect(estimateYearlySavingsOn(input).byCategory).toEqual([
      { category: 'car-wash', spendFen: -100, visits: 12, savingFen: 0 },
    ]);
    expect(() => estimateYearlySavings(input)).toThrow();
  });
});
