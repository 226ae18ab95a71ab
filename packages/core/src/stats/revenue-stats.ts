import * as z from 'zod/mini';
import { IsoMonth } from '../alliance/index.js';
import { projectRevenue } from '../projection/project.js';
import { ProjectionInput } from '../projection/input.js';
import { addDays, daysBetween, dateInZone } from '../shared/calendar.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { HalfUpSteps, multiplyDivideHalfUp } from '../shared/money.js';
import { parseInput } from '../shared/parse.js';
import { VipOrderKindSchema, VipTerm } from '../vip/order.js';
import { ActivityKindSchema } from '../vip/activity.js';
import { ACTIVITY_INCOME_LINE } from '../vip/activity-kind.js';
import { adIncomeByDay } from '../vip/ad-income.js';
import { MAX_REVENUE_DAYS } from './revenue-limits.js';

/**
 * A VIP order as the revenue report reads it: one that was paid (and may have been cancelled
 * since, with its refund). Pending, expired and unpaid cancelled orders bring no money and are
 * left out by the caller. `count` orders alike may stand as one: the same kind, amount, year and
 * refund, paid (and cancelled) within the same club day — the Club API groups them in SQL. A
 * payment or cancellation outside the period counts only as before it or after it, so orders
 * paid (or cancelled) on any days before the period are alike too, and so are those after it.
 */
export const PaidVipOrder = z.object({
  kind: VipOrderKindSchema,
  amountFen: NonNegativeFen,
  paidAt: IsoInstant,
  /** The year paid for; its grace days earn nothing, so `validUntil` may be left out. */
  term: z.object({ validFrom: VipTerm.shape.validFrom, activeUntil: VipTerm.shape.activeUntil }),
  cancelledAt: z.optional(IsoInstant),
  refundFen: z.optional(NonNegativeFen),
  /** How many orders alike this one stands for. @default 1 */
  count: z.optional(z.int().check(z.minimum(1))),
});
/** A paid VIP order, as the revenue report reads it. */
export type PaidVipOrder = z.infer<typeof PaidVipOrder>;

/**
 * Paid VIP orders counted two ways, as the revenue report reads them: by payment (what is billed
 * on a day) and by the year they pay for (what it earns day by day, and a cancellation's refund).
 * A database counts far fewer groups each way than of orders alike in both: a national club's year
 * of some 70,000 orders is 8,600 groups of orders alike, and 630 payments and 2,600 years. Every
 * `PaidVipOrder` is both a payment and a year, so a list of orders is these groups twice.
 */
export interface PaidVipOrderGroups {
  /** Orders paid alike: the same kind and amount, paid within the same club day as `paidAt`. */
  payments: readonly Pick<PaidVipOrder, 'kind' | 'amountFen' | 'paidAt' | 'count'>[];
  /**
   * Paid years alike: the same amount and year, cancelled (if they were) within the same club day
   * as `cancelledAt`, with the same refund.
   */
  years: readonly Pick<PaidVipOrder, 'amountFen' | 'term' | 'cancelledAt' | 'refundFen' | 'count'>[];
}

/**
 * Seats on club activities as the revenue report reads them: the price of seats held (not
 * cancelled) on activities of one kind that start on `on` — earned on the activity's first day. One
 * seat, or the sum of several (the Club API sums them in SQL).
 */
export const ActivityIncome = z.object({
  kind: ActivityKindSchema,
  /** The activity's first day. */
  on: IsoDate,
  amountFen: NonNegativeFen,
});
/** Seats on club activities, as the revenue report reads them. */
export type ActivityIncome = z.infer<typeof ActivityIncome>;

/** Advertising income as the revenue report reads it: its amount, earned day by day over its period. */
export const AdvertisingIncome = z.object({ amountFen: NonNegativeFen, from: IsoDate, to: IsoDate });
/** Advertising income, as the revenue report reads it. */
export type AdvertisingIncome = z.infer<typeof AdvertisingIncome>;

