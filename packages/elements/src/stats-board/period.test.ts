import { describe, expect, it } from 'vitest';
import { checkPeriod, defaultPeriod, MAX_MONTH_BUCKETS, periodBuckets, PeriodProblem } from './period.js';

describe('defaultPeriod', () => {
  it('covers the last twelve months, the current one through today', () => {
    expect(defaultPeriod('2026-11-27')).toEqual({ from: '2025-12-01', to: '2026-11-27' });
    expect(periodBuckets(defaultPeriod('2026-11-27'))).toHaveLength(12);
  });

  it('starts in the previous year when today is in January', () => {
    expect(defaultPeriod('2027-01-01')).toEqual({ from: '2026-02-01', to: '2027-01-01' });
  });
});

describe('checkPeriod', () => {
  it('accepts a one-day period', () => {
    expect(checkPeriod({ from: '2026-02-28', to: '2026-02-28' })).toBe(PeriodProblem.ok);
  });

  it('refuses a bound that is not a calendar date', () => {
    expect(checkPeriod({ from: '2026-02-30', to: '2026-03-01' })).toBe(PeriodProblem.invalid);
    expect(checkPeriod({ from: '', to: '2026-03-01' })).toBe(PeriodProblem.invalid);
  });

  it('refuses an end before the start', () => {
    expect(checkPeriod({ from: '2026-03-02', to: '2026-03-01' })).toBe(PeriodProblem.reversed);
  });

  it('refuses a period touching more than ten calendar years', () => {
    expect(checkPeriod({ from: '2017-01-01', to: '2026-12-31' })).toBe(PeriodProblem.ok);
    expect(checkPeriod({ from: '2016-12-31', to: '2026-01-01' })).toBe(PeriodProblem.tooLong);
  });
});

describe('periodBuckets', () => {
  it('slices a period into its calendar months, clipping the first and the last', () => {
    expect(periodBuckets({ from: '2026-01-15', to: '2026-03-10' })).toEqual([
      { key: '2026-01', unit: 'month', from: '2026-01-15', to: '2026-01-31' },
      { key: '2026-02', unit: 'month', from: '2026-02-01', to: '2026-02-28' },
      { key: '2026-03', unit: 'month', from: '2026-03-01', to: '2026-03-10' },
    ]);
  });

  it('counts February 29 in a leap year', () => {
    expect(periodBuckets({ from: '2028-02-01', to: '2028-03-31' })[0]?.to).toBe('2028-02-29');
  });

  it('keeps a period within one month as one slice', () => {
    expect(periodBuckets({ from: '2026-11-03', to: '2026-11-03' })).toEqual([
      { key: '2026-11', unit: 'month', from: '2026-11-03', to: '2026-11-03' },
    ]);
  });

  it(`slices by month up to ${MAX_MONTH_BUCKETS} months and by year beyond`, () => {
    expect(periodBuckets({ from: '2025-01-01', to: '2026-12-31' })).toHaveLength(24);
    expect(periodBuckets({ from: '2024-12-31', to: '2026-12-31' })).toEqual([
      { key: '2024', unit: 'year', from: '2024-12-31', to: '2024-12-31' },
      { key: '2025', unit: 'year', from: '2025-01-01', to: '2025-12-31' },
      { key: '2026', unit: 'year', from: '2026-01-01', to: '2026-12-31' },
    ]);
  });

  it('covers every day of the period exactly once', () => {
    const buckets = periodBuckets({ from: '2025-05-17', to: '2026-04-02' });
    expect(buckets[0]?.from).toBe('2025-05-17');
    expect(buckets.at(-1)?.to).toBe('2026-04-02');
    for (let i = 1; i < buckets.length; i++) {
      const previous = new Date(`${buckets[i - 1]?.to ?? ''}T00:00:00Z`).getTime();
      expect(new Date(`${buckets[i]?.from ?? ''}T00:00:00Z`).getTime() - previous).toBe(86_400_000);
    }
  });

  it('throws for a period it cannot show', () => {
    expect(() => periodBuckets({ from: '2026-03-02', to: '2026-03-01' })).toThrow(RangeError);
  });
});
