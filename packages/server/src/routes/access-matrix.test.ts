import { IdPrefix } from '@clubkit/core';
import { Role } from '@clubkit/core/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { routeAccessTable } from '../access-table.js';
import { hashSecret } from '../http/auth.js';
import type { RouteSpec } from '../http/route.js';
import { problem, startTestServer, type TestServer } from '../test-support.js';
import { allRoutes } from './index.js';

/**
 * Who may call each route, for every role of core's access rules. A role listed gets past access
 * (its answer may still be 400, 404 or 422 for the made-up request below); every other role hears
 * 403 `access/forbidden`, whatever it sends. `anyone`: also callers without credentials. `with`:
 * a route that takes only a secret key (minting sessions) or only a staff session (its own).
 * A new route fails the first test until it has a row here.
 */
type Row = readonly Role[] | 'anyone' | { roles: readonly Role[]; with: 'key' | 'staff session' };
const MATRIX: Record<string, Row> = {
  getHealth: 'anyone',
  // Member sessions and what a member reads of its own.
  createMemberSession: { roles: ['admin', 'branch'], with: 'key' },
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
  createStaffSession: { roles: ['admin'], with: 'key' },
  getCurrentStaffSession: { roles: ['admin', 'branch', 'merchant', 'desk', 'alliance'], with: 'staff session' },
  revokeCurrentStaffSession: { roles: ['admin', 'branch', 'merchant', 'desk', 'alliance'], with: 'staff session' },
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
  approveApplication: ['admin', 'branch'],
  rejectApplication: ['admin', 'branch'],
  createCampaign: ['admin'],
  listCampaigns: ['admin', 'branch'],
  getCampaign: ['admin', 'branch'],
  getCampaignStats: ['admin', 'branch'],
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
  // The dealer alliance: the club opens sales centres; a centre (or its salesperson) runs its own.
  createSalesCentre: ['admin'],
  listSalesCentres: ['admin', 'alliance'],
  createCounty: ['admin', 'alliance'],
  listCounties: ['admin', 'alliance'],
  createSalesperson: ['admin', 'alliance'],
  listSalespeople: ['admin', 'alliance'],
  getSalesperson: ['admin', 'alliance'],
  getSalespersonPay: ['admin', 'alliance'],
  getAllianceCalendar: ['admin', 'alliance'],
  updateSalesCentre: ['admin'],
  getPrimaryDealer: ['admin', 'alliance'],
  replacePrimaryDealer: ['admin', 'alliance'],
  createDealer: ['admin', 'alliance'],
  listDealers: ['admin', 'alliance'],
  getAllianceStanding: ['admin', 'alliance'],
  getDealer: ['admin', 'alliance'],
  recordDealerSales: ['admin', 'alliance'],
  listDealerSales: ['admin', 'alliance'],
  recordDealerViolation: ['admin', 'alliance'],
  reviewDealer: ['admin', 'alliance'],
  createVisitNote: ['admin', 'alliance'],
  listVisitNotes: ['admin', 'alliance'],
  createDealerPurchase: ['admin', 'alliance'],
  getWeeklyVisitReport: ['admin', 'alliance'],
  getMonthlyDealerReport: ['admin', 'alliance'],
  createAlliancePenalty: ['admin', 'alliance'],
  listAlliancePenalties: ['admin', 'alliance'],
  createAllianceBudget: ['admin', 'alliance'],
  listAllianceBudgets: ['admin', 'alliance'],
  getAllianceStats: ['admin', 'alliance'],
  createAssessmentSheet: ['admin', 'alliance'],
  listAssessmentSheets: ['admin', 'alliance'],
  createAssessment: ['admin', 'alliance'],
  listAssessments: ['admin', 'alliance'],
  getAssessment: ['admin', 'alliance'],
  decideAssessment: ['admin', 'alliance'],
  createRewardFund: ['admin', 'alliance'],
  reviseRewardFund: ['admin', 'alliance'],
  listRewardFunds: ['admin', 'alliance'],
  createSecondaryList: ['admin', 'alliance'],
  listSecondaryLists: ['admin', 'alliance'],
  getSecondaryList: ['admin', 'alliance'],
  chooseSecondaryDealer: ['admin', 'alliance'],
  getLargestSecondaryDealers: ['admin', 'alliance'],
  // The whole service desk: units, visits, procedures, the price list and its statistics.
  createUnit: ['admin', 'desk'],
  listUnits: ['admin', 'desk'],
  getUnit: ['admin', 'desk'],
  updateUnit: ['admin', 'desk'],
  getUnitTimeline: ['admin', 'desk'],
  createVisit: ['admin', 'desk'],
  listVisits: ['admin', 'desk'],
  getVisit: ['admin', 'desk'],
  listVisitNextEvents: ['admin', 'desk'],
  // Complaints about a staff member's conduct, logged by staff.
  createConductComplaint: ['admin', 'desk'],
  // Naming the staff member of a conduct complaint: whoever logs complaints finds them by name.
  listConductStaff: ['admin', 'desk'],
  // Feedback surveys of the service desk.
  createSurvey: ['admin', 'desk'],
  listSurveys: ['admin', 'desk'],
  getSurvey: ['admin', 'desk'],
  sendSurvey: ['admin', 'desk'],
  listSurveyRequests: ['admin', 'desk'],
  getSurveyRequest: ['admin', 'desk'],
  answerSurvey: ['admin', 'desk'],
  getSurveyStats: ['admin', 'desk'],
  // The front desk's shift hand-overs.
  handOver: ['admin', 'desk'],
  listHandovers: ['admin', 'desk'],
  getLatestHandover: ['admin', 'desk'],
  getHandover: ['admin', 'desk'],
  listHandoverNextEvents: ['admin', 'desk'],
  applyHandoverEvent: ['admin', 'desk'],
  applyVisitEvent: ['admin', 'desk'],
  createProcedure: ['admin', 'desk'],
  listProcedures: ['admin', 'desk'],
  getProcedure: ['admin', 'desk'],
  listProcedureNextSteps: ['admin', 'desk'],
  signOffProcedureStep: ['admin', 'desk'],
  applyProcedureEvent: ['admin', 'desk'],
  createServicePrice: ['admin'],
  listServicePrices: ['admin', 'desk'],
  getServicePrice: ['admin', 'desk'],
  updateServicePrice: ['admin'],
  getDeskStats: ['admin', 'desk'],
  getRevenueStats: ['admin', 'branch'],
  // The VIP card's loop: orders, the member code, the counter and what the card saved.
  createVipOrder: { roles: ['admin', 'branch', 'member'], with: 'key' },
  getVipOrder: ['admin', 'branch', 'member'],
  confirmVipOrder: { roles: ['admin', 'branch'], with: 'key' },
  cancelVipOrder: { roles: ['admin', 'branch'], with: 'key' },
  getMyCardCode: ['member'],
  getMySavings: ['member'],
  createCounterCheck: ['admin', 'merchant'],
  createRedemption: ['admin', 'merchant'],
  // The VIP club's activities, group buying and advertising income.
  createActivity: ['admin'],
  listActivities: ['admin', 'member'],
  getActivity: ['admin', 'member'],
  signUpForActivity: ['member'],
  listActivitySignUps: ['admin'],
  listMyActivitySignUps: ['member'],
  cancelActivitySignUp: ['admin', 'member'],
  createAdIncome: ['admin'],
  listAdIncome: ['admin'],
  // The member handbook: the club publishes versions, every caller reads the one in force.
  getHandbook: ['admin', 'branch', 'merchant', 'desk', 'alliance', 'member', 'public'],
  publishHandbook: ['admin'],
  listHandbookVersions: ['admin'],
  // The club's service catalogue: the admin keeps it, everyone reads it; the counter records uses.
  createClubService: ['admin'],
  listClubServices: ['admin', 'branch', 'merchant', 'desk', 'alliance', 'member', 'public'],
  getClubService: ['admin', 'branch', 'merchant', 'desk', 'alliance', 'member', 'public'],
  updateClubService: ['admin'],
  retireClubService: ['admin'],
  createServiceUse: ['admin', 'merchant'],
  listServiceUses: ['admin', 'merchant'],
  listMyServiceUses: ['member'],
  // The alliance's member-only promotions: its centre sets them up and pays, its salespeople enrol.
  createPromotion: ['admin', 'alliance'],
  listPromotions: ['admin', 'alliance'],
  getPromotion: ['admin', 'alliance'],
  enrolInPromotion: ['admin', 'alliance'],
  listPromotionEnrolments: ['admin', 'alliance'],
  payPromotionReward: ['admin', 'alliance'],
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

/** Whether a matrix row lets `role` call with this kind of credential. */
function allowed(row: Row | undefined, role: Role, via: string): boolean {
  if (row === undefined) return false;
  if (row === 'anyone') return true;
  if ('roles' in row)
    return row.roles.includes(role) && (row.with === 'key' ? via !== 'staff session' : via === row.with);
  return row.includes(role);
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
  const scopes = {
    admin: { role: 'admin' },
    branch: { role: 'branch', branchId: 'br_north' },
    merchant: { role: 'merchant', merchantId: 'mch_owned' },
    desk: { role: 'desk' },
    alliance: { role: 'alliance', centreId: 'ctr_baoding' },
  } as const;
  for (const role of staffRoles) {
    const res = await t.call('POST', '/v1/staff', {
      key: t.keys.admin.secret,
      body: { name: role, principal: scopes[role] },
    });
    staffIds[role] = (res.body as { id: string }).id;
  }
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
const staffRoles = ['admin', 'branch', 'merchant', 'desk', 'alliance'] as const;
type StaffRole = (typeof staffRoles)[number];
const cases = allRoutes.flatMap((spec) =>
  roles.map((role) => ({ spec, role, op: spec.operationId, via: role === 'member' ? 'session' : 'key' })),
);
const staffCases = allRoutes.flatMap((spec) =>
  staffRoles.map((role) => ({ spec, role, op: spec.operationId, via: 'staff session' })),
);

/** The staff account of each staff role, in the same scope as its key. */
const staffIds = {} as Record<StaffRole, string>;

/** A fresh staff session for a staff role (a route may end the one it is called with). */
async function staffSession(role: StaffRole): Promise<string> {
  const res = await t.call('POST', '/v1/staff-sessions', {
    key: t.keys.admin.secret,
    body: { staffId: staffIds[role] },
  });
  return (res.body as { token: string }).token;
}

describe('role × route matrix', () => {
  it('has a row for every route and no row for a route that is gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(allRoutes.map((r) => r.operationId).sort());
  });

  it('agrees with what each route declares: its credentials and its access under core’s rules (the guide’s table)', () => {
    for (const row of routeAccessTable()) {
      const expected = MATRIX[row.operationId];
      const listed =
        expected === undefined || expected === 'anyone' ? expected : 'roles' in expected ? expected.roles : expected;
      expect(row.roles === 'anyone' ? 'anyone' : [...row.roles], row.operationId).toEqual(
        listed === 'anyone' ? 'anyone' : roles.filter((r) => listed?.includes(r)),
      );
    }
  });

  it.each([...cases, ...staffCases])('$op as $role with a $via', async ({ spec, role, op, via }) => {
    const row = MATRIX[op];
    const key =
      via === 'staff session'
        ? await staffSession(role as StaffRole)
        : role === 'member'
          ? await memberSession()
          : credentials[role];
    const res = await t.call(spec.method.toUpperCase(), pathOf(spec), {
      key,
      ...(['post', 'patch', 'put'].includes(spec.method) ? { body: {} } : {}),
    });
    if (allowed(row, role, via)) {
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
