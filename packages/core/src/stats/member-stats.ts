import * as z from 'zod/mini';
import {
  ApplicationStatus,
  MembershipApplication,
  MembershipState,
  membershipState,
  type Membership,
} from '../membership/index.js';
import { dateInZone } from '../shared/calendar.js';
import { IsoDate } from '../shared/dates.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { RecordId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { Tier } from '../shared/tier.js';
import { TierSchema } from '../shared/tier-schema.js';
import { Count, groupSorted, Rate, rate, zeroCounts } from './tally.js';
import { assertUniqueIds, mapValidated } from './validate-each.js';

const TIERS = Object.values(Tier);
const STATES = Object.values(MembershipState);
const MembershipStateSchema = z.enum(MembershipState);

/** Memberships per tier, every tier present. */
export const TierCounts = z.record(TierSchema, Count);
/** Memberships per tier. */
export type TierCounts = z.infer<typeof TierCounts>;

/** Memberships per state on the report day, every state present (`pending` … `cancelled`). */
export const MembershipStateCounts = z.record(MembershipStateSchema, Count);
/** Memberships per state on the report day. */
export type MembershipStateCounts = z.infer<typeof MembershipStateCounts>;

/** The memberships of one branch, by tier and by state. */
export const BranchMemberStats = z.object({
  /** The branch that underwrote the memberships' policies. */
  branchId: RecordId,
  /** Memberships of the branch. */
  total: Count,
  byTier: TierCounts,
  byState: MembershipStateCounts,
});
/** The memberships of one branch. */
export type BranchMemberStats = z.infer<typeof BranchMemberStats>;

/**
 * Membership applications against approvals (A2 §1: "共提出會員申請…人次,審批通過…人"): those
 * submitted in the period against the decisions taken in it, each on its club date.
 */
export const ApplicationStats = z.object({
  /** Applications submitted in the period (every one, without a period), whatever their status now. */
  submitted: Count,
  /** Applications submitted by the end of `asOf` and not yet decided then. */
  pending: Count,
  /** Applications approved in the period, whenever they were submitted. */
  approved: Count,
  /** Applications rejected in the period, whenever they were submitted. */
  rejected: Count,
  /** approved / (approved + rejected); `null` while none is decided. */
  approvalRate: Rate,
});
/** Membership applications against approvals. */
export type ApplicationStats = z.infer<typeof ApplicationStats>;

/** The member report of the back office: memberships by branch, tier and state, and applications. */
export const MemberStats = z.object({
  /** The day the states are taken on. */
  asOf: IsoDate,
  /** The first day of the period applications are counted in, when the report has one. */
  from: z.optional(IsoDate),
  /** The last day of the period applications are counted in, when the report has one. */
  to: z.optional(IsoDate),
  /** Memberships counted (records, so a member renewed after expiry counts twice). */
  total: Count,
  /** One row per branch with memberships, sorted by branch id. */
  byBranch: z.array(BranchMemberStats),
  byTier: TierCounts,
  byState: MembershipStateCounts,
  applications: ApplicationStats,
});
/** The member report of the back office. */
export type MemberStats = z.infer<typeof MemberStats>;

/** Options of {@link memberStats}. */
export const MemberStatsOptions = z.object({
  /**
   * The membership applications to count against approvals.
   * @default []
   */
  applications: z._default(z.array(MembershipApplication), []),
  /** The first club date applications and decisions are counted from; absent, from the first. */
  from: z.optional(IsoDate),
  /** The last club date applications and decisions are counted through; absent, through the last. */
  to: z.optional(IsoDate),
  /**
   * The IANA time zone whose calendar dates an application's instants fall on: the club's.
   * @default 'UTC'
   */
  timeZone: z._default(
    z.string().check(z.refine(isTimeZone, { error: 'Expected an IANA time zone, such as Asia/Shanghai' })),
    'UTC',
  ),
});
/** Options of {@link memberStats}; every field is optional. */
export type MemberStatsOptions = z.input<typeof MemberStatsOptions>;

/** The memberships of one branch and tier in one state: one cell of the member report. */
export const MembershipCount = z.object({
  branchId: RecordId,
  tier: TierSchema,
  state: MembershipStateSchema,
  count: Count,
});
/** The memberships of one branch and tier in one state. */
export type MembershipCount = z.infer<typeof MembershipCount>;

/** What {@link memberStatsFromCounts} builds a report from: counts a store took, e.g. with SQL. */
export const MemberCounts = z.object({
  asOf: IsoDate,
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  /** The cells; a branch, tier and state may come in several, which are added up. */
  memberships: z.array(MembershipCount),
  applications: z.object({ submitted: Count, pending: Count, approved: Count, rejected: Count }),
});
/** What {@link memberStatsFromCounts} builds a report from. */
export type MemberCounts = z.infer<typeof MemberCounts>;

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** An invalid-input error when the period ends before it starts. */
function assertPeriod(period: { from?: string | undefined; to?: string | undefined }, what: string): void {
  if (period.from === undefined || period.to === undefined || period.from <= period.to) return;
  throw new ClubError(INVALID_INPUT, `Invalid ${what} at to: the period ends before it starts`, {
    issues: [{ path: ['to'], code: 'too_small', message: `Expected a date on or after ${period.from}` }],
  });
}

