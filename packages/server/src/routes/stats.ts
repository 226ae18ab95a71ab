import { TierSchema } from '@clubkit/core';
import type { Membership, MembershipApplication } from '@clubkit/core/membership';
import { ComplaintStats, MemberStats, MerchantStats, memberStats, merchantStats } from '@clubkit/core/stats';
import { assertCan } from '@clubkit/core/access';
import * as z from 'zod/mini';
import { defineRoute } from '../http/route.js';
import { docs } from '../store/records.js';
import { listFilter } from './common.js';
import { complaintReport, deskReportQuery, reportScope } from './desk-stats.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';

const branchQuery = z.object({ branchId: z.optional(z.string().check(z.startsWith('br_'), z.maxLength(64))) });

/** Core's statistics over the stored records, scoped by role (A2 §3: branch operators see their own branch). */
export const statsRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/stats/members',
    operationId: 'getMemberStats',
    summary:
      'Members by branch, tier and state, and applications against approvals (a branch operator: its own branch).',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'stats' },
    query: branchQuery,
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Member statistics', schema: MemberStats } },
    async handler({ principal, db, query, today }) {
      // A branch operator's statistics are its own branch's, whatever the query asks.
      const branchId = listFilter(principal, 'stats', 'branchId') ?? query.branchId;
      assertCan(principal, 'read', { type: 'stats', ...(branchId ? { branchId } : {}) });
      let memberships = db.selectFrom('memberships').select('doc');
      let applications = db.selectFrom('applications').select('doc');
      if (branchId) {
        memberships = memberships.where('branch_id', '=', branchId);
        applications = applications.where('branch_id', '=', branchId);
      }
      const [m, a] = await Promise.all([memberships.execute(), applications.execute()]);
      return {
        status: 200,
        body: memberStats(docs<Membership>(m), today, { applications: docs<MembershipApplication>(a) }),
      };
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
      return { status: 200, body: await complaintReport(db, scope) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/stats/merchants',
    operationId: 'getMerchantStats',
    summary: 'Merchants and active offers by category, group and region.',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'merchant-stats' },
    query: z.object({ date: z.optional(z.iso.date()), tier: z.optional(TierSchema) }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Merchant statistics', schema: MerchantStats } },
    async handler({ principal, query, today, services }) {
      assertCan(principal, 'read', { type: 'merchant-stats' });
      const merchants = await services.merchants.all();
      return {
        status: 200,
        body: merchantStats(merchants, { date: query.date ?? today, ...(query.tier ? { tier: query.tier } : {}) }),
      };
    },
  }),
];
