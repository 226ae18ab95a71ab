import { addDays, startOfDayInZone } from '@clubkit/core';
import {
  ApplicationStatus,
  MEMBERSHIP_STATE_BOUNDARIES,
  MembershipState,
  type MembershipBoundary,
  type MembershipBoundaryField,
} from '@clubkit/core/membership';
import { periodBounds, type MemberCounts, type MembershipCount } from '@clubkit/core/stats';
import { sql, type RawBuilder } from 'kysely';
import type { ClubDb } from '../db/connect.js';
import type { Tables } from '../db/schema.js';

/** The period of a member report: club dates, and the zone they are dates in. */
export interface MemberCountPeriod {
  from?: string | undefined;
  to?: string | undefined;
  asOf: string;
  timeZone: string;
  /** Only this branch's memberships and applications; absent, every branch's. */
  branchId?: string | undefined;
}

/** The column of each date a membership's state turns on. */
const COLUMN_OF: { [F in MembershipBoundaryField]: keyof Tables['memberships'] } = {
  cancelledOn: 'cancelled_on',
  validFrom: 'valid_from',
  activeUntil: 'active_until',
  validUntil: 'valid_until',
};

/** The comparison of the day with a boundary's date; an unset date (NULL) never holds, as in core. */
const OPERATOR_OF: { [D in MembershipBoundary['dayIs']]: string } = { before: '<', onOrBefore: '<=', onOrAfter: '>=' };

/**
 * The state of a membership on `day` as a SQL CASE, built from core's own boundaries in core's
 * order, so that it names the state `membershipStateOn` names. ISO dates compare as text.
 */
export function membershipStateSql(day: string): RawBuilder<string> {
  const whens = MEMBERSHIP_STATE_BOUNDARIES.map(
    (b) => sql`when ${day} ${sql.raw(OPERATOR_OF[b.dayIs])} ${sql.ref(COLUMN_OF[b.field])} then ${sql.lit(b.state)}`,
  );
  return sql<string>`case ${sql.join(whens, sql` `)} else ${sql.lit(MembershipState.expired)} end`;
}

/**
 * Memberships per branch, tier and state on `asOf`, counted by the database from
 * `membership_groups`: the memberships that share a branch, tier and every date their state turns
 * on, counted as they are written (triggers of migration 0025). A club of a million memberships has
 * some tens of thousands of such groups, so the report reads those and the state's CASE runs once
 * a group rather than once a membership. A group's '' cancellation is none (NULL), as core reads it.
 */
async function membershipCounts(db: ClubDb, period: MemberCountPeriod): Promise<MembershipCount[]> {
  const groups = db
    .selectFrom('membership_groups')
    .select([
      'branch_id',
      'tier',
      'valid_from',
      'active_until',
      'valid_until',
      sql<string | null>`nullif(cancelled_on, '')`.as('cancelled_on'),
      'n',
    ])
    .where('n', '>', 0)
    .$if(period.branchId !== undefined, (q) => q.where('branch_id', '=', period.branchId ?? ''));
  const states = db
    .selectFrom(groups.as('g'))
    .select(['g.branch_id', 'g.tier', 'g.n', membershipStateSql(period.asOf).as('state')]);
  const rows = await db
    .selectFrom(states.as('s'))
    .select(['s.branch_id', 's.tier', 's.state', sql<number | string>`sum(s.n)`.as('count')])
    .groupBy(['s.branch_id', 's.tier', 's.state'])
    .execute();
  // The values come from the stored columns and core's own states; core checks them again.
  return rows.map((r) => ({
    branchId: r.branch_id,
    tier: r.tier as MembershipCount['tier'],
    state: r.state as MembershipCount['state'],
    count: Number(r.count),
  }));
}

/** `1 when … else 0`, summed: how many rows meet every condition (0 for none). */
function countWhere(conditions: readonly RawBuilder<unknown>[]): RawBuilder<number | string | null> {
  const all = conditions.length === 0 ? sql`1 = 1` : sql.join(conditions, sql` and `);
  return sql<number | string | null>`coalesce(sum(case when ${all} then 1 else 0 end), 0)`;
}

/**
 * Applications submitted in the period against those approved or rejected in it, and those still
 * waiting at the end of `asOf`, counted by the database: a club date is the instants from its
 * first up to the next day's first, which stored instants (all in one ISO format) compare with.
 */
async function applicationCounts(db: ClubDb, period: MemberCountPeriod): Promise<MemberCounts['applications']> {
  const { start, end } = periodBounds({ from: period.from, to: period.to, timeZone: period.timeZone });
  const inPeriod = (column: 'submitted_at' | 'decided_at'): RawBuilder<unknown>[] => [
    ...(start !== undefined ? [sql`${sql.ref(column)} >= ${start}`] : []),
    ...(end !== undefined ? [sql`${sql.ref(column)} < ${end}`] : []),
  ];
  const afterAsOf = startOfDayInZone(addDays(period.asOf, 1), period.timeZone).toISOString();
  const decided = (status: string): RawBuilder<unknown>[] => [
    sql`status = ${status}`,
    sql`decided_at is not null`,
    ...inPeriod('decided_at'),
  ];
  const row = await db
    .selectFrom('applications')
    .select([
      countWhere(inPeriod('submitted_at')).as('submitted'),
      countWhere([sql`submitted_at < ${afterAsOf}`, sql`(decided_at is null or decided_at >= ${afterAsOf})`]).as(
        'pending',
      ),
      countWhere(decided(ApplicationStatus.approved)).as('approved'),
      countWhere(decided(ApplicationStatus.rejected)).as('rejected'),
    ])
    .$if(period.branchId !== undefined, (q) => q.where('branch_id', '=', period.branchId ?? ''))
    .executeTakeFirstOrThrow();
  return {
    submitted: Number(row.submitted),
    pending: Number(row.pending),
    approved: Number(row.approved),
    rejected: Number(row.rejected),
  };
}

/**
 * The counts of a member report, taken by the database with GROUP BY and CASE (never by loading
 * the records): core's `memberStatsFromCounts` turns them into the report.
 */
export async function memberCounts(db: ClubDb, period: MemberCountPeriod): Promise<MemberCounts> {
  const [memberships, applications] = await Promise.all([membershipCounts(db, period), applicationCounts(db, period)]);
  return {
    asOf: period.asOf,
    ...(period.from !== undefined ? { from: period.from } : {}),
    ...(period.to !== undefined ? { to: period.to } : {}),
    memberships,
    applications,
  };
}
