import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { generateOffers } from './fixtures.js';
import { Offer, offerSaving, type Purchase } from './offer.js';

const on = (amountFen: number, overrides: Partial<Purchase> = {}): Purchase => ({
  amountFen,
  tier: 'vip',
  date: '2026-11-27',
  ...overrides,
});

const percent = (percentOff: number, extra: Partial<Extract<Offer, { kind: 'percent' }>> = {}): Offer => ({
  kind: 'percent',
  id: 'off_pct',
  title: 'percent',
  percentOff,
  ...extra,
});

function errorOf(fn: () => unknown): { code?: string; paths: string[] } {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return { code: e.code, paths: e.issues.map((i) => i.path.join('.')) };
    throw e;
  }
  return { paths: [] };
}

describe('Offer schema', () => {
  it('accepts each kind with its own fields', () => {
    expect(Offer.safeParse(percent(10, { capFen: 2000 })).success).toBe(true);
    expect(
      Offer.safeParse({ kind: 'amount', id: 'off_a', title: 'a', amountOffFen: 2000, minSpendFen: 10000 }).success,
    ).toBe(true);
    expect(
      Offer.safeParse({ kind: 'price', id: 'off_p', title: 'p', listPriceFen: 5000, memberPriceFen: 0 }).success,
    ).toBe(true);
  });

  it('refuses percentages outside (0, 100) and with more than two decimals', () => {
    for (const p of [0, 100, -5, 100.5, 12.345]) expect(Offer.safeParse(percent(p)).success).toBe(false);
    for (const p of [0.01, 12.34, 99.99]) expect(Offer.safeParse(percent(p)).success).toBe(true);
  });

  it('refuses a member price that is not below the list price', () => {
    const result = Offer.safeParse({
      kind: 'price',
      id: 'off_p',
      title: 'p',
      listPriceFen: 5000,
      memberPriceFen: 5000,
    });
    expect(result.success).toBe(false);
  });

  it('refuses a validity window that ends before it starts, an empty tier list and a blank id', () => {
    expect(Offer.safeParse(percent(10, { validFrom: '2026-02-01', validUntil: '2026-01-31' })).success).toBe(false);
    expect(Offer.safeParse(percent(10, { validFrom: '2026-02-01', validUntil: '2026-02-01' })).success).toBe(true);
    expect(Offer.safeParse(percent(10, { tiers: [] })).success).toBe(false);
    expect(Offer.safeParse({ ...percent(10), id: ' ' }).success).toBe(false);
  });
});

describe('offerSaving', () => {
  it('takes a percentage off, rounding half-up to the fen exactly', () => {
    expect(offerSaving(percent(10), on(8000))).toBe(800);
    // 10 % of 10.05 CNY is 100.5 fen: half-up gives 101, binary floating point would give 100.
    expect(offerSaving(percent(10), on(1005))).toBe(101);
    expect(offerSaving(percent(12.5), on(4))).toBe(1);
    expect(offerSaving(percent(33.33), on(3))).toBe(1);
  });

  it('caps a percentage saving at capFen', () => {
    expect(offerSaving(percent(20, { capFen: 1000 }), on(4000))).toBe(800);
    expect(offerSaving(percent(20, { capFen: 1000 }), on(5000))).toBe(1000);
    expect(offerSaving(percent(20, { capFen: 1000 }), on(90000))).toBe(1000);
  });

  it('stays exact for amounts whose product with the percentage is beyond 2^53', () => {
    const amountFen = Number.MAX_SAFE_INTEGER;
    const expected = (BigInt(amountFen) * 1234n * 2n + 10000n) / 20000n;
    expect(offerSaving(percent(12.34), on(amountFen))).toBe(Number(expected));
  });

  it('takes a fixed amount off, never more than the purchase', () => {
    const offer: Offer = { kind: 'amount', id: 'off_a', title: '滿100減20', amountOffFen: 2000 };
    expect(offerSaving(offer, on(10000))).toBe(2000);
    expect(offerSaving(offer, on(1500))).toBe(1500);
    expect(offerSaving(offer, on(0))).toBe(0);
  });

  it('saves list less member price only when the purchase covers the item', () => {
    const offer: Offer = { kind: 'price', id: 'off_p', title: '保養套餐', listPriceFen: 30000, memberPriceFen: 19900 };
    expect(offerSaving(offer, on(30000))).toBe(10100);
    expect(offerSaving(offer, on(45000))).toBe(10100);
    expect(offerSaving(offer, on(29999))).toBe(0);
  });

  it('applies from minSpendFen on, not below', () => {
    const offer: Offer = { kind: 'amount', id: 'off_a', title: 'a', amountOffFen: 2000, minSpendFen: 10000 };
    expect(offerSaving(offer, on(9999))).toBe(0);
    expect(offerSaving(offer, on(10000))).toBe(2000);
  });

  it('applies on validFrom and validUntil but not outside them', () => {
    const offer = percent(10, { validFrom: '2026-11-01', validUntil: '2026-11-30' });
    expect(offerSaving(offer, on(1000, { date: '2026-10-31' }))).toBe(0);
    expect(offerSaving(offer, on(1000, { date: '2026-11-01' }))).toBe(100);
    expect(offerSaving(offer, on(1000, { date: '2026-11-30' }))).toBe(100);
    expect(offerSaving(offer, on(1000, { date: '2026-12-01' }))).toBe(0);
  });

  it('applies only to the listed tiers, and to every tier when none are listed', () => {
    const vipOnly = percent(10, { tiers: ['vip'] });
    expect(offerSaving(vipOnly, on(1000, { tier: 'vip' }))).toBe(100);
    expect(offerSaving(vipOnly, on(1000, { tier: 'standard' }))).toBe(0);
    expect(offerSaving(percent(10), on(1000, { tier: 'standard' }))).toBe(100);
  });

  it('refuses a malformed offer or purchase with invalid-input and the field path', () => {
    expect(errorOf(() => offerSaving(percent(150), on(1000)))).toEqual({
      code: 'invalid-input',
      paths: ['percentOff'],
    });
    expect(errorOf(() => offerSaving(percent(10), on(-1)))).toEqual({ code: 'invalid-input', paths: ['amountFen'] });
    expect(errorOf(() => offerSaving(percent(10), on(10.5)))).toMatchObject({ code: 'invalid-input' });
    expect(errorOf(() => offerSaving(percent(10), on(1000, { date: '2026-02-30' })))).toEqual({
      code: 'invalid-input',
      paths: ['date'],
    });
  });

  it('is never negative and never more than the purchase', () => {
    const offers = generateOffers(200, 3);
    fc.assert(
      fc.property(
        fc.constantFrom(...offers),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('standard' as const, 'vip' as const),
        fc.constantFrom('2025-12-31', '2026-03-15', '2026-12-31', '2027-06-01'),
        (offer, amountFen, tier, date) => {
          const saving = offerSaving(offer, { amountFen, tier, date });
          return Number.isSafeInteger(saving) && saving >= 0 && saving <= amountFen;
        },
      ),
    );
  });

  it('never moves more than half a fen from the true percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 1e9 }), (basisPoints, amountFen) => {
        const saving = offerSaving(percent(basisPoints / 100), on(amountFen));
        return Math.abs(saving * 10000 - amountFen * basisPoints) * 2 <= 10000;
      }),
    );
  });
});
