import type { ProcedureRecord, PropertyUnit } from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
let now = new Date('2026-11-27T08:00:00.000Z');
let garden: PropertyUnit;
let lake: PropertyUnit;
const procedureOf = (res: TestResponse) => res.body as ProcedureRecord;
const count = async () =>
  Number(
    (
      await t.server.db
        .selectFrom('procedures')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestServer({ clock: () => (now = new Date(now.getTime() + 1000)) });
  const unit = async (propertyId: string) =>
    (
      await t.call('POST', '/v1/units', {
        key: t.keys.desk.secret,
        body: { propertyId, number: 'A-1', owner: { name: 'O' } },
      })
    ).body as PropertyUnit;
  garden = await unit('prp_garden');
  lake = await unit('prp_lake');
});
afterAll(() => t.close());

const open = (body: object, key = t.keys.gardenDesk.secret) =>
  t.call('POST', '/v1/procedures', { key, body: { unitId: garden.id, ...body } });
const signOff = (p: ProcedureRecord, step: string, department: string) =>
  t.call('POST', `/v1/procedures/${p.id}/sign-offs`, { key: t.keys.gardenDesk.secret, body: { step, department } });
const event = (p: ProcedureRecord, body: object) =>
  t.call('POST', `/v1/procedures/${p.id}/events`, { key: t.keys.gardenDesk.secret, body });

/** The records a procedure's steps wait for: a renovation's contractor, a move-in's readings, facilities and keys. */
async function recordPrerequisites(p: ProcedureRecord): Promise<ProcedureRecord> {
  const bodies =
    p.name === 'renovation'
      ? [{ type: 'checkContractor', contractor: { name: '安達裝飾', licenceNumber: 'L-1', qualificationGrade: 2 } }]
      : p.name === 'move-in'
        ? [
            { type: 'recordMeterReadings', readings: { electricity: 1520.5, water: 88, gas: 12 } },
            { type: 'recordFacilities', items: [{ item: 'Air conditioner', count: 2, condition: 'good' }] },
            { type: 'handOverKeys', keys: [{ label: 'Front door', count: 3 }] },
          ]
        : [];
  let current = p;
  for (const body of bodies) {
    const res = await event(current, body);
    expect(res.status, res.text).toBe(200);
    current = procedureOf(res);
  }
  return current;
}

async function signAll(p: ProcedureRecord): Promise<ProcedureRecord> {
  let current = await recordPrerequisites(p);
  for (const step of p.steps) {
    for (const department of step.departments) {
      const res = await signOff(current, step.id, department);
      expect(res.status, res.text).toBe(200);
      current = procedureOf(res);
    }
  }
  return current;
}

