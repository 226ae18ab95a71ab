import { createClubTransport, sessionFromEndpoint } from '@clubkit/client';
import { addDays } from '@clubkit/core';
import type { Activity } from '@clubkit/core/vip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { vipActivitiesClient, type VipActivitiesClient } from './client.js';
import { VipActivitiesController } from './vip-activities-controller.js';
import { PlainHost } from '../testing/plain-host.js';

/** The Club API's clock, which the tests move a day at a time; the club's "today" follows it. */
const NOW = new Date('2026-11-27T02:00:00.000Z');
const FIRST_DAY = '2026-11-27';
let today = FIRST_DAY;
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
afterAll(() => api.close());

/** Moves the club's clock (and the controller's today) to `days` after the first day. */
function moveTo(days: number): void {
  today = addDays(FIRST_DAY, days);
  NOW.setTime(Date.parse(`${today}T02:00:00.000Z`));
}

function memberClient(endpoint = api.sessionEndpoint): VipActivitiesClient {
  return vipActivitiesClient(
    createClubTransport({ baseUrl: api.baseUrl, session: sessionFromEndpoint(endpoint), retry: false }),
  );
}

function controllerWith(member: VipActivitiesClient | undefined) {
  const signedUp: string[] = [];
  const cancelled: string[] = [];
  const controller = new VipActivitiesController(new PlainHost(), {
    member: () => member,
    today: () => today,
    onSignedUp: (s) => signedUp.push(s.id),
    onCancelled: (s) => cancelled.push(s.id),
  });
  return { controller, signedUp, cancelled };
}

/** An activity whose sign-up runs from the first day to `until` days after it, starting `starts` days after it. */
const setUp = async (title: string, until: number, starts: number, capacity = 5) =>
  (await api.adminCall('POST', '/v1/activities', {
    kind: 'gathering',
    title,
    startsOn: addDays(FIRST_DAY, starts),
    endsOn: addDays(FIRST_DAY, starts),
    capacity,
    priceFen: 0,
    signUpFrom: FIRST_DAY,
    signUpUntil: addDays(FIRST_DAY, until),
  })) as Activity;

describe('VipActivitiesController', () => {
  it('keeps a seat among the member’s own after its sign-up closes, through its first day, and not after', async () => {
    moveTo(0);
    const party = await setUp('年終聯誼', 2, 5);
    const { controller, signedUp } = controllerWith(memberClient());
    await controller.reload();
    await controller.signUp(party.id);
    expect(controller.action).toMatchObject({ status: 'done', kind: 'sign-up', title: '年終聯誼' });
    expect(signedUp).toHaveLength(1);

    moveTo(3); // sign-up closed: the open list no longer holds it, the seat still shows with its activity
    await controller.reload();
    let state = controller.state;
    if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
    expect(state.open.map((a) => a.id)).not.toContain(party.id);
    expect(state.mine.find((s) => s.activity?.id === party.id)?.activity?.title).toBe('年終聯誼');

    moveTo(5); // its first day: still the member's, and the club refuses to cancel it
    await controller.reload();
    state = controller.state;
    if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
    const seat = state.mine.find((s) => s.signUp.activityId === party.id);
    expect(seat?.signUp.startsOn).toBe(today);
    await controller.cancel(seat?.signUp.id ?? '');
    const refused = controller.action;
    expect(refused.status).toBe('refused');
    expect(refused.status === 'refused' && (refused.error as { code?: string }).code).toBe('vip/activity-started');

    moveTo(6);
    await controller.reload();
    state = controller.state;
    expect(state.status === 'ready' && state.mine.some((s) => s.signUp.activityId === party.id)).toBe(false);
    moveTo(0);
  });

  it('keeps the club’s refusal of a second seat with its problem type, and the seats left are the club’s', async () => {
    moveTo(0);
    const trip = await setUp('雨林健行', 3, 6, 2);
    const { controller, signedUp } = controllerWith(memberClient());
    await controller.signUp(trip.id);
    await controller.signUp(trip.id);
    const refused = controller.action;
    expect(refused).toMatchObject({ status: 'refused', kind: 'sign-up', id: trip.id });
    expect(refused.status === 'refused' && (refused.error as { code?: string }).code).toBe('vip/already-signed-up');
    expect(signedUp).toHaveLength(1);
    const state = controller.state;
    expect(state.status === 'ready' && state.open.find((a) => a.id === trip.id)?.seatsTaken).toBe(1);
  });

  it('is idle without a member client and signed out when the page has no member', async () => {
    const idle = controllerWith(undefined).controller;
    await idle.reload();
    expect(idle.state).toEqual({ status: 'idle' });
    await idle.signUp('act_x');
    expect(idle.action).toEqual({ status: 'none' });
    const out = controllerWith(memberClient(api.signedOutEndpoint)).controller;
    await out.reload();
    expect(out.state).toEqual({ status: 'signed-out' });
  });
});
