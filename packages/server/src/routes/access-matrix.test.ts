import { IdPrefix } from '@clubkit/core';
import { mayEver, Role } from '@clubkit/core/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { hashSecret } from '../http/auth.js';
import type { CredentialKind } from '../http/env.js';
import type { RouteSpec } from '../http/route.js';
import { problem, startTestServer, type TestServer } from '../test-support.js';
import { allRoutes } from './index.js';

/**
 * Who may call each route, for every role of core's access rules. A role listed gets past access
 * (its answer may still be 400, 404 or 422 for the made-up request below); every other role hears
 * 403 `access/forbidden`, whatever it sends. `anyone`: also callers without credentials.
 * A new route fails the first test until it has a row here.
 */
const MATRIX: Record<string, readonly Role[] | 'anyone'> = {
  getHealth: 'anyone',
  // Member sessions and what a member reads of its own.
  createMemberSession: ['admin', 'branch'],
  revokeCurrentMemberSession: ['member'],
  revokeMemberSessions: ['admin', 'branch'],
  getMe: ['member'],
  getMyCard: ['member'],
  listMyComplaints: ['member'],
  // Staff, their sessions and the audit log.
  createStaff: ['admin'],
  listStaff: ['admin'],
  getStaff: ['admin'],
  updateStaff: ['admin'],
  createStaffSession: ['admin'],
  getCurrentStaffSession: [],
  revokeCurrentStaffSession: [],
  listAudit: ['admin'],
  // System management: branches and API keys.
  listBranches: ['admin'],
  createBranch: ['admin'],
  updateBranch: ['admin'],
  listKeys: ['admin'],
  createKey: ['admin'],
  revokeKey: ['admin'],
  // Member management.
  createApplication: ['admin', 'branch'],
  listApplications: ['admin', 'branch'],
  getApplication: ['admin', 'branch'],
  approveApplication: ['admin'],
  rejectApplication: ['admin'],
  listMembers: ['admin', 'branch'],
  getMember: ['admin', 'branch'],
  listMemberCards: ['admin'],
  replaceCard: ['admin'],
  getMembership: ['admin', 'branch'],
  renewMembership: ['admin', 'branch'],
  cancelMembership: ['admin'],
  // The merchant directory and its management.
  listMerchants: ['admin', 'branch', 'merchant', 'desk', 'alliance', 'member', 'public'],
  getMerchant: ['admin', 'branch', 'merchant', 'desk', 'alliance', 'member', 'public'],
  createMerchant: ['admin'],
  updateMerchant: ['admin', 'merchant'],
  createOffer: ['admin', 'merchant'],
  updateOffer: ['admin', 'merchant'],
  deleteOffer: ['admin', 'merchant'],
  // The service desk.
  createComplaint: ['admin', 'desk', 'member', 'public'],
  getComplaintReceipt: ['admin', 'branch', 'merchant', 'desk', 'alliance', 'member', 'public'],
  listComplaints: ['admin', 'desk'],
  getComplaint: ['admin', 'desk'],
  listComplaintNextEvents: ['admin', 'desk'],
  applyComplaintEvent: ['admin', 'desk'],
  createRepairOrder: ['admin', 'desk'],
  listRepairOrders: ['admin', 'desk'],
  getRepairOrder: ['admin', 'desk'],
  listRepairOrderNextEvents: ['admin', 'desk'],
  applyRepairOrderEvent: ['admin', 'desk'],
  createPaidService: ['admin', 'desk'],
  listPaidServices: ['admin', 'desk'],
  getPaidService: ['admin', 'desk'],
  listPaidServiceNextEvents: ['admin', 'desk'],
  applyPaidServiceEvent: ['admin', 'desk'],
  // Statistics.
  getMemberStats: ['admin', 'branch'],
  getComplaintStats: ['admin', 'desk'],
  getMerchantStats: ['admin'],
};

/** The credential kind each role calls with here: a secret key for staff roles. */
const KIND_OF: Record<Role, CredentialKind> = {
  admin: 'secret',
  branch: 'secret',
  merchant: 'secret',
  desk: 'secret',
  alliance: 'secret',
  member: 'session',
  public: 'publishable',
};

/** Ids of every prefix, and complaint references, for filling a route's path parameters. */
const CANDIDATES = [...Object.values(IdPrefix).map((p) => `${p}_0MATRIX0000000`), 'C79ZH-5H4YW', 'x'];

