import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideHalfUp, divideHalfUpExact } from '../shared/money.js';
import { decimalRatio, isShortDecimal, ratioAtLeast, toSafeFen } from './exact.js';

describe('divideHalfUpExact', () => {
  it('rounds exact halves away from zero', () => {
    expect(divideHalfUpExact(5n, 2n)).toBe(3n);
    expect(divideHalfUpExact(-5n, 2n)).toBe(-3n);
    expect(divideHalfUpExact(5n, -2n)).toBe(-3n);
    expect(divideHalfUpExact(4n, 3n)).toBe(1n);
  });

  it('agrees with the shared number version wherever that one is exact', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 1e6 }),
        (n, d) => divideHalfUpExact(BigInt(n), BigInt(d)) === BigInt(divideHalfUp(n, d)),
      ),
    );
  });
});

describe('ratioAtLeast', () => {
  it('compares a share with a fraction exactly, the boundary included', () => {
    expect(ratioAtLeast(7, 10, 7n, 10n)).toBe(true);
    expect(ratioAtLeast(6, 10, 7n, 10n)).toBe(false);
    expect(ratioAtLeast(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 8n, 10n)).toBe(true);
  });
});

describe('decimalRatio', () => {
  it('turns short decimals into exact fractions', () => {
    expect(decimalRatio(4)).toEqual([4n, 1n]);
    expect(decimalRatio(4.5)).toEqual([45n, 10n]);
    expect(decimalRatio(0.125)).toEqual([125n, 1000n]);
  });

  it('accepts at most six decimals and no exponent form', () => {
    expect(isShortDecimal(0.000001)).toBe(true);
    expect(isShortDecimal(0.0000001)).toBe(false);
    expect(isShortDecimal(1e21)).toBe(false);
    expect(isShortDecimal(-1)).toBe(false);
    expect(() => decimalRatio(1e-7)).toThrow(/at most six places/);
  });
});

describe('toSafeFen', () => {
  it('passes safe integers and refuses larger ones as invalid input', () => {
    expect(toSafeFen(BigInt(Number.MAX_SAFE_INTEGER), 'x')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => toSafeFen(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 'totalFen')).toThrow(/totalFen is too large/);
  });
});
