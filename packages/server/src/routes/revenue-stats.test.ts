import type { ApplicationApprovalResult, MemberSession, VipOrderCancellation } from '@clubkit/core/api';
import { revenueStats, type RevenueStats } from '@clubkit/core/stats';
import { addDays, addMonths, dateInZone, startOfDayInZone } from '@clubkit/core';
import { cancelVipOrder, confirmVipOrder, openVipOrder, type VipOrder } from '@clubkit/core/vip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../store/records.js';
import { problem, startTestServer, type TestServer } from '../test-support.js';

/** The test clock: noon in the club's zone on `day`, moved by the tests. */
let day = '2026-03-10';
let tick = 0;
const clock = () => new Date(Date.parse(`${day}T04:00:00Z`) + tick++);

let t: TestServer;
const admin = () => t.keys.admin.secret;
let plates = 0;
/** Every order the tests paid, as the API answers it now. */
const paid: VipOrder[] = [];

/** A member of `branchId` (through an application, as every member joins). */
async function member(branchId: string): Promise<string> {
  plates += 1;
  const applied = await t.call('POST', '/v1/applications', {
    key: admin(),
    body: {
      branchId,
      applicant: { name: '玉罕', phone: '13900139000' },
      plate: `雲K3${String(plates).padStart(4, '0')}`,
      policy: { number: `P-REV-${plates}`, start: '2026-01-01', end: '2027-12-31' },
    },
  });
  expect(applied.status, applied.text).toBe(201);
  const approved = await t.call('POST', `/v1/applications/${(applied.body as { id: string }).id}/approve`, {
    key: admin(),
  });
  return (approved.body as ApplicationApprovalResult).membership.memberId;
}

/** A fresh member session (the test clock outruns a session's lifetime). */
async function session(memberId: string): Promise<string> {
  const res = await t.call('POST', '/v1/member-sessions', { key: admin(), body: { memberId } });
  return (res.body as MemberSession).token;
}

/** The member opens an order from their page; the partner's back end confirms it today. */
async function buy(memberId: string): Promise<string> {
  const opened = await t.call('POST', '/v1/vip-orders', { key: await session(memberId), body: {} });
  expect(opened.status, opened.text).toBe(201);
  const id = (opened.body as VipOrder).id;
  const confirmed = await t.call('POST', `/v1/vip-orders/${id}/confirm`, {
    key: admin(),
    body: { paymentReference: `BANK-${id}` },
  });
  expect(confirmed.status, confirmed.text).toBe(200);
  return id;
}

async function current(id: string): Promise<VipOrder> {
  const res = await t.call('GET', `/v1/vip-orders/${id}`, { key: admin() });
  return res.body as VipOrder;
}

const revenue = (query: string, key = admin()) => t.call('GET', `/v1/stats/revenue${query}`, { key });

beforeAll(async () => {
  t = await startTestServer({ clock });
  // March: two northern members and a southern one buy; an order left unpaid brings nothing.
  const a = await member('br_north');
  const b = await member('br_north');
  const c = await member('br_south');
  const ids = [await buy(a), await buy(b)];
  day = '2026-03-20';
  ids.push(await buy(c));
  const unpaid = await t.call('POST', '/v1/vip-orders', { key: await session(await member('br_north')), body: {} });
  expect(unpaid.status).toBe(201);
  // In May, b's card is cancelled and its unused days refunded; in the next February a renews.
  day = '2026-05-05';
  const cancelled = await t.call('POST', `/v1/vip-orders/${String(ids[1])}/cancel`, { key: admin() });
  expect(cancelled.status, cancelled.text).toBe(200);
  expect((cancelled.body as VipOrderCancellation).order.refundFen).toBeGreaterThan(0);
  day = '2027-02-25';
  const renewal = await t.call('POST', '/v1/vip-orders', { key: await session(a), body: {} });
  expect((renewal.body as VipOrder).kind).toBe('renewal');
  const renewed = await t.call('POST', `/v1/vip-orders/${(renewal.body as VipOrder).id}/confirm`, {
    key: admin(),
    body: { paymentReference: 'BANK-RENEWAL-1' },
  });
  expect(renewed.status, renewed.text).toBe(200);
  ids.push((renewal.body as VipOrder).id);
  for (const id of ids) paid.push(await current(id));
  day = '2027-03-31';
});
afterAll(() => t.close());