/** A path with each parameter replaced by a value its schema accepts. */
function pathOf(spec: RouteSpec): string {
  const names = [...spec.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
  const values: Record<string, string> = {};
  for (const name of names) {
    values[name] =
      CANDIDATES.find((candidate) => {
        if (!spec.params) return true;
        const shape = (spec.params as unknown as { def: { shape: Record<string, z.ZodMiniType> } }).def.shape;
        const schema = shape[name];
        return schema === undefined || z.safeParse(schema, candidate).success;
      }) ?? 'x';
  }
  return spec.path.replace(/:(\w+)/g, (_, name: string) => values[name] ?? 'x');
}

let t: TestServer;
let credentials: Record<Exclude<Role, 'member'>, string>;
let sessions = 0;

/** A fresh member session for a member id (a route may end the one it is called with). */
async function memberSession(): Promise<string> {
  const token = `ms_${String(++sessions).padStart(40, 'm')}`;
  await t.server.db
    .insertInto('member_sessions')
    .values({
      hash: hashSecret(token),
      member_id: 'mbr_0MATRIX0000000',
      allowed_origins: '[]',
      created_at: new Date().toISOString(),
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
      key_id: t.keys.admin.id,
    })
    .execute();
  return token;
}

beforeAll(async () => {
  t = await startTestServer();
  credentials = {
    admin: t.keys.admin.secret,
    branch: t.keys.north.secret,
    merchant: t.keys.merchant.secret,
    desk: t.keys.desk.secret,
    alliance: t.keys.alliance.secret,
    public: t.keys.publishable.secret,
  };
});
afterAll(() => t.close());

const roles = Object.values(Role);
const cases = allRoutes.flatMap((spec) => roles.map((role) => ({ spec, role, op: spec.operationId })));

describe('role × route matrix', () => {
  it('has a row for every route and no row for a route that is gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(allRoutes.map((r) => r.operationId).sort());
  });

  it('agrees with what each route declares: its credentials and its access under core’s rules', () => {
    for (const spec of allRoutes) {
      const row = MATRIX[spec.operationId];
      if (row === 'anyone' || row === undefined) continue;
      const declared = roles.filter(
        (role) =>
          spec.credentials.includes(KIND_OF[role]) &&
          (spec.access === undefined || mayEver(principalOf(role), spec.access.action, spec.access.type)),
      );
      expect(declared, spec.operationId).toEqual(roles.filter((r) => row.includes(r)));
    }
  });

  it.each(cases)('$op as $role', async ({ spec, role, op }) => {
    const row = MATRIX[op];
    const res = await t.call(spec.method.toUpperCase(), pathOf(spec), {
      key: role === 'member' ? await memberSession() : credentials[role],
      ...(['post', 'patch', 'put'].includes(spec.method) ? { body: {} } : {}),
    });
    if (row === 'anyone' || row?.includes(role)) {
      expect([401, 403], `${op} as ${role}: ${res.text}`).not.toContain(res.status);
    } else {
      expect(res.status, `${op} as ${role}: ${res.text}`).toBe(403);
      expect(problem(res).code).toBe('access/forbidden');
    }
  });

  it('refuses every route but the open ones to a caller without credentials', async () => {
    for (const spec of allRoutes) {
      const res = await t.call(spec.method.toUpperCase(), pathOf(spec), {
        ...(['post', 'patch', 'put'].includes(spec.method) ? { body: {} } : {}),
      });
      if (MATRIX[spec.operationId] === 'anyone' || spec.credentials.length === 0) {
        expect(res.status, spec.operationId).not.toBe(401);
      } else {
        expect(res.status, spec.operationId).toBe(401);
      }
    }
  });
});

function principalOf(role: Role) {
  switch (role) {
    case 'admin':
      return { role } as const;
    case 'branch':
      return { role, branchId: 'br_north' } as const;
    case 'merchant':
      return { role, merchantId: 'mch_owned' } as const;
    case 'desk':
      return { role } as const;
    case 'alliance':
      return { role, centreId: 'ctr_baoding' } as const;
    case 'member':
      return { role, memberId: 'mbr_0MATRIX0000000' } as const;
    case 'public':
      return { role } as const;
  }
}
