import type { CampaignReport } from '@clubkit/core/membership';
import type { StatsBoardMessages } from './messages.js';
import type { PeriodBucket } from './period.js';
import type { StatsBoardReport } from './stats-board-controller.js';

/** How a column's numbers read: a count, a rate from 0 to 1 shown as a percentage, or fen shown as yuan. */
export type ColumnUnit = 'count' | 'rate' | 'money';

/** A column of a chart's table. */
export interface BoardColumn {
  label: string;
  unit: ColumnUnit;
}

/**
 * One chart of the board and the table of the same numbers: rows (branches, months, counties),
 * columns, the values, and which columns the chart draws as bars. The element draws the bars
 * and writes the table from this one object, so the two cannot disagree.
 */
export interface BoardChart {
  /** Stable id within the board, e.g. `members-by-branch`. */
  id: string;
  title: string;
  /** What each row is about (the table's first column). */
  rowHeader: string;
  rows: { key: string; label: string }[];
  columns: BoardColumn[];
  /** values[row][column]; `null` for a rate with nothing to divide by. */
  values: (number | null)[][];
  /** The columns drawn as bars, in legend order (all of one unit). */
  bars: number[];
  /** The totals row over the whole period, when the report has one. */
  total?: (number | null)[];
  /** A sentence under the chart that says its numbers in words (the campaign report's). */
  summary?: string;
}

/** A figure read at a glance above a section's charts. */
export interface BoardFigure {
  label: string;
  value: number | null;
  unit: ColumnUnit;
}

/** One section of the board: its heading, its figures and its charts. */
export interface BoardSection {
  id: 'members' | 'desk' | 'alliance' | 'revenue';
  title: string;
  /** A line under the heading (the day memberships are counted on), if any. */
  note?: string;
  figures: BoardFigure[];
  charts: BoardChart[];
}

/** Formats what the charts label: a slice of the period, and a calendar date. */
export interface BoardFormat {
  bucket(bucket: PeriodBucket): string;
  date(date: string): string;
  /** A calendar month `YYYY-MM`. */
  month(month: string): string;
  /** The club report's sentence over the campaigns (core's `campaignSentenceOn`, in the board's locale). */
  campaigns(report: CampaignReport): string;
}

/** The other income's lines (A5 §4.2 2–4) and the income of all, in the chart's column order. */
const OTHER_INCOME = ['activitiesFen', 'groupBuyingFen', 'advertisingFen', 'incomeFen'] as const;

const count = (label: string): BoardColumn => ({ label, unit: 'count' });
const rate = (label: string): BoardColumn => ({ label, unit: 'rate' });
const money = (label: string): BoardColumn => ({ label, unit: 'money' });

/**
 * The board's sections, in order, for a report: the members (by branch and tier, by state,
 * applications per slice), the service desk (complaints on time and satisfied per slice) and the
 * alliance (sales against the market per county) and the VIP card's revenue (billed and
 * recognised per month against core's plan). Only the sections the report has.
 */
