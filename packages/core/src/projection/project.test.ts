import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError, type ClubError } from '../shared/errors.js';
import type { ProjectionInput } from './input.js';
import { ProjectionErrorCode, projectRevenue } from './project.js';
import type { RevenueProjection } from './result.js';

function clubErrorOf(run: () => unknown): ClubError {
  try {
    run();
  } catch (error) {
    if (isClubError(error)) return error;
    throw error;
  }
  throw new Error('expected a ClubError');
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("the source's five-year scenario (A5 §4.2)", () => {
  const projection = projectRevenue();
  const year5 = projection.years[4];

  it('reaches 18,000 members at the end of year 5', () => {
    expect(projection.years).toHaveLength(5);
    expect(year5?.membersAtEnd).toBe(300 * 12 * 5);
    expect(projection.totals.membersAtEnd).toBe(18_000);
  });

  it('bills 6,570,000 CNY in year 5: every member pays once that year', () => {
    expect(year5?.billedFen).toBe(18_000 * 36_500);
    expect(year5?.billedFen).toBe(657_000_000);
  });

  it('recognizes about 5,967,750 CNY in year 5 on the accrual basis', () => {
    const membersAtMonthEnds = sum(Array.from({ length: 12 }, (_, i) => 300 * (49 + i)));
    expect(year5?.recognizedFen).toBe((membersAtMonthEnds * 36_500) / 12);
    expect(year5?.recognizedFen).toBe(596_775_000);
  });

  it('ends with 11.25 % of a 160,000-car parc, not 9 % of 200,000', () => {
    expect(year5?.parcAtEnd).toBe(100_000 + 1_000 * 60);
    expect(year5?.penetrationAtEnd).toBe(0.1125);
  });

  it('starts counting members from the end of the month they join', () => {
    const [first, second] = projection.months;
    expect(first).toMatchObject({ month: 1, newMembers: 300, members: 300, billedFen: 300 * 36_500, parc: 101_000 });
    expect(first?.recognizedFen).toBe((300 * 36_500) / 12);
    expect(second?.members).toBe(600);
  });

  it('bills nothing but joiners in the first year and renewals from month 13', () => {
    expect(projection.months.slice(0, 12).every((m) => m.billedFen === 300 * 36_500)).toBe(true);
    expect(projection.months[12]?.billedFen).toBe(2 * 300 * 36_500);
    expect(projection.months[59]?.billedFen).toBe(5 * 300 * 36_500);
  });
});

describe('renewal below 1', () => {
  // One channel of 10 a month, a fee of 12 CNY and half of each cohort renewing.
  const projection = projectRevenue({
    months: 25,
    channels: [{ id: 'a', perMonth: 10 }],
    annualFeeFen: 1_200,
    renewalRate: 0.5,
  });
  const month = (m: number) => projection.months[m - 1];

  it('keeps whole cohorts through their first year', () => {
    expect(month(12)).toMatchObject({ members: 120, billedFen: 10 * 1_200, recognizedFen: 120 * 100 });
  });

  it('halves the first cohort at its first anniversary and bills the half that stays', () => {
    expect(month(13)?.members).toBe(5 + 11 * 10 + 10);
    expect(month(13)?.billedFen).toBe((10 + 5) * 1_200);
    expect(month(13)?.recognizedFen).toBe((125 * 1_200) / 12);
  });

  it('halves it again at its second anniversary, keeping fractional members', () => {
    expect(month(25)?.members).toBe(2.5 + 11 * 5 + 5 + 12 * 10);
    expect(month(25)?.billedFen).toBe((10 + 5 + 2.5) * 1_200);
  });

  it('adds up year rows from month rows, including the one-month last year', () => {
    expect(projection.years.map((y) => y.billedFen)).toEqual([12 * 10 * 1_200, 12 * 15 * 1_200, 17.5 * 1_200]);
    expect(projection.years[2]).toMatchObject({ year: 3, newMembers: 10, membersAtEnd: 182.5 });
  });

  it('loses every member at the first anniversary when nobody renews', () => {
    const none = projectRevenue({ months: 24, channels: [{ id: 'a', perMonth: 10 }], renewalRate: 0 });
    expect(none.months[23]?.members).toBe(120);
    expect(none.years[1]?.billedFen).toBe(none.years[0]?.billedFen);
  });
});

describe('scenarios without revenue', () => {
  it('earns nothing without channels', () => {
    const projection = projectRevenue({ channels: [] });
    expect(projection.totals).toMatchObject({
      newMembers: 0,
      membersAtEnd: 0,
      billedFen: 0,
      recognizedFen: 0,
      penetrationAtEnd: 0,
    });
    expect(projection.months.every((m) => m.billedFen === 0 && m.recognizedFen === 0)).toBe(true);
  });

  it('earns nothing from members with a free card, and still counts them', () => {
    const projection = projectRevenue({ annualFeeFen: 0 });
    expect(projection.totals.billedFen + projection.totals.recognizedFen).toBe(0);
    expect(projection.totals.membersAtEnd).toBe(18_000);
  });
});

describe('other income', () => {
  const otherIncome = [
    { id: 'events', label: 'Self-drive tours', monthlyFen: 50_000 },
    { id: 'ads', yearlyFen: 100 },
  ];

  it('adds monthly lines every month and spreads yearly ones so each year gets exactly its amount', () => {
    const projection = projectRevenue({ months: 24, otherIncome });
    expect(projection.years.map((y) => y.otherIncomeFen)).toEqual([12 * 50_000 + 100, 12 * 50_000 + 100]);
    const adsOfMonths = projection.months.slice(0, 12).map((m) => m.otherIncomeFen - 50_000);
    expect(sum(adsOfMonths)).toBe(100);
    expect(Math.max(...adsOfMonths) - Math.min(...adsOfMonths)).toBeLessThanOrEqual(1);
  });

  it('reports each line and their total apart from membership fees', () => {
    const withIncome = projectRevenue({ months: 18, otherIncome });
    const without = projectRevenue({ months: 18 });
    expect(withIncome.totals.otherIncome).toEqual([
      { id: 'events', label: 'Self-drive tours', otherIncomeFen: 18 * 50_000 },
      { id: 'ads', otherIncomeFen: 100 + 50 },
    ]);
    expect(withIncome.totals.otherIncomeFen).toBe(18 * 50_000 + 150);
    expect(withIncome.totals.billedFen).toBe(without.totals.billedFen);
    expect(withIncome.totals.recognizedFen).toBe(without.totals.recognizedFen);
  });
});

describe('business-rule failures', () => {
  it('refuses a parc that shrinks to nothing within the horizon', () => {
    const error = clubErrorOf(() =>
      projectRevenue({ months: 24, vehicleParc: { start: 10_000, growthPerMonth: -1_000 } }),
    );
    expect(error.code).toBe(ProjectionErrorCode.parcNotPositive);
    expect(error.details).toEqual({ month: 10, parc: 0 });
  });

  it('accepts a shrinking parc that stays above zero', () => {
    const projection = projectRevenue({ months: 9, vehicleParc: { start: 10_000, growthPerMonth: -1_000 } });
    expect(projection.totals.parcAtEnd).toBe(1_000);
    expect(projection.totals.penetrationAtEnd).toBe(2.7);
  });

  it('refuses totals beyond exact integer fen', () => {
    const error = clubErrorOf(() =>
      projectRevenue({
        months: 600,
        channels: [{ id: 'a', perMonth: 1_000_000 }],
        annualFeeFen: Number.MAX_SAFE_INTEGER,
      }),
    );
    expect(error.code).toBe(ProjectionErrorCode.amountTooLarge);
    expect(error.details).toHaveProperty('billedFen');
  });
});

const scenarios = fc.record({
  months: fc.integer({ min: 1, max: 180 }),
  channels: fc.uniqueArray(
    fc.record({
      id: fc.constantFrom('direct', 'bank', 'partners', 'web'),
      perMonth: fc.double({ min: 0, max: 1_000, noNaN: true }),
    }),
    { selector: (c) => c.id, maxLength: 4 },
  ),
  annualFeeFen: fc.integer({ min: 0, max: 1_000_000 }),
  renewalRate: fc.double({ min: 0, max: 1, noNaN: true }),
  otherIncome: fc.uniqueArray(
    fc.record({ id: fc.constantFrom('events', 'ads', 'equity'), monthlyFen: fc.nat(1e7), yearlyFen: fc.nat(1e9) }),
    { selector: (l) => l.id, maxLength: 3 },
  ),
});
const fullRenewal = scenarios.map((s) => ({ ...s, renewalRate: 1 }));
const integerJoiners = fc.record({
  months: fc.integer({ min: 1, max: 180 }),
  channels: fc
    .array(fc.nat(500), { maxLength: 4 })
    .map((counts) => counts.map((perMonth, i) => ({ id: `c${String(i)}`, perMonth }))),
  annualFeeFen: fc.integer({ min: 0, max: 1_000_000 }),
});
const joinersOf = (input: ProjectionInput) => sum((input.channels ?? []).map((c) => c.perMonth));

/** Bills of every cohort, month by month, computed cohort by cohort from the definitions. */
function billsByCohort(
  input: Required<Pick<ProjectionInput, 'months' | 'annualFeeFen' | 'renewalRate'>> & ProjectionInput,
): number[] {
  const bills = Array.from({ length: input.months }, () => 0);
  const joiners = joinersOf(input);
  for (let cohort = 1; cohort <= input.months; cohort++) {
    for (let k = 0; cohort + 12 * k <= input.months; k++) {
      bills[cohort + 12 * k - 1] =
        (bills[cohort + 12 * k - 1] ?? 0) + joiners * input.renewalRate ** k * input.annualFeeFen;
    }
  }
  return bills;
}

function cumulative(projection: RevenueProjection, key: 'billedFen' | 'recognizedFen'): number[] {
  let running = 0;
  return projection.months.map((m) => (running += m[key]));
}

describe('properties', () => {
  it('bills each year what the cohorts owe that year, within rounding', () => {
    fc.assert(
      fc.property(scenarios, (input) => {
        const projection = projectRevenue(input);
        const bills = billsByCohort(input);
        return projection.years.every((y) => {
          const expected = sum(bills.slice((y.year - 1) * 12, y.year * 12));
          return Math.abs(y.billedFen - expected) <= 6 + expected * 1e-12;
        });
      }),
    );
  });

  it('makes year rows and totals the sums of month rows', () => {
    fc.assert(
      fc.property(scenarios, (input) => {
        const { months, years, totals } = projectRevenue(input);
        const keys = ['billedFen', 'recognizedFen', 'otherIncomeFen'] as const;
        const yearsAdd = years.every((y) => {
          const rows = months.slice((y.year - 1) * 12, y.year * 12);
          return (
            keys.every((k) => y[k] === sum(rows.map((r) => r[k]))) && y.membersAtEnd === rows[rows.length - 1]?.members
          );
        });
        return yearsAdd && keys.every((k) => totals[k] === sum(months.map((r) => r[k])));
      }),
    );
  });

  it('gives every full year exactly the yearly amount of each other income line', () => {
    fc.assert(
      fc.property(scenarios, (input) => {
        const { years } = projectRevenue(input);
        const perYear = sum(input.otherIncome.map((l) => 12 * l.monthlyFen + l.yearlyFen));
        return years.filter((y) => y.year * 12 <= input.months).every((y) => y.otherIncomeFen === perYear);
      }),
    );
  });

  it('keeps everyone who joined when renewal is 1', () => {
    fc.assert(
      fc.property(
        integerJoiners,
        (input) => projectRevenue({ ...input, renewalRate: 1 }).totals.membersAtEnd === joinersOf(input) * input.months,
      ),
    );
    fc.assert(
      fc.property(fullRenewal, (input) => {
        const expected = joinersOf(input) * input.months;
        return Math.abs(projectRevenue(input).totals.membersAtEnd - expected) <= expected * 1e-9;
      }),
    );
  });

  it('never loses members from one month to the next when renewal is 1', () => {
    fc.assert(
      fc.property(fullRenewal, (input) => {
        const { months } = projectRevenue(input);
        return months.every((m, i) => i === 0 || m.members >= (months[i - 1]?.members ?? 0));
      }),
    );
  });

  it('never recognizes more than it has billed so far when renewal is 1', () => {
    fc.assert(
      fc.property(integerJoiners, (input) => {
        const projection = projectRevenue({ ...input, renewalRate: 1 });
        const billed = cumulative(projection, 'billedFen');
        // Only recognized revenue is rounded, by at most half a fen a month.
        return cumulative(projection, 'recognizedFen').every(
          (recognized, i) => recognized <= (billed[i] ?? 0) + (i + 1) / 2,
        );
      }),
    );
  });

  it('recognizes no more than it bills in any year when renewal is 1 and fees split evenly', () => {
    fc.assert(
      fc.property(integerJoiners, fc.integer({ min: 0, max: 100_000 }), (input, feeTwelfths) => {
        const { years } = projectRevenue({ ...input, annualFeeFen: 12 * feeTwelfths, renewalRate: 1 });
        return years.every((y) => y.recognizedFen <= y.billedFen);
      }),
    );
  });

  it('keeps fewer members when fewer renew', () => {
    fc.assert(
      fc.property(scenarios, fc.double({ min: 0, max: 1, noNaN: true }), (input, other) => {
        const [low, high] = [Math.min(input.renewalRate, other), Math.max(input.renewalRate, other)];
        const lowMonths = projectRevenue({ ...input, renewalRate: low }).months;
        const highMonths = projectRevenue({ ...input, renewalRate: high }).months;
        return lowMonths.every((m, i) => m.members <= (highMonths[i]?.members ?? 0) * (1 + 1e-12));
      }),
    );
  });
});
