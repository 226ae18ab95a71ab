import { addDays, addMonths, ClubError, daysBetween, INVALID_INPUT, IsoDate } from '@clubkit/core';
import { assertCan } from '@clubkit/core/access';
import { IsoMonth } from '@clubkit/core/alliance';
import {
  MAX_REVENUE_DAYS,
  periodBounds,
  RevenueStats,
  revenueStatsOnGroups,
  type ActivityIncome,
  type AdvertisingIncome,
  type PaidVipOrderGroups,
} from '@clubkit/core/stats';
import { ActivityKindSchema, ActivitySignUpStatus, VipOrderKindSchema, type AdIncome } from '@clubkit/core/vip';
import { sql, type RawBuilder } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { docs, instantKey } from '../store/records.js';
import { withStatementSettings } from '../db/statement-settings.js';
import { listFilter, periodOf } from './common.js';

/** A formatter of the time of day in a zone (`HH:MM`, 00–23), one per zone. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * How the stored instants (`YYYY-MM-DDTHH:MM:…Z`) of `[from, to]` are cut into spans that each lie
 * within one club day. The zone's time at each UTC midnight from the day before `from` to the day
 * after `to` is read (a zone keeps an offset for months, so a change is seen):
 * - the same at every one (the offset does not change over the period, the common case): each
 *   UTC date cut in two at the UTC time club days start, `boundary` — at most two spans a club day;
 * - else, by the leading characters: the hour (13) when every one is a whole hour, so that each
 *   club day starts on a whole UTC hour; the minute (16), which every zone's days start on.
 */
function instantSpans(from: string, to: string, timeZone: string): { boundary: string } | { prefix: 13 | 16 } {
  let format = clockFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(timeZone, format);
  }
  const first = Date.parse(`${addDays(from, -1)}T00:00:00Z`);
  const last = Date.parse(`${addDays(to, 1)}T00:00:00Z`);
  const clock = (at: number) => {
    const parts = format.formatToParts(at);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return part('hour') * 60 + part('minute');
  };
  const atFirst = clock(first);
  let constant = true;
  let wholeHours = true;
  for (let at = first; at <= last; at += 86_400_000) {
    const minutes = clock(at);
    if (minutes !== atFirst) constant = false;
    if (minutes % 60 !== 0) wholeHours = false;
  }
  if (!constant) return { prefix: wholeHours ? 13 : 16 };
  // A club day starts when the zone's clock reads midnight: `atFirst` minutes before a UTC midnight.
  const starts = (1440 - atFirst) % 1440;
  const hh = String(Math.floor(starts / 60)).padStart(2, '0');
  const mm = String(starts % 60).padStart(2, '0');
  return { boundary: `${hh}:${mm}` };
}

/**
 * The SQL of the span key of an instant column: `before` or `after` the period's instants
 * `[start, end)`, or within it the span of {@link instantSpans} as `YYYY-MM-DDTHH:MM`, its first
 * minute (`YYYY-MM-DDTHH` for whole hours); null when the column is.
 */
function spanKey(
  column: 'paid_at' | 'cancelled_at',
  spans: ReturnType<typeof instantSpans>,
  period: { start: string; end: string },
): RawBuilder<string> {
  const ref = sql.ref(column);
  const within =
    'prefix' in spans
      ? sql`substr(${ref}, 1, ${sql.lit(spans.prefix)})`
      : sql`substr(${ref}, 1, 10) || case when substr(${ref}, 12, 5) >= ${sql.lit(spans.boundary)}
          then ${sql.lit(`T${spans.boundary}`)} else 'T00:00' end`;
  return sql<string>`case when ${ref} < ${period.start} then 'before' when ${ref} >= ${period.end} then 'after'
    else ${within} end`;
}

/**
 * An instant in the span of a key of {@link spanKey}, in its club day: the span's first instant;
 * for `before` the period's, the last instant before it; for `after` the first after it.
 */
function spanInstant(key: string, period: { start: string; end: string }): string {
  if (key === 'before') return new Date(Date.parse(period.start) - 1).toISOString();
  if (key === 'after') return period.end;
  return `${key}${key.length === 13 ? ':00:00.000Z' : ':00.000Z'}`;
}

