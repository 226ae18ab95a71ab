import { addDays, entityId, IdPrefix, startOfDayInZone } from '@clubkit/core';
import { assertCan, type Principal } from '@clubkit/core/access';
import {
  ComplaintCategory,
  ComplaintStatus,
  Department,
  PaidServiceStatus,
  RepairStatus,
  VisitKind,
  VisitStatus,
} from '@clubkit/core/service';
import {
  ComplaintStats,
  DeskStats,
  median,
  periodBounds,
  rate,
  type DepartmentComplaintStats,
  type PeriodBounds,
} from '@clubkit/core/stats';
import { sql, type RawBuilder } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { instantKey } from '../store/records.js';
import { withStatementSettings } from '../db/statement-settings.js';
import { listFilter, periodOf, periodQuery } from './common.js';

// The service desk's reports as aggregates in the database: every figure is a COUNT or a SUM over
// the columns core's rules fill at each write (store/records.ts), grouped by status and the like;
// no record is loaded. Core's complaintStats and deskStats are the same reports in memory.

/** What a report counts: the records of a period, of one property or all, judged at an instant. */
export interface ReportScope {
  bounds: PeriodBounds;
  /** Only this property's records; every record (with a property or none) when undefined. */
  propertyId: string | undefined;
  asOf: string;
}

/** The rows of `column` in the scope: in the period by the instant column `at`, of the property. */
function whereIn(at: string, scope: ReportScope): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`1 = 1`];
  if (scope.bounds.start) parts.push(sql`${sql.ref(at)} >= ${instantKey(scope.bounds.start)}`);
  if (scope.bounds.end) parts.push(sql`${sql.ref(at)} < ${instantKey(scope.bounds.end)}`);
  if (scope.propertyId !== undefined) parts.push(sql`property_id = ${scope.propertyId}`);
  return sql.join(parts, sql` and `);
}

/** PostgreSQL answers COUNT and SUM as bigint text; SQLite as numbers. */
const num = (value: unknown): number => Number(value ?? 0);

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The figures `complaint_days` sums per day, as the complaint reports count them. */
const FIGURES = [
  'n',
  'resolved',
  'on_time',
  'follow_ups',
  'satisfied_follow_ups',
  'followed_up',
  'satisfied',
  'malicious',
  'timed',
] as const;
type Figures = Record<(typeof FIGURES)[number], number>;

/** The scope's complaints of one status, category and department ('' for none), summed. */
interface ComplaintGroup extends Figures {
  status: string;
  category: string;
  department: string;
}

const DAY_MS = 86_400_000;

/**
 * The scope's period as whole UTC days, `[from, to)` (an end not given unbounded; none when the
 * period holds no whole day), and the edges of the period outside them: the complaints received
 * on a partial day are read one by one.
 */
export function splitByDay(bounds: PeriodBounds): {
  days: { from: string | undefined; to: string | undefined } | undefined;
  edges: PeriodBounds[];
} {
  const start = bounds.start === undefined ? undefined : Date.parse(bounds.start);
  const end = bounds.end === undefined ? undefined : Date.parse(bounds.end);
  // The first whole day begins at or after the start; the last one ends at or before the end.
  const first = start === undefined ? undefined : Math.ceil(start / DAY_MS) * DAY_MS;
  const last = end === undefined ? undefined : Math.floor(end / DAY_MS) * DAY_MS;
  if (first !== undefined && last !== undefined && first >= last) return { days: undefined, edges: [bounds] };
  const iso = (ms: number) => new Date(ms).toISOString();
  const edges: PeriodBounds[] = [];
  if (start !== undefined && first !== undefined && first > start) edges.push({ start: iso(start), end: iso(first) });
  if (end !== undefined && last !== undefined && end > last) edges.push({ start: iso(last), end: iso(end) });
  const day = (ms: number | undefined) => (ms === undefined ? undefined : iso(ms).slice(0, 10));
  return { days: { from: day(first), to: day(last) }, edges };
}