/** The club's other income (A5 §4.2 2–4) beside the card's fees: activities, group buying, advertising. */
export const OtherIncome = z.object({
  activities: z.optional(z.array(ActivityIncome)),
  advertising: z.optional(z.array(AdvertisingIncome)),
});
/** The club's other income beside the card's fees. */
export type OtherIncome = z.input<typeof OtherIncome>;

/** The options of {@link revenueStats}. */
export const RevenueStatsOptions = z.object({
  /** The first day of the period, in club dates. */
  from: IsoDate,
  /** The last day of the period, inclusive. */
  to: IsoDate,
  /** The club's IANA time zone, where a payment's or refund's day is read. */
  timeZone: z.string().check(z.minLength(1)),
  /**
   * The calendar month that is month 1 of the plan (core's `projectRevenue`): the VIP card's launch.
   * The plan is shown for the period's months from then on.
   */
  planFrom: IsoMonth,
  /** The plan's scenario; the source's mid-size city branch (`projectRevenue`'s defaults) when left out. */
  plan: z.optional(ProjectionInput),
});
/** The options of {@link revenueStats}. */
export type RevenueStatsOptions = z.input<typeof RevenueStatsOptions>;

const counts = {
  /** Orders paid on the day (or in the month): first years and renewals. */
  ordersPaid: z.int().check(z.minimum(0)),
  /** Of those, renewals. */
  renewals: z.int().check(z.minimum(0)),
  /** What was paid: each order's amount on the day it was paid. */
  billedFen: NonNegativeFen,
  /** Paid orders cancelled on the day. */
  refunds: z.int().check(z.minimum(0)),
  /** What those cancellations gave back. */
  refundedFen: NonNegativeFen,
  /**
   * The fees earned: each paid year's amount spread over its active days, exactly (the days of a
   * year add up to its amount). A cancelled year earns through the day before its cancellation,
   * and on that day what it kept beyond that (its amount less the refund and what it had earned).
   */
  recognizedFen: z.int(),
  /** Self-drive trips and gatherings (A5 §4.2 2): the seats held, earned on the activity's first day. */
  activitiesFen: NonNegativeFen,
  /** Group buying (惠購, A5 §4.2 3), the same way. */
  groupBuyingFen: NonNegativeFen,
  /** Advertising income (A5 §4.2 4), each spread over its period's days exactly as the card's year is. */
  advertisingFen: NonNegativeFen,
  /** The income earned: the card's recognised fees and the three lines above. */
  incomeFen: z.int(),
};

/** One day of actual VIP revenue. */
export const RevenueDay = z.object({ date: IsoDate, ...counts });
/** One day of actual VIP revenue. */
export type RevenueDay = z.infer<typeof RevenueDay>;

/** The plan for a calendar month: the month of `projectRevenue` it is. */
export const RevenuePlanMonth = z.object({
  /** The plan's month number: 1 is `planFrom`. */
  month: z.int().check(z.minimum(1)),
  newMembers: z.number(),
  members: z.number(),
  billedFen: NonNegativeFen,
  recognizedFen: NonNegativeFen,
});
/** The plan for a calendar month. */
export type RevenuePlanMonth = z.infer<typeof RevenuePlanMonth>;

/** One calendar month of the period (a part month at either end): actual beside plan. */
export const RevenueMonth = z.object({
  month: IsoMonth,
  /** The days of the month inside the period. */
  days: z.int().check(z.minimum(1)),
  ...counts,
  /** The plan for the whole month; null before the plan's first month or past its horizon. */
  plan: z.nullable(RevenuePlanMonth),
});
/** One calendar month of the period. */
export type RevenueMonth = z.infer<typeof RevenueMonth>;

