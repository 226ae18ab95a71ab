import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOfferFields, OFFER_TITLE_MAX } from './check-offer.js';
import { Offer } from './offer.js';

const fields = (input: Record<string, unknown>) => {
  const check = checkOfferFields(input);
  return check.ok ? [] : check.issues.map((i) => `${i.field} ${i.code}`);
};

describe('checkOfferFields', () => {
  it('accepts an offer of each kind and leaves out the fields its kind does not have', () => {
    expect(
      checkOfferFields({ kind: 'percent', title: '洗車9折', percentOff: 10, capFen: 2000, amountOffFen: 5 }),
    ).toEqual({
      ok: true,
      value: { kind: 'percent', title: '洗車9折', percentOff: 10, capFen: 2000 },
    });
    expect(checkOfferFields({ kind: 'amount', title: '滿200減20', amountOffFen: 2000, minSpendFen: 20000 }).ok).toBe(
      true,
    );
    expect(
      checkOfferFields({
        kind: 'price',
        title: '精緻洗車',
        listPriceFen: 8000,
        memberPriceFen: 0,
        tiers: ['vip'],
        validFrom: '2026-12-01',
        validUntil: '2026-12-01',
      }).ok,
    ).toBe(true);
  });

  it('refuses a missing title and a missing amount of the kind', () => {
    expect(fields({ kind: 'amount', title: '' })).toEqual(['title required', 'amountOffFen required']);
    expect(fields({ kind: 'percent', title: 'x'.repeat(OFFER_TITLE_MAX + 1), percentOff: 10 })).toEqual([
      'title too_big',
    ]);
  });

  it('refuses a percentage out of range or with more than two decimals', () => {
    for (const percentOff of [0, 100, -5, 10.125, Number.NaN])
      expect(fields({ kind: 'percent', title: 'x', percentOff })).toEqual(['percentOff percent_range']);
  });

  it('refuses money that is not whole fen, and zero where more is needed', () => {
    expect(fields({ kind: 'amount', title: 'x', amountOffFen: 0 })).toEqual(['amountOffFen positive']);
    expect(fields({ kind: 'amount', title: 'x', amountOffFen: 10.5, minSpendFen: -1 })).toEqual([
      'amountOffFen not_fen',
      'minSpendFen not_fen',
    ]);
  });

  it('refuses a member price that is not below the list price', () => {
    expect(fields({ kind: 'price', title: 'x', listPriceFen: 8000, memberPriceFen: 8000 })).toEqual([
      'memberPriceFen price_order',
    ]);
  });

  it('refuses a day that is not on the calendar and a last day before the first', () => {
    expect(fields({ kind: 'amount', title: 'x', amountOffFen: 1, validFrom: '2026-02-30' })).toEqual([
      'validFrom date',
    ]);
    expect(
      fields({ kind: 'amount', title: 'x', amountOffFen: 1, validFrom: '2026-12-02', validUntil: '2026-12-01' }),
    ).toEqual(['validUntil date_order']);
  });

  it('refuses an unknown kind or tier and an empty tier list', () => {
    expect(fields({ kind: 'gift', title: 'x' })).toEqual(['kind invalid_value']);
    expect(fields({ kind: 'amount', title: 'x', amountOffFen: 1, tiers: [] })).toEqual(['tiers required']);
    expect(fields({ kind: 'amount', title: 'x', amountOffFen: 1, tiers: ['gold'] })).toEqual(['tiers invalid_value']);
  });

  it('agrees with the Offer schema on which offers pass and which fields fail', () => {
    const money = fc.oneof(fc.integer({ min: -2, max: 20_000 }), fc.constant(1.5), fc.constant(undefined));
    const date = fc.oneof(
      fc.constantFrom('2026-01-31', '2026-02-29', '2028-02-29', '2026-13-01', '2026-06-15', 'soon'),
      fc.constant(undefined),
    );
    const offer = fc.record({
      kind: fc.constantFrom('percent', 'amount', 'price'),
      title: fc.oneof(fc.string({ maxLength: 90 }), fc.constant(undefined)),
      percentOff: fc.oneof(fc.double({ min: -1, max: 101, noNaN: true }), fc.constantFrom(10, 12.5, 99.99)),
      capFen: money,
      amountOffFen: money,
      listPriceFen: money,
      memberPriceFen: money,
      minSpendFen: money,
      tiers: fc.oneof(fc.constant(undefined), fc.subarray(['standard', 'vip', 'gold'])),
      validFrom: date,
      validUntil: date,
    });
    fc.assert(
      fc.property(offer, (raw) => {
        const input = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
        const ours = checkOfferFields(input);
        const schema = Offer.safeParse({ ...input, id: 'off_check' });
        expect(ours.ok).toBe(schema.success);
        if (ours.ok && schema.success) expect({ ...ours.value, id: 'off_check' }).toEqual(schema.data);
        if (!ours.ok && !schema.success) {
          // The schema runs its cross-field rules on fields that already failed (comparing "soon" as a
          // date, say); ours judges the order only of valid fields, so those are left out here.
          const schemaFields = new Set(
            schema.error.issues.filter((i) => i.code !== 'custom').map((i) => String(i.path[0])),
          );
          for (const f of schemaFields) expect(ours.issues.map((i) => i.field)).toContain(f);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
