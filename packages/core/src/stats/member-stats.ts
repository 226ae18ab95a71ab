import * as z from 'zod/mini';
import {
  ApplicationStatus,
  MembershipApplication,
  MembershipState,
  membershipState,
  type Membership,
} from '../membership/index.js';
import { IsoDate } from '../shared/dates.js';
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

/** Membership applications against approvals (A2 §1: "共提出會員申請…人次,審批通過…人"). */
export const ApplicationStats = z.object({
  /** Every application submitted, whatever its status now. */
  submitted: Count,
  /** Applications still waiting for the club's decision (status `submitted`). */
  pending: Count,
  approved: Count,
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
});
/** Options of {@link memberStats}; every field is optional. */
export type MemberStatsOptions = z.input<typeof MemberStatsOptions>;

function tally(entries: readonly { membership: Membership; state: MembershipState }[]) {
  const byTier = zeroCounts(TIERS);
  const byState = zeroCounts(STATES);
  for (const { membership, state } of entries) {
    byTier[membership.tier] += 1;
    byState[state] += 1;
  }
  return { total: entries.length, byTier, byState };
}

function applicationStats(applications: readonly MembershipApplication[]): ApplicationStats {
  const counts = zeroCounts(Object.values(ApplicationStatus));
  for (const a of applications) counts[a.status] += 1;
  return {
    submitted: applications.length,
    pending: counts.submitted,
    approved: counts.approved,
    rejected: counts.rejected,
    approvalRate: rate(counts.approved, counts.approved + counts.rejected),
  };
}

/**
 * Counts memberships by branch, tier and state on `today` (the state is `membershipState`'s:
 * a membership is `active` through its policy end, in `grace` through `validUntil`, `expired`
 * from the day after, `cancelled` from its cancellation day), and applications against
 * approvals. Every membership is validated by the Membership schema; ids must be unique.
 *
 * @example
 * const report = memberStats(memberships, '2026-11-27', { applications });
 * report.byState.grace // memberships inside their 10 days of grace
 * report.applications.approvalRate // 0.9, or null while none is decided
 */
export function memberStats(
  memberships: readonly Membership[],
  today: IsoDate,
  options: MemberStatsOptions = {},
): MemberStats {
  const day = parseInput(IsoDate, today, 'today');
  const { applications } = parseInput(MemberStatsOptions, options, 'member stats options');
  assertUniqueIds(applications, 'member stats options', ['applications']);
  const { items, results } = mapValidated<Membership, MembershipState>(memberships, 'memberships', (m) =>
    membershipState(m, day),
  );
  assertUniqueIds(items, 'memberships');
  const entries = items.map((membership, i) => ({ membership, state: results[i] as MembershipState }));
  return {
    asOf: day,
    ...tally(entries),
    byBranch: groupSorted(entries, (e) => e.membership.branchId).map(([branchId, rows]) => ({
      branchId,
      ...tally(rows),
    })),
    applications: applicationStats(applications),
  };
}
