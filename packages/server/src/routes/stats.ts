import { ClubError, INVALID_INPUT, IsoDate, TierSchema } from '@clubkit/core';
import {
  ComplaintStats,
  MemberStats,
  MerchantStats,
  memberStatsFromCounts,
  merchantStatsFromCounts,
} from '@clubkit/core/stats';
import { assertCan } from '@clubkit/core/access';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.js';
import { memberCounts } from '../store/member-counts.js';
import { merchantCells, merchantsPerCell } from '../store/merchant-counts.js';
import { listFilter, periodOf, periodQuery } from './common.js';
import { complaintReport, deskReportQuery, reportScope } from './desk-stats.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';

const branchQuery = z.object({ branchId: z.optional(z.string().check(z.startsWith('br_'), z.maxLength(64))) });

/**
 * Core's statistics over the stored records, scoped by role (A2 §3: branch operators see their own
 * branch). The member and merchant reports are counted by the database over a period (`from`,
 * `to`, `asOf`) and shaped by core from those counts.
 */
export const statsRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/stats/members',
    operationId: 'getMemberStats',
    summary:
      'Members by branch, tier and state as of a day, and applications submitted in a period against the decisions taken in it (a branch operator: its own branch).',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'stats' },
    query: z.object({ ...branchQuery.shape, ...periodQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Member statistics', schema: MemberStats } },
    async handler({ principal, db, query, today, services }) {
      // A branch operator's statistics are its own branch's, whatever the query asks.
      const branchId = listFilter(principal, 'stats', 'branchId') ?? query.branchId;
      assertCan(principal, 'read', { type: 'stats', ...(branchId ? { branchId } : {}) });
      const period = periodOf(query, today);
      const counts = await memberCounts(db, { ...period, timeZone: services.timeZone, branchId });
      return { status: 200, body: memberStatsFromCounts(counts) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/stats/complaints',
    operationId: 'getComplaintStats',
    summary:
      'Complaints received in a period by status and category, overdue at `asOf`, on-time resolution and satisfaction rates (a property’s desk: its own).',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'desk-stats' },
    query: deskReportQuery,
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Complaint statistics', schema: ComplaintStats } },
    async handler({ principal, db, query, today, nowIso, services }) {
      const scope = reportScope(principal, query, { today, nowIso, timeZone: services.timeZone });
      return { status: 200, body: await complaintReport(db, services.engine, scope) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/stats/merchants',
    operationId: 'getMerchantStats',
    summary:
      'Merchants and the offers active as of a day (`asOf`, or its older name `date`) by category, group and region.',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'merchant-stats' },
    query: z.object({ ...periodQuery, date: z.optional(IsoDate), tier: z.optional(TierSchema) }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Merchant statistics', schema: MerchantStats } },
    async handler({ principal, query, today, db, services }) {
      assertCan(principal, 'read', { type: 'merchant-stats' });
      const { from, to, asOf } = periodOf({ ...query, asOf: asOfOrDate(query) }, today);
      // Only merchants and their offers decide the cells: kept until a merchant is written. The
      // merchants of each cell are the same on every day, so a report of another day counts
      // only the offers.
      const cells = await services.merchants.report(`merchant-cells:${asOf}:${query.tier ?? ''}`, () =>
        merchantCells(db, {
          date: asOf,
          tier: query.tier,
          perCell: () => services.merchants.report('merchants-per-cell', () => merchantsPerCell(db)),
        }),
      );
      return {
        status: 200,
        body: merchantStatsFromCounts({
          date: asOf,
          ...(query.tier ? { tier: query.tier } : {}),
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
          cells,
        }),
      };
    },
  }),
];

/** `asOf`, or `date`, the name the merchant report first took it by; both at once must agree. */
function asOfOrDate(query: { asOf?: string | undefined; date?: string | undefined }): string | undefined {
  if (query.asOf !== undefined && query.date !== undefined && query.asOf !== query.date) {
    throw new ClubError(INVALID_INPUT, '`date` is another name for `asOf`; send one of them.', {
      issues: [{ path: ['query', 'date'], code: 'invalid_value', message: `Expected ${query.asOf}, as asOf says` }],
    });
  }
  return query.asOf ?? query.date;
}
