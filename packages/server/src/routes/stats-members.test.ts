import { addDays } from '@clubkit/core';
import {
  approveApplication,
  cancelMembership,
  issueCardNumber,
  membershipState,
  rejectApplication,
  startMembership,
  type Membership,
  type MembershipApplication,
  type MembershipState,
} from '@clubkit/core/membership';
import { memberStats, type MemberStats } from '@clubkit/core/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../store/records.js';
import { at, issuePaths, startTestServer, type TestServer } from '../test-support.js';

const ZONE = 'Asia/Shanghai';
/** The server's clock: 2026-12-05 in Shanghai. */
const NOW = new Date('2026-12-05T04:00:00Z');
const TODAY = '2026-12-05';
const FROM = '2026-11-01';
const TO = '2026-11-30';

let serial = 0;

/** A valid membership of a branch and tier over a policy, cancelled on a day when given. */
function membershipOf(s: {
  branch: string;
  tier?: 'standard' | 'vip';
  start: string;
  end: string;
  cancelledOn?: string;
}) {
  const n = (serial += 1);
  const memberId = `mbr_${n}`;
  const policy = {
    id: `pol_${n}`,
    number: `P-${n}`,
    memberId,
    branchId: s.branch,
    plate: `京A${String(n).padStart(5, '0')}`,
    start: s.start,
    end: s.end,
  };
  const started = startMembership(
    {
      id: `mem_${n}`,
      memberId,
      branchId: s.branch,
      tier: s.tier ?? 'standard',
      policy,
      card: { id: `card_${n}`, number: issueCardNumber('622', n) },
    },
    s.start,
  );
  return s.cancelledOn === undefined ? started : cancelMembership(started, s.cancelledOn);
}

/** An application of a branch submitted at an instant and, when given, decided at another. */
function applicationOf(
  branch: string,
  submittedAt: string,
  decided?: { at: string; status: 'approved' | 'rejected' },
): MembershipApplication {
  const n = (serial += 1);
  const submitted: MembershipApplication = {
    id: `app_${n}`,
    branchId: branch,
    tier: 'standard',
    applicant: { name: `申請人${n}`, phone: '138 0013 8000' },
    plate: `滬B${String(n).padStart(5, '0')}`,
    policy: { number: `Q-${n}`, start: '2026-01-01', end: '2026-12-31' },
    status: 'submitted',
    submittedAt,
    submittedBy: 'stf_branch',
  };
  if (decided === undefined) return submitted;
  return decided.status === 'approved'
    ? approveApplication(submitted, { at: decided.at, by: 'usr_admin' })
    : rejectApplication(submitted, { at: decided.at, by: 'usr_admin', reason: 'Policy not found' });
}

const BRANCHES = ['br_north', 'br_south', 'br_east'];

/**
 * Memberships of every branch and tier around the period's ends: started on its first day, ended
 * on its last, in grace, expired before it, pending after it, cancelled in it and after it.
 */
const memberships: Membership[] = BRANCHES.flatMap((branch) =>
  (['standard', 'vip'] as const).flatMap((tier) => [
    membershipOf({ branch, tier, start: FROM, end: '2027-10-31' }), // starts on the first day
    membershipOf({ branch, tier, start: '2025-12-01', end: TO }), // policy ends on the last day
    membershipOf({ branch, tier, start: '2025-11-25', end: '2026-11-24' }), // grace through 2026-12-04
    membershipOf({ branch, tier, start: '2025-10-01', end: '2026-09-30' }), // expired 2026-10-11
    membershipOf({ branch, tier, start: '2026-12-01', end: '2027-11-30' }), // pending on the last day
    membershipOf({ branch, tier, start: '2026-02-01', end: '2027-01-31', cancelledOn: '2026-11-15' }),
    membershipOf({ branch, tier, start: '2026-02-01', end: '2027-01-31', cancelledOn: '2026-12-01' }),
  ]),
);

// Shanghai is UTC+8: its 2026-11-01 starts at 2026-10-31T16:00Z and 2026-12-01 at 2026-11-30T16:00Z.
const applications: MembershipApplication[] = BRANCHES.flatMap((branch) => [
  applicationOf(branch, '2026-10-31T15:59:59.999Z'), // the day before, still waiting
  applicationOf(branch, '2026-10-31T16:00:00Z', { at: '2026-11-01T02:00:00Z', status: 'approved' }), // first day
  applicationOf(branch, '2026-11-10T08:00:00.5Z', { at: '2026-11-30T15:59:59Z', status: 'rejected' }), // last day
  applicationOf(branch, '2026-11-30T15:00:00Z', { at: '2026-11-30T16:00:00Z', status: 'approved' }), // decided after
  applicationOf(branch, '2026-10-05T08:00:00Z', { at: '2026-11-20T08:00:00Z', status: 'approved' }), // submitted before
  applicationOf(branch, '2026-10-05T08:00:00Z', { at: '2026-10-31T15:00:00Z', status: 'rejected' }), // decided before
  applicationOf(branch, '2026-11-30T16:00:00Z'), // submitted after the period
  applicationOf(branch, '2026-11-20T01:00:00Z'), // waiting
]);

