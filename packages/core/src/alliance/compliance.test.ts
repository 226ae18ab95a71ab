import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RevocationReason, reviewCompliance, ViolationKind, type MonthlySales } from './compliance.js';
import { errorOf } from '../shared/fixtures.js';

/** Months of 2026 from `first`, each under (`u`) or at (`o`) 70 % of a 1000 market. */
function months(pattern: string, first = 1): MonthlySales[] {
  return Array.from(pattern, (c, i) => ({
    month: `2026-${String(first + i).padStart(2, '0')}`,
    sales: c === 'u' ? 699 : 700,
    marketSales: 1000,
  }));
}

describe('reviewCompliance', () => {
  it('keeps a member that never falls under 70 %, exactly 70 % included', () => {
    expect(reviewCompliance({ months: months('oooooo') })).toEqual({
      revoke: false,
      reasons: [],
      shortfallStreak: 0,
      currentShortfallStreak: 0,
    });
  });

  it('revokes after three consecutive months under 70 % at the end', () => {
    const review = reviewCompliance({ months: months('ooouuu') });
    expect(review).toEqual({
      revoke: true,
      reasons: [RevocationReason.salesShortfall],
      shortfallStreak: 3,
      currentShortfallStreak: 3,
    });
  });

  it('keeps a member whose streak is broken in the second month', () => {
    const review = reviewCompliance({ months: months('uouuo') });
    expect(review.revoke).toBe(false);
    expect(review.shortfallStreak).toBe(2);
    expect(review.currentShortfallStreak).toBe(0);
  });

  it('revokes for a streak earlier in the period even when the member has since recovered', () => {
    const review = reviewCompliance({ months: months('uuuoo') });
    expect(review.revoke).toBe(true);
    expect(review.shortfallStreak).toBe(3);
    expect(review.currentShortfallStreak).toBe(0);
  });

  it('treats a missing month as breaking the streak', () => {
    const withoutMarch = months('uuuu').filter((_, i) => i !== 2);
    const review = reviewCompliance({ months: withoutMarch });
    expect(review.revoke).toBe(false);
    expect(review.shortfallStreak).toBe(2);
    expect(review.currentShortfallStreak).toBe(1);
  });

  it('sorts the months first, across a year end', () => {
    const review = reviewCompliance({
      months: [
        { month: '2027-01', sales: 1, marketSales: 10 },
        { month: '2026-11', sales: 1, marketSales: 10 },
        { month: '2026-12', sales: 1, marketSales: 10 },
      ],
    });
    expect(review).toEqual({
      revoke: true,
      reasons: ['sales-shortfall'],
      shortfallStreak: 3,
      currentShortfallStreak: 3,
    });
  });

  it('counts no shortfall in a month with no market sales', () => {
    const review = reviewCompliance({
      months: [...months('uu'), { month: '2026-03', sales: 0, marketSales: 0 }, ...months('u', 4)],
    });
    expect(review.shortfallStreak).toBe(2);
  });

  it('revokes for any charter breach, each reason once, shortfall first', () => {
    const review = reviewCompliance({
      months: months('uuu'),
      violations: [
        { kind: ViolationKind.bundling, on: '2026-02-03', note: 'sold with another soy milk' },
        { kind: ViolationKind.offChannelPurchase },
        { kind: ViolationKind.bundling },
      ],
    });
    expect(review.reasons).toEqual(['sales-shortfall', 'bundling', 'off-channel-purchase']);
  });

  it.each(Object.values(ViolationKind))('revokes a member found %s', (kind) => {
    const review = reviewCompliance({ months: months('o'), violations: [{ kind }] });
    expect(review).toMatchObject({ revoke: true, reasons: [kind] });
  });

  it('revokes exactly when some three calendar months in a row are all short', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 0, maxLength: 24 }), (shorts) => {
        const input = shorts.map((short, i) => ({
          month: `${2026 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
          sales: short ? 69 : 70,
          marketSales: 100,
        }));
        const expected = shorts.some((_, i) => shorts[i] && shorts[i + 1] && shorts[i + 2]);
        return reviewCompliance({ months: input }).revoke === expected;
      }),
    );
  });

  it('refuses a month listed twice, pointing at the second one', () => {
    const e = errorOf(() => reviewCompliance({ months: [...months('uu'), ...months('u')] }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues).toEqual([
      { path: ['months', 2, 'month'], code: 'duplicate', message: 'Month 2026-01 is listed twice' },
    ]);
  });

  it('refuses a malformed month and an unknown violation with their paths', () => {
    const e = errorOf(() =>
      reviewCompliance({
        months: [{ month: '2026-13', sales: 1, marketSales: 1 }],
        violations: [{ kind: 'late-payment' as ViolationKind }],
      }),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['months.0.month', 'violations.0.kind']);
  });
});
