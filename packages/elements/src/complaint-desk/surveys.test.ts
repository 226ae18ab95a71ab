import { describe, expect, it } from 'vitest';
import { monthPeriod } from './surveys.js';

describe('monthPeriod', () => {
  it('runs from the first to the last day of a 31-day month', () => {
    expect(monthPeriod('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('ends February on the 29th in a leap year and on the 28th otherwise', () => {
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthPeriod('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('ends a 30-day month on the 30th', () => {
    expect(monthPeriod('2026-11')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });
});