/**
 * The paid VIP orders (cancelled ones with their refund) that bring money into `[from, to]`,
 * counted by the database two ways (core's `PaidVipOrderGroups`): the payments of the period, by
 * kind, amount and span of a club day by `instantSpans`; and the years paid for that the period
 * meets (paid, cancelled or earning in it), by amount, year, and cancellation span and refund. A
 * cancellation outside the period counts only as before it or after it (core counts it as
 * nothing there), so those are alike too. Read by the `paid_at`, `valid_from` and `active_until`
 * columns the order's writes keep, from the covering index `vip_orders_revenue` (SQLite's since
 * 0027, PostgreSQL's since 0030); an order never paid holds no money and is not read. A national
 * club's year of some 70,000 orders comes as about 630 payments and 2,600 years (8,600 rows when
 * orders had to be alike both ways), a month's as fewer still. On PostgreSQL the grouping gets the
 * memory to hash them (`work_mem`, for this query only) and reads the index, not the table.
 */
async function paidOrderGroups(
  db: ClubDb,
  engine: DbEngine,
  range: { from: string; to: string; start: string; end: string; branchId: string | undefined; timeZone: string },
): Promise<PaidVipOrderGroups> {
  const start = instantKey(range.start);
  const end = instantKey(range.end);
  const spans = instantSpans(range.from, range.to, range.timeZone);
  const period = { start, end };
  const paid = spanKey('paid_at', spans, period);
  const cancelled = spanKey('cancelled_at', spans, period);
  const read = sql`from vip_orders
    where paid_at is not null and valid_from is not null and active_until is not null
      and ((valid_from <= ${range.to} and active_until >= ${range.from})
        or (paid_at >= ${start} and paid_at < ${end})
        or (cancelled_at >= ${start} and cancelled_at < ${end}))
      ${range.branchId === undefined ? sql`` : sql`and branch_id = ${range.branchId}`}`;
  const query = sql<{
    payment: number | string;
    kind: string | null;
    amount_fen: number | string;
    paid: string | null;
    valid_from: string | null;
    active_until: string | null;
    cancelled: string | null;
    refund_fen: number | string | null;
    n: number | string;
  }>`
    select 1 as payment, kind, amount_fen, ${paid} as paid, null as valid_from, null as active_until,
      null as cancelled, null as refund_fen, count(*) as n
    ${read} and paid_at >= ${start} and paid_at < ${end}
    group by 2, 3, 4
    union all
    select 0, null, amount_fen, null, valid_from, active_until, ${cancelled}, refund_fen, count(*)
    ${read}
    group by 3, 5, 6, 7, 8`;
  // A year's period meets most paid orders: PostgreSQL would read the whole table and its documents
  // rather than the index of these columns, which is a quarter of its size and read in order; and it
  // would read the two halves with parallel workers, which cost more than they gain while the API
  // answers other calls (a year, four calls at once: p50 305 ms with them, 150 without).
  const { rows } = await withStatementSettings(
    db,
    engine,
    { workMemMb: 32, indexOnly: true, serial: true },
    (reading) => query.execute(reading),
  );
  const payments: PaidVipOrderGroups['payments'][number][] = [];
  const years: PaidVipOrderGroups['years'][number][] = [];
  for (const r of rows) {
    if (Number(r.payment) === 1) {
      payments.push({
        kind: z.parse(VipOrderKindSchema, r.kind),
        amountFen: Number(r.amount_fen),
        paidAt: spanInstant(r.paid ?? '', period),
        count: Number(r.n),
      });
    } else {
      years.push({
        amountFen: Number(r.amount_fen),
        term: { validFrom: r.valid_from ?? '', activeUntil: r.active_until ?? '' },
        ...(r.cancelled !== null && {
          cancelledAt: spanInstant(r.cancelled, period),
          refundFen: Number(r.refund_fen ?? 0),
        }),
        count: Number(r.n),
      });
    }
  }
  return { payments, years };
}

/**
 * The price of the seats held (not cancelled) on activities starting in `[from, to]`, summed in SQL
 * by first day and kind: what core earns on each activity's first day. A branch counts its members'.
 */