export function boardSections(report: StatsBoardReport, t: StatsBoardMessages, format: BoardFormat): BoardSection[] {
  const sections: BoardSection[] = [];
  const { members, desk, alliance, revenue } = report.sections;
  if (members) {
    const { stats } = members;
    const states = [
      ['pending', t.statsStatePending],
      ['active', t.statsStateActive],
      ['grace', t.statsStateGrace],
      ['expired', t.statsStateExpired],
      ['cancelled', t.statsStateCancelled],
    ] as const;
    sections.push({
      id: 'members',
      title: t.statsMembers,
      note: t.statsAsOf(format.date(stats.asOf)),
      figures: [
        { label: t.statsMemberships, value: stats.total, unit: 'count' },
        { label: t.statsSubmitted, value: stats.applications.submitted, unit: 'count' },
        { label: t.statsApprovalRate, value: stats.applications.approvalRate, unit: 'rate' },
      ],
      charts: [
        {
          id: 'members-by-branch',
          title: t.statsByBranch,
          rowHeader: t.statsBranch,
          rows: stats.byBranch.map((b) => ({ key: b.branchId, label: members.branchNames[b.branchId] ?? b.branchId })),
          columns: [count(t.statsTierStandard), count(t.statsTierVip), count(t.statsMemberships)],
          values: stats.byBranch.map((b) => [b.byTier.standard, b.byTier.vip, b.total]),
          bars: [0, 1],
          total: [stats.byTier.standard, stats.byTier.vip, stats.total],
        },
        {
          id: 'members-by-state',
          title: t.statsByState,
          rowHeader: t.statsState,
          rows: states.map(([key, label]) => ({ key, label })),
          columns: [count(t.statsMemberships)],
          values: states.map(([key]) => [stats.byState[key]]),
          bars: [0],
          total: [stats.total],
        },
        {
          id: 'applications',
          title: t.statsApplications,
          rowHeader: t.statsMonth,
          rows: members.applications.map((a) => ({ key: a.bucket.key, label: format.bucket(a.bucket) })),
          columns: [count(t.statsSubmitted), count(t.statsApproved), count(t.statsRejected), rate(t.statsApprovalRate)],
          values: members.applications.map((a) => [a.submitted, a.approved, a.rejected, a.approvalRate]),
          bars: [0, 1, 2],
          total: [
            stats.applications.submitted,
            stats.applications.approved,
            stats.applications.rejected,
            stats.applications.approvalRate,
          ],
        },
        ...campaignCharts(members.campaigns, t, format),
      ],
    });
  }
  if (desk) {
    const figures = (c: typeof desk.complaints) => [
      c.total,
      c.resolved,
      c.resolvedOnTime,
      c.onTimeRate,
      c.followedUp,
      c.satisfied,
      c.satisfactionRate,
    ];
    const c = desk.complaints;
    sections.push({
      id: 'desk',
      title: t.statsDesk,
      figures: [
        { label: t.statsReceived, value: c.total, unit: 'count' },
        { label: t.statsOnTimeRate, value: c.onTimeRate, unit: 'rate' },
        { label: t.statsSatisfactionRate, value: c.satisfactionRate, unit: 'rate' },
        { label: t.statsOverdue, value: c.overdue, unit: 'count' },
      ],
      charts: [
        {
          id: 'complaints',
          title: t.statsComplaints,
          rowHeader: t.statsMonth,
          rows: desk.byBucket.map((b) => ({ key: b.bucket.key, label: format.bucket(b.bucket) })),
          columns: [
            count(t.statsReceived),
            count(t.statsResolved),
            count(t.statsResolvedOnTime),
            rate(t.statsOnTimeRate),
            count(t.statsFollowedUp),
            count(t.statsSatisfied),
            rate(t.statsSatisfactionRate),
          ],
          values: desk.byBucket.map((b) => figures(b.complaints)),
          bars: [3, 6],
          total: figures(c),
        },
      ],
    });
  }
  if (alliance) {
    const { stats, countyNames } = alliance;
    sections.push({
      id: 'alliance',
      title: t.statsAlliance,
      figures: [
        // A network with no county counted has nothing to complete: no figure, not 100 %.
        {
          label: t.statsNetwork,
          value: stats.network.counted === 0 ? null : stats.network.completion,
          unit: 'rate',
        },
        { label: t.statsSales, value: stats.months.reduce((n, m) => n + m.sales, 0), unit: 'count' },
      ],
      charts: [
        {
          id: 'alliance-counties',
          title: t.statsCounties,
          rowHeader: t.statsCounty,
          rows: stats.counties.map((c) => ({ key: c.countyId, label: countyNames[c.countyId] ?? c.countyId })),
          columns: [count(t.statsSales), count(t.statsMarket), rate(t.statsShare)],
          values: stats.counties.map((c) => [c.sales, c.marketSales, c.share]),
          bars: [0, 1],
        },
      ],
    });
  }
  if (revenue) {
    const { stats } = revenue;
    const rows = stats.months.map((m) => ({ key: m.month, label: format.month(m.month) }));
    sections.push({
      id: 'revenue',
      title: t.statsRevenue,
      note: t.statsPlanFrom(format.month(stats.planFrom)),
      figures: [
        { label: t.statsBilled, value: stats.totals.billedFen, unit: 'money' },
        { label: t.statsPlanBilled, value: stats.planTotals.billedFen, unit: 'money' },
        { label: t.statsRecognized, value: stats.totals.recognizedFen, unit: 'money' },
        { label: t.statsOrdersPaid, value: stats.totals.ordersPaid, unit: 'count' },
      ],
      charts: [
        {
          id: 'revenue-billed',
          title: t.statsRevenueBilled,
          rowHeader: t.statsMonth,
          rows,
          columns: [money(t.statsBilled), money(t.statsPlanBilled), money(t.statsRefunded)],
          values: stats.months.map((m) => [m.billedFen, m.plan?.billedFen ?? null, m.refundedFen]),
          bars: [0, 1],
          total: [stats.totals.billedFen, stats.planTotals.billedFen, stats.totals.refundedFen],
        },
        {
          id: 'revenue-recognized',
          title: t.statsRevenueRecognized,
          rowHeader: t.statsMonth,
          rows,
          columns: [
            money(t.statsRecognized),
            money(t.statsPlanRecognized),
            count(t.statsOrdersPaid),
            count(t.statsRenewals),
          ],
          values: stats.months.map((m) => [m.recognizedFen, m.plan?.recognizedFen ?? null, m.ordersPaid, m.renewals]),
          bars: [0, 1],
          total: [
            stats.totals.recognizedFen,
            stats.planTotals.recognizedFen,
            stats.totals.ordersPaid,
            stats.totals.renewals,
          ],
        },
        {
          id: 'revenue-other',
          title: t.statsRevenueOther,
          rowHeader: t.statsMonth,
          rows,
          columns: [
            money(t.statsActivities),
            money(t.statsGroupBuying),
            money(t.statsAdvertising),
            money(t.statsIncome),
          ],
          values: stats.months.map((m) => OTHER_INCOME.map((k) => m[k])),
          bars: [0, 1, 2],
          total: OTHER_INCOME.map((k) => stats.totals[k]),
        },
      ],
    });
  }
  return sections;
}

