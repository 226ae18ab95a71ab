import type { Tier } from '@clubkit/core';
import type { ComplaintStats, MemberStats, MerchantStats } from '@clubkit/core/stats';
import type { RequestOptions } from '../options.js';
import type { Transport } from '../transport.js';
import type { StatsPeriodQuery } from './service-desk.js';

/** Statistics reports (secret keys; a branch operator gets its own branch). */
export function statsResource(t: Transport) {
  return {
    /** Members by branch, tier and state; applications against approvals. */
    members(query: { branchId?: string } = {}, options?: RequestOptions): Promise<MemberStats> {
      return t.send({ method: 'get', path: '/v1/stats/members', query, answer: 'MemberStats', options });
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
    /** Merchants and active offers by category, group and region. */
    merchants(query: { date?: string; tier?: Tier } = {}, options?: RequestOptions): Promise<MerchantStats> {
      return t.send({ method: 'get', path: '/v1/stats/merchants', query, answer: 'MerchantStats', options });
    },
  };
}