async function activityIncome(
  db: ClubDb,
  range: { from: string; to: string; branchId: string | undefined },
): Promise<ActivityIncome[]> {
  let query = db
    .selectFrom('activity_sign_ups')
    .select(['starts_on', 'kind', sql<number | string>`coalesce(sum(price_fen), 0)`.as('fen')])
    .where('starts_on', '>=', range.from)
    .where('starts_on', '<=', range.to)
    .where('status', '=', ActivitySignUpStatus.signedUp);
  if (range.branchId !== undefined) query = query.where('branch_id', '=', range.branchId);
  const rows = await query.groupBy(['starts_on', 'kind']).execute();
  return rows.map((row) => ({
    kind: z.parse(ActivityKindSchema, row.kind),
    on: row.starts_on,
    amountFen: Number(row.fen),
  }));
}

/** The advertising income whose period meets `[from, to]`: the club's, so not in a branch's report. */
async function advertisingIncome(db: ClubDb, range: { from: string; to: string }): Promise<AdvertisingIncome[]> {
  const rows = await db
    .selectFrom('ad_incomes')
    .select('doc')
    .where('to_on', '>=', range.from)
    .where('from_on', '<=', range.to)
    .execute();
  return docs<AdIncome>(rows).map((a) => ({ amountFen: a.amountFen, from: a.from, to: a.to }));
}

/** The month of the club's (or the branch's) first paid VIP order: the plan's month 1 by default. */
async function launchMonth(db: ClubDb, branchId: string | undefined): Promise<string | undefined> {
  let query = db.selectFrom('vip_orders').select('valid_from').where('paid_at', 'is not', null);
  if (branchId !== undefined) query = query.where('branch_id', '=', branchId);
  const first = await query.orderBy('paid_at').limit(1).executeTakeFirst();
  return first?.valid_from?.slice(0, 7) ?? undefined;
}

const revenueQuery = z.object({
  /** The first day; a year before `to` (the first of the month, 11 months back) when left out. */
  from: z.optional(IsoDate),
  /** The last day, inclusive; today when left out. */
  to: z.optional(IsoDate),
  /** One branch's orders (a branch operator: always its own). */
  branchId: z.optional(z.string().check(z.startsWith('br_'), z.maxLength(64))),
  /** The plan's month 1; the month of the first paid VIP order when left out. */
  planFrom: z.optional(IsoMonth),
});

/** The VIP card's revenue, actual against plan. */
export const revenueStatsRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/stats/revenue',
    operationId: 'getRevenueStats',
    summary:
      'VIP card revenue over a period, day by day and month by month: orders billed when paid, fees recognised over the card’s year, renewals and refunds, beside core’s projection for the same months; and the other income — seats on activities and group buying earned on the activity’s first day, advertising spread over its period — with the income of all (a branch operator: its own branch, its members’ seats and no advertising).',
    tag: 'stats',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'stats' },
    query: revenueQuery,
    errors: ['access/forbidden'],
    responses: { 200: { description: 'Revenue, actual against plan', schema: RevenueStats } },
    async handler({ principal, db, query, today, services }) {
      const branchId = listFilter(principal, 'stats', 'branchId') ?? query.branchId;
      assertCan(principal, 'read', { type: 'stats', ...(branchId ? { branchId } : {}) });
      const to = query.to ?? today;
      const from = query.from ?? addMonths(`${to.slice(0, 7)}-01`, -11);
      periodOf({ from, to }, today);
      if (daysBetween(from, to) + 1 > MAX_REVENUE_DAYS) {
        throw new ClubError(INVALID_INPUT, `A revenue report covers at most ${String(MAX_REVENUE_DAYS)} days.`, {
          issues: [
            { path: ['query', 'to'], code: 'too_big', message: `Expected at most ${String(MAX_REVENUE_DAYS)} days` },
          ],
        });
      }
      const bounds = periodBounds({ from, to, timeZone: services.timeZone });
      const groups = await paidOrderGroups(db, services.engine, {
        from,
        to,
        start: bounds.start ?? '',
        end: bounds.end ?? '',
        branchId,
        timeZone: services.timeZone,
      });
      const planFrom = query.planFrom ?? (await launchMonth(db, branchId)) ?? from.slice(0, 7);
      const other = {
        activities: await activityIncome(db, { from, to, branchId }),
        advertising: branchId === undefined ? await advertisingIncome(db, { from, to }) : [],
      };
      // Core's rule without its input check: the groups come from orders, seats and incomes the API
      // checked when it wrote them, and the query and the period are checked above.
      const body = revenueStatsOnGroups(groups, { from, to, timeZone: services.timeZone, planFrom }, other);
      return { status: 200, body };
    },
  }),
];