/** Core's in-memory report over the same records, the branch's only when one is given. */
function inMemory(asOf: string, options: { from?: string; to?: string; branchId?: string } = {}): MemberStats {
  const { branchId, ...period } = options;
  const own = <T extends { branchId: string }>(list: readonly T[]) =>
    branchId === undefined ? [...list] : list.filter((r) => r.branchId === branchId);
  return memberStats(own(memberships), asOf, { applications: own(applications), timeZone: ZONE, ...period });
}

describe('GET /v1/stats/members', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ clock: () => NOW, timeZone: ZONE });
    await insertRecords(t.server.db, 'membership', memberships);
    await insertRecords(t.server.db, 'application', applications);
  });
  afterAll(() => t.close());

  const get = (query: string, key = t.keys.admin.secret) => t.call('GET', `/v1/stats/members${query}`, { key });

  it('answers what core counts over the same records for a period, its states taken on its last day', async () => {
    const res = await get(`?from=${FROM}&to=${TO}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(inMemory(TO, { from: FROM, to: TO }));
    const body = res.body as MemberStats;
    expect(body.applications).toMatchObject({ submitted: 12, approved: 6, rejected: 3 });
    expect(Object.values(body.byState).every((n) => n > 0)).toBe(true);
  });

  it('takes the states on asOf, and counts the applications waiting at its end', async () => {
    for (const asOf of [FROM, '2026-11-15', '2026-12-01', '2026-12-04', '2026-12-05']) {
      const res = await get(`?from=${FROM}&to=${TO}&asOf=${asOf}`);
      expect(res.body, asOf).toEqual(inMemory(asOf, { from: FROM, to: TO }));
    }
  });

  it('counts from the first application on, through the last, when a bound is left out', async () => {
    expect((await get(`?from=${FROM}`)).body).toEqual(inMemory(TODAY, { from: FROM }));
    expect((await get(`?to=${TO}`)).body).toEqual(inMemory(TO, { to: TO }));
    expect((await get('')).body).toEqual(inMemory(TODAY));
  });

  it("gives a branch operator its own branch's figures, whatever branch it asks for", async () => {
    const own = inMemory(TO, { from: FROM, to: TO, branchId: 'br_north' });
    expect((await get(`?from=${FROM}&to=${TO}`, t.keys.north.secret)).body).toEqual(own);
    expect((await get(`?from=${FROM}&to=${TO}&branchId=br_south`, t.keys.north.secret)).body).toEqual(own);
    expect((await get(`?from=${FROM}&to=${TO}&branchId=br_east`)).body).toEqual(
      inMemory(TO, { from: FROM, to: TO, branchId: 'br_east' }),
    );
  });

  it('refuses a period that ends before it starts, at query.to', async () => {
    const res = await get(`?from=${TO}&to=${FROM}`);
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual([['query', 'to']]);
  });

  it('refuses malformed dates', async () => {
    for (const [query, field] of [
      ['?from=2026-11-31', 'from'],
      ['?to=30/11/2026', 'to'],
      ['?asOf=2026-1-5', 'asOf'],
    ] as const) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(at(issuePaths(res), 0), query).toEqual(['query', field]);
    }
  });
});

describe('the state a member report counts, on and around every boundary day', () => {
  // One membership per branch, so that each branch row of the report is one membership's state.
  const VALID_FROM = '2026-03-01';
  const POLICY_END = '2027-02-28';
  const VALID_UNTIL = addDays(POLICY_END, 10);
  const sketches = [
    { start: VALID_FROM, end: POLICY_END },
    { start: '2026-06-15', end: '2026-06-15' }, // a one-day policy
    { start: VALID_FROM, end: POLICY_END, cancelledOn: VALID_FROM },
    { start: VALID_FROM, end: POLICY_END, cancelledOn: '2026-02-20' }, // before it started
    { start: VALID_FROM, end: POLICY_END, cancelledOn: '2026-09-10' },
    { start: VALID_FROM, end: POLICY_END, cancelledOn: addDays(POLICY_END, 1) }, // in grace
    { start: VALID_FROM, end: POLICY_END, cancelledOn: VALID_UNTIL },
  ];
  const boundaries = sketches.map((s, i) => membershipOf({ branch: `br_b${String(i).padStart(2, '0')}`, ...s }));
  const days = [
    ...new Set(
      [VALID_FROM, '2026-06-15', POLICY_END, VALID_UNTIL, '2026-02-20', '2026-09-10', addDays(POLICY_END, 1)].flatMap(
        (d) => [addDays(d, -1), d, addDays(d, 1)],
      ),
    ),
  ].sort();

  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ clock: () => NOW, timeZone: ZONE });
    await insertRecords(t.server.db, 'membership', boundaries);
  });
  afterAll(() => t.close());

  it("names the state core's membershipState names, for each membership on each day", async () => {
    const seen = new Set<MembershipState>();
    for (const day of days) {
      const res = await t.call('GET', `/v1/stats/members?asOf=${day}`, { key: t.keys.admin.secret });
      const rows = (res.body as MemberStats).byBranch;
      const named = rows.map((row) => Object.entries(row.byState).find(([, n]) => n === 1)?.[0]);
      const expected = boundaries.map((m) => membershipState(m, day));
      expect(named, day).toEqual(expected);
      for (const state of expected) seen.add(state);
    }
    expect([...seen].sort()).toEqual(['active', 'cancelled', 'expired', 'grace', 'pending']);
  });
});