/** Core's report over the paid orders the API answers, for comparison with the route's. */
function expected(
  orders: VipOrder[],
  options: { from: string; to: string; planFrom: string; timeZone?: string },
): RevenueStats {
  return revenueStats(
    orders.map((o) => ({
      kind: o.kind,
      amountFen: o.amountFen,
      paidAt: o.paidAt ?? '',
      term: o.term ?? { validFrom: '', activeUntil: '', validUntil: '' },
      ...(o.cancelledAt !== undefined && { cancelledAt: o.cancelledAt, refundFen: o.refundFen ?? 0 }),
    })),
    { timeZone: 'Asia/Shanghai', ...options },
  );
}

/** A VIP order of one member of the north branch, opened and paid at `paidAt` (inserted by a test). */
function paidOrder(id: string, paidAt: string): VipOrder {
  const opened = openVipOrder({
    id,
    memberId: 'mbr_00000000000000000000000001',
    branchId: 'br_north',
    now: paidAt,
    today: paidAt.slice(0, 10),
  });
  return confirmVipOrder(opened, { paymentReference: `BANK-${id}`, now: paidAt, today: paidAt.slice(0, 10) });
}

describe('GET /v1/stats/revenue', () => {
  it('answers core’s report over the paid orders: billed when paid, earned over the year, renewals and refunds, plan from the launch month', async () => {
    const res = await revenue('?from=2026-03-01&to=2027-02-28');
    expect(res.status, res.text).toBe(200);
    const report = res.body as RevenueStats;
    expect(report).toEqual(expected(paid, { from: '2026-03-01', to: '2027-02-28', planFrom: '2026-03' }));
    const day = (date: string) => report.days.find((d) => d.date === date);
    expect(day('2026-03-10')).toMatchObject({ ordersPaid: 2, billedFen: 73000 });
    expect(day('2026-03-20')).toMatchObject({ ordersPaid: 1, billedFen: 36500 });
    expect(day('2026-05-05')).toMatchObject({ refunds: 1 });
    expect(day('2027-02-25')).toMatchObject({ ordersPaid: 1, renewals: 1, billedFen: 36500 });
    expect(report.totals.billedFen).toBe(4 * 36500);
    // The unpaid order brings nothing; the plan starts with the first paid order's month.
    expect(report.totals.ordersPaid).toBe(4);
    expect(report.months[0]?.plan?.month).toBe(1);
    expect(report.planFrom).toBe('2026-03');
  });

  it('shows a branch operator its own branch’s orders only, whatever it asks for', async () => {
    const north = (await revenue('?from=2026-03-01&to=2026-03-31', t.keys.north.secret)).body as RevenueStats;
    expect(north.totals.ordersPaid).toBe(2);
    const asked = (await revenue('?from=2026-03-01&to=2026-03-31&branchId=br_south', t.keys.north.secret))
      .body as RevenueStats;
    expect(asked.totals.ordersPaid).toBe(2);
    const south = (await revenue('?from=2026-03-01&to=2026-03-31&branchId=br_south')).body as RevenueStats;
    expect(south.totals).toMatchObject({ ordersPaid: 1, billedFen: 36500 });
  });

  it('takes a plan month of its own, and defaults to the twelve months to today', async () => {
    const planned = (await revenue('?from=2026-03-01&to=2026-04-30&planFrom=2026-04')).body as RevenueStats;
    expect(planned.months.map((m) => m.plan?.month ?? null)).toEqual([null, 1]);
    const recent = (await revenue('')).body as RevenueStats;
    expect([recent.from, recent.to]).toEqual(['2026-04-01', '2027-03-31']);
    expect(recent.days).toHaveLength(365);
  });

  it('refuses a period that ends before it starts, one longer than two years, and a malformed plan month, with the query field named', async () => {
    for (const query of ['?from=2026-03-02&to=2026-03-01', '?from=2024-01-01&to=2026-12-31', '?planFrom=2026-13']) {
      const res = await revenue(query);
      expect(res.status, query).toBe(400);
      expect(problem(res).code).toBe('invalid-input');
      expect(JSON.stringify(problem(res))).toMatch(/"query","(to|planFrom)"/);
    }
  });

  it('is refused to the roles that do not read club statistics: merchant, service desk, alliance, a member', async () => {
    const m = await session(await member('br_north'));
    for (const key of [t.keys.merchant.secret, t.keys.desk.secret, t.keys.alliance.secret, m]) {
      const res = await revenue('?from=2026-03-01&to=2026-03-31', key);
      expect([401, 403]).toContain(res.status);
    }
  });
});

