import { createClubTransport } from '@clubkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { complaintDeskClient, type ComplaintDeskClient } from './client.js';
import { ComplaintDeskController, ComplaintDeskStatus, ComplaintQueue } from './complaint-desk-controller.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), complaints: 30 });
});
afterAll(() => api.close());

async function clientFor(role: string): Promise<ComplaintDeskClient> {
  const token = await api.staffToken({ role });
  return complaintDeskClient(
    createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
}

async function loaded(client: ComplaintDeskClient | undefined, pageSize?: number) {
  const desk = new ComplaintDeskController(new PlainHost(), () => client, pageSize === undefined ? {} : { pageSize });
  await desk.reload();
  return desk;
}

function readyOf(desk: ComplaintDeskController) {
  const state = desk.state;
  if (state.status !== ComplaintDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
  return state;
}

/** A client that counts the complaint pages it asks for. */
function counting(client: ComplaintDeskClient): { client: ComplaintDeskClient; pages: () => number } {
  let pages = 0;
  const list: ComplaintDeskClient['complaints']['list'] = (query, options) => {
    const inner = client.complaints.list(query, options);
    return {
      ...inner,
      page: (cursor) => {
        pages += 1;
        return inner.page(cursor);
      },
    };
  };
  return { client: { ...client, complaints: { ...client.complaints, list } }, pages: () => pages };
}

describe('ComplaintDeskController', () => {
  it('is idle without a client, and asks for nothing', async () => {
    const desk = await loaded(undefined);
    expect(desk.state.status).toBe(ComplaintDeskStatus.idle);
    await desk.open('cmp_x');
    expect(desk.opened.status).toBe('none');
  });

  it('puts the overdue complaints first, then the others waiting for action by deadline, none twice', async () => {
    const desk = await loaded(await clientFor('desk'));
    const state = desk.state;
    if (state.status !== ComplaintDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
    const overdue = state.entries.filter((e) => e.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    expect(state.entries.slice(0, overdue.length).every((e) => e.overdue)).toBe(true);
    expect(state.entries.every((e) => ['received', 'escalated', 'assigned'].includes(e.complaint.status))).toBe(true);
    const ids = state.entries.map((e) => e.complaint.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rest = state.entries.slice(overdue.length).map((e) => e.complaint.deadline ?? e.complaint.receivedAt);
    expect(rest).toEqual([...rest].sort());
  });

  it('shows another queue by status', async () => {
    const desk = await loaded(await clientFor('desk'));
    await desk.setQueue(ComplaintQueue.closed);
    const state = desk.state;
    if (state.status !== ComplaintDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
    expect(state.queue).toBe('closed');
    expect(state.entries.every((e) => e.complaint.status === 'closed' && !e.overdue)).toBe(true);
  });

  it('opens a complaint with the steps core allows, takes one, and reloads the queue', async () => {
    const client = await clientFor('desk');
    const desk = await loaded(client);
    const state = desk.state;
    if (state.status !== ComplaintDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
    const target = state.entries.find((e) => e.complaint.status === 'received');
    if (!target) throw new Error('no received complaint');
    await desk.open(target.complaint.id);
    const opened = desk.opened;
    if (opened.status !== 'ready') throw new Error(`not opened: ${opened.status}`);
    expect(opened.next.sort()).toEqual(['assign', 'escalate', 'flagMalicious', 'resolve']);
    expect(await desk.act({ type: 'escalate', to: 'manager', reason: '需要經理決定' })).toBe(true);
    expect(desk.action).toEqual({ status: 'done', type: 'escalate' });
    const after = desk.opened;
    expect(after.status === 'ready' && after.complaint.status).toBe('escalated');
    expect(after.status === 'ready' && after.next.includes('escalate')).toBe(true);
    await desk.settled;
    const reloaded = desk.state;
    expect(
      reloaded.status === ComplaintDeskStatus.ready &&
        reloaded.entries.find((e) => e.complaint.id === target.complaint.id)?.complaint.status,
    ).toBe('escalated');
  });

  it('answers false for a step the Club API refuses, keeping the complaint as it was', async () => {
    const client = await clientFor('desk');
    const desk = await loaded(client);
    const state = desk.state;
    if (state.status !== ComplaintDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
    const target = state.entries.find((e) => e.complaint.status === 'received');
    if (!target) throw new Error('no received complaint');
    await desk.open(target.complaint.id);
    // Not allowed from `received`: the workflow refuses it on the server.
    expect(await desk.act({ type: 'close' })).toBe(false);
    expect(desk.action.status).toBe('error');
    const opened = desk.opened;
    expect(opened.status === 'ready' && opened.complaint.status).toBe('received');
    expect((await client.complaints.get(target.complaint.id)).status).toBe('received');
  });

  it('reports an unknown complaint as an error of the opened complaint, not of the queue', async () => {
    const desk = await loaded(await clientFor('desk'));
    await desk.open('cmp_0NOTHING0000000000000');
    expect(desk.opened.status).toBe('error');
    expect(desk.state.status).toBe(ComplaintDeskStatus.ready);
  });

  it('tells a role that may not work complaints by an error, not an empty queue', async () => {
    const desk = await loaded(await clientFor('merchant'));
    expect(desk.state.status).toBe(ComplaintDeskStatus.error);
  });

  it('shows a one-status queue page by page with the client’s cursor, in the Club API’s order, none twice', async () => {
    const client = await clientFor('desk');
    const every: string[] = [];
    for await (const c of client.complaints.list({ status: 'closed' })) every.push(c.id);
    expect(every.length).toBeGreaterThan(2);
    const { client: counted, pages } = counting(client);
    const desk = new ComplaintDeskController(new PlainHost(), () => counted, { pageSize: 2 });
    await desk.setQueue(ComplaintQueue.closed);
    expect(readyOf(desk).entries).toHaveLength(2);
    expect(readyOf(desk).more).toBe(true);
    const asked = pages();
    while (readyOf(desk).more) expect(await desk.showMore()).toBe(true);
    expect(readyOf(desk).entries.map((e) => e.complaint.id)).toEqual(every);
    expect(pages() - asked).toBe(Math.ceil(every.length / 2) - 1);
    expect(await desk.showMore()).toBe(false);
    // Another queue starts again at its first page.
    await desk.setQueue(ComplaintQueue.resolved);
    expect(readyOf(desk).entries.length).toBeLessThanOrEqual(2);
  });

  it('shows the open queue’s next page from what it read, asking the Club API nothing more', async () => {
    const client = await clientFor('desk');
    const whole = readyOf(await loaded(client)).entries.map((e) => e.complaint.id);
    expect(whole.length).toBeGreaterThan(3);
    const { client: counted, pages } = counting(client);
    const desk = await loaded(counted, 3);
    const asked = pages();
    expect(readyOf(desk).entries.map((e) => e.complaint.id)).toEqual(whole.slice(0, 3));
    while (readyOf(desk).more) await desk.showMore();
    expect(readyOf(desk).entries.map((e) => e.complaint.id)).toEqual(whole);
    expect(pages()).toBe(asked);
  });

  it('keeps what it shows when the next page cannot be read, says so, and reads it on the next try', async () => {
    const client = await clientFor('desk');
    let reachable = true;
    const list: ComplaintDeskClient['complaints']['list'] = (query, options) => {
      const inner = client.complaints.list(query, options);
      return {
        ...inner,
        page: (cursor) => (reachable ? inner.page(cursor) : Promise.reject(new Error('unreachable'))),
      };
    };
    const flaky = { ...client, complaints: { ...client.complaints, list } };
    const desk = new ComplaintDeskController(new PlainHost(), () => flaky, { pageSize: 2 });
    await desk.setQueue(ComplaintQueue.closed);
    const shown = readyOf(desk).entries.map((e) => e.complaint.id);
    reachable = false;
    expect(await desk.showMore()).toBe(false);
    const more = desk.more;
    expect(more.status === 'error' && String(more.error)).toContain('unreachable');
    expect(readyOf(desk).entries.map((e) => e.complaint.id)).toEqual(shown);
    expect(readyOf(desk).more).toBe(true);
    reachable = true;
    expect(await desk.showMore()).toBe(true);
    expect(desk.more.status).toBe('idle');
    expect(
      readyOf(desk)
        .entries.map((e) => e.complaint.id)
        .slice(0, 2),
    ).toEqual(shown);
    expect(readyOf(desk).entries.length).toBeGreaterThan(2);
  });

  it('keeps a page between 1 and 100 complaints', async () => {
    const client = await clientFor('desk');
    expect(readyOf(await loaded(client, 0)).entries).toHaveLength(1);
    expect(readyOf(await loaded(client, Number.NaN)).entries.length).toBeLessThanOrEqual(20);
  });
});
