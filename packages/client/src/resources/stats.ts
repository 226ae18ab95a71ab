import type { Tier } from '@clubkit/core';
import type { CampaignReport } from '@clubkit/core/membership';
import type { ComplaintStats, MemberStats, MerchantStats, RevenueStats } from '@clubkit/core/stats';
import type { RequestOptions } from '../options.js';
import type { Transport } from '../transport.js';
import type { StatsPeriodQuery } from './service-desk.js';

// A type, not an interface: the transport's query is a record, which only a type alias is assignable to.
/**
 * The period of a statistics report, club dates as `YYYY-MM-DD`: what happened from `from`
 * through `to` (both inclusive; a bound left out is open), and counts "as of" `asOf`, by
 * default `to`, else the club's today. A `to` before `from` is refused with a 400.
 */
export type StatsPeriod = {
  /** The first day of the period. */
  from?: string;
  /** The last day of the period. */
  to?: string;
  /**
   * The day counts are taken on.
   * @default to, else today
   */
  asOf?: string;
};

/** Statistics reports (secret keys; a branch operator gets its own branch). */
export function statsResource(t: Transport) {
  return {
    /**
     * Members by branch, tier and state as of `asOf`; applications submitted in the period
     * against the decisions taken in it.
     * @example
     * await club.stats.members({ from: '2026-11-01', to: '2026-11-30', branchId: 'br_north' })
     */
    members(query: StatsPeriod & { branchId?: string } = {}, options?: RequestOptions): Promise<MemberStats> {
      return t.send({ method: 'get', path: '/v1/stats/members', query, answer: 'MemberStats', options });
    },
    /**
     * Applications per campaign as of a day (by default today): submitted by then, and approved
     * and rejected by then (a branch operator: its own branch's). Core's `campaignSentence`
     * writes the club report's sentence from it.
     * @example
     * campaignSentence(await club.stats.campaigns({ asOf: '2026-11-30' }), 'zh-Hant')
     */
    campaigns(query: { asOf?: string } = {}, options?: RequestOptions): Promise<CampaignReport> {
      return t.send({ method: 'get', path: '/v1/stats/campaigns', query, answer: 'CampaignReport', options });
    },
    /**
     * Complaints received in a period by status, overdue at `asOf`, on-time resolution and
     * satisfaction rates (a property's desk: its own).
     *
     * @example
     * await club.stats.complaints({ from: '2026-11-01', to: '2026-11-30' });
     */
    complaints(query: StatsPeriodQuery = {}, options?: RequestOptions): Promise<ComplaintStats> {
      return t.send({ method: 'get', path: '/v1/stats/complaints', query, answer: 'ComplaintStats', options });
    },
    /**
     * Merchants and the offers active as of `asOf` (`date` is its older name), by category, group
     * and region; for one tier when given.
     * @example
     * await club.stats.merchants({ asOf: '2026-11-30', tier: 'vip' })
     */
    merchants(
      query: StatsPeriod & { date?: string; tier?: Tier } = {},
      options?: RequestOptions,
    ): Promise<MerchantStats> {
      return t.send({ method: 'get', path: '/v1/stats/merchants', query, answer: 'MerchantStats', options });
    },
    /**
     * The VIP card's revenue day by day and month by month (at most 731 days; by default the
     * twelve months to today): orders billed when paid, fees recognised over the card's year,
     * renewals and refunds, and beside each month core's `projectRevenue` plan, month 1 being
     * `planFrom` (by default the month of the first paid order). A branch operator gets its own
     * branch.
     * @example
     * const { months } = await club.stats.revenue({ from: '2026-01-01', to: '2026-12-31' });
     * months.map((m) => [m.month, m.billedFen, m.plan?.billedFen]);
     */
    revenue(
      query: { from?: string; to?: string; branchId?: string; planFrom?: string } = {},
      options?: RequestOptions,
    ): Promise<RevenueStats> {
      return t.send({ method: 'get', path: '/v1/stats/revenue', query, answer: 'RevenueStats', options });
    },
  };
}
