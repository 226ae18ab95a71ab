import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/calendar.js';
import { adIncomeByDay, MAX_AD_PERIOD_DAYS, NewAdIncome } from './ad-income.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('adIncomeByDay', () => {
  it('spreads an amount over its days to the fen: 100 fen over three days is 33, 34, 33', () => {
    const days = [0, 0, 0];
    adIncomeByDay({ amountFen: 100, from: '2026-11-01', to: '2026-11-03' }, '2026-11-01', days);
    expect(days).toEqual([33, 34, 33]);
  });

  it('adds only the days inside the window it is given', () => {
    const days = [0, 0];
    adIncomeByDay({ amountFen: 3000, from: '2026-10-31', to: '2026-11-29' }, '2026-11-29', days);
    expect(days).toEqual([100, 0]);
  });

  it('earns exactly the amount over the whole period, whatever its length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: MAX_AD_PERIOD_DAYS }),
        (amount, n) => {
          const days = new Array<number>(n).fill(0);
          adIncomeByDay(
            { amountFen: amount, from: '2026-01-01', to: addDays('2026-01-01', n - 1) },
            '2026-01-01',
            days,
          );
          return sum(days) === amount && days.every((d) => d >= 0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('NewAdIncome', () => {
  const input = { merchantId: 'mch_tyre', amountFen: 120000, from: '2026-01-01', to: '2026-12-31' };

  it('takes a year of advertising, and a single day', () => {
    expect(NewAdIncome.safeParse(input).success).toBe(true);
    expect(NewAdIncome.safeParse({ ...input, to: '2026-01-01' }).success).toBe(true);
  });

  it('refuses no money, a period ending before it starts and one longer than two years', () => {
    expect(NewAdIncome.safeParse({ ...input, amountFen: 0 }).success).toBe(false);
    expect(NewAdIncome.safeParse({ ...input, to: '2025-12-31' }).success).toBe(false);
    expect(NewAdIncome.safeParse({ ...input, to: addDays('2026-01-01', MAX_AD_PERIOD_DAYS - 1) }).success).toBe(true);
    expect(NewAdIncome.safeParse({ ...input, to: addDays('2026-01-01', MAX_AD_PERIOD_DAYS) }).success).toBe(false);
  });
});
