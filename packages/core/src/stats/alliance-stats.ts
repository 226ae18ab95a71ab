import * as z from 'zod/mini';
import {
  DealerId,
  IsoMonth,
  MonthlySales,
  NetworkCompletion,
  RevocationReason,
  Territory,
  networkCompletion,
  reviewCompliance,
} from '../alliance/index.js';
import { parseInput } from '../shared/parse.js';
import { Count, groupSorted, rate } from './tally.js';

/** One month of one dealer's sales against its market. Any unit, the same for every figure. */
export const DealerMonthlySales = z.object({ dealerId: DealerId, ...MonthlySales.shape });
/** One month of one dealer's sales against its market. */
export type DealerMonthlySales = z.infer<typeof DealerMonthlySales>;

/** Input of {@link allianceStats}: monthly sales, each dealer and month at most once, and the counties. */
export const AllianceStatsInput = z.object({
  /** Monthly sales of the alliance members, in any order. */
  months: z.array(DealerMonthlySales).check(
    z.superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, i) => {
        const key = `${row.dealerId} ${row.month}`;
        if (seen.has(key)) {
          const message = `${row.dealerId} has ${row.month} twice`;
          ctx.addIssue({
            code: 'custom',
            message,
            path: [i, 'month'],
            params: { code: 'duplicate' },
            input: row.month,
          });
        }
        seen.add(key);
      });
    }),
  ),
  /** The counties of the territory, for the network completion rate. */
  counties: Territory,
});
/** Input of {@link allianceStats}. */
export type AllianceStatsInput = z.input<typeof AllianceStatsInput>;

/** Sales against the market: the figures, the share and whether it is under 70 %. */
const SalesFigures = {
  sales: Count,
  marketSales: Count,
  /** sales / marketSales (above 1 when a dealer outsells its market estimate); `null` when the market is 0. */
  share: z.nullable(z.number().check(z.minimum(0))),
};

/** One dealer's month. */
export const DealerMonth = z.object({
  month: IsoMonth,
  ...SalesFigures,
  /** True when sales were under 70 % of the market, by the alliance's exact rule (never when the market is 0). */
  below70: z.boolean(),
});
/** One dealer's month. */
export type DealerMonth = z.infer<typeof DealerMonth>;

/** One dealer over the period: totals, its months and its shortfall streaks. */
export const DealerSalesStats = z.object({
  dealerId: DealerId,
  ...SalesFigures,
  /** Months under 70 % of the market. */
  monthsBelow70: Count,
  /** The longest run of consecutive months under 70 %. */
  shortfallStreak: Count,
  /** The run of months under 70 % that ends with the dealer's latest month. */
  currentShortfallStreak: Count,
  /** True after three consecutive months under 70 %: a ground to revoke the membership (A1 charter). */
  shortfallRevocable: z.boolean(),
  /** The dealer's months, oldest first. */
  months: z.array(DealerMonth),
});
/** One dealer over the period. */
export type DealerSalesStats = z.infer<typeof DealerSalesStats>;

/** The alliance in one month: all its dealers' sales against the sum of their markets. */
export const AllianceMonth = z.object({
  month: IsoMonth,
  /** Dealers with figures that month. */
  dealers: Count,
  ...SalesFigures,
  /** Dealers under 70 % of their market that month. */
  dealersBelow70: Count,
});
/** The alliance in one month. */
export type AllianceMonth = z.infer<typeof AllianceMonth>;

/** The alliance report (A1): monthly sales against the market per dealer and per month, and the network completion. */
export const AllianceStats = z.object({
  /** One row per dealer, sorted by dealer id. */
  dealers: z.array(DealerSalesStats),
  /** One row per month with figures, oldest first. */
  months: z.array(AllianceMonth),
  /** Counties with a member / counties, as the salesperson's pay counts them. */
  network: NetworkCompletion,
});
/** The alliance report. */
export type AllianceStats = z.infer<typeof AllianceStats>;

function figures(rows: readonly { sales: number; marketSales: number }[]) {
  let sales = 0;
  let marketSales = 0;
  for (const row of rows) {
    sales += row.sales;
    marketSales += row.marketSales;
  }
  return { sales, marketSales, share: rate(sales, marketSales) };
}

/** The alliance's own 70 % test for one month: a one-month review shows a shortfall streak of 1. @internal */
export function isBelow70(row: MonthlySales): boolean {
  return (
    reviewCompliance({ months: [{ month: row.month, sales: row.sales, marketSales: row.marketSales }] })
      .shortfallStreak === 1
  );
}

/**
 * The alliance report: each dealer's monthly sales against its market (share and the 70 %
 * test of the alliance's charter, streaks of months under 70 % as `reviewCompliance` counts
 * them), the alliance's totals per month, and the network completion (`networkCompletion`).
 *
 * @example
 * const report = allianceStats({ months: [{ dealerId: 'dlr_1', month: '2026-10', sales: 690, marketSales: 1000 }], counties });
 * report.dealers[0]?.months[0]?.below70 // true
 */
export function allianceStats(input: AllianceStatsInput): AllianceStats {
  const { months, counties } = parseInput(AllianceStatsInput, input, 'alliance stats input');
  const rows = months.map((row) => ({ ...row, below70: isBelow70(row) }));
  const dealers = groupSorted(rows, (r) => r.dealerId).map(([dealerId, own]): DealerSalesStats => {
    const sorted = [...own].sort((a, b) => (a.month < b.month ? -1 : 1));
    const review = reviewCompliance({
      months: sorted.map(({ month, sales, marketSales }) => ({ month, sales, marketSales })),
    });
    return {
      dealerId,
      ...figures(sorted),
      monthsBelow70: sorted.filter((r) => r.below70).length,
      shortfallStreak: review.shortfallStreak,
      currentShortfallStreak: review.currentShortfallStreak,
      shortfallRevocable: review.reasons.includes(RevocationReason.salesShortfall),
      months: sorted.map(({ month, sales, marketSales, below70 }) => ({
        month,
        sales,
        marketSales,
        share: rate(sales, marketSales),
        below70,
      })),
    };
  });
  const byMonth = groupSorted(rows, (r) => r.month).map(([month, own]) => ({
    month,
    dealers: own.length,
    ...figures(own),
    dealersBelow70: own.filter((r) => r.below70).length,
  }));
  return { dealers, months: byMonth, network: networkCompletion(counties) };
}
