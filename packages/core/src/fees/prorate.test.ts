import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../shared/calendar.js';
import { isClubError } from '../shared/errors.js';
import { VIP_ANNUAL_FEE_FEN } from './annual-fee.js';
import { proratedFee } from './prorate.js';

const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('2000-01-01', n));

describe('proratedFee', () => {
  it('charges the VIP card at 100 fen a whole day by default', () => {
    expect(proratedFee({ from: '2026-03-01', to: '2026-03-02' })).toBe(100);
    expect(proratedFee({ from: '2026-03-01', to: '2026-12-01' })).toBe(daysBetween('2026-03-01', '2026-12-01') * 100);
  });

  it('is zero for an empty range', () => {
    expect(proratedFee({ annualFeeFen: 99_999, from: '2026-06-15', to: '2026-06-15' })).toBe(0);
  });

  it('rounds half-up to the fen once, at the end', () => {
    // 1 day of 10,000 fen is 27.397… fen; 2 days 54.79…; 73 days exactly 2,000.
    expect(proratedFee({ annualFeeFen: 10_000, from: '2026-01-01', to: '2026-01-02' })).toBe(27);
    expect(proratedFee({ annualFeeFen: 10_000, from: '2026-01-01', to: '2026-01-03' })).toBe(55);
    expect(proratedFee({ annualFeeFen: 10_000, from: '2026-01-01', to: '2026-03-15' })).toBe(2000);
    // 1 day of 183 fen is 0.5013… and rounds up; 182 fen is 0.4986… and rounds down.
    expect(proratedFee({ annualFeeFen: 183, from: '2026-01-01', to: '2026-01-02' })).toBe(1);
    expect(proratedFee({ annualFeeFen: 182, from: '2026-01-01', to: '2026-01-02' })).toBe(0);
  });

  it('charges a leap year one day more than the fee', () => {
    expect(proratedFee({ from: '2028-01-01', to: '2029-01-01' })).toBe(VIP_ANNUAL_FEE_FEN + 100);
  });

  it('refuses a range that ends before it starts with invalid-input on to', () => {
    let error: unknown;
    try {
      proratedFee({ from: '2026-06-15', to: '2026-06-14' });
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(isClubError(error) && error.issues.map((i) => i.path)).toEqual([['to']]);
  });

  it('refuses a negative or fractional fee and impossible dates', () => {
    expect(() => proratedFee({ annualFeeFen: -1, from: '2026-01-01', to: '2026-01-02' })).toThrow(/annualFeeFen/);
    expect(() => proratedFee({ annualFeeFen: 1.5, from: '2026-01-01', to: '2026-01-02' })).toThrow(/annualFeeFen/);
    expect(() => proratedFee({ from: '2026-02-29', to: '2026-03-02' })).toThrow(/from/);
  });

  it('charges exactly the annual fee for any 365-day span', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 10_000_000 }), (from, annualFeeFen) => {
        return proratedFee({ annualFeeFen, from, to: addDays(from, 365) }) === annualFeeFen;
      }),
    );
  });

  it('splits a range into two that sum to the whole within one fen', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (from, length, where, annualFeeFen) => {
          const to = addDays(from, length);
          const split = addDays(from, Math.floor(where * length));
          const parts = proratedFee({ annualFeeFen, from, to: split }) + proratedFee({ annualFeeFen, from: split, to });
          return Math.abs(parts - proratedFee({ annualFeeFen, from, to })) <= 1;
        },
      ),
    );
  });

  it('never differs from days × fee / 365 by more than half a fen', () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 1e9 }),
        (from, length, annualFeeFen) => {
          const fee = proratedFee({ annualFeeFen, from, to: addDays(from, length) });
          return Math.abs(fee * 365 - length * annualFeeFen) * 2 <= 365;
        },
      ),
    );
  });
});