describe('GET /v1/stats/revenue in a zone whose days start on a half hour', () => {
  let india: TestServer;
  beforeAll(async () => {
    india = await startTestServer({ timeZone: 'Asia/Kolkata', clock: () => new Date('2026-03-20T06:00:00Z') });
  });
  afterAll(() => india.close());

  it('bills two orders paid within one UTC hour on the two club days they fall on', async () => {
    // 18:20 UTC is 23:50 in Kolkata on the 10th; 18:40 UTC is 00:10 on the 11th.
    await insertRecords(india.server.db, 'vipOrder', [
      paidOrder('vor_00000000000000000000000001', '2026-03-10T18:20:00.000Z'),
      paidOrder('vor_00000000000000000000000002', '2026-03-10T18:40:00.000Z'),
    ]);
    const res = await india.call('GET', '/v1/stats/revenue?from=2026-03-10&to=2026-03-11&planFrom=2026-03', {
      key: india.keys.admin.secret,
    });
    expect(res.status, res.text).toBe(200);
    const report = res.body as RevenueStats;
    expect(report.days.map((d) => [d.date, d.ordersPaid])).toEqual([
      ['2026-03-10', 1],
      ['2026-03-11', 1],
    ]);
  });
});

describe('GET /v1/stats/revenue in a zone that changes its clocks', () => {
  let york: TestServer;
  // 04:50 UTC on 5 March is 23:50 on the 4th in New York (UTC−5); 03:50 and 04:20 UTC on 10 March
  // are 23:50 on the 9th and 00:20 on the 10th (UTC−4 from 8 March).
  const paidAt = ['2026-03-05T04:50:00.000Z', '2026-03-10T03:50:00.000Z', '2026-03-10T04:20:00.000Z'];
  const orders = paidAt.map((at, n) => paidOrder(`vor_0000000000000000000000010${String(n)}`, at));
  beforeAll(async () => {
    york = await startTestServer({ timeZone: 'America/New_York', clock: () => new Date('2026-03-20T16:00:00Z') });
    await insertRecords(york.server.db, 'vipOrder', orders);
  });
  afterAll(() => york.close());

  const report = async (from: string, to: string) => {
    const res = await york.call('GET', `/v1/stats/revenue?from=${from}&to=${to}&planFrom=2026-03`, {
      key: york.keys.admin.secret,
    });
    expect(res.status, res.text).toBe(200);
    return res.body as RevenueStats;
  };

  it.each([
    ['across the change', '2026-03-04', '2026-03-10'],
    ['after the change only', '2026-03-10', '2026-03-12'],
    ['before the change only', '2026-03-01', '2026-03-07'],
  ])('bills each order on the club day it was paid, %s, as core does over the orders', async (_, from, to) => {
    const answered = await report(from, to);
    expect(answered).toEqual(expected(orders, { from, to, planFrom: '2026-03', timeZone: 'America/New_York' }));
    const paidOn = answered.days.filter((d) => d.ordersPaid > 0).map((d) => [d.date, d.ordersPaid]);
    expect(paidOn).toEqual(
      [
        ['2026-03-04', 1],
        ['2026-03-09', 1],
        ['2026-03-10', 1],
      ].filter(([date]) => String(date) >= from && String(date) <= to),
    );
  });
});

/**
 * Orders of twenty members paid and cancelled over February to May 2026 at instants spread over
 * the day, and on both sides of club-day starts in `timeZone` (a millisecond before and at one):
 * what the database groups into spans must be billed, refunded and earned as core does it order
 * by order, whether an order is paid before the period, within it or after it.
 */
