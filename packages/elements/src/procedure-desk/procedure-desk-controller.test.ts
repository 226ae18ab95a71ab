import { createClubTransport } from '@clubkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { procedureDeskClient, type ProcedureDeskClient } from './client.js';
import { ProcedureDeskController, ProcedureDeskStatus } from './procedure-desk-controller.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), complaints: 5 });
});
afterAll(() => api.close());

async function clientFor(role: string): Promise<ProcedureDeskClient> {
  const token = await api.staffToken({ role });
  return procedureDeskClient(
    createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
}

async function loaded(client: ProcedureDeskClient | undefined) {
  const desk = new ProcedureDeskController(new PlainHost(), () => client);
  await desk.reload();
  return desk;
}

function ready(desk: ProcedureDeskController) {
  const state = desk.state;
  if (state.status !== ProcedureDeskStatus.ready) throw new Error(`not ready: ${state.status}`);
  return state;
}

describe('ProcedureDeskController', () => {
  it('is idle without a client, and asks for nothing', async () => {
    const desk = await loaded(undefined);
    expect(desk.state.status).toBe(ProcedureDeskStatus.idle);
    await desk.open('prc_x');
    expect(desk.opened.status).toBe('none');
    expect(await desk.signOff({ step: 'notice', department: 'leasing' })).toBe(false);
  });

  it('lists the open procedures before the finished ones, with the units they are for', async () => {
    const state = ready(await loaded(await clientFor('desk')));
    const statuses = state.procedures.map((p) => p.status);
    expect(statuses.indexOf('done')).toBeGreaterThan(0);
    expect(statuses.slice(statuses.indexOf('done')).every((s) => s === 'done')).toBe(true);
    expect(state.procedures.every((p) => state.units.has(p.unitId))).toBe(true);
  });

  it('refuses a role the procedures are not for: the list fails and says why', async () => {
    const desk = await loaded(await clientFor('merchant'));
    expect(desk.state.status).toBe(ProcedureDeskStatus.error);
  });

  it('opens a procedure with what the API allows now, and a refused event changes nothing', async () => {
    const desk = await loaded(await clientFor('desk'));
    const moveOut = ready(desk).procedures.find((p) => p.name === 'move-out' && p.status === 'open');
    if (!moveOut) throw new Error('The demo data has no open move-out');
    await desk.open(moveOut.id);
    const opened = desk.opened;
    if (opened.status !== 'ready') throw new Error(`not opened: ${opened.status}`);
    expect(opened.next.events).toContain('assessDamages');
    expect(opened.timeline?.some((e) => e.id === moveOut.id)).toBe(true);
    // Settling fees before the damages are assessed: refused by core's rule, nothing changed.
    expect(await desk.act({ type: 'settleFees' })).toBe(false);
    expect(desk.action).toMatchObject({ status: 'error', kind: 'settleFees' });
    const after = desk.opened;
    expect(after.status === 'ready' && after.procedure.feesSettled).toBeUndefined();
    expect(await desk.act({ type: 'assessDamages', damagesFen: 10_000 })).toBe(true);
    const assessed = desk.opened;
    if (assessed.status !== 'ready') throw new Error('not opened');
    expect(assessed.procedure.deposit?.refundFen).toBe(590_000);
    expect(assessed.next.signOffs).toContainEqual({ step: 'settlement', department: 'finance' });
    // The list reloads after a change.
    await desk.settled;
    expect(ready(desk).procedures.find((p) => p.id === moveOut.id)?.deposit?.refundFen).toBe(590_000);
  });
});
