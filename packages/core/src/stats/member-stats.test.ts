import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { membershipState, type Membership, type MembershipApplication } from '../membership/index.js';
import { addDays } from '../shared/calendar.js';
import { applicationOf, membershipOf } from './fixtures.js';
import { approveApplication, rejectApplication } from '../membership/index.js';
import { MemberStats, memberStats, memberStatsFromCounts } from './member-stats.js';
import { errorOf } from '../shared/fixtures.js';

const REPORT_DAY = '2027-01-10';

// Each membership's state on REPORT_DAY, worked out from its dates:
const ends = membershipOf({ n: 1, branch: 'a', start: '2026-01-11', end: '2027-01-10' }); // policy ends today: active
const lastGraceDay = membershipOf({ n: 2, branch: 'a', tier: 'vip', start: '2026-01-01', end: '2026-12-31' }); // validUntil 2027-01-10: grace
const expired = membershipOf({ n: 3, branch: 'b', start: '2025-12-31', end: '2026-12-30' }); // validUntil 2027-01-09: expired
const future = membershipOf({ n: 4, branch: 'b', tier: 'vip', start: '2027-02-01', end: '2028-01-31' }); // starts later: pending
const cancelledToday = membershipOf({
  n: 5,
  branch: 'a',
  start: '2026-03-01',
  end: '2027-02-28',
  cancelledOn: REPORT_DAY,
}); // cancelled
const cancelledLater = membershipOf({
  n: 6,
  branch: 'c',
  start: '2026-03-01',
  end: '2027-02-28',
  cancelledOn: '2027-01-11',
}); // still active

// Out of branch order on purpose.
const memberships = [future, cancelledLater, ends, expired, lastGraceDay, cancelledToday];

const zeroStates = { pending: 0, active: 0, grace: 0, expired: 0, cancelled: 0 };