function ordersAround(timeZone: string): VipOrder[] {
  // mulberry32: the same orders every run.
  let seed = 20_261_203;
  const random = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), seed | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
  const current = new Map<number, VipOrder['term']>();
  const orders: VipOrder[] = [];
  for (let i = 0; i < 80; i++) {
    const member = random(20);
    const day = addDays('2026-02-01', random(120));
    const dayStart = startOfDayInZone(day, timeZone).getTime();
    // Every fourth order a millisecond before or at a club day's start; the others anywhere in it.
    const at = i % 4 === 0 ? dayStart - (i % 8 === 0 ? 1 : 0) : dayStart + random(86_400_000);
    const paidAt = new Date(at).toISOString();
    const today = dateInZone(new Date(at), timeZone);
    const id = `vor_${String(i).padStart(26, '0')}`;
    const memberId = `mbr_${String(member).padStart(26, '0')}`;
    const held = current.get(member);
    const renewable = held !== undefined && held.activeUntil < addMonths(today, 12) ? held : undefined;
    const opened = openVipOrder({ id, memberId, branchId: 'br_north', now: paidAt, today, current: renewable });
    let order = confirmVipOrder(opened, {
      paymentReference: `BANK-${id}`,
      now: paidAt,
      today,
      current: renewable,
    });
    if (random(3) === 0) {
      // Half of them a millisecond before or at a club day's start.
      const cancelAt =
        random(2) === 0
          ? startOfDayInZone(addDays(today, 1 + random(60)), timeZone).getTime() - random(2)
          : at + random(60 * 86_400_000);
      order = cancelVipOrder(order, {
        now: new Date(cancelAt).toISOString(),
        today: dateInZone(new Date(cancelAt), timeZone),
      });
      current.delete(member);
    } else current.set(member, order.term);
    orders.push(order);
  }
  return orders;
}

/** Each zone with the periods asked of it. */
const zonesAndPeriods: [string, [string, string][]][] = [
  [
    'Asia/Shanghai',
    [
      ['2026-03-01', '2026-03-31'],
      ['2026-02-15', '2026-04-10'],
      ['2026-04-01', '2027-03-31'],
    ],
  ],
  [
    'Asia/Kolkata',
    [
      ['2026-03-01', '2026-03-31'],
      ['2026-05-20', '2026-05-20'],
      ['2027-01-01', '2027-06-30'],
    ],
  ],
  // Clocks go forward on 8 March 2026: March meets the change, April does not.
  [
    'America/New_York',
    [
      ['2026-03-01', '2026-03-31'],
      ['2026-04-01', '2026-04-30'],
      ['2026-02-01', '2027-01-31'],
    ],
  ],
];

describe.each(zonesAndPeriods)('GET /v1/stats/revenue over orders grouped in %s', (timeZone, periods) => {
  let zoned: TestServer;
  const orders = ordersAround(timeZone);
  beforeAll(async () => {
    zoned = await startTestServer({ timeZone, clock: () => new Date('2026-06-01T12:00:00Z') });
    await insertRecords(zoned.server.db, 'vipOrder', orders);
  });
  afterAll(() => zoned.close());

  it('has orders paid and cancelled on both sides of club-day starts', () => {
    const starts = (at: string | undefined) =>
      at !== undefined && startOfDayInZone(dateInZone(new Date(at), timeZone), timeZone).toISOString() === at;
    expect(orders.filter((o) => starts(o.paidAt)).length).toBeGreaterThan(3);
    expect(orders.filter((o) => starts(new Date(Date.parse(o.paidAt ?? '') + 1).toISOString())).length).toBeGreaterThan(
      3,
    );
    const cancelled = orders.filter((o) => o.cancelledAt !== undefined);
    expect(cancelled.length).toBeGreaterThan(5);
    expect(cancelled.filter((o) => starts(o.cancelledAt)).length).toBeGreaterThan(1);
    expect(
      cancelled.filter((o) => starts(new Date(Date.parse(o.cancelledAt ?? '') + 1).toISOString())).length,
    ).toBeGreaterThan(1);
    expect(orders.filter((o) => o.kind === 'renewal').length).toBeGreaterThan(3);
  });

  it.each(periods)('answers %s to %s as core does over each order', async (from, to) => {
    const res = await zoned.call('GET', `/v1/stats/revenue?from=${from}&to=${to}&planFrom=2026-02`, {
      key: zoned.keys.admin.secret,
    });
    expect(res.status, res.text).toBe(200);
    const report = res.body as RevenueStats;
    expect(report).toEqual(expected(orders, { from, to, planFrom: '2026-02', timeZone }));
    expect(report.totals.ordersPaid + report.totals.recognizedFen).toBeGreaterThan(0);
  });
});
