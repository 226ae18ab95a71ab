import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../shared/calendar.js';
import { isClubError } from '../shared/errors.js';
import {
  allianceCalendar,
  firstHalfYear,
  inFirstHalfYear,
  monthEnd,
  visitFundFor,
  visitListPeriodOn,
  visitListsDue,
} from './time-rules.js';

const months = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const [y, m] = from.split('-').map(Number) as [number, number];
    const n = y * 12 + (m - 1) + i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
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

describe('firstHalfYear', () => {
  it('runs six calendar months from the founding day, less a day', () => {
    expect(firstHalfYear('2026-08-01')).toEqual({ from: '2026-08-01', lastDay: '2027-01-31' });
    expect(firstHalfYear('2026-08-15').lastDay).toBe('2027-02-14');
  });

  it('ends the day before the end of a shorter month when founded on the 31st', () => {
    expect(firstHalfYear('2026-08-31').lastDay).toBe('2027-02-27');
    expect(firstHalfYear('2027-08-31').lastDay).toBe('2028-02-28'); // 2028 is a leap year
  });

  it('refuses a founding day that is not a calendar date', () => {
    let error: unknown;
    try {
      firstHalfYear('2026-02-30');
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && error.code).toBe('invalid-input');
  });
});

describe('inFirstHalfYear', () => {
  it('includes the founding day and the last day, and nothing on either side', () => {
    expect(inFirstHalfYear('2026-08-01', '2026-07-31')).toBe(false);
    expect(inFirstHalfYear('2026-08-01', '2026-08-01')).toBe(true);
    expect(inFirstHalfYear('2026-08-01', '2027-01-31')).toBe(true);
    expect(inFirstHalfYear('2026-08-01', '2027-02-01')).toBe(false);
  });
});

describe('visitFundFor', () => {
  const dates = { foundedOn: '2026-08-01', startedOn: '2026-08-01' };

  it('pays 500 CNY for the month counted on the half-year’s last day and nothing for the next', () => {
    expect(visitFundFor(dates, '2027-01')).toBe(50_000);
    expect(visitFundFor(dates, '2027-02')).toBe(0);
  });

  it('pays the founding month even when the alliance was founded mid-month, as in the source’s August', () => {
    expect(
      months('2026-07', 9).map((m) => visitFundFor({ foundedOn: '2026-08-15', startedOn: '2026-08-15' }, m)),
    ).toEqual([0, 50_000, 50_000, 50_000, 50_000, 50_000, 50_000, 0, 0]);
  });

  it('pays a salesperson who starts late only for the half-year’s months left, and one who starts after it nothing', () => {
    const late = { foundedOn: '2026-08-01', startedOn: '2026-11-20' };
    expect(months('2026-10', 5).map((m) => visitFundFor(late, m))).toEqual([0, 50_000, 50_000, 50_000, 0]);
    const after = { foundedOn: '2026-08-01', startedOn: '2027-02-01' };
    expect(months('2027-01', 6).every((m) => visitFundFor(after, m) === 0)).toBe(true);
  });

  it('pays exactly six months of fund whatever the founding day', () => {
    const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2099-12-31') });
    fc.assert(
      fc.property(day, (n) => {
        const foundedOn = fromDayNumber(n);
        const paid = months(foundedOn.slice(0, 7), 9).filter(
          (m) => visitFundFor({ foundedOn, startedOn: foundedOn }, m) > 0,
        );
        return paid.length === 6 && paid[0] === foundedOn.slice(0, 7);
      }),
    );
  });
});

describe('visitListPeriodOn', () => {
  it('is weekly, Monday to Sunday, inside the first half-year', () => {
    expect(visitListPeriodOn('2026-08-01', '2026-11-25')).toEqual({
      cadence: 'weekly',
      from: '2026-11-23',
      to: '2026-11-29',
    });
  });

  it('stops the last weekly list on the half-year’s last day and starts the monthly list the day after', () => {
    // 2027-01-31 is a Sunday; founded 2026-08-15 the half-year ends on Sunday 2027-02-14 too.
    expect(visitListPeriodOn('2026-08-01', '2027-01-31')).toEqual({
      cadence: 'weekly',
      from: '2027-01-25',
      to: '2027-01-31',
    });
    expect(visitListPeriodOn('2026-08-01', '2027-02-01')).toEqual({
      cadence: 'monthly',
      from: '2027-02-01',
      to: '2027-02-28',
    });
    // Founded on Thursday 2026-08-20: the half-year ends on Friday 2027-02-19.
    expect(visitListPeriodOn('2026-08-20', '2027-02-19')).toEqual({
      cadence: 'weekly',
      from: '2027-02-15',
      to: '2027-02-19',
    });
    expect(visitListPeriodOn('2026-08-20', '2027-02-20')).toEqual({
      cadence: 'monthly',
      from: '2027-02-20',
      to: '2027-02-28',
    });
    expect(visitListPeriodOn('2026-08-20', '2027-07-04')).toEqual({
      cadence: 'monthly',
      from: '2027-07-01',
      to: '2027-07-31',
    });
  });

  it('starts the first weekly list on the founding day and has none before it', () => {
    expect(visitListPeriodOn('2026-08-20', '2026-08-20')).toEqual({
      cadence: 'weekly',
      from: '2026-08-20',
      to: '2026-08-23',
    });
    expect(visitListPeriodOn('2026-08-20', '2026-08-19')).toBeNull();
  });
});

describe('visitListsDue', () => {
  it('asks the sales centre for every week ending in a month of the first half-year', () => {
    const due = visitListsDue('2026-08-01', '2026-11');
    expect(due.map((p) => p.to)).toEqual(['2026-11-01', '2026-11-08', '2026-11-15', '2026-11-22', '2026-11-29']);
    expect(due.every((p) => p.cadence === 'weekly')).toBe(true);
  });

  it('asks for one list in month 7 and after: no weekly list is required then', () => {
    expect(visitListsDue('2026-08-01', '2027-02')).toEqual([
      { cadence: 'monthly', from: '2027-02-01', to: '2027-02-28' },
    ]);
    expect(visitListsDue('2026-08-01', '2027-09')).toEqual([
      { cadence: 'monthly', from: '2027-09-01', to: '2027-09-30' },
    ]);
  });

  it('covers the month the half-year ends in without a gap or an overlap', () => {
    const due = visitListsDue('2026-08-20', '2027-02');
    expect(due.at(-2)).toEqual({ cadence: 'weekly', from: '2027-02-15', to: '2027-02-19' });
    expect(due.at(-1)).toEqual({ cadence: 'monthly', from: '2027-02-20', to: '2027-02-28' });
    due.slice(1).forEach((p, i) => expect(p.from).toBe(addDays(due[i]?.to ?? '', 1)));
  });

  it('asks for nothing before the founding month', () => {
    expect(visitListsDue('2026-08-20', '2026-07')).toEqual([]);
  });
});

describe('allianceCalendar', () => {
  it('tells the sales centre the fund and the lists on the half-year’s last day and on the day after', () => {
    const centre = { id: 'ctr_baoding', foundedOn: '2026-08-01' };
    expect(allianceCalendar(centre, '2027-01-31')).toMatchObject({
      inFirstHalfYear: true,
      visitFundFen: 50_000,
      visitList: { cadence: 'weekly' },
      firstHalfYear: { lastDay: '2027-01-31' },
    });
    expect(allianceCalendar(centre, '2027-02-01')).toMatchObject({
      inFirstHalfYear: false,
      visitFundFen: 0,
      visitList: { cadence: 'monthly', to: monthEnd('2027-02') },
      listsDue: [{ cadence: 'monthly' }],
    });
  });
});