/**
 * The top of a count chart's scale: the smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `max`, so the
 * gridlines at its quarters fall on round numbers; 1 for a chart of zeros. Rates are drawn
 * against 1 (100 %).
 *
 * @example
 * scaleTop(37) // 50
 */
export function scaleTop(max: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= max) ?? 10;
  return step * magnitude;
}

/** The top of `chart`'s scale: 1 for rates, else {@link scaleTop} of the largest bar value. */
export function chartTop(chart: BoardChart): number {
  if (chart.bars.every((i) => chart.columns[i]?.unit === 'rate')) return 1;
  let max = 0;
  for (const row of chart.values) for (const i of chart.bars) max = Math.max(max, row[i] ?? 0);
  return scaleTop(max);
}

/** A bar's length as a share of the chart's width, from 0 to 100. */
export function barLength(value: number | null, top: number): number {
  if (value === null || !(top > 0)) return 0;
  return Math.min(100, Math.max(0, (value / top) * 100));
}

/** The campaigns chart: each campaign started by the day, with the club report's sentence; none without campaigns. */
function campaignCharts(report: CampaignReport, t: StatsBoardMessages, format: BoardFormat): BoardChart[] {
  const { campaigns } = report;
  if (campaigns.length === 0) return [];
  const sum = (pick: (c: CampaignReport['campaigns'][number]) => number) =>
    campaigns.reduce((total, c) => total + pick(c), 0);
  return [
    {
      id: 'campaigns',
      title: t.statsCampaigns,
      rowHeader: t.statsCampaign,
      rows: campaigns.map((c) => ({ key: c.campaign.id, label: c.campaign.name })),
      columns: [count(t.statsSubmitted), count(t.statsApproved), count(t.statsRejected)],
      values: campaigns.map((c) => [c.submitted, c.approved, c.rejected]),
      bars: [0, 1, 2],
      total: [sum((c) => c.submitted), sum((c) => c.approved), sum((c) => c.rejected)],
      summary: format.campaigns(report),
    },
  ];
}
