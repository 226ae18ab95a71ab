import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from './errors.js';
import { divideHalfUp, formatMoney, HalfUpSteps, isWholeFen, multiplyDivideHalfUp, yuan } from './money.js';

describe('yuan', () => {
  it('converts whole yuan to fen', () => {
    expect(yuan(365)).toBe(36500);
    expect(yuan(0)).toBe(0);
  });

  it('rounds half-up to the fen without binary floating point drift', () => {
    expect(yuan(1.005)).toBe(101);
    expect(yuan(12.345)).toBe(1235);
    expect(yuan(0.1 + 0.2)).toBe(30);
    expect(yuan(-1.005)).toBe(-101);
  });

  it('refuses NaN, infinities and non-numbers with invalid-input', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, '12' as unknown as number]) {
      let thrown: unknown;
      try {
        yuan(bad);
      } catch (e) {
        thrown = e;
      }
      expect(isClubError(thrown) && thrown.code).toBe('invalid-input');
    }
  });

  it('round-trips every whole number of fen', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => yuan(fen / 100) === fen));
  });
});

describe('divideHalfUp', () => {
  it('rounds exact halves away from zero', () => {
    expect(divideHalfUp(5, 2)).toBe(3);
    expect(divideHalfUp(-5, 2)).toBe(-3);
    expect(divideHalfUp(4, 3)).toBe(1);
  });

  it('never differs from the true quotient by more than half', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divideHalfUp(n, d);
        return Math.abs(q * d - n) * 2 <= d;
      }),
    );
  });
});

describe('HalfUpSteps', () => {
  it('gives amount × k / n rounded half up for k = from, from + 1, … n as multiplyDivideHalfUp does', () => {
    const cases = fc.record({
      amount: fc.oneof(
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      ),
      n: fc.integer({ min: 1, max: 400 }),
      from: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(cases, ({ amount, n, from: anyFrom }) => {
        const from = Math.min(anyFrom, n);
        const steps = new HalfUpSteps(amount, n, from);
        for (let k = from; k <= n; k++) {
          const exact = Number((2n * BigInt(amount) * BigInt(k) + BigInt(n)) / (2n * BigInt(n)));
          const value = steps.next();
          if (value !== exact || value !== multiplyDivideHalfUp(amount, k, n)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('rounds an exact half up and reaches the whole amount at k = n', () => {
    const steps = new HalfUpSteps(3, 2, 0);
    expect([steps.next(), steps.next(), steps.next(), steps.next()]).toEqual([0, 2, 3, 5]);
    const year = new HalfUpSteps(36500, 365, 364);
    expect([year.next(), year.next()]).toEqual([36400, 36500]);
  });
});

describe('formatMoney', () => {
  it('formats CNY in the three built-in locales', () => {
    expect(formatMoney(36500, 'en')).toBe('CN¥365.00');
    expect(formatMoney(36500, 'zh-Hans')).toBe('¥365.00');
    expect(formatMoney(123456, 'zh-Hant')).toBe('¥1,234.56');
  });

  it('writes ¥ in every Chinese locale and CN¥ where ¥ could be the Japanese yen', () => {
    expect(formatMoney(2400, 'zh-TW')).toBe('¥24.00');
    expect(formatMoney(2400, 'zh-HK')).toBe('¥24.00');
    expect(formatMoney(2400, 'ja')).not.toBe('¥24.00');
    expect(formatMoney(2400, 'en-GB')).toBe('CN¥24.00');
  });

  it('refuses fractional fen and unknown locales', () => {
    expect(() => formatMoney(1.5, 'en')).toThrow(/integer number of fen/);
    expect(() => formatMoney(100, 'not a locale!')).toThrow(/Unknown locale/);
  });
});

describe('isWholeFen', () => {
  it.each([
    [0, true],
    [88.5, true],
    [1.1, true],
    [0.29, true],
    [1288.01, true],
    [100_000_000, true],
    [1.005, false],
    [0.001, false],
    [1e-7, false],
    [1e21, true],
    [-3.5, true],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])('%s → %s', (amount, whole) => {
    expect(isWholeFen(amount)).toBe(whole);
  });

  it('agrees with yuan(): a whole-fen amount converts without rounding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
        const amount = fen / 100;
        expect(isWholeFen(amount)).toBe(true);
        expect(yuan(amount)).toBe(fen);
      }),
    );
  });
});
