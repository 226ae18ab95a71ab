import { createClubTransport, isClubApiError, sessionFromEndpoint } from '@clubkit/client';
import { unansweredQuestions } from '@clubkit/core/service';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { handoverDeskClient, type HandoverDeskClient } from './client.js';
import { HandoverDeskController, HandoverDeskStatus, mayHandOver } from './handover-desk-controller.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** A fresh Club API (the clock runs, so each hand-over is dated after the one it follows). */
async function start(): Promise<TestApi> {
  api = await startTestApi({ members: 10, merchants: 5, complaints: 0 });
  return api;
}

function clientOf(a: TestApi, token: string): HandoverDeskClient {
  return handoverDeskClient(
    createClubTransport({ baseUrl: a.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
}

/** The desk's two shifts: the day shift (the demo desk user) and the night shift that handed over to her. */
async function shifts(a: TestApi) {
  const [day, night] = a.demo.staff.filter((s) => s.principal.role === 'desk');
  if (!day || !night) throw new Error('The demo has no two desk shifts');
  const desk = async (staffId: string) => {
    const controller = new HandoverDeskController(new PlainHost(), () => client);
    const client = clientOf(a, await a.staffToken({ staffId }));
    await controller.reload();
    return controller;
  };
  return { day: await desk(day.id), night: await desk(night.id), dayId: day.id, nightId: night.id };
}

function ready(desk: HandoverDeskController) {
  const state = desk.state;
  if (state.status !== HandoverDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
  return state;
}

function refusal(desk: HandoverDeskController): [number | undefined, string] | undefined {
  const action = desk.action;
  return action.status === 'error' && isClubApiError(action.error)
    ? [action.error.status, action.error.code]
    : undefined;
}

describe('HandoverDeskController', () => {
  it('is idle without a client', async () => {
    const desk = new HandoverDeskController(new PlainHost(), () => undefined);
    await desk.reload();
    expect(desk.state.status).toBe(HandoverDeskStatus.idle);
    expect(await desk.ask('?')).toBe(false);
    expect(await desk.handOver({ log: 'x' })).toBeUndefined();
  });

  it('shows the day shift the night shift’s hand-over with its open items, to ask about, accept or refuse', async () => {
    const a = await start();
    const { day, nightId, dayId } = await shifts(a);
    const state = ready(day);
    expect(state.me).toBe(`staff:${dayId}`);
    expect(state.latest).toMatchObject({ status: 'handed-over', handedOverBy: `staff:${nightId}` });
    expect(state.latest?.items).toHaveLength(3);
    expect([...state.next].sort()).toEqual(['accept', 'answer', 'ask', 'refuse']);
    expect(mayHandOver(state.latest)).toBe(false);
  });

  it('takes a hand-over over once the writer has answered the question asked, then writes the next marking an item done', async () => {
    const a = await start();
    const { day, night } = await shifts(a);
    expect(await day.ask('A-1203 的備用鑰匙放在哪一格？')).toBe(true);
    expect(ready(day).latest?.questions).toHaveLength(1);

    // Not while a question waits for its answer: the Club API refuses, nothing changes.
    expect(await day.accept()).toBe(false);
    expect(refusal(day)).toEqual([409, 'handover/invalid-transition']);
    expect(ready(day).latest?.status).toBe('handed-over');

    await night.reload();
    const latest = ready(night).latest;
    expect(latest && unansweredQuestions(latest)).toBe(1);
    expect(await night.answer(0, '保險櫃第二格，登記本第 14 頁。')).toBe(true);
    expect(ready(night).latest?.questions[0]?.answer?.text).toBe('保險櫃第二格，登記本第 14 頁。');

    await day.reload();
    expect(await day.accept()).toBe(true);
    expect(day.action).toEqual({ status: 'done', kind: 'accept' });
    const accepted = ready(day).latest;
    expect(accepted?.status).toBe('accepted');
    expect(mayHandOver(accepted)).toBe(true);

    const first = accepted?.items[0]?.key ?? '';
    const written = await day.handOver({ log: '早班：鑰匙已交業主。', items: ['D-0101 水錶讀數待抄'], done: [first] });
    expect(written?.previousId).toBe(accepted?.id);
    const next = ready(day).latest;
    expect(next?.id).toBe(written?.id);
    expect(next?.items.map((i) => [i.text.slice(0, 6), i.done !== undefined])).toEqual([
      ['A-1203', true],
      ['B-2101', false],
      ['快遞代收 3', false],
      ['D-0101', false],
    ]);
    // The day shift wrote it: the next shift, not she, asks about it and takes it over.
    expect(await day.accept()).toBe(false);
    expect(refusal(day)).toEqual([409, 'handover/invalid-transition']);
  });

  it('refuses a hand-over written while the latest is not yet taken over, and keeps the latest shown', async () => {
    const a = await start();
    const { day } = await shifts(a);
    expect(await day.handOver({ log: '早班。' })).toBeUndefined();
    expect(refusal(day)).toEqual([409, 'handover/previous-pending']);
    expect(ready(day).latest?.status).toBe('handed-over');
  });

  it('keeps the writer from asking about or taking over their own hand-over', async () => {
    const a = await start();
    const { night } = await shifts(a);
    expect(await night.ask('?')).toBe(false);
    expect(refusal(night)).toEqual([409, 'handover/invalid-transition']);
    expect(await night.accept()).toBe(false);
    expect(ready(night).latest?.questions).toEqual([]);
  });

  it('records a refusal with its reason, then a colleague’s review with a note', async () => {
    const a = await start();
    const { day, night } = await shifts(a);
    expect(await day.refuse('保險櫃鑰匙數目與登記不符。')).toBe(true);
    expect(ready(day).latest?.refusal?.reason).toBe('保險櫃鑰匙數目與登記不符。');
    expect(ready(day).next).toEqual(['review']);
    // A refused hand-over is not taken over until the superior settles it.
    expect(await day.handOver({ log: '早班。' })).toBeUndefined();
    expect(refusal(day)).toEqual([409, 'handover/previous-pending']);
    expect(await night.review('已核對')).toBe(false);
    const admin = new HandoverDeskController(new PlainHost(), () => adminClient);
    const adminClient = clientOf(a, await a.staffToken({ role: 'admin' }));
    await admin.reload();
    expect(await admin.review('已核對：一把在工程部。')).toBe(true);
    expect(ready(admin).latest).toMatchObject({ status: 'reviewed', review: { note: '已核對：一把在工程部。' } });
  });

  it('shows the Club API’s refusal to staff of a role without the desk, as an error', async () => {
    const a = await start();
    const desk = new HandoverDeskController(new PlainHost(), () => client);
    const client = clientOf(a, await a.staffToken({ role: 'merchant' }));
    await desk.reload();
    const state = desk.state;
    expect(state.status).toBe(HandoverDeskStatus.error);
    if (state.status === HandoverDeskStatus.error) expect(isClubApiError(state.error) && state.error.status).toBe(403);
  });

  it('is signed out when the session endpoint has no staff member signed in', async () => {
    const a = await start();
    const client = handoverDeskClient(
      createClubTransport({ baseUrl: a.baseUrl, session: sessionFromEndpoint(a.signedOutEndpoint) }),
    );
    const desk = new HandoverDeskController(new PlainHost(), () => client);
    await desk.reload();
    expect(desk.state.status).toBe(HandoverDeskStatus.signedOut);
  });
});
