import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectRevenue } from '../projection/project.js';
import { addDays, dateInZone, daysBetween, startOfDayInZone } from '../shared/calendar.js';
import { ClubError } from '../shared/errors.js';
import { vipRefund, vipTermFor, type VipTerm } from '../vip/order.js';
import { MAX_REVENUE_DAYS } from './revenue-limits.js';
import {
  revenueStats,
  revenueStatsOn,
  revenueStatsOnGroups,
  type PaidVipOrder,
  type PaidVipOrderGroups,
} from './revenue-stats.js';

const zone = 'Asia/Shanghai';
/** A paid order with the whole year core gives it (its grace days too, which core's refund rule reads). */
type Order = PaidVipOrder & { term: VipTerm };
/** An order paid at noon (club time) on `day`, for the year core gives a payment that day. */
function paidOn(day: string, kind: PaidVipOrder['kind'] = 'new', amountFen = 36500): Order {
  return { kind, amountFen, paidAt: `${day}T04:00:00.000Z`, term: vipTermFor(day) };
}
/** The order cancelled at noon on `day`, refunded by core's rule. */
function cancelledOn(order: Order, day: string): Order {
  return { ...order, cancelledAt: `${day}T04:00:00.000Z`, refundFen: vipRefund(order, day) };
}
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('revenueStats', () => {
  it('bills a year on the day it is paid and earns it over its 365 active days, 100 fen a day', () => {
    const order = paidOn('2026-11-01');
    const report = revenueStats([order], { from: '2026-11-01', to: '2027-10-31', timeZone: zone, planFrom: '2026-11' });
    expect(report.days).toHaveLength(365);
    expect(report.days[0]).toEqual({
      date: '2026-11-01',
      ordersPaid: 1,
      renewals: 0,
      billedFen: 36500,
      refunds: 0,
      refundedFen: 0,
      recognizedFen: 100,
      activitiesFen: 0,
      groupBuyingFen: 0,
      advertisingFen: 0,
      incomeFen: 100,
    });
    expect(new Set(report.days.map((d) => d.recognizedFen))).toEqual(new Set([100]));
    expect(report.totals).toMatchObject({ billedFen: 36500, recognizedFen: 36500, ordersPaid: 1 });
    expect(report.months.map((m) => [m.month, m.days, m.recognizedFen])).toEqual([
      ['2026-11', 30, 3000],
      ['2026-12', 31, 3100],
      ['2027-01', 31, 3100],
      ['2027-02', 28, 2800],
      ['2027-03', 31, 3100],
      ['2027-04', 30, 3000],
      ['2027-05', 31, 3100],
      ['2027-06', 30, 3000],
      ['2027-07', 31, 3100],
      ['2027-08', 31, 3100],
      ['2027-09', 30, 3000],
      ['2027-10', 31, 3100],
    ]);
  });

  it('spreads a year of 366 days exactly: the days add up to the amount, no day off by more than a fen', () => {
    const order = paidOn('2027-06-01');
    expect(order.term.activeUntil).toBe('2028-05-31');
    const report = revenueStats([order], { from: '2027-06-01', to: '2028-05-31', timeZone: zone, planFrom: '2027-06' });
    expect(report.days).toHaveLength(366);
    expect(report.totals.recognizedFen).toBe(36500);
    expect(new Set(report.days.map((d) => d.recognizedFen))).toEqual(new Set([99, 100]));
  });

  it('reads the day of a payment in the club’s time zone: 00:30 in Shanghai is the next day', () => {
    const order = { ...paidOn('2026-12-01'), paidAt: '2026-11-30T16:30:00.000Z' };
    const report = revenueStats([order], { from: '2026-11-30', to: '2026-12-01', timeZone: zone, planFrom: '2026-11' });
    expect(report.days.map((d) => d.billedFen)).toEqual([0, 36500]);
  });

  it('counts renewals among the orders paid, and a renewal earns from the day after the year it continues', () => {
    const first = paidOn('2025-11-01');
    const renewal: PaidVipOrder = {
      kind: 'renewal',
      amountFen: 36500,
      paidAt: '2026-10-20T04:00:00.000Z',
      term: vipTermFor('2026-10-20', first.term),
    };
    const report = revenueStats([first, renewal], {
      from: '2026-10-01',
      to: '2026-11-30',
      timeZone: zone,
      planFrom: '2025-11',
    });
    const day = (date: string) => report.days.find((d) => d.date === date);
    expect(day('2026-10-20')).toMatchObject({ ordersPaid: 1, renewals: 1, billedFen: 36500, recognizedFen: 100 });
    expect(day('2026-10-31')?.recognizedFen).toBe(100);
    expect(day('2026-11-01')?.recognizedFen).toBe(100);
    expect(report.totals.recognizedFen).toBe(61 * 100);
  });

  it('stops earning a cancelled year on its cancellation day, which keeps what was paid less the refund and the days earned', () => {
    const order = cancelledOn(paidOn('2026-06-01'), '2027-03-02');
    expect(order.refundFen).toBe(9100);
    const report = revenueStats([order], { from: '2026-06-01', to: '2027-05-31', timeZone: zone, planFrom: '2026-06' });
    const day = (date: string) => report.days.find((d) => d.date === date);
    expect(day('2027-03-01')?.recognizedFen).toBe(100);
    expect(day('2027-03-02')).toMatchObject({ refunds: 1, refundedFen: 9100 });
    expect(day('2027-03-03')?.recognizedFen).toBe(0);
    expect(report.totals.recognizedFen).toBe(36500 - 9100);
    expect(report.totals.refundedFen).toBe(9100);
  });

  it('earns nothing from a renewal cancelled before its year began: the whole amount went back', () => {
    const first = paidOn('2026-01-10');
    const renewal: Order = {
      kind: 'renewal',
      amountFen: 36500,
      paidAt: '2026-12-20T04:00:00.000Z',
      term: vipTermFor('2026-12-20', first.term),
    };
    const cancelled = cancelledOn(renewal, '2026-12-28');
    expect(cancelled.refundFen).toBe(36500);
    const report = revenueStats([cancelled], {
      from: '2026-12-01',
      to: '2027-12-31',
      timeZone: zone,
      planFrom: '2026-01',
    });
    expect(report.totals).toMatchObject({ billedFen: 36500, refundedFen: 36500, recognizedFen: 0 });
  });

  it('over a period that holds every year whole, earns exactly what was billed less what was refunded', () => {
    const order = fc
      .record({
        offset: fc.integer({ min: 0, max: 300 }),
        amountFen: fc.integer({ min: 0, max: 10_000_000 }),
        cancelAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      })
      .map(({ offset, amountFen, cancelAfter }) => {
        const paid = paidOn(addDays('2026-01-01', offset), 'new', amountFen);
        return cancelAfter === undefined ? paid : cancelledOn(paid, addDays(paid.term.validFrom, cancelAfter));
      });
    fc.assert(
      fc.property(fc.array(order, { maxLength: 12 }), (orders) => {
        const report = revenueStats(orders, {
          from: '2026-01-01',
          to: '2027-12-31',
          timeZone: zone,
          planFrom: '2026-01',
        });
        const billed = sum(orders.map((o) => o.amountFen));
        const refunded = sum(orders.map((o) => o.refundFen ?? 0));
        expect(report.totals.billedFen).toBe(billed);
        expect(report.totals.refundedFen).toBe(refunded);
        expect(report.totals.recognizedFen).toBe(billed - refunded);
        expect(sum(report.months.map((m) => m.recognizedFen))).toBe(report.totals.recognizedFen);
      }),
      { numRuns: 60 },
    );
  });

  it("earns on day k of a year's n its share amount·k/n − amount·(k−1)/n rounded half up, for any amount and period", () => {
    // The share by exact integers, apart from the report's own arithmetic.
    const earned = (amount: number, k: number, n: number) =>
      Number((2n * BigInt(amount) * BigInt(k) + BigInt(n)) / (2n * BigInt(n)));
    const cases = fc.record({
      paid: fc.integer({ min: 0, max: 1500 }),
      amountFen: fc.oneof(
        fc.integer({ min: 0, max: 1_000 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      ),
      from: fc.integer({ min: -30, max: 400 }),
      days: fc.integer({ min: 1, max: 400 }),
    });
    fc.assert(
      fc.property(cases, ({ paid, amountFen, from: fromShift, days }) => {
        const order = paidOn(addDays('2024-01-01', paid), 'new', amountFen);
        const { validFrom, activeUntil } = order.term;
        const n = daysBetween(validFrom, activeUntil) + 1;
        const from = addDays(validFrom, fromShift);
        const report = revenueStats([order], {
          from,
          to: addDays(from, days - 1),
          timeZone: zone,
          planFrom: '2024-01',
        });
        report.days.forEach((day, i) => {
          const k = fromShift + i + 1;
          const share = k >= 1 && k <= n ? earned(amountFen, k, n) - earned(amountFen, k - 1, n) : 0;
          expect(day.recognizedFen).toBe(share);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('earns each day what the orders earn one by one, however many of them are alike', () => {
    // Few paying days and amounts, so that orders alike (recognised once, times their number) are common.
    const order = fc
      .record({
        offset: fc.integer({ min: -400, max: 400 }),
        amountFen: fc.constantFrom(36_500, 18_250, 1),
        cancelAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      })
      .map(({ offset, amountFen, cancelAfter }) => {
        const paid = paidOn(addDays('2026-01-01', offset), 'new', amountFen);
        return cancelAfter === undefined ? paid : cancelledOn(paid, addDays(paid.term.validFrom, cancelAfter));
      });
    const options = { from: '2026-01-01', to: '2026-12-31', timeZone: zone, planFrom: '2026-01' };
    fc.assert(
      fc.property(fc.array(order, { maxLength: 30 }), (orders) => {
        const together = revenueStats([...orders, ...orders], options).days;
        const alone = orders.map((o) => revenueStats([o], options).days);
        together.forEach((day, i) => {
          const each = sum(alone.map((days) => days[i]?.recognizedFen ?? 0));
          expect(day.recognizedFen).toBe(2 * each);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('counts an order standing for `count` alike as that many orders, billed, refunded and earned', () => {
    const one = cancelledOn(paidOn('2026-03-05', 'renewal'), '2026-09-01');
    const options = { from: '2026-01-01', to: '2026-12-31', timeZone: zone, planFrom: '2026-01' };
    const counted = revenueStats([{ ...one, count: 3 }], options);
    const three = revenueStats([one, one, one], options);
    expect(counted.days).toEqual(three.days);
    expect(counted.totals).toMatchObject({ ordersPaid: 3, renewals: 3, refunds: 3, billedFen: 3 * 36_500 });
    expect(() => revenueStats([{ ...one, count: 0 }], options)).toThrow(ClubError);
  });

  it('reads a payment or a cancellation outside the period only as before it or after it', () => {
    // The Club API groups the orders paid (or cancelled) before the period as one instant, and those after as another.
    const options = { from: '2026-03-01', to: '2026-05-31', timeZone: zone, planFrom: '2026-01' };
    const start = startOfDayInZone(options.from, zone).getTime();
    const end = startOfDayInZone(addDays(options.to, 1), zone).getTime();
    const order = fc
      .record({
        offset: fc.integer({ min: -400, max: 200 }),
        cancelAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        paidShift: fc.integer({ min: 0, max: 400 * 86_400_000 }),
        cancelShift: fc.integer({ min: 0, max: 400 * 86_400_000 }),
      })
      .map(({ offset, cancelAfter, paidShift, cancelShift }) => {
        const paid = paidOn(addDays('2026-03-01', offset), offset % 3 === 0 ? 'renewal' : 'new');
        const order = cancelAfter === undefined ? paid : cancelledOn(paid, addDays(paid.term.validFrom, cancelAfter));
        // Another instant on the same side of the period, for an instant outside it.
        const moved = (at: string, shift: number) => {
          const ms = Date.parse(at);
          if (ms < start) return new Date(start - 1 - (shift % (start - Date.parse('2024-01-01')))).toISOString();
          if (ms >= end) return new Date(end + shift).toISOString();
          return at;
        };
        const elsewhere: PaidVipOrder = {
          ...order,
          paidAt: moved(order.paidAt, paidShift),
          ...(order.cancelledAt !== undefined && { cancelledAt: moved(order.cancelledAt, cancelShift) }),
        };
        return [order, elsewhere] as const;
      });
    fc.assert(
      fc.property(fc.array(order, { minLength: 1, maxLength: 20 }), (pairs) => {
        const asPaid = revenueStats(
          pairs.map(([o]) => o),
          options,
        );
        const moved = revenueStats(
          pairs.map(([, o]) => o),
          options,
        );
        expect(moved).toEqual(asPaid);
      }),
      { numRuns: 60 },
    );
  });

  it('sets core’s plan beside each month, month 1 being the launch month, and none before it', () => {
    const report = revenueStats([], { from: '2026-10-15', to: '2027-01-31', timeZone: zone, planFrom: '2026-11' });
    const plan = projectRevenue({ months: 3 });
    expect(report.months.map((m) => [m.month, m.days, m.plan?.month ?? null])).toEqual([
      ['2026-10', 17, null],
      ['2026-11', 30, 1],
      ['2026-12', 31, 2],
      ['2027-01', 31, 3],
    ]);
    expect(report.months[3]?.plan).toEqual({
      month: 3,
      newMembers: plan.months[2]?.newMembers,
      members: plan.months[2]?.members,
      billedFen: plan.months[2]?.billedFen,
      recognizedFen: plan.months[2]?.recognizedFen,
    });
    expect(report.planTotals.billedFen).toBe(sum(plan.months.map((m) => m.billedFen)));
    // A scenario of its own: the bank channel's 100 cards a month alone.
    const bank = revenueStats([], {
      from: '2026-11-01',
      to: '2026-11-30',
      timeZone: zone,
      planFrom: '2026-11',
      plan: { channels: [{ id: 'bank', perMonth: 100 }] },
    });
    expect(bank.months[0]?.plan?.billedFen).toBe(100 * 36500);
  });

  it('has no plan for a period that ends before the launch', () => {
    const report = revenueStats([], { from: '2026-01-01', to: '2026-02-28', timeZone: zone, planFrom: '2026-11' });
    expect(report.months.every((m) => m.plan === null)).toBe(true);
    expect(report.planTotals).toEqual({ billedFen: 0, recognizedFen: 0 });
  });

  it('gives, without checking its input (revenueStatsOn), the report revenueStats gives for the same checked input', () => {
    const order = fc
      .record({
        offset: fc.integer({ min: -400, max: 400 }),
        kind: fc.constantFrom('new', 'renewal'),
        cancelAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        count: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      })
      .map(({ offset, kind, cancelAfter, count }): PaidVipOrder => {
        const paid = paidOn(addDays('2026-01-01', offset), kind);
        const order = cancelAfter === undefined ? paid : cancelledOn(paid, addDays(paid.term.validFrom, cancelAfter));
        return count === undefined ? order : { ...order, count };
      });
    const period = fc
      .record({ start: fc.integer({ min: -60, max: 300 }), days: fc.integer({ min: 1, max: 400 }) })
      .map(({ start, days }) => {
        const from = addDays('2026-01-01', start);
        return { from, to: addDays(from, days - 1), timeZone: zone, planFrom: '2025-11' };
      });
    fc.assert(
      fc.property(fc.array(order, { maxLength: 25 }), period, (orders, options) => {
        const other = { activities: [{ kind: 'group-buying' as const, on: options.from, amountFen: 990 }] };
        expect(revenueStatsOn(orders, options, other)).toEqual(revenueStats(orders, options, other));
      }),
      { numRuns: 40 },
    );
    // The period is still refused: it sizes the report.
    const options = { from: '2026-02-01', to: '2026-01-31', timeZone: zone, planFrom: '2026-01' };
    expect(() => revenueStatsOn([], options, {})).toThrow(ClubError);
    expect(() =>
      revenueStatsOn([], { ...options, from: '2026-01-01', to: addDays('2026-01-01', MAX_REVENUE_DAYS) }, {}),
    ).toThrow(ClubError);
  });

  it('gives over orders counted by payment and by year (revenueStatsOnGroups) the report of the orders themselves', () => {
    // Orders paid and cancelled at any hour: an instant after 16:00 UTC is the next club day.
    const order = fc
      .record({
        offset: fc.integer({ min: -400, max: 400 }),
        hour: fc.integer({ min: 0, max: 23 }),
        kind: fc.constantFrom('new', 'renewal'),
        amountFen: fc.constantFrom(36500, 30000),
        cancelAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        cancelHour: fc.integer({ min: 0, max: 23 }),
      })
      .map(({ offset, hour, kind, amountFen, cancelAfter, cancelHour }): Order => {
        const paid = paidOn(addDays('2026-01-01', offset), kind, amountFen);
        const at = (day: string, h: number) => `${day}T${String(h).padStart(2, '0')}:00:00.000Z`;
        const order = { ...paid, paidAt: at(paid.term.validFrom, hour) };
        if (cancelAfter === undefined) return order;
        const day = addDays(paid.term.validFrom, cancelAfter);
        return { ...order, cancelledAt: at(day, cancelHour), refundFen: vipRefund(order, day) };
      });
    const period = fc
      .record({ start: fc.integer({ min: -60, max: 300 }), days: fc.integer({ min: 1, max: 400 }) })
      .map(({ start, days }) => {
        const from = addDays('2026-01-01', start);
        return { from, to: addDays(from, days - 1), timeZone: zone, planFrom: '2025-11' };
      });
    /** The orders counted as a database counts them: by payment, and by year. */
    const grouped = (orders: readonly Order[], options: { from: string; to: string }): PaidVipOrderGroups => {
      const day = (instant: string) => dateInZone(new Date(instant), zone);
      const payments = new Map<string, PaidVipOrderGroups['payments'][number] & { count: number }>();
      const years = new Map<string, PaidVipOrderGroups['years'][number] & { count: number }>();
      for (const o of orders) {
        const paid = day(o.paidAt);
        // A payment outside the period adds nothing: the database reads the period's alone.
        if (paid >= options.from && paid <= options.to) {
          const key = `${o.kind}|${String(o.amountFen)}|${paid}`;
          const kept = payments.get(key);
          if (kept) kept.count += 1;
          else payments.set(key, { kind: o.kind, amountFen: o.amountFen, paidAt: o.paidAt, count: 1 });
        }
        const cancelled = o.cancelledAt === undefined ? '' : day(o.cancelledAt);
        const key = `${String(o.amountFen)}|${o.term.validFrom}|${o.term.activeUntil}|${cancelled}|${String(o.refundFen)}`;
        const kept = years.get(key);
        if (kept) kept.count += 1;
        else
          years.set(key, {
            amountFen: o.amountFen,
            term: { validFrom: o.term.validFrom, activeUntil: o.term.activeUntil },
            ...(o.cancelledAt !== undefined && { cancelledAt: o.cancelledAt, refundFen: o.refundFen ?? 0 }),
            count: 1,
          });
      }
      return { payments: [...payments.values()], years: [...years.values()] };
    };
    fc.assert(
      fc.property(fc.array(order, { maxLength: 40 }), period, (orders, options) => {
        const groups = grouped(orders, options);
        expect(groups.payments.length + groups.years.length).toBeLessThanOrEqual(2 * orders.length);
        expect(revenueStatsOnGroups(groups, options, {})).toEqual(revenueStats(orders, options));
      }),
      { numRuns: 60 },
    );
    // Orders alike in their payment but not their year are one payment and two years.
    const a = paidOn('2026-03-01');
    const b = cancelledOn(paidOn('2026-03-01'), '2026-04-01');
    const options = { from: '2026-03-01', to: '2026-04-30', timeZone: zone, planFrom: '2026-03' };
    const groups = grouped([a, b], options);
    expect([groups.payments.length, groups.years.length]).toEqual([1, 2]);
    expect(revenueStatsOnGroups(groups, options, {})).toEqual(revenueStats([a, b], options));
    // The period is still refused.
    expect(() =>
      revenueStatsOnGroups({ payments: [], years: [] }, { ...options, from: '2026-05-01', to: '2026-04-30' }, {}),
    ).toThrow(ClubError);
  });

  it('refuses a period that ends before it starts, one longer than two years, and a malformed order', () => {
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof ClubError ? error.code : error;
      }
      return 'no error';
    };
    const options = { timeZone: zone, planFrom: '2026-01' };
    expect(refused(() => revenueStats([], { ...options, from: '2026-02-01', to: '2026-01-31' }))).toBe('invalid-input');
    expect(
      refused(() => revenueStats([], { ...options, from: '2026-01-01', to: addDays('2026-01-01', MAX_REVENUE_DAYS) })),
    ).toBe('invalid-input');
    expect(
      revenueStats([], { ...options, from: '2026-01-01', to: addDays('2026-01-01', MAX_REVENUE_DAYS - 1) }).days,
    ).toHaveLength(MAX_REVENUE_DAYS);
    expect(
      refused(() =>
        revenueStats([{ ...paidOn('2026-01-01'), amountFen: 1.5 }], {
          ...options,
          from: '2026-01-01',
          to: '2026-01-31',
        }),
      ),
    ).toBe('invalid-input');
    expect(
      refused(() => revenueStats([], { ...options, planFrom: '2026-13', from: '2026-01-01', to: '2026-01-31' })),
    ).toBe('invalid-input');
  });

  describe('other income (A5 §4.2 2–4)', () => {
    const options = { from: '2026-11-01', to: '2026-12-31', timeZone: zone, planFrom: '2026-11' };

    it('earns activity seats on the activity’s first day, trips and gatherings apart from group buying', () => {
      const report = revenueStats([], options, {
        activities: [
          { kind: 'self-drive-trip', on: '2026-11-20', amountFen: 2 * 58000 },
          { kind: 'gathering', on: '2026-11-20', amountFen: 0 },
          { kind: 'group-buying', on: '2026-12-31', amountFen: 12000 },
          // Before or after the period: nothing.
          { kind: 'gathering', on: '2026-10-31', amountFen: 5000 },
          { kind: 'group-buying', on: '2027-01-01', amountFen: 5000 },
        ],
      });
      expect(report.days[19]).toMatchObject({
        date: '2026-11-20',
        activitiesFen: 116000,
        groupBuyingFen: 0,
        incomeFen: 116000,
      });
      expect(report.days.at(-1)).toMatchObject({ date: '2026-12-31', groupBuyingFen: 12000 });
      expect(report.totals).toMatchObject({
        activitiesFen: 116000,
        groupBuyingFen: 12000,
        advertisingFen: 0,
        incomeFen: 128000,
      });
      expect(report.months.map((m) => [m.month, m.activitiesFen, m.groupBuyingFen])).toEqual([
        ['2026-11', 116000, 0],
        ['2026-12', 0, 12000],
      ]);
    });

    it('spreads advertising over its period and counts only the period’s days of it', () => {
      // 36,500 fen over 365 days from 2026-12-01: 100 a day, 31 of them in the period.
      const report = revenueStats([], options, {
        advertising: [{ amountFen: 36500, from: '2026-12-01', to: '2027-11-30' }],
      });
      expect(report.days[29]?.advertisingFen).toBe(0);
      expect(report.days[30]).toMatchObject({ date: '2026-12-01', advertisingFen: 100, incomeFen: 100 });
      expect(report.totals.advertisingFen).toBe(3100);
    });

    it('adds every line into the income beside the card’s recognised fees, to the fen', () => {
      fc.assert(
        fc.property(
          fc.array(fc.record({ day: fc.integer({ min: 0, max: 60 }), fen: fc.integer({ min: 0, max: 10_000_000 }) }), {
            maxLength: 8,
          }),
          fc.array(
            fc.record({
              start: fc.integer({ min: -40, max: 60 }),
              n: fc.integer({ min: 1, max: 400 }),
              fen: fc.integer({ min: 1, max: 100_000_000 }),
            }),
            {
              maxLength: 4,
            },
          ),
          (seats, ads) => {
            const report = revenueStats([paidOn('2026-11-03')], options, {
              activities: seats.map((s, i) => ({
                kind: i % 2 === 0 ? 'gathering' : 'group-buying',
                on: addDays('2026-11-01', s.day),
                amountFen: s.fen,
              })),
              advertising: ads.map((a) => ({
                amountFen: a.fen,
                from: addDays('2026-11-01', a.start),
                to: addDays('2026-11-01', a.start + a.n - 1),
              })),
            });
            const t = report.totals;
            return (
              t.incomeFen === t.recognizedFen + t.activitiesFen + t.groupBuyingFen + t.advertisingFen &&
              t.activitiesFen + t.groupBuyingFen === sum(seats.map((s) => s.fen)) &&
              report.days.every(
                (d) => d.incomeFen === d.recognizedFen + d.activitiesFen + d.groupBuyingFen + d.advertisingFen,
              )
            );
          },
        ),
        { numRuns: 40 },
      );
    });

    it('earns a whole advertising period lying inside the report exactly', () => {
      const report = revenueStats([], options, {
        advertising: [{ amountFen: 100001, from: '2026-11-05', to: '2026-12-24' }],
      });
      expect(report.totals.advertisingFen).toBe(100001);
    });

    it('refuses a negative seat price or an advertising period with a malformed day', () => {
      expect(() =>
        revenueStats([], options, { activities: [{ kind: 'gathering', on: '2026-11-01', amountFen: -1 }] }),
      ).toThrow(ClubError);
      expect(() =>
        revenueStats([], options, { advertising: [{ amountFen: 1, from: '2026-11-31', to: '2026-12-01' }] }),
      ).toThrow(ClubError);
    });
  });
});
