import * as z from 'zod/mini';
import { DealerId, IsoMonth, MonthlySales, NetworkCompletion, networkCompletion } from '../alliance/index.js';
import { RecordId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { AllianceMonth, isBelow70 } from './alliance-stats.js';
import { Count, groupSorted, rate } from './tally.js';

// The alliance's market report per county and per salesperson (A1: monthly sales against the
// market, network completion). It is built from totals — what a database sums with GROUP BY —
// so the Club API and this in-memory version share every step after the sums.

const Share = z.nullable(z.number().check(z.minimum(0)));

/** What a county is, for the report: its salesperson and, on the day counted, its network standing. */
const CountyStanding = {
  countyId: RecordId,
  /** The salesperson whose territory it is, or null. */
  salespersonId: z.nullable(RecordId),
  /** Whether one of its dealers was an alliance member on the day counted. */
  hasMember: z.boolean(),
  /** Whether it was still in its three-month development period on the day counted. */
  inDevelopment: z.boolean(),
};

/** Sums of dealer months over a period. */
const MonthSums = {
  /** Dealers with figures in the period. */
  dealers: Count,
  /** Dealer months with figures. */
  dealerMonths: Count,
  /** Dealer months under 70 % of the market. */
  dealerMonthsBelow70: Count,
  sales: Count,
  marketSales: Count,
};

/** One county's totals over a period, as a query sums them. */
export const CountySalesTotals = z.object({ ...CountyStanding, ...MonthSums });
/** One county's totals over a period. */
export type CountySalesTotals = z.infer<typeof CountySalesTotals>;

/** The alliance's totals for one month, as a query sums them. */
export const MonthSalesTotals = z.object({
  month: IsoMonth,
  dealers: Count,
  sales: Count,
  marketSales: Count,
  dealersBelow70: Count,
});
/** The alliance's totals for one month. */
export type MonthSalesTotals = z.infer<typeof MonthSalesTotals>;

/** Input of {@link allianceMarketReport}: totals per county (every county, with or without figures) and per month. */
export const AllianceMarketTotals = z.object({
  counties: z.array(CountySalesTotals),
  months: z.array(MonthSalesTotals),
});
/** Input of {@link allianceMarketReport}. */
export type AllianceMarketTotals = z.infer<typeof AllianceMarketTotals>;

/** One county in the report: its sales against its market and its standing in the network. */
export const CountyMarketStats = z.object({ ...CountyStanding, ...MonthSums, share: Share });
/** One county in the report. */
export type CountyMarketStats = z.infer<typeof CountyMarketStats>;

/** One salesperson in the report: their counties' sales against the market and their network completion. */
export const SalespersonMarketStats = z.object({
  salespersonId: RecordId,
  /** Counties in their territory. */
  counties: Count,
  ...MonthSums,
  share: Share,
  /** Counties with a member / counties, as their pay counts it. */
  network: NetworkCompletion,
});
/** One salesperson in the report. */
export type SalespersonMarketStats = z.infer<typeof SalespersonMarketStats>;

/** The alliance's market report: per county, per salesperson, per month, and the whole network. */
export const AllianceMarketStats = z.object({
  /** Every county, by id. */
  counties: z.array(CountyMarketStats),
  /** Every salesperson with a county, by id. */
  salespeople: z.array(SalespersonMarketStats),
  /** Every month with figures, oldest first. */
  months: z.array(AllianceMonth),
  /** Counties with a member / counties, over every county. */
  network: NetworkCompletion,
});
/** The alliance's market report. */
export type AllianceMarketStats = z.infer<typeof AllianceMarketStats>;

function completionOf(counties: readonly z.infer<typeof CountySalesTotals>[]): NetworkCompletion {
  // networkCompletion needs a territory; with no county nothing is due, as with only blank ones in development.
  if (counties.length === 0) return { covered: 0, counted: 0, completion: 1 };
  return networkCompletion(
    counties.map((c) => ({ id: c.countyId, hasMember: c.hasMember, inDevelopment: c.inDevelopment })),
  );
}

function sums(rows: readonly z.infer<typeof CountySalesTotals>[]) {
  const total = { dealers: 0, dealerMonths: 0, dealerMonthsBelow70: 0, sales: 0, marketSales: 0 };
  for (const r of rows) {
    total.dealers += r.dealers;
    total.dealerMonths += r.dealerMonths;
    total.dealerMonthsBelow70 += r.dealerMonthsBelow70;
    total.sales += r.sales;
    total.marketSales += r.marketSales;
  }
  return total;
}

/**
 * The market report from totals: shares, each salesperson's sums and network completion over
 * their counties (`networkCompletion`), and the whole network's. A dealer belongs to one county,
 * so a salesperson's dealers are the sum of their counties'.
 */
export function allianceMarketReport(totals: AllianceMarketTotals): AllianceMarketStats {
  const { counties, months } = parseInput(AllianceMarketTotals, totals, 'alliance market totals');
  const sorted = [...counties].sort((a, b) => (a.countyId < b.countyId ? -1 : a.countyId > b.countyId ? 1 : 0));
  const assigned = sorted.filter((c) => c.salespersonId !== null);
  return {
    counties: sorted.map((c) => ({ ...c, share: rate(c.sales, c.marketSales) })),
    salespeople: groupSorted(assigned, (c) => c.salespersonId ?? '').map(([salespersonId, own]) => {
      const total = sums(own);
      return {
        salespersonId,
        counties: own.length,
        ...total,
        share: rate(total.sales, total.marketSales),
        network: completionOf(own),
      };
    }),
    months: [...months]
      .sort((a, b) => (a.month < b.month ? -1 : 1))
      .map((m) => ({
        month: m.month,
        dealers: m.dealers,
        sales: m.sales,
        marketSales: m.marketSales,
        share: rate(m.sales, m.marketSales),
        dealersBelow70: m.dealersBelow70,
      })),
    network: completionOf(sorted),
  };
}

/** One dealer month with the county the dealer is in. */
export const CountyDealerMonth = z.object({ dealerId: DealerId, countyId: RecordId, ...MonthlySales.shape });
/** One dealer month with the county the dealer is in. */
export type CountyDealerMonth = z.infer<typeof CountyDealerMonth>;

/** Input of {@link allianceMarketStats}: dealer months and the counties with their standing. */
export const AllianceMarketInput = z.object({
  /** Dealer months of the period; months of a county not listed count in the monthly totals only. */
  months: z.array(CountyDealerMonth),
  counties: z.array(z.object(CountyStanding)),
});
/** Input of {@link allianceMarketStats}. */
export type AllianceMarketInput = z.infer<typeof AllianceMarketInput>;

/**
 * The market report over records in memory: sums each county's and each month's dealer months
 * (the 70 % test as the charter applies it) and builds the report with {@link allianceMarketReport}.
 *
 * @example
 * allianceMarketStats({ months: [{ dealerId: 'dlr_1', countyId: 'cty_1', month: '2026-10', sales: 690, marketSales: 1000 }],
 *   counties: [{ countyId: 'cty_1', salespersonId: 'slp_1', hasMember: true, inDevelopment: false }] }).counties[0]?.dealerMonthsBelow70 // 1
 */
export function allianceMarketStats(input: AllianceMarketInput): AllianceMarketStats {
  const { months, counties } = parseInput(AllianceMarketInput, input, 'alliance market input');
  const rows = months.map((m) => ({ ...m, below70: isBelow70(m) }));
  const byCounty = new Map(groupSorted(rows, (r) => r.countyId));
  return allianceMarketReport({
    counties: counties.map((c) => {
      const own = byCounty.get(c.countyId) ?? [];
      return {
        ...c,
        dealers: new Set(own.map((r) => r.dealerId)).size,
        dealerMonths: own.length,
        dealerMonthsBelow70: own.filter((r) => r.below70).length,
        sales: own.reduce((s, r) => s + r.sales, 0),
        marketSales: own.reduce((s, r) => s + r.marketSales, 0),
      };
    }),
    months: groupSorted(rows, (r) => r.month).map(([month, own]) => ({
      month,
      dealers: own.length,
      sales: own.reduce((s, r) => s + r.sales, 0),
      marketSales: own.reduce((s, r) => s + r.marketSales, 0),
      dealersBelow70: own.filter((r) => r.below70).length,
    })),
  });
}