function tally(cells: readonly MembershipCount[]) {
  const byTier = zeroCounts(TIERS);
  const byState = zeroCounts(STATES);
  let total = 0;
  for (const { tier, state, count } of cells) {
    byTier[tier] += count;
    byState[state] += count;
    total += count;
  }
  return { total, byTier, byState };
}

/** The club dates an application was submitted and decided on. */
interface ApplicationDays {
  status: MembershipApplication['status'];
  submittedOn: IsoDate;
  decidedOn: IsoDate | undefined;
}

function applicationCounts(
  applications: readonly ApplicationDays[],
  period: { from?: string | undefined; to?: string | undefined; asOf: string },
): MemberCounts['applications'] {
  const inPeriod = (day: string): boolean =>
    (period.from === undefined || day >= period.from) && (period.to === undefined || day <= period.to);
  const counts = { submitted: 0, pending: 0, approved: 0, rejected: 0 };
  for (const a of applications) {
    if (inPeriod(a.submittedOn)) counts.submitted += 1;
    if (a.submittedOn <= period.asOf && (a.decidedOn === undefined || a.decidedOn > period.asOf)) counts.pending += 1;
    if (a.decidedOn !== undefined && inPeriod(a.decidedOn)) {
      if (a.status === ApplicationStatus.approved) counts.approved += 1;
      if (a.status === ApplicationStatus.rejected) counts.rejected += 1;
    }
  }
  return counts;
}

/**
 * The member report from counts a store already took (memberships per branch, tier and state on
 * `asOf`; applications in the period): the figures {@link memberStats} gives for the same
 * records, so a database can count with its own aggregates and still answer in this shape.
 *
 * @example
 * memberStatsFromCounts({
 *   asOf: '2026-11-27',
 *   memberships: [{ branchId: 'br_north', tier: 'vip', state: 'active', count: 120 }],
 *   applications: { submitted: 10, pending: 1, approved: 8, rejected: 1 },
 * }).applications.approvalRate // 0.888…
 */
export function memberStatsFromCounts(counts: MemberCounts): MemberStats {
  const { asOf, from, to, memberships, applications } = parseInput(MemberCounts, counts, 'member counts');
  assertPeriod({ from, to }, 'member counts');
  const cells = memberships.filter((c) => c.count > 0);
  return {
    asOf,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...tally(cells),
    byBranch: groupSorted(cells, (c) => c.branchId).map(([branchId, rows]) => ({ branchId, ...tally(rows) })),
    applications: {
      ...applications,
      approvalRate: rate(applications.approved, applications.approved + applications.rejected),
    },
  };
}

/**
 * Counts memberships by branch, tier and state on `today` (the state is `membershipState`'s:
 * a membership is `active` through its policy end, in `grace` through `validUntil`, `expired`
 * from the day after, `cancelled` from its cancellation day), and applications against
 * approvals: those submitted from `from` through `to` against those approved or rejected in
 * that period, each on its date in `timeZone`, and those still waiting at the end of `today`.
 * Every membership is validated by the Membership schema; ids must be unique.
 *
 * @example
 * const report = memberStats(memberships, '2026-11-27', { applications });
 * report.byState.grace // memberships inside their 10 days of grace
 * report.applications.approvalRate // 0.9, or null while none is decided
 * memberStats(memberships, '2026-11-30', { applications, from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' })
 */
export function memberStats(
  memberships: readonly Membership[],
  today: IsoDate,
  options: MemberStatsOptions = {},
): MemberStats {
  const day = parseInput(IsoDate, today, 'today');
  const { applications, from, to, timeZone } = parseInput(MemberStatsOptions, options, 'member stats options');
  assertPeriod({ from, to }, 'member stats options');
  assertUniqueIds(applications, 'member stats options', ['applications']);
  const { items, results } = mapValidated<Membership, MembershipState>(memberships, 'memberships', (m) =>
    membershipState(m, day),
  );
  assertUniqueIds(items, 'memberships');
  // One cell per branch, tier and state, as a GROUP BY would give.
  const cells = new Map<string, MembershipCount>();
  items.forEach((m, i) => {
    const state = results[i] as MembershipState;
    const key = `${m.branchId}\u0000${m.tier}\u0000${state}`;
    const cell = cells.get(key);
    if (cell) cell.count += 1;
    else cells.set(key, { branchId: m.branchId, tier: m.tier, state, count: 1 });
  });
  const dayOf = (instant: string): IsoDate => dateInZone(new Date(instant), timeZone);
  const days = applications.map((a) => ({
    status: a.status,
    submittedOn: dayOf(a.submittedAt),
    decidedOn: a.decidedAt === undefined ? undefined : dayOf(a.decidedAt),
  }));
  return memberStatsFromCounts({
    asOf: day,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    memberships: [...cells.values()],
    applications: applicationCounts(days, { from, to, asOf: day }),
  });
}
