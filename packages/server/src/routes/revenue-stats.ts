import { addDays, addMonths, ClubError, daysBetween, INVALID_INPUT, IsoDate } from '@clubkit/core';
import { assertCan } from '@clubkit/core/access';
import { IsoMonth } from '@clubkit/core/alliance';
import {
  MAX_REVENUE_DAYS,
  periodBounds,
  RevenueStats,
  revenueStats,
  type ActivityIncome,
  type AdvertisingIncome,
  type PaidVipOrder,
} from '@clubkit/core/stats';
import { ActivityKindSchema, ActivitySignUpStatus, VipOrderKindSchema, type AdIncome } from '@clubkit/core/vip';
import { sql } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { docs, instantKey } from '../store/records.js';
import { listFilter, periodOf } from './common.js';

/** A formatter of the minute of the hour in a zone, one per zone. */
const minuteFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * How many leading characters of a stored instant (`YYYY-MM-DDTHH:MM:…Z`) name a span that lies
 * within one club day over `[from, to]`: the hour (13) when the zone's offset is whole hours on
 * every one of those days, so that each club day starts on a whole UTC hour; else the minute
 * (16), which every zone's days start on. The offset is read at each UTC midnight from the day
 * before `from` to the day after `to` (the minute of the hour there is the offset's): a zone
 * keeps an offset for months, so one that days start on a half hour under is seen.
 */
function instantBucket(from: string, to: string, timeZone: string): 13 | 16 {
  let format = minuteFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, minute: 'numeric' });
    minuteFormats.set(timeZone, format);
  }
  const first = Date.parse(`${addDays(from, -1)}T00:00:00Z`);
  const last = Date.parse(`${addDays(to, 1)}T00:00:00Z`);
  for (let at = first; at <= last; at += 86_400_000) if (Number(format.format(at)) !== 0) return 16;
  return 13;
}

/**
 * The paid VIP orders (cancelled ones with their refund) that bring money into `[from, to]`: paid
 * or cancelled in it, or earning over it. Read by the `paid_at`, `valid_from` and `active_until`
 * columns the order's writes keep; an order never paid holds no money and is not read. Orders
 * alike (the same kind, amount, year and refund, paid and cancelled within the same club day,
 * by `instantBucket`) are counted by the database into one `PaidVipOrder` with their `count`: a
 * national club's year is tens of thousands of orders, but a few thousand such groups.
 */
async function paidOrders(
  db: ClubDb,
  range: { from: string; to: string; start: string; end: string; branchId: string | undefined; timeZone: string },
): Promise<PaidVipOrder[]> {
  const start = instantKey(range.start);
  const end = instantKey(range.end);
  const bucket = sql.lit(instantBucket(range.from, range.to, range.timeZone));
  const paid = sql`substr(paid_at, 1, ${bucket})`;
  const cancelled = sql`substr(cancelled_at, 1, ${bucket})`;
  const { rows } = await sql<{
    kind: string;
    amount_fen: number | string;
    paid: string;
    valid_from: string;
    active_until: string;
    cancelled: string | null;
    refund_fen: number | string | null;
    n: number | string;
  }>`
    select kind, amount_fen, ${paid} as paid, valid_from, active_until, ${cancelled} as cancelled,
      refund_fen, count(*) as n
    from vip_orders
    where paid_at is not null and valid_from is not null and active_until is not null
      and ((valid_from <= ${range.to} and active_until >= ${range.from})
        or (paid_at >= ${start} and paid_at < ${end})
        or (cancelled_at >= ${start} and cancelled_at < ${end}))
      ${range.branchId === undefined ? sql`` : sql`and branch_id = ${range.branchId}`}
    group by kind, amount_fen, ${paid}, valid_from, active_until, ${cancelled}, refund_fen`.execute(db);
  // A bucket's first instant stands for its orders: it lies in their club day.
  const instant = (key: string) => `${key}${key.length === 13 ? ':00:00.000Z' : ':00.000Z'}`;
  return rows.map((r) => ({
    kind: z.parse(VipOrderKindSchema, r.kind),
    amountFen: Number(r.amount_fen),
    paidAt: instant(r.paid),
    term: { validFrom: r.valid_from, activeUntil: r.active_until },
    ...(r.cancelled !== null && { cancelledAt: instant(r.cancelled), refundFen: Number(r.refund_fen ?? 0) }),
    count: Number(r.n),
  }));
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
      const orders = await paidOrders(db, {
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
      const body = revenueStats(orders, { from, to, timeZone: services.timeZone, planFrom }, other);
      return { status: 200, body };
    },
  }),
];
