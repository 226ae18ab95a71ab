import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { payStatement } from './statement.js';

// The source's example: base 2,000 CNY, 20 counties, 4 without a member → 2,380 CNY.
const counties = Array.from({ length: 20 }, (_, i) => ({
  id: `cty_${i + 1}`,
  developmentStartedOn: null,
  developmentUntil: null,
}));
const dealers = counties.slice(4).map((c) => ({ countyId: c.id, admittedOn: '2026-06-01', revocation: null }));
const salesperson = { id: 'slp_li', baseFen: 200_000, startedOn: '2026-03-10' };
// The alliance was founded on 1 August 2026: its first half-year ends on 31 January 2027.
const centre = { foundedOn: '2026-08-01' };

describe('payStatement', () => {
  it('pays the source example 2,380 CNY in August', () => {
    const statement = payStatement({
      salesperson,
      centre,
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
      centre,
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
      centre,
      month: '2026-05',
      counties,
      dealers,
      lateReports: 0,
      missingReports: 0,
    });
    expect(statement.network.covered).toBe(0);
    expect(
      payStatement({ salesperson, centre, month: '2027-02', counties, dealers, lateReports: 0, missingReports: 1 }).pay,
    ).toMatchObject({ visitFundFen: 0, deductionsFen: 0, unrecoveredFen: 20_000, totalFen: 188_000 });
  });

  it('pays the visit fund by the alliance’s founding, not by the salesperson’s start', () => {
    const january = payStatement({
      salesperson,
      centre,
      month: '2027-01',
      counties,
      dealers,
      lateReports: 0,
      missingReports: 0,
    });
    expect(january.pay.visitFundFen).toBe(50_000);
    expect(january.visitFundUntil).toBe('2027-01-31');
    // The salesperson started in March 2026, long before the alliance: no fund before August.
    expect(
      payStatement({ salesperson, centre, month: '2026-07', counties, dealers, lateReports: 0, missingReports: 0 }).pay
        .visitFundFen,
    ).toBe(0);
  });

  it('refuses a salesperson without a county with alliance/no-counties', () => {
    let code: string | undefined;
    try {
      payStatement({
        salesperson,
        centre,
        month: '2026-08',
        counties: [],
        dealers: [],
        lateReports: 0,
        missingReports: 0,
      });
    } catch (e) {
      code = isClubError(e) ? e.code : 'other';
    }
    expect(code).toBe('alliance/no-counties');
  });
});