/** VIP revenue over a period, day by day and month by month, actual against plan (A5 §4.2). */
export const RevenueStats = z.object({
  from: IsoDate,
  to: IsoDate,
  planFrom: IsoMonth,
  days: z.array(RevenueDay),
  months: z.array(RevenueMonth),
  totals: z.object(counts),
  /** The plan's totals over the months shown (whole months). */
  planTotals: z.object({ billedFen: NonNegativeFen, recognizedFen: NonNegativeFen }),
});
/** VIP revenue over a period, actual against plan. */
export type RevenueStats = z.infer<typeof RevenueStats>;

type Counts = { [K in keyof typeof counts]: number };
const noCounts = (): Counts => ({
  ordersPaid: 0,
  renewals: 0,
  billedFen: 0,
  refunds: 0,
  refundedFen: 0,
  recognizedFen: 0,
  activitiesFen: 0,
  groupBuyingFen: 0,
  advertisingFen: 0,
  incomeFen: 0,
});
const addCounts = (into: Counts, from: Counts) => {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key];
};

/** Months between two `YYYY-MM` months: 0 for the same month. */
function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** What decides how a paid year earns: its amount, its year, and its cancellation and refund. */
interface Earning {
  amountFen: number;
  validFrom: string;
  activeUntil: string;
  cancelledOn: string | undefined;
  refundFen: number;
}

/**
 * The earnings of `count` paid years alike on the days of `[from, to]`, added to `days` (indexed
 * from `from`): day k of n active days earns `amount·k/n − amount·(k−1)/n`, rounded half-up, so the
 * n days add up to the amount exactly. A cancelled year stops earning on its cancellation day,
 * which takes what the year kept beyond what it had earned (amount − refund − earned). Days are
 * counted as numbers from the period's first day by `dayIndex`.
 */
function recognize(year: Earning, count: number, dayIndex: (date: string) => number, days: Counts[]): void {
  const { amountFen, validFrom, activeUntil, cancelledOn } = year;
  // Day indexes from the period's first day: the year's first day, its last active day, and the day it settles.
  const start = dayIndex(validFrom);
  const n = dayIndex(activeUntil) - start + 1;
  const earned = (k: number) => multiplyDivideHalfUp(amountFen, Math.min(Math.max(k, 0), n), n);
  const stop = cancelledOn === undefined ? start + n : Math.min(dayIndex(cancelledOn), start + n);
  const first = Math.max(start, 0);
  const last = Math.min(stop - 1, days.length - 1);
  if (first <= last) {
    // What the year had earned by the end of day k is amountFen × k / n rounded half up, stepped
    // from day to day without a division a day. Day k runs from 1 to n here (first ≥ start,
    // last < start + n), and no term is negative.
    // Stepped from the day before the first (k − 1 ≥ 0), which gives what was earned before it.
    const earnedBy = new HalfUpSteps(amountFen, n, first - start);
    let before = earnedBy.next();
    for (let i = first; i <= last; i++) {
      const by = earnedBy.next();
      (days[i] as Counts).recognizedFen += (by - before) * count;
      before = by;
    }
  }
  if (cancelledOn !== undefined) {
    const i = dayIndex(cancelledOn);
    if (i >= 0 && i < days.length) {
      const earnedBefore = earned(i - start);
      (days[i] as Counts).recognizedFen += (amountFen - year.refundFen - earnedBefore) * count;
    }
  }
}

/**
 * The VIP card's revenue over a period, as core's projection accounts for it: billed on the day
 * an order is paid, recognised over the card's year day by day; renewals and refunds counted;
 * and beside each month, `projectRevenue`'s plan for that month, month 1 being `planFrom`.
 *
 * @param orders - the paid orders (cancelled ones with their refund) whose payment, cancellation
 *   or active year touches the period; others may be passed and add nothing
 * @param other - the club's other income: seats on activities and advertising (outside the period adds nothing)
 * @throws ClubError `invalid-input` for a malformed order or options, a period that ends before
 *   it starts or is longer than {@link MAX_REVENUE_DAYS} days
 * @example
 * revenueStats(orders, { from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai', planFrom: '2026-11' })
 * // { days: [{ date: '2026-11-01', billedFen: 36500, recognizedFen: 100, … }, …], months: [{ month: '2026-11', plan: { month: 1, … } }], … }
 */