describe('memberStats', () => {
  it('reports zeros for every tier and state, and no approval rate, when there is nothing to count', () => {
    expect(memberStats([], REPORT_DAY)).toEqual({
      asOf: REPORT_DAY,
      total: 0,
      byBranch: [],
      byTier: { standard: 0, vip: 0 },
      byState: zeroStates,
      applications: { submitted: 0, pending: 0, approved: 0, rejected: 0, approvalRate: null },
    });
  });

  it('counts memberships by tier and by their state on the report day', () => {
    const report = memberStats(memberships, REPORT_DAY);
    expect(report.total).toBe(6);
    // standard: memberships 1, 3, 5, 6; vip: 2 and 4.
    expect(report.byTier).toEqual({ standard: 4, vip: 2 });
    expect(report.byState).toEqual({ pending: 1, active: 2, grace: 1, expired: 1, cancelled: 1 });
  });

  it('gives one row per branch, sorted by branch id, with every tier and state present', () => {
    expect(memberStats(memberships, REPORT_DAY).byBranch).toEqual([
      // 1 standard active, 2 vip grace, 5 standard cancelled
      {
        branchId: 'br_a',
        total: 3,
        byTier: { standard: 2, vip: 1 },
        byState: { ...zeroStates, active: 1, grace: 1, cancelled: 1 },
      },
      // 3 standard expired, 4 vip pending
      {
        branchId: 'br_b',
        total: 2,
        byTier: { standard: 1, vip: 1 },
        byState: { ...zeroStates, pending: 1, expired: 1 },
      },
      // 6 standard, cancelled only tomorrow
      { branchId: 'br_c', total: 1, byTier: { standard: 1, vip: 0 }, byState: { ...zeroStates, active: 1 } },
    ]);
  });

  it('keeps a membership in grace on its validUntil day and counts it expired the next day', () => {
    expect(lastGraceDay.validUntil).toBe(REPORT_DAY);
    expect(memberStats([lastGraceDay], REPORT_DAY).byState).toEqual({ ...zeroStates, grace: 1 });
    expect(memberStats([lastGraceDay], addDays(REPORT_DAY, 1)).byState).toEqual({ ...zeroStates, expired: 1 });
  });

  it('counts a membership as cancelled from its cancellation day on, and by its window before', () => {
    expect(memberStats([cancelledLater], '2027-01-10').byState).toEqual({ ...zeroStates, active: 1 });
    expect(memberStats([cancelledLater], '2027-01-11').byState).toEqual({ ...zeroStates, cancelled: 1 });
  });

  it('counts applications against approvals, the rate over decided ones only', () => {
    const applications = [
      applicationOf(1, 'approved'),
      applicationOf(2, 'submitted'),
      applicationOf(3, 'approved'),
      applicationOf(4, 'rejected'),
      applicationOf(5, 'approved'),
      applicationOf(6, 'submitted'),
    ];
    // 6 submitted in all; 2 still waiting; 3 approved of 4 decided.
    expect(memberStats([], REPORT_DAY, { applications }).applications).toEqual({
      submitted: 6,
      pending: 2,
      approved: 3,
      rejected: 1,
      approvalRate: 3 / 4,
    });
  });

  it('has no approval rate while every application is still waiting', () => {
    const applications = [applicationOf(1, 'submitted'), applicationOf(2, 'submitted')];
    expect(memberStats([], REPORT_DAY, { applications }).applications).toEqual({
      submitted: 2,
      pending: 2,
      approved: 0,
      rejected: 0,
      approvalRate: null,
    });
  });

  it('returns plain JSON data that passes the MemberStats schema', () => {
    const report = memberStats(memberships, REPORT_DAY, { applications: [applicationOf(1, 'approved')] });
    expect(MemberStats.safeParse(report).success).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('never changes its inputs', () => {
    const frozen = memberships.map((m) => JSON.parse(JSON.stringify(m)) as Membership);
    memberStats(frozen, REPORT_DAY);
    expect(frozen).toEqual(memberships);
  });

  it('refuses a broken membership with invalid-input, naming its index and field', () => {
    const broken = { ...expired, validUntil: '2027-02-30' };
    const e = errorOf(() => memberStats([ends, broken], REPORT_DAY));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path)).toEqual([[1, 'validUntil']]);
    expect(e.message).toMatch(/^Invalid memberships at 1\.validUntil/);
  });

  it('reports every broken membership, not only the first', () => {
    const e = errorOf(() => memberStats([null, ends, { ...ends, id: '' }] as unknown as Membership[], REPORT_DAY));
    expect(new Set(e.issues.map((i) => i.path[0]))).toEqual(new Set([0, 2]));
    expect(e.issues.at(-1)?.path).toEqual([2, 'id']);
  });

  it('refuses a membership listed twice, a bad day, a list that is not one and bad applications', () => {
    expect(errorOf(() => memberStats([ends, expired, ends], REPORT_DAY)).issues).toEqual([
      { path: [2, 'id'], code: 'duplicate', message: 'mem_1 is listed twice' },
    ]);
    expect(errorOf(() => memberStats(memberships, '2027-1-10')).code).toBe('invalid-input');
    expect(errorOf(() => memberStats({} as unknown as Membership[], REPORT_DAY)).code).toBe('invalid-input');
    const badApplication = { ...applicationOf(1, 'approved'), status: 'maybe' } as unknown as MembershipApplication;
    const e = errorOf(() => memberStats([], REPORT_DAY, { applications: [badApplication] }));
    expect([e.code, e.issues[0]?.path]).toEqual(['invalid-input', ['applications', 0, 'status']]);
    const twice = errorOf(() =>
      memberStats([], REPORT_DAY, { applications: [applicationOf(1, 'approved'), applicationOf(1, 'rejected')] }),
    );
    expect(twice.issues[0]).toMatchObject({ path: ['applications', 1, 'id'], code: 'duplicate' });
  });

  it('agrees with membershipState for every membership, whatever the day', () => {
    const sketch = fc.record({
      start: fc.integer({ min: 0, max: 700 }).map((d) => addDays('2025-01-01', d)),
      days: fc.integer({ min: 0, max: 400 }),
      branch: fc.constantFrom('a', 'b', 'c'),
      tier: fc.constantFrom('standard' as const, 'vip' as const),
      cancelAfter: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(sketch, { maxLength: 12 }), fc.integer({ min: 0, max: 1200 }), (sketches, offset) => {
        const list = sketches.map((s, i) =>
          membershipOf({
            n: i + 1,
            branch: s.branch,
            tier: s.tier,
            start: s.start,
            end: addDays(s.start, s.days),
            ...(s.cancelAfter === undefined ? {} : { cancelledOn: addDays(s.start, s.cancelAfter) }),
          }),
        );
        const day = addDays('2025-01-01', offset);
        const report = memberStats(list, day);
        const rows = report.byBranch;
        for (const state of Object.keys(report.byState) as (keyof typeof report.byState)[]) {
          expect(report.byState[state]).toBe(list.filter((m) => membershipState(m, day) === state).length);
          expect(rows.reduce((sum, row) => sum + row.byState[state], 0)).toBe(report.byState[state]);
        }
        expect(report.byTier.standard + report.byTier.vip).toBe(list.length);
        expect(rows.map((r) => r.branchId)).toEqual([...new Set(list.map((m) => m.branchId))].sort());
      }),
      { numRuns: 60 },
    );
  });

  describe('with a period', () => {
    /** An application submitted at one instant and, unless `decided` is absent, decided at another. */
    function applied(n: number, submittedAt: string, decided?: { at: string; status: 'approved' | 'rejected' }) {
      const submitted = { ...applicationOf(n, 'submitted'), submittedAt };
      if (decided === undefined) return submitted;
      return decided.status === 'approved'
        ? approveApplication(submitted, { at: decided.at, by: 'usr_admin' })
        : rejectApplication(submitted, { at: decided.at, by: 'usr_admin', reason: 'Policy not found' });
    }
    const period = { from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' };
    // Shanghai is UTC+8: its 2026-11-01 starts at 2026-10-31T16:00Z, its 2026-12-01 at 2026-11-30T16:00Z.
    const applications = [
      applied(1, '2026-10-31T15:59:59Z'), // 31 October there: before the period, still waiting
      applied(2, '2026-10-31T16:00:00Z', { at: '2026-11-02T00:00:00Z', status: 'approved' }), // first day
      applied(3, '2026-10-20T08:00:00Z', { at: '2026-11-30T15:59:59.999Z', status: 'rejected' }), // decided on the last day
      applied(4, '2026-11-30T15:59:59Z', { at: '2026-11-30T16:00:00Z', status: 'approved' }), // decided after `to`
      applied(5, '2026-11-30T16:00:00Z'), // submitted after the period
      applied(6, '2026-10-02T08:00:00Z', { at: '2026-10-31T15:00:00Z', status: 'approved' }), // decided before it
    ];

    it('counts applications submitted in the period against decisions taken in it, on the club dates', () => {
      const report = memberStats([], '2026-11-30', { applications, ...period });
      expect(report.applications).toEqual({ submitted: 2, pending: 2, approved: 1, rejected: 1, approvalRate: 0.5 });
      expect([report.from, report.to, report.asOf]).toEqual(['2026-11-01', '2026-11-30', '2026-11-30']);
    });

    it('counts as pending the applications submitted by the report day and not decided by its end', () => {
      const onTheFirst = memberStats([], '2026-11-01', { applications, ...period }).applications.pending;
      expect(onTheFirst).toBe(3); // 1, 3 and 2 (decided on the 2nd)
      expect(memberStats([], '2026-12-01', { applications, ...period }).applications.pending).toBe(2); // 1 and 5
    });

    it('takes the dates in UTC unless a time zone is given', () => {
      const report = memberStats([], '2026-11-30', { applications, from: '2026-11-01', to: '2026-11-30' });
      expect(report.applications).toMatchObject({ submitted: 2, approved: 2, rejected: 1 });
    });

    it('refuses a period that ends before it starts, and an unknown time zone', () => {
      const late = errorOf(() => memberStats([], REPORT_DAY, { from: '2026-02-01', to: '2026-01-31' }));
      expect([late.code, late.issues[0]?.path]).toEqual(['invalid-input', ['to']]);
      const zone = errorOf(() => memberStats([], REPORT_DAY, { timeZone: 'Mars/Olympus' }));
      expect([zone.code, zone.issues[0]?.path]).toEqual(['invalid-input', ['timeZone']]);
    });
  });

  describe('memberStatsFromCounts', () => {
    it('builds the report memberStats gives from the same records counted by branch, tier and state', () => {
      const report = memberStats(memberships, REPORT_DAY, { applications: [applicationOf(1, 'approved')] });
      const cells = report.byBranch.flatMap((row) =>
        (Object.keys(row.byState) as (keyof typeof row.byState)[]).flatMap((state) =>
          (['standard', 'vip'] as const).map((tier) => ({
            branchId: row.branchId,
            tier,
            state,
            count: memberships.filter(
              (m) => m.branchId === row.branchId && m.tier === tier && membershipState(m, REPORT_DAY) === state,
            ).length,
          })),
        ),
      );
      const applications = { submitted: 1, pending: 0, approved: 1, rejected: 0 };
      expect(memberStatsFromCounts({ asOf: REPORT_DAY, memberships: cells, applications })).toEqual(report);
    });

    it('adds up cells of one branch, tier and state, and leaves out branches with none', () => {
      const report = memberStatsFromCounts({
        asOf: REPORT_DAY,
        memberships: [
          { branchId: 'br_b', tier: 'vip', state: 'active', count: 2 },
          { branchId: 'br_b', tier: 'vip', state: 'active', count: 3 },
          { branchId: 'br_a', tier: 'standard', state: 'grace', count: 0 },
        ],
        applications: { submitted: 0, pending: 0, approved: 0, rejected: 0 },
      });
      expect(report.byBranch).toEqual([
        { branchId: 'br_b', total: 5, byTier: { standard: 0, vip: 5 }, byState: { ...zeroStates, active: 5 } },
      ]);
    });
  });
});
