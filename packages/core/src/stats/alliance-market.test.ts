import { describe, expect, it } from 'vitest';
import { allianceMarketReport, allianceMarketStats, type AllianceMarketInput } from './alliance-market.js';

const counties: AllianceMarketInput['counties'] = [
  { countyId: 'cty_b', salespersonId: 'slp_li', hasMember: true, inDevelopment: false },
  { countyId: 'cty_a', salespersonId: 'slp_li', hasMember: false, inDevelopment: true },
  { countyId: 'cty_c', salespersonId: 'slp_wang', hasMember: false, inDevelopment: false },
  { countyId: 'cty_d', salespersonId: null, hasMember: true, inDevelopment: false },
];
const months: AllianceMarketInput['months'] = [
  { dealerId: 'dlr_1', countyId: 'cty_b', month: '2026-02', sales: 699, marketSales: 1000 },
  { dealerId: 'dlr_1', countyId: 'cty_b', month: '2026-01', sales: 700, marketSales: 1000 },
  { dealerId: 'dlr_2', countyId: 'cty_b', month: '2026-01', sales: 100, marketSales: 1000 },
  { dealerId: 'dlr_3', countyId: 'cty_d', month: '2026-02', sales: 0, marketSales: 0 },
];

describe('allianceMarketStats', () => {
  const report = allianceMarketStats({ months, counties });

  it('sums each county’s dealer months against its market, exactly 70 % passing', () => {
    expect(report.counties.map((c) => c.countyId)).toEqual(['cty_a', 'cty_b', 'cty_c', 'cty_d']);
    expect(report.counties[1]).toEqual({
      countyId: 'cty_b',
      salespersonId: 'slp_li',
      hasMember: true,
      inDevelopment: false,
      dealers: 2,
      dealerMonths: 3,
      dealerMonthsBelow70: 2,
      sales: 1499,
      marketSales: 3000,
      share: 1499 / 3000,
    });
    expect(report.counties[0]).toMatchObject({ dealers: 0, sales: 0, marketSales: 0, share: null });
  });

  it('gives each salesperson their counties’ sums and network completion, leaving unassigned counties out', () => {
    expect(report.salespeople).toEqual([
      {
        salespersonId: 'slp_li',
        counties: 2,
        dealers: 2,
        dealerMonths: 3,
        dealerMonthsBelow70: 2,
        sales: 1499,
        marketSales: 3000,
        share: 1499 / 3000,
        network: { covered: 1, counted: 1, completion: 1 },
      },
      expect.objectContaining({ salespersonId: 'slp_wang', network: { covered: 0, counted: 1, completion: 0 } }),
    ]);
    expect(report.network).toEqual({ covered: 2, counted: 3, completion: 2 / 3 });
  });

  it('totals the alliance per month, oldest first', () => {
    expect(report.months).toEqual([
      { month: '2026-01', dealers: 2, sales: 800, marketSales: 2000, share: 0.4, dealersBelow70: 1 },
      { month: '2026-02', dealers: 2, sales: 699, marketSales: 1000, share: 0.699, dealersBelow70: 1 },
    ]);
  });

  it('reports an empty network as complete, with nothing due', () => {
    expect(allianceMarketReport({ counties: [], months: [] })).toEqual({
      counties: [],
      salespeople: [],
      months: [],
      network: { covered: 0, counted: 0, completion: 1 },
    });
  });
});