export function revenueStats(
  orders: readonly PaidVipOrder[],
  options: RevenueStatsOptions,
  other: OtherIncome = {},
): RevenueStats {
  const checked = parseInput(RevenueStatsOptions, options, 'options');
  const checkedOther = parseInput(OtherIncome, other, 'other');
  periodLength(checked.from, checked.to);
  return revenueStatsOn(
    orders.map((order) => parseInput(PaidVipOrder, order, 'order')),
    checked,
    checkedOther,
  );
}

/** {@link revenueStats}' options, checked: `RevenueStatsOptions` as parsed. */
export type CheckedRevenueStatsOptions = z.output<typeof RevenueStatsOptions>;
/** {@link revenueStats}' other income, checked: `OtherIncome` as parsed. */
export type CheckedOtherIncome = z.output<typeof OtherIncome>;

/** The days of the period `from`–`to`; throws for a period that ends before it starts or is too long. */
function periodLength(from: string, to: string): number {
  const length = daysBetween(from, to) + 1;
  if (length < 1 || length > MAX_REVENUE_DAYS) {
    throw new ClubError(
      INVALID_INPUT,
      length < 1
        ? 'The period ends before it starts.'
        : `A revenue report covers at most ${String(MAX_REVENUE_DAYS)} days.`,
      {
        issues: [
          {
            path: ['to'],
            code: length < 1 ? 'too_small' : 'too_big',
            message:
              length < 1 ? `Expected a date on or after ${from}` : `Expected at most ${String(MAX_REVENUE_DAYS)} days`,
          },
        ],
      },
    );
  }
  return length;
}

/**
 * The rule of {@link revenueStats} for input already checked, such as orders a database grouped
 * from records the Club API checked when it wrote them: no order, option or income is checked
 * again (a year's report at a national club's size reads thousands of groups, and checking each
 * took a fifth of the call), and no default is filled in. The period is still refused when it ends
 * before it starts or is longer than {@link MAX_REVENUE_DAYS} days.
 *
 * @example
 * revenueStatsOn(orders, { from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai', planFrom: '2026-11' }, {})
 */
export function revenueStatsOn(
  orders: readonly PaidVipOrder[],
  options: CheckedRevenueStatsOptions,
  other: CheckedOtherIncome,
): RevenueStats {
  return revenueStatsOnGroups({ payments: orders, years: orders }, options, other);
}

/**
 * {@link revenueStatsOn} over orders counted by payment and by year ({@link PaidVipOrderGroups}),
 * as a database groups them: the same report as over the orders they count. A payment outside
 * the period adds nothing, so the payments may be those of the period alone. Nothing is checked
 * but the period.
 *
 * @example
 * revenueStatsOnGroups({ payments, years }, { from: '2026-01-01', to: '2026-12-31', timeZone: 'Asia/Shanghai', planFrom: '2026-01' }, {})
 */