describe('procedures', () => {
  it('opens a renovation with the fire review only above 200 m², on the unit’s property', async () => {
    const large = procedureOf(await open({ name: 'renovation', areaSqm: 240, depositFen: 500_000 }));
    const small = procedureOf(await open({ name: 'renovation', areaSqm: 200 }));
    expect(large).toMatchObject({ status: 'open', propertyId: 'prp_garden', progress: { done: false } });
    expect(large.steps.some((s) => s.id === 'fire-review')).toBe(true);
    expect(small.steps.some((s) => s.id === 'fire-review')).toBe(false);
  });

  it('completes a move-in once every department signed every step, and refuses any sign-off after', async () => {
    const done = await signAll(procedureOf(await open({ name: 'move-in' })));
    expect(done).toMatchObject({ status: 'done', progress: { done: true, missing: [] } });
    const read = await t.call('GET', `/v1/procedures/${done.id}`, { key: t.keys.gardenDesk.secret });
    expect(procedureOf(read).signOffs.length).toBe(done.signOffs.length);
    const after = await signOff(done, 'keys', 'customer');
    expect(after.status).toBe(409);
    expect(problem(after).code).toBe('procedure/invalid-event');
  });

  it('refuses a wrong department and an unknown step with core’s codes', async () => {
    const p = procedureOf(await open({ name: 'move-in' }));
    const wrong = await signOff(p, 'notice', 'finance');
    expect([wrong.status, problem(wrong).code]).toEqual([422, 'service/wrong-department']);
    const unknown = await signOff(p, 'fire-review', 'security');
    expect([unknown.status, problem(unknown).code]).toEqual([422, 'service/unknown-step']);
  });

  it('sends drawings back and takes them again once resubmitted', async () => {
    const p = procedureOf(await open({ name: 'renovation', areaSqm: 120 }));
    await event(p, { type: 'rejectDrawings', reason: 'Sprinklers moved' });
    const refused = await signOff(p, 'drawings', 'engineering');
    expect([refused.status, problem(refused).code]).toEqual([409, 'procedure/precondition-unmet']);
    await event(p, { type: 'resubmitDrawings' });
    const signed = procedureOf(await signOff(p, 'drawings', 'engineering'));
    expect(signed.drawings).toMatchObject({ status: 'resubmitted', rejections: [{ reason: 'Sprinklers moved' }] });
  });

  it('refuses the move-out until the fees are settled and the keys returned, refunding the deposit less damages', async () => {
    const p = procedureOf(await open({ name: 'move-out', depositFen: 300_000 }));
    const early = await signOff(p, 'release', 'security');
    expect([early.status, problem(early).code]).toEqual([409, 'procedure/precondition-unmet']);
    const assessed = procedureOf(await event(p, { type: 'assessDamages', damagesFen: 45_000 }));
    expect(assessed.deposit).toEqual({ depositFen: 300_000, damagesFen: 45_000, refundFen: 255_000, chargeFen: 0 });
    await event(p, { type: 'settleFees', receiptNumber: 'R-0001' });
    const stillKeys = await signOff(p, 'release', 'security');
    expect(problem(stillKeys).code).toBe('procedure/precondition-unmet');
    await event(p, { type: 'returnKeys' });
    const done = await signAll(procedureOf(await t.call('GET', `/v1/procedures/${p.id}`, { key: t.keys.desk.secret })));
    expect(done.status).toBe('done');
  });

  it('refuses a sign-off sent to the events route and bad input, storing nothing', async () => {
    const before = await count();
    const bad = await open({ name: 'renovation' });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual([['areaSqm']]);
    const otherUnit = await open({ name: 'move-in', unitId: lake.id });
    expect(issuePaths(otherUnit)).toEqual([['unitId']]);
    expect(await count()).toBe(before);
    const p = procedureOf(await open({ name: 'move-in' }));
    const viaEvents = await event(p, { type: 'signOff', step: 'notice', department: 'leasing' });
    expect(viaEvents.status).toBe(400);
  });

  it('opens a procedure once for a retried request', async () => {
    const before = await count();
    const headers = { 'Idempotency-Key': 'procedure-opened-once' };
    const body = { name: 'move-in', unitId: garden.id };
    const first = await t.call('POST', '/v1/procedures', { key: t.keys.desk.secret, body, headers });
    const again = await t.call('POST', '/v1/procedures', { key: t.keys.desk.secret, body, headers });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(procedureOf(again).id).toBe(procedureOf(first).id);
    expect(await count()).toBe(before + 1);
    const other = await t.call('POST', '/v1/procedures', {
      key: t.keys.desk.secret,
      body: { ...body, name: 'move-out' },
      headers,
    });
    expect(problem(other).code).toBe('idempotency/key-reused');
  });

  it('hides another property’s procedures', async () => {
    const p = procedureOf(await open({ name: 'move-in', unitId: lake.id }, t.keys.desk.secret));
    expect((await t.call('GET', `/v1/procedures/${p.id}`, { key: t.keys.gardenDesk.secret })).status).toBe(404);
    expect((await signOff(p, 'notice', 'leasing')).status).toBe(404);
    const list = (await t.call('GET', '/v1/procedures?limit=100', { key: t.keys.gardenDesk.secret })).body as {
      data: ProcedureRecord[];
    };
    expect(list.data.every((x) => x.propertyId === 'prp_garden')).toBe(true);
  });

  it("answers the next steps by core's rules: a move-out's settlement waits for the damages", async () => {
    const p = procedureOf(await open({ name: 'move-out', depositFen: 300_000 }));
    const next = async () =>
      (await t.call('GET', `/v1/procedures/${p.id}/next-steps`, { key: t.keys.gardenDesk.secret })).body as {
        signOffs: { step: string; department: string }[];
        events: string[];
      };
    const before = await next();
    expect(before.events).toEqual(['assessDamages', 'returnKeys']);
    expect(before.signOffs).toContainEqual({ step: 'application', department: 'leasing' });
    expect(before.signOffs.some((s) => s.step === 'settlement')).toBe(false);
    await event(p, { type: 'assessDamages', damagesFen: 45_000 });
    expect((await next()).signOffs).toContainEqual({ step: 'settlement', department: 'finance' });
  });

  it('answers no next steps for a done procedure, and 404 for another property’s', async () => {
    const done = await signAll(procedureOf(await open({ name: 'move-in' })));
    const res = await t.call('GET', `/v1/procedures/${done.id}/next-steps`, { key: t.keys.gardenDesk.secret });
    expect(res.body).toEqual({ signOffs: [], events: [], inspectionGaps: [] });
    const other = procedureOf(await open({ name: 'move-in', unitId: lake.id }, t.keys.desk.secret));
    const hidden = await t.call('GET', `/v1/procedures/${other.id}/next-steps`, { key: t.keys.gardenDesk.secret });
    expect(hidden.status).toBe(404);
  });
});
