import type { ApplicationApprovalResult, MemberSession, Page } from '@clubkit/core/api';
import { revenueStats, type RevenueStats } from '@clubkit/core/stats';
import type { Activity, ActivitySignUp, AdIncome } from '@clubkit/core/vip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, stringMatching, type TestServer } from '../test-support.js';

/** The test clock: noon in the club's zone on `day`, moved by the tests. */
let day = '2026-06-10';
let tick = 0;
const clock = () => new Date(Date.parse(`${day}T04:00:00Z`) + tick++);

let t: TestServer;
const admin = () => t.keys.admin.secret;
let plates = 0;

/** A member of `branchId` whose policy runs through `policyEnd` (through an application, as every member joins). */
async function member(branchId = 'br_north', policyEnd = '2027-12-31'): Promise<string> {
  plates += 1;
  const applied = await t.call('POST', '/v1/applications', {
    key: admin(),
    body: {
      branchId,
      applicant: { name: '岩溫', phone: '13900139001' },
      plate: `雲K5${String(plates).padStart(4, '0')}`,
      policy: { number: `P-ACT-${plates}`, start: '2026-01-01', end: policyEnd },
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

const newTrip = (overrides: Record<string, unknown> = {}) => ({
  kind: 'self-drive-trip',
  title: '勐臘雨林自駕游',
  startsOn: '2026-07-01',
  endsOn: '2026-07-03',
  capacity: 2,
  priceFen: 58000,
  signUpFrom: '2026-06-01',
  signUpUntil: '2026-06-25',
  ...overrides,
});

async function createActivity(overrides: Record<string, unknown> = {}): Promise<Activity> {
  const res = await t.call('POST', '/v1/activities', { key: admin(), body: newTrip(overrides) });
  expect(res.status, res.text).toBe(201);
  return res.body as Activity;
}

const signUp = async (activityId: string, memberId: string) =>
  t.call('POST', `/v1/activities/${activityId}/sign-ups`, { key: await session(memberId) });

beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

describe('club activities', () => {
  it('lets the administrator set up an activity, and refuses a window that runs into its first day', async () => {
    const trip = await createActivity();
    expect(trip).toMatchObject({ id: stringMatching(/^act_/), seatsTaken: 0, priceFen: 58000 });
    const late = await t.call('POST', '/v1/activities', { key: admin(), body: newTrip({ signUpUntil: '2026-07-01' }) });
    expect(late.status).toBe(400);
    expect(issuePaths(late)).toEqual([['signUpUntil']]);
    const branch = await t.call('POST', '/v1/activities', { key: t.keys.north.secret, body: newTrip() });
    expect(branch.status).toBe(403);
  });

  it('gives the last seat, refuses the next member as full, and frees a cancelled seat for them', async () => {
    const trip = await createActivity();
    const [a, b, c] = [await member(), await member('br_south'), await member()];
    expect((await signUp(trip.id, a)).status).toBe(201);
    const second = await signUp(trip.id, b);
    expect(second.status, second.text).toBe(201);
    expect(second.body).toMatchObject({ status: 'signed-up', branchId: 'br_south', priceFen: 58000 });
    const full = await signUp(trip.id, c);
    expect(full.status).toBe(409);
    expect(problem(full).code).toBe('vip/activity-full');
    const cancelled = await t.call('POST', `/v1/activity-sign-ups/${(second.body as ActivitySignUp).id}/cancel`, {
      key: await session(b),
    });
    expect(cancelled.status, cancelled.text).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    expect((await signUp(trip.id, c)).status).toBe(201);
    const read = await t.call('GET', `/v1/activities/${trip.id}`, { key: await session(a) });
    expect((read.body as Activity).seatsTaken).toBe(2);
    const seats = await t.call('GET', `/v1/activities/${trip.id}/sign-ups`, { key: admin() });
    expect((seats.body as Page<ActivitySignUp>).data.map((s) => s.status)).toEqual([
      'signed-up',
      'cancelled',
      'signed-up',
    ]);
  });

  it('refuses a second seat to the same member, and a cancelled seat a second cancellation', async () => {
    const trip = await createActivity({ capacity: 5 });
    const a = await member();
    const first = await signUp(trip.id, a);
    const again = await signUp(trip.id, a);
    expect(again.status).toBe(409);
    expect(problem(again).code).toBe('vip/already-signed-up');
    const id = (first.body as ActivitySignUp).id;
    expect((await t.call('POST', `/v1/activity-sign-ups/${id}/cancel`, { key: admin() })).status).toBe(200);
    const twice = await t.call('POST', `/v1/activity-sign-ups/${id}/cancel`, { key: admin() });
    expect(problem(twice).code).toBe('vip/sign-up-cancelled');
    // Once cancelled, the member may take a seat again.
    expect((await signUp(trip.id, a)).status).toBe(201);
  });

  it('takes a sign-up on the window’s last day and refuses one the day after; no cancelling from the first day', async () => {
    const trip = await createActivity({ capacity: 5 });
    const [a, b] = [await member(), await member()];
    day = '2026-06-25';
    const last = await signUp(trip.id, a);
    expect(last.status, last.text).toBe(201);
    day = '2026-06-26';
    const closed = await signUp(trip.id, b);
    expect(closed.status).toBe(409);
    expect(problem(closed).code).toBe('vip/sign-up-closed');
    day = '2026-07-01';
    const started = await t.call('POST', `/v1/activity-sign-ups/${(last.body as ActivitySignUp).id}/cancel`, {
      key: await session(a),
    });
    expect(started.status).toBe(409);
    expect(problem(started).code).toBe('vip/activity-started');
    day = '2026-06-10';
  });

  it('keeps out a member whose membership has lapsed', async () => {
    const trip = await createActivity({ capacity: 5 });
    day = '2026-03-01';
    const lapsed = await member('br_north', '2026-05-01');
    day = '2026-06-10';
    const res = await signUp(trip.id, lapsed);
    expect(res.status).toBe(403);
    expect(problem(res).code).toBe('vip/not-a-member');
  });

  it('lets a member cancel only their own seat, and lists their seats on their own page', async () => {
    const trip = await createActivity({ capacity: 5, kind: 'gathering', priceFen: 0 });
    const [a, b] = [await member(), await member()];
    const seat = (await signUp(trip.id, a)).body as ActivitySignUp;
    const other = await t.call('POST', `/v1/activity-sign-ups/${seat.id}/cancel`, { key: await session(b) });
    expect(other.status).toBe(404);
    const mine = await t.call('GET', '/v1/me/activity-sign-ups', { key: await session(a) });
    expect((mine.body as Page<ActivitySignUp>).data.map((s) => s.id)).toEqual([seat.id]);
    const theirs = await t.call('GET', '/v1/me/activity-sign-ups', { key: await session(b) });
    expect((theirs.body as Page<ActivitySignUp>).data).toEqual([]);
  });

  it('lists the activities open for sign-up on a day, by kind', async () => {
    const buying = await createActivity({
      kind: 'group-buying',
      signUpFrom: '2026-08-01',
      signUpUntil: '2026-08-20',
      startsOn: '2026-09-01',
      endsOn: '2026-09-01',
    });
    const a = await member();
    const list = async (query: string) =>
      ((await t.call('GET', `/v1/activities${query}`, { key: await session(a) })).body as Page<Activity>).data.map(
        (x) => x.id,
      );
    expect(await list('?signUpOpenOn=2026-08-20&kind=group-buying')).toEqual([buying.id]);
    expect(await list('?signUpOpenOn=2026-07-31&kind=group-buying')).toEqual([]);
    expect(await list('?signUpOpenOn=2026-08-21')).toEqual([]);
  });
});

describe('advertising income', () => {
  it('records a merchant’s advertising for a period, and refuses an unknown merchant or an empty amount', async () => {
    const created = await t.call('POST', '/v1/merchants', {
      key: admin(),
      body: {
        name: '孔雀輪胎',
        category: 'repair',
        region: 'jinghong',
        address: '景洪市宣慰大道9號',
        location: { lat: 22.0, lng: 100.8 },
        phone: '0691-2130000',
        offers: [],
      },
    });
    expect(created.status, created.text).toBe(201);
    const merchantId = (created.body as { id: string }).id;
    const res = await t.call('POST', '/v1/ad-income', {
      key: admin(),
      body: { merchantId, amountFen: 120000, from: '2026-06-01', to: '2026-06-30', note: '會員網站首頁橫幅' },
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ id: stringMatching(/^adv_/), merchantId, amountFen: 120000 });
    const unknown = await t.call('POST', '/v1/ad-income', {
      key: admin(),
      body: { merchantId: 'mch_nobody', amountFen: 1, from: '2026-06-01', to: '2026-06-30' },
    });
    expect(unknown.status).toBe(404);
    const empty = await t.call('POST', '/v1/ad-income', {
      key: admin(),
      body: { merchantId, amountFen: 0, from: '2026-06-01', to: '2026-06-30' },
    });
    expect(empty.status).toBe(400);
    const listed = await t.call('GET', `/v1/ad-income?on=2026-06-30&merchantId=${merchantId}`, { key: admin() });
    expect((listed.body as Page<AdIncome>).data.map((a) => a.id)).toEqual([(res.body as AdIncome).id]);
    const merchant = await t.call('GET', '/v1/ad-income', { key: t.keys.merchant.secret });
    expect(merchant.status).toBe(403);
  });
});

describe('GET /v1/stats/revenue: the other income', () => {
  it('answers core’s report over the seats held and the advertising recorded, and a branch only its members’ seats', async () => {
    const activities = ((await t.call('GET', '/v1/activities?limit=100', { key: admin() })).body as Page<Activity>)
      .data;
    const held: ActivitySignUp[] = [];
    for (const activity of activities) {
      const page = await t.call('GET', `/v1/activities/${activity.id}/sign-ups?limit=100`, { key: admin() });
      held.push(...(page.body as Page<ActivitySignUp>).data.filter((s) => s.status === 'signed-up'));
    }
    const ads = ((await t.call('GET', '/v1/ad-income?limit=100', { key: admin() })).body as Page<AdIncome>).data;
    const options = { from: '2026-06-01', to: '2026-09-30', timeZone: 'Asia/Shanghai', planFrom: '2026-06' };
    const res = await t.call('GET', '/v1/stats/revenue?from=2026-06-01&to=2026-09-30&planFrom=2026-06', {
      key: admin(),
    });
    expect(res.status, res.text).toBe(200);
    const report = res.body as RevenueStats;
    expect(report).toEqual(
      revenueStats([], options, {
        activities: held.map((s) => ({ kind: s.kind, on: s.startsOn, amountFen: s.priceFen })),
        advertising: ads,
      }),
    );
    // Trips of 580 CNY seats start on 1 July with 2 + 1 + 1 seats held; the free gathering adds nothing.
    expect(report.days.find((d) => d.date === '2026-07-01')).toMatchObject({ activitiesFen: 4 * 58000 });
    expect(report.totals.advertisingFen).toBe(120000);
    expect(report.totals.incomeFen).toBe(4 * 58000 + 120000);

    const north = (
      await t.call('GET', '/v1/stats/revenue?from=2026-06-01&to=2026-09-30&planFrom=2026-06', {
        key: t.keys.north.secret,
      })
    ).body as RevenueStats;
    const northSeats = held.filter((s) => s.branchId === 'br_north');
    expect(north.totals.activitiesFen).toBe(northSeats.reduce((sum, s) => sum + s.priceFen, 0));
    expect(north.totals.advertisingFen).toBe(0);
  });
});