export function revenueStatsOnGroups(
  groups: PaidVipOrderGroups,
  options: CheckedRevenueStatsOptions,
  other: CheckedOtherIncome,
): RevenueStats {
  const { from, to, timeZone, planFrom, plan } = options;
  const { activities = [], advertising = [] } = other;
  const length = periodLength(from, to);
  const days: Counts[] = Array.from({ length }, noCounts);
  // Orders share a few hundred dates and instants: each is turned into a day once a call.
  const indexes = new Map<string, number>();
  const dayIndex = (date: string) => {
    let i = indexes.get(date);
    if (i === undefined) indexes.set(date, (i = daysBetween(from, date)));
    return i;
  };
  const at = (date: string) => {
    const i = dayIndex(date);
    return i >= 0 && i < length ? days[i] : undefined;
  };
  const zoned = new Map<string, string>();
  const dateOfInstant = (instant: string) => {
    let date = zoned.get(instant);
    if (date === undefined) zoned.set(instant, (date = dateInZone(new Date(instant), timeZone)));
    return date;
  };
  for (const payment of groups.payments) {
    const count = payment.count ?? 1;
    const paid = at(dateOfInstant(payment.paidAt));
    if (paid) {
      paid.ordersPaid += count;
      if (payment.kind === 'renewal') paid.renewals += count;
      paid.billedFen += payment.amountFen * count;
    }
  }
  const earning = new Map<string, { year: Earning; count: number }>();
  for (const order of groups.years) {
    const count = order.count ?? 1;
    const cancelledOn = order.cancelledAt === undefined ? undefined : dateOfInstant(order.cancelledAt);
    if (cancelledOn !== undefined) {
      const refund = at(cancelledOn);
      if (refund) {
        refund.refunds += count;
        refund.refundedFen += (order.refundFen ?? 0) * count;
      }
    }
    // Years that earn alike (paid the same day for the same term, say) are recognised once, times their number.
    const year: Earning = {
      amountFen: order.amountFen,
      validFrom: order.term.validFrom,
      activeUntil: order.term.activeUntil,
      cancelledOn,
      refundFen: order.refundFen ?? 0,
    };
    const key = `${year.amountFen}|${year.validFrom}|${year.activeUntil}|${cancelledOn ?? ''}|${year.refundFen}`;
    const alike = earning.get(key);
    if (alike) alike.count += count;
    else earning.set(key, { year, count });
  }
  for (const { year, count } of earning.values()) recognize(year, count, dayIndex, days);
  for (const seats of activities) {
    const day = at(seats.on);
    if (day) day[ACTIVITY_INCOME_LINE[seats.kind]] += seats.amountFen;
  }
  const advertisingByDay = new Array<number>(length).fill(0);
  for (const income of advertising) adIncomeByDay(income, from, advertisingByDay);
  days.forEach((c, i) => {
    c.advertisingFen = advertisingByDay[i] ?? 0;
    c.incomeFen = c.recognizedFen + c.activitiesFen + c.groupBuyingFen + c.advertisingFen;
  });

  const dayRows: RevenueDay[] = days.map((c, i) => ({ date: addDays(from, i), ...c }));
  const totals = noCounts();
  for (const c of days) addCounts(totals, c);

  // Months of the period, with the plan's months that fall on them.
  const monthRows: { month: string; days: number; counts: Counts }[] = [];
  days.forEach((c, i) => {
    const month = addDays(from, i).slice(0, 7);
    let last = monthRows[monthRows.length - 1];
    if (last?.month !== month) monthRows.push((last = { month, days: 0, counts: noCounts() }));
    last.days += 1;
    addCounts(last.counts, c);
  });
  const lastPlanMonth = monthsBetween(planFrom, to.slice(0, 7)) + 1;
  const horizon = Math.min(Math.max(lastPlanMonth, 1), 600);
  const projection = lastPlanMonth >= 1 ? projectRevenue({ ...plan, months: horizon }) : undefined;
  const planTotals = { billedFen: 0, recognizedFen: 0 };
  const months: RevenueMonth[] = monthRows.map(({ month, days: n, counts: c }) => {
    const k = monthsBetween(planFrom, month) + 1;
    const row = k >= 1 ? projection?.months[k - 1] : undefined;
    if (row) {
      planTotals.billedFen += row.billedFen;
      planTotals.recognizedFen += row.recognizedFen;
    }
    return {
      month,
      days: n,
      ...c,
      plan: row
        ? {
            month: k,
            newMembers: row.newMembers,
            members: row.members,
            billedFen: row.billedFen,
            recognizedFen: row.recognizedFen,
          }
        : null,
    };
  });
  return { from, to, planFrom, days: dayRows, months, totals, planTotals };
}