/**
 * The scope's complaints summed by status, category and department, and how many of them are
 * overdue at the scope's instant: the whole days of the period from `complaint_days`, its partial
 * edge days and the overdue count from the complaints' indexes (`complaints_period`,
 * `complaints_open`). The queries run together.
 */
async function complaintFigures(
  db: ClubDb,
  scope: ReportScope,
): Promise<{ groups: ComplaintGroup[]; overdue: number }> {
  const { days, edges } = splitByDay(scope.bounds);
  const summed = sql.join(FIGURES.map((f) => sql`sum(${sql.ref(f)}) as ${sql.ref(f)}`));
  const queries: Promise<{ rows: Record<string, unknown>[] }>[] = [];
  if (days !== undefined) {
    const where: RawBuilder<unknown>[] = [sql`1 = 1`];
    if (days.from !== undefined) where.push(sql`day >= ${days.from}`);
    if (days.to !== undefined) where.push(sql`day < ${days.to}`);
    if (scope.propertyId !== undefined) where.push(sql`property_id = ${scope.propertyId}`);
    // The days, and on PostgreSQL the changes not folded into them yet (a few dozen rows).
    const inDays = sql.join(where, sql` and `);
    queries.push(
      sql<Record<string, unknown>>`select status, category, department, ${summed} from (
          select * from complaint_days where ${inDays} union all select * from complaint_day_changes where ${inDays}
        ) as d group by status, category, department`.execute(db),
    );
  }
  for (const edge of edges)
    queries.push(
      sql<Record<string, unknown>>`
        select status, coalesce(category, '') as category, coalesce(department, '') as department, count(*) as n,
          sum(case when resolved_on_time is not null then 1 else 0 end) as resolved,
          sum(case when resolved_on_time = 1 then 1 else 0 end) as on_time,
          sum(coalesce(follow_ups, 0)) as follow_ups,
          sum(coalesce(satisfied_follow_ups, 0)) as satisfied_follow_ups,
          sum(case when satisfied is not null then 1 else 0 end) as followed_up,
          sum(case when satisfied = 1 then 1 else 0 end) as satisfied,
          sum(coalesce(malicious, 0)) as malicious,
          sum(case when hours_to_resolve is not null then 1 else 0 end) as timed
        from complaints where ${whereIn('received_at', { ...scope, bounds: edge })}
        group by status, coalesce(category, ''), coalesce(department, '')`.execute(db),
    );
  const overdue = sql<{ n: unknown }>`select count(*) as n from complaints
    where ${whereIn('received_at', scope)} and due_at is not null and due_at < ${instantKey(scope.asOf)}
      and resolved_on_time is null`.execute(db);
  const [late, ...parts] = await Promise.all([overdue, ...queries]);
  const groups = new Map<string, ComplaintGroup>();
  for (const r of parts.flatMap((p) => p.rows)) {
    const status = String(r['status']);
    const category = String(r['category']);
    const department = String(r['department']);
    const key = `${status}\u0000${category}\u0000${department}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { status, category, department, ...zeros(FIGURES) };
      groups.set(key, group);
    }
    for (const f of FIGURES) group[f] += num(r[f]);
  }
  return { groups: [...groups.values()], overdue: num(late.rows[0]?.n) };
}

/** The complaint report over the scope, by SQL aggregates. */
export async function complaintReport(db: ClubDb, engine: DbEngine, scope: ReportScope): Promise<ComplaintStats> {
  const { groups, overdue } = await complaintFigures(db, scope);
  const byStatus = zeros(Object.values(ComplaintStatus));
  const byCategory = zeros(Object.values(ComplaintCategory));
  const t = { total: 0, resolved: 0, onTime: 0, followUps: 0, satisfied: 0, malicious: 0, timed: 0 };
  for (const g of groups) {
    byStatus[g.status as ComplaintStatus] += g.n;
    if (g.category !== '') byCategory[g.category as ComplaintCategory] += g.n;
    t.total += g.n;
    t.resolved += g.resolved;
    t.onTime += g.on_time;
    t.followUps += g.follow_ups;
    t.satisfied += g.satisfied_follow_ups;
    t.malicious += g.malicious;
    t.timed += g.timed;
  }
  return {
    asOf: scope.asOf,
    total: t.total,
    byStatus,
    byCategory,
    overdue,
    resolved: t.resolved,
    resolvedOnTime: t.onTime,
    onTimeResolutionRate: rate(t.onTime, t.resolved),
    followUps: t.followUps,
    satisfiedFollowUps: t.satisfied,
    satisfactionRate: rate(t.satisfied, t.followUps),
    medianHoursToResolve: await medianHours(db, engine, whereIn('received_at', scope), t.timed),
    malicious: t.malicious,
  };
}

/**
 * The median hours to first resolution: the one or two middle values of the `n` timed complaints
 * (counted by the report's own aggregate), read by their rank from the narrow index of the timed
 * complaints (`complaints_hours`); on PostgreSQL the ordering of a year's half a million values
 * stays in memory (`withStatementSettings`).
 */
async function medianHours(
  db: ClubDb,
  engine: DbEngine,
  where: RawBuilder<unknown>,
  n: number,
): Promise<number | null> {
  if (n === 0) return null;
  const resolvedWhere = sql`${where} and hours_to_resolve is not null`;
  const { rows } = await withStatementSettings(db, engine, { workMemMb: 16 }, (reading) =>
    sql<{ h: unknown }>`
      select hours_to_resolve as h from complaints where ${resolvedWhere}
      order by hours_to_resolve limit ${n % 2 === 1 ? 1 : 2} offset ${(n - 1) >> 1}`.execute(reading),
  );
  return median(rows.map((r) => num(r.h)));
}

/** The desk report over the scope, by SQL aggregates. */
export async function deskReport(db: ClubDb, scope: ReportScope): Promise<DeskStats> {
  const asOf = instantKey(scope.asOf);
  const [complaints, repairs, paid, visits] = await Promise.all([
    complaintFigures(db, scope),
    sql<Record<string, unknown>>`
      select status, count(*) as n,
        sum(case when completed_on_time is not null then 1 else 0 end) as completed,
        sum(case when completed_on_time = 1 then 1 else 0 end) as on_time
      from repairs where ${whereIn('created_at', scope)} group by status`.execute(db),
    sql<Record<string, unknown>>`
      select status, count(*) as n,
        sum(case when charged_fen is not null then 1 else 0 end) as charged,
        sum(coalesce(charged_fen, 0)) as charged_fen,
        sum(reworked) as reworked
      from paid_services where ${whereIn('created_at', scope)} group by status`.execute(db),
    sql<Record<string, unknown>>`
      select status, kind, count(*) as n,
        sum(case when status = ${VisitStatus.scheduled} and appointment_at < ${asOf} then 1 else 0 end) as overdue,
        sum(case when satisfied is not null then 1 else 0 end) as recorded,
        sum(case when satisfied = 1 then 1 else 0 end) as satisfied
      from visits where ${whereIn('appointment_at', scope)} group by status, kind`.execute(db),
  ]);

  const c = { total: 0, overdue: complaints.overdue, resolved: 0, resolvedOnTime: 0, followedUp: 0, satisfied: 0 };
  const cByStatus = zeros(Object.values(ComplaintStatus));
  const departments = Object.fromEntries(
    Object.values(Department).map((d) => [d, { total: 0, resolved: 0, resolvedOnTime: 0 }]),
  ) as Record<Department, { total: number; resolved: number; resolvedOnTime: number }>;
  for (const g of complaints.groups) {
    c.total += g.n;
    cByStatus[g.status as ComplaintStatus] += g.n;
    c.resolved += g.resolved;
    c.resolvedOnTime += g.on_time;
    c.followedUp += g.followed_up;
    c.satisfied += g.satisfied;
    if (g.department !== '') {
      const department = departments[g.department as Department];
      department.total += g.n;
      department.resolved += g.resolved;
      department.resolvedOnTime += g.on_time;
    }
  }
  const byDepartment = Object.fromEntries(
    Object.entries(departments).map(([d, n]) => [d, { ...n, onTimeRate: rate(n.resolvedOnTime, n.resolved) }]),
  ) as Record<Department, DepartmentComplaintStats>;

  const r = { total: 0, completed: 0, completedOnTime: 0 };
  const rByStatus = zeros(Object.values(RepairStatus));
  for (const row of repairs.rows) {
    r.total += num(row['n']);
    rByStatus[row['status'] as RepairStatus] += num(row['n']);
    r.completed += num(row['completed']);
    r.completedOnTime += num(row['on_time']);
  }

  const p = { total: 0, charged: 0, chargedFen: 0, reworked: 0 };
  const pByStatus = zeros(Object.values(PaidServiceStatus));
  for (const row of paid.rows) {
    p.total += num(row['n']);
    pByStatus[row['status'] as PaidServiceStatus] += num(row['n']);
    p.charged += num(row['charged']);
    p.chargedFen += num(row['charged_fen']);
    p.reworked += num(row['reworked']);
  }

  const v = { total: 0, overdue: 0, recorded: 0, satisfied: 0 };
  const vByStatus = zeros(Object.values(VisitStatus));
  const vByKind = zeros(Object.values(VisitKind));
  for (const row of visits.rows) {
    v.total += num(row['n']);
    vByStatus[row['status'] as VisitStatus] += num(row['n']);
    vByKind[row['kind'] as VisitKind] += num(row['n']);
    v.overdue += num(row['overdue']);
    v.recorded += num(row['recorded']);
    v.satisfied += num(row['satisfied']);
  }

  return {
    asOf: scope.asOf,
    complaints: {
      ...c,
      byStatus: cByStatus,
      onTimeRate: rate(c.resolvedOnTime, c.resolved),
      satisfactionRate: rate(c.satisfied, c.followedUp),
      byDepartment,
    },
    repairs: { ...r, byStatus: rByStatus, onTimeRate: rate(r.completedOnTime, r.completed) },
    paidServices: { ...p, byStatus: pByStatus },
    visits: { ...v, byStatus: vByStatus, byKind: vByKind, satisfactionRate: rate(v.satisfied, v.recorded) },
  };
}

/** The query of the desk's reports: the period, and for a caller of every property one property. */
export const deskReportQuery = z.object({
  ...periodQuery,
  /** Only this property's records (a property's desk: always its own). */
  propertyId: z.optional(entityId(IdPrefix.property)),
});

/**
 * The scope of a desk report for the caller: the period's bounds in the club's time zone, the
 * caller's own property (or the one asked for by a caller of every property), and the instant
 * open records are judged at: the end of `asOf`, or now when that is still to come.
 */
export function reportScope(
  principal: Principal,
  query: z.infer<typeof deskReportQuery>,
  context: { today: string; nowIso: string; timeZone: string },
): ReportScope {
  const period = periodOf(query, context.today);
  const propertyId = listFilter(principal, 'desk-stats', 'propertyId') ?? query.propertyId;
  // Statistics are no record whose existence could leak: a refusal is a plain 403.
  assertCan(principal, 'read', { type: 'desk-stats', ...(propertyId ? { propertyId } : {}) });
  const endOfAsOf = startOfDayInZone(addDays(period.asOf, 1), context.timeZone).toISOString();
  return {
    bounds: periodBounds({ from: period.from, to: period.to, timeZone: context.timeZone }),
    propertyId,
    asOf: instantKey(Date.parse(endOfAsOf) < Date.parse(context.nowIso) ? endOfAsOf : context.nowIso),
  };
}

/** The service desk's statistics route. */
export const deskStatsRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/stats/desk',
    operationId: 'getDeskStats',
    summary:
      'The service desk over a period: complaints, repairs, paid services and visits by status, on time, satisfied and per department (a property’s desk: its own).',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'desk-stats' },
    query: deskReportQuery,
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Desk statistics', schema: DeskStats } },
    async handler({ principal, db, query, today, nowIso, services }) {
      const scope = reportScope(principal, query, { today, nowIso, timeZone: services.timeZone });
      return { status: 200, body: await deskReport(db, scope) };
    },
  }),
];
