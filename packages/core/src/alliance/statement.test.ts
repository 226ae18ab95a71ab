import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { monthEnd, payStatement, visitFundFor } from './statement.js';

// The source's example: base 2,000 CNY, 20 counties, 4 without a member → 2,380 CNY.
const counties = Array.from({ length: 20 }, (_, i) => ({
  id: `cty_${i + 1}`,
  developmentStartedOn: null,
  developmentUntil: null,
}));
const dealers = counties.slice(4).map((c) => ({ countyId: c.id, admittedOn: '2026-06-01', revocation: null }));
const salesperson = { id: 'slp_li', baseFen: 200_000, startedOn: '2026-03-10' };

describe('visitFundFor', () => {
  it('pays 500 CNY in the first six calendar months, counting the starting month', () => {
    expect(['2026-02', '2026-03', '2026-08', '2026-09'].map((m) => visitFundFor('2026-03-10', m))).toEqual([
      0, 50_000, 50_000, 0,
    ]);
    expect(visitFundFor('2026-08-15', '2027-01')).toBe(50_000);
  });
});

describe('monthEnd', () => {
  it('finds the last day, leap years included', () => {
    expect([monthEnd('2028-02'), monthEnd('2026-12'), monthEnd('2026-04')]).toEqual([
      '2028-02-29',
      '2026-12-31',
      '2026-04-30',
    ]);
  });
});

describe('payStatement', () => {
  it('pays the source example 2,380 CNY in August', () => {
    const statement = payStatement({
      salesperson,
      month: '2026-08',
      counties,
      dealers,
      lateReports: 0,
      missingReports: 0,
    });
    expect(statement).toMatchObject({
      countedOn: '2026-08-31',
      network: { covered: 16, counted: 20, completion: 0.8 },
      pay: { fixedFen: 140_000, networkFen: 48_000, visitFundFen: 50_000, totalFen: 238_000 },
    });
  });

  it('leaves blank counties in development out and takes report penalties from the visit fund', () => {
    const developing = counties.map((c, i) =>
      i < 2 ? { ...c, developmentStartedOn: '2026-06-01', developmentUntil: '2026-09-01' } : c,
    );
    const statement = payStatement({
      salesperson,
      month: '2026-08',
      counties: developing,
      dealers,
      lateReports: 1,
      missingReports: 1,
    });
    expect(statement.network).toEqual({ covered: 16, counted: 18, completion: 16 / 18 });
    expect(statement.pay).toMatchObject({ deductionsFen: 25_000, totalFen: 243_333 - 25_000 });
  });

  it('counts members on the month’s last day and pays no visit fund after the first half year', () => {
    const statement = payStatement({
      salesperson,
      month: '2026-05',
      counties,
      dealers,
      lateReports: 0,
      missingReports: 0,
    });
    expect(statement.network.covered).toBe(0);
    expect(
      payStatement({ salesperson, month: '2026-09', counties, dealers, lateReports: 0, missingReports: 1 }).pay,
    ).toMatchObject({ visitFundFen: 0, deductionsFen: 0, unrecoveredFen: 20_000, totalFen: 188_000 });
  });

  it('refuses a salesperson without a county with alliance/no-counties', () => {
    let code: string | undefined;
    try {
      payStatement({ salesperson, month: '2026-08', counties: [], dealers: [], lateReports: 0, missingReports: 0 });
    } catch (e) {
      code = isClubError(e) ? e.code : 'other';
    }
    expect(code).toBe('alliance/no-counties');
  });
});
