import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AllianceStats, allianceStats, type AllianceStatsInput } from './alliance-stats.js';
import { errorOf } from '../shared/fixtures.js';

// Five counties: three with a member, one blank still in development (left out), one blank: 3 of 4.
const counties = [
  { id: 'baoding', hasMember: true, inDevelopment: false },
  { id: 'changshu', hasMember: true, inDevelopment: false },
  { id: 'dingzhou', hasMember: true, inDevelopment: true },
  { id: 'anguo', hasMember: false, inDevelopment: true },
  { id: 'quyang', hasMember: false, inDevelopment: false },
];

// Out of order on purpose.
const months: AllianceStatsInput['months'] = [
  { dealerId: 'dlr_b', month: '2026-03', sales: 100, marketSales: 200 }, // 50 %: below
  { dealerId: 'dlr_a', month: '2026-02', sales: 699, marketSales: 1000 }, // 69.9 %: below
  { dealerId: 'dlr_a', month: '2026-01', sales: 700, marketSales: 1000 }, // exactly 70 %: fine
  { dealerId: 'dlr_b', month: '2026-01', sales: 300, marketSales: 500 }, // 60 %: below
  { dealerId: 'dlr_a', month: '2026-04', sales: 0, marketSales: 0 }, // no market: never below
  { dealerId: 'dlr_a', month: '2026-03', sales: 500, marketSales: 1000 }, // 50 %: below
  { dealerId: 'dlr_b', month: '2026-02', sales: 340, marketSales: 500 }, // 68 %: below
];

describe('allianceStats', () => {
  it('rates each dealer month against its market with the 70 % rule, exactly 70 % passing', () => {
    const [a] = allianceStats({ months, counties }).dealers;
    expect(a?.months).toEqual([
      { month: '2026-01', sales: 700, marketSales: 1000, share: 0.7, below70: false },
      { month: '2026-02', sales: 699, marketSales: 1000, share: 0.699, below70: true },
      { month: '2026-03', sales: 500, marketSales: 1000, share: 0.5, below70: true },
      { month: '2026-04', sales: 0, marketSales: 0, share: null, below70: false },
    ]);
  });

  it('sums each dealer’s period and counts its shortfall streaks as the charter does', () => {
    const [a, b] = allianceStats({ months, counties }).dealers;
    expect(a).toMatchObject({
      dealerId: 'dlr_a',
      sales: 700 + 699 + 500 + 0,
      marketSales: 3000,
      share: 1899 / 3000,
      monthsBelow70: 2,
      shortfallStreak: 2,
      currentShortfallStreak: 0,
      shortfallRevocable: false,
    });
    // Three months in a row under 70 %: a ground for revocation.
    expect(b).toMatchObject({
      dealerId: 'dlr_b',
      sales: 740,
      marketSales: 1200,
      share: 740 / 1200,
      monthsBelow70: 3,
      shortfallStreak: 3,
      currentShortfallStreak: 3,
      shortfallRevocable: true,
    });
  });

  it('totals the alliance per month, oldest first', () => {
    expect(allianceStats({ months, counties }).months).toEqual([
      { month: '2026-01', dealers: 2, sales: 1000, marketSales: 1500, share: 1000 / 1500, dealersBelow70: 1 },
      { month: '2026-02', dealers: 2, sales: 1039, marketSales: 1500, share: 1039 / 1500, dealersBelow70: 2 },
      { month: '2026-03', dealers: 2, sales: 600, marketSales: 1200, share: 600 / 1200, dealersBelow70: 2 },
      { month: '2026-04', dealers: 1, sales: 0, marketSales: 0, share: null, dealersBelow70: 0 },
    ]);
  });

  it('reports the network completion of the counties, leaving blank ones in development out', () => {
    expect(allianceStats({ months, counties }).network).toEqual({ covered: 3, counted: 4, completion: 0.75 });
  });

  it('reports no dealer and no month without sales figures', () => {
    expect(allianceStats({ months: [], counties })).toEqual({
      dealers: [],
      months: [],
      network: { covered: 3, counted: 4, completion: 0.75 },
    });
  });

  it('lets a dealer outsell its market estimate', () => {
    const [row] = allianceStats({
      months: [{ dealerId: 'dlr_a', month: '2026-01', sales: 1200, marketSales: 1000 }],
      counties,
    }).dealers;
    expect([row?.share, row?.months[0]?.below70]).toEqual([1.2, false]);
  });

  it('returns plain JSON data that passes the AllianceStats schema', () => {
    const report = allianceStats({ months, counties });
    expect(AllianceStats.safeParse(report).success).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('refuses a dealer month listed twice', () => {
    const e = errorOf(() =>
      allianceStats({
        months: [...months, { dealerId: 'dlr_b', month: '2026-02', sales: 1, marketSales: 1 }],
        counties,
      }),
    );
    expect(e.code).toBe('invalid-input');
    expect(e.issues).toEqual([{ path: ['months', 7, 'month'], code: 'duplicate', message: 'dlr_b has 2026-02 twice' }]);
  });

  it('refuses bad figures, ids, months and an empty territory', () => {
    const row = { dealerId: 'dlr_a', month: '2026-01', sales: 1, marketSales: 1 };
    const paths = (input: unknown) =>
      errorOf(() => allianceStats(input as AllianceStatsInput)).issues.map((i) => i.path.join('.'));
    expect(paths({ months: [{ ...row, sales: -1 }], counties })).toEqual(['months.0.sales']);
    expect(paths({ months: [{ ...row, marketSales: 1.5 }], counties })).toEqual(['months.0.marketSales']);
    expect(paths({ months: [{ ...row, dealerId: '' }], counties })).toContain('months.0.dealerId');
    expect(paths({ months: [{ ...row, month: '2026-13' }], counties })).toEqual(['months.0.month']);
    expect(paths({ months: [row], counties: [] })).toEqual(['counties']);
    expect(paths({ months: [row] })).toEqual(['counties']);
  });

  it('flags a month below 70 % exactly when 10 × sales < 7 × market', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (sales, marketSales) => {
        const [row] = allianceStats({
          months: [{ dealerId: 'dlr_a', month: '2026-01', sales, marketSales }],
          counties,
        }).dealers;
        expect(row?.months[0]?.below70).toBe(10 * sales < 7 * marketSales);
      }),
    );
    // The least passing sales for a market, and one less: 7 of 10; 3 of 3 (2.1 needed); 700,000,005 of 1,000,000,007.
    for (const [marketSales, leastPassing] of [
      [10, 7],
      [3, 3],
      [1_000_000_007, 700_000_005],
    ] as const) {
      const below = (sales: number) =>
        allianceStats({ months: [{ dealerId: 'dlr_a', month: '2026-01', sales, marketSales }], counties }).dealers[0]
          ?.months[0]?.below70;
      expect([below(leastPassing), below(leastPassing - 1)]).toEqual([false, true]);
    }
  });
});
