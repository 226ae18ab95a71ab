import { createClubTransport, isClubApiError, sessionFromEndpoint } from '@clubkit/client';
import type { Page } from '@clubkit/core/api';
import type { Visit } from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { complaintDeskClient, type ComplaintDeskClient } from './client.js';
import { endOfDay, ReturnVisitsController, ReturnVisitsStatus } from './return-visits-controller.js';
import { PlainHost } from '../testing/plain-host.js';

const now = new Date('2026-11-27T04:00:00Z');
const HOUR = 3_600_000;
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now, complaints: 30 });
});
afterAll(() => api.close());

async function clientFor(role: string): Promise<ComplaintDeskClient> {
  const token = await api.staffToken({ role });
  return complaintDeskClient(
    createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
}

async function loaded(client: ComplaintDeskClient | undefined, clock = () => now) {
  const visits = new ReturnVisitsController(new PlainHost(), () => client, clock);
  await visits.reload();
  return visits;
}

function dueOf(controller: ReturnVisitsController) {
  const state = controller.state;
  if (state.status !== ReturnVisitsStatus.ready) throw new Error(`not ready: ${state.status}`);
  return state;
}

/** Every return visit after a complaint the demo booked, as the administrator reads them. */
async function bookedAfterComplaints(): Promise<Visit[]> {
  const page = (await api.adminCall('GET', '/v1/visits?kind=return&subjectKind=complaint&limit=100')) as Page<Visit>;
  return page.data;
}

describe('ReturnVisitsController', () => {
  it('is idle without a client, and asks for nothing', async () => {
    const visits = await loaded(undefined);
    expect(visits.state.status).toBe(ReturnVisitsStatus.idle);
  });

  it('lists today’s return visits after complaints, the overdue one first and marked, and leaves out next week’s', async () => {
    const booked = await bookedAfterComplaints();
    expect(booked).toHaveLength(3);
    const { visits, truncated } = dueOf(await loaded(await clientFor('desk')));
    expect(truncated).toBe(false);
    expect(visits.map((d) => [Date.parse(d.visit.appointmentAt) - now.getTime(), d.overdue])).toEqual([
      [-24 * HOUR, true],
      [HOUR / 2, false],
    ]);
    expect(visits.every((d) => d.visit.status === 'scheduled' && d.visit.subject?.kind === 'complaint')).toBe(true);
  });

  it('takes “today” and “overdue” from its clock: two days on, both are overdue and next week’s is still not due', async () => {
    const later = new Date(now.getTime() + 48 * HOUR);
    const { visits } = dueOf(await loaded(await clientFor('desk'), () => later));
    expect(visits.map((d) => [Date.parse(d.visit.appointmentAt) - now.getTime(), d.overdue])).toEqual([
      [-24 * HOUR, true],
      [HOUR / 2, true],
    ]);
  });

  it('no longer lists a visit once it is made', async () => {
    const client = await clientFor('desk');
    const [first] = dueOf(await loaded(client)).visits;
    if (!first) throw new Error('no return visit due');
    await api.adminCall('POST', `/v1/visits/${first.visit.id}/events`, {
      type: 'record',
      opinions: '投訴人表示滿意，沒有其他要求。',
      satisfied: true,
    });
    const { visits } = dueOf(await loaded(client));
    expect(visits.map((d) => d.visit.id)).not.toContain(first.visit.id);
    expect(visits).toHaveLength(1);
  });

  it('tells a role that may not see visits by an error, not an empty list', async () => {
    const state = (await loaded(await clientFor('merchant'))).state;
    if (state.status !== ReturnVisitsStatus.error) throw new Error(`state: ${state.status}`);
    expect(isClubApiError(state.error) && state.error.status).toBe(403);
  });

  it('says so when the session endpoint has no staff member signed in', async () => {
    const signedOut = complaintDeskClient(
      createClubTransport({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.signedOutEndpoint) }),
    );
    expect((await loaded(signedOut)).state.status).toBe(ReturnVisitsStatus.signedOut);
  });

  it('ends the day at the next local midnight', () => {
    const noon = new Date(2026, 10, 27, 12, 30);
    expect(endOfDay(noon)).toEqual(new Date(2026, 10, 28));
    expect(endOfDay(new Date(2026, 11, 31, 23, 59))).toEqual(new Date(2027, 0, 1));
  });
});
