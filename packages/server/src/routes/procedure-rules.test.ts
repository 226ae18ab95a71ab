import type { ProcedureRecord, PropertyUnit, ServicePrice } from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

// A4 §3.2 and §3.1 through the Club API: the renovation contractor, inspections and fines, and
// the move-in's missing papers and hand-over records, against the real server.

let t: TestServer;
// The club's day is Asia/Shanghai's; 01:00 UTC is 09:00 there.
let now = new Date('2026-11-27T01:00:00.000Z');
let garden: PropertyUnit;
let noiseFine: ServicePrice;
let hood: ServicePrice;
const procedureOf = (res: TestResponse) => res.body as ProcedureRecord;
const DAY = 86_400_000;
const nextDay = () => {
  now = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY + 3_600_000);
};

beforeAll(async () => {
  t = await startTestServer({ clock: () => (now = new Date(now.getTime() + 1000)) });
  garden = (
    await t.call('POST', '/v1/units', {
      key: t.keys.desk.secret,
      body: { propertyId: 'prp_garden', number: 'A-1', owner: { name: 'O' } },
    })
  ).body as PropertyUnit;
  const price = async (body: object) =>
    (await t.call('POST', '/v1/service-prices', { key: t.keys.admin.secret, body })).body as ServicePrice;
  noiseFine = await price({
    name: 'Noisy tools out of hours',
    priceFen: 50_000,
    chargeUnit: 'per violation',
    violation: 'noise',
  });
  hood = await price({ name: 'Range hood cleaning', priceFen: 12_000, chargeUnit: 'per visit' });
});
afterAll(() => t.close());

const key = () => t.keys.gardenDesk.secret;
const open = async (body: object) =>
  procedureOf(await t.call('POST', '/v1/procedures', { key: key(), body: { unitId: garden.id, ...body } }));
const event = (p: ProcedureRecord, body: object) =>
  t.call('POST', `/v1/procedures/${p.id}/events`, { key: key(), body });
const signOff = (p: ProcedureRecord, step: string, department: string) =>
  t.call('POST', `/v1/procedures/${p.id}/sign-offs`, { key: key(), body: { step, department } });
const get = async (p: ProcedureRecord) => procedureOf(await t.call('GET', `/v1/procedures/${p.id}`, { key: key() }));
const nextSteps = async (p: ProcedureRecord) =>
  (await t.call('GET', `/v1/procedures/${p.id}/next-steps`, { key: key() })).body as {
    signOffs: { step: string; department: string }[];
    events: string[];
    inspectionGaps: { day: string; missing: string[] }[];
  };
const contractor = (qualificationGrade: number) => ({
  name: '安達裝飾工程有限公司',
  licenceNumber: '91530100MA6K0001',
  qualificationGrade,
});

async function signSteps(p: ProcedureRecord, steps: readonly string[]): Promise<ProcedureRecord> {
  for (const step of steps) {
    for (const department of p.steps.find((s) => s.id === step)?.departments ?? []) {
      const res = await signOff(p, step, department);
      expect(res.status, res.text).toBe(200);
    }
  }
  return get(p);
}

/** A renovation whose work has started: the contractor checked and every step through the site protection signed. */
async function renovationUnderWay(): Promise<ProcedureRecord> {
  const p = await open({ name: 'renovation', areaSqm: 120, depositFen: 300_000 });
  expect((await event(p, { type: 'checkContractor', contractor: contractor(2) })).status).toBe(200);
  const steps = ['application', 'drawings', 'fees', 'undertakings', 'permit', 'worker-passes', 'site-protection'];
  return signSteps(p, steps);
}

describe('a renovation through the Club API', () => {
  it('refuses the permit before the contractor is checked, refuses a grade 3 contractor in words, and takes grade 2', async () => {
    const p = await open({ name: 'renovation', areaSqm: 120 });
    const early = await signOff(p, 'permit', 'engineering');
    expect([early.status, problem(early).code]).toEqual([409, 'procedure/precondition-unmet']);
    const grade3 = await t.call('POST', `/v1/procedures/${p.id}/events`, {
      key: key(),
      body: { type: 'checkContractor', contractor: contractor(3) },
      headers: { 'Accept-Language': 'zh-Hant' },
    });
    expect([grade3.status, problem(grade3).code]).toEqual([422, 'procedure/contractor-unqualified']);
    expect(problem(grade3).title).toContain('二級');
    expect((await get(p)).contractor).toBeUndefined();
    const grade2 = procedureOf(await event(p, { type: 'checkContractor', contractor: contractor(2) }));
    expect(grade2.contractor).toMatchObject({ qualificationGrade: 2, licenceNumber: '91530100MA6K0001' });
    expect((await signOff(p, 'permit', 'engineering')).status).toBe(200);
  });

  it('refuses a contractor without a licence number', async () => {
    const p = await open({ name: 'renovation', areaSqm: 120 });
    const res = await event(p, { type: 'checkContractor', contractor: { name: 'X', qualificationGrade: 1 } });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual([['contractor', 'licenceNumber']]);
  });

  it('reports the day a department did not inspect, day by day, until all three have', async () => {
    const p = await renovationUnderWay();
    const today = (await nextSteps(p)).inspectionGaps;
    expect(today).toHaveLength(1);
    expect(today[0]?.missing).toEqual(['customer-service', 'engineering', 'security']);
    await event(p, { type: 'inspectSite', department: 'customer-service', findings: 'Corridor floor covered' });
    await event(p, { type: 'inspectSite', department: 'security', findings: 'Extinguishers in place' });
    const day1 = today[0]?.day ?? '';
    expect((await nextSteps(p)).inspectionGaps).toEqual([{ day: day1, missing: ['engineering'] }]);
    await event(p, { type: 'inspectSite', department: 'engineering', findings: 'Walls as drawn' });
    expect((await nextSteps(p)).inspectionGaps).toEqual([]);
    nextDay();
    const day2 = (await nextSteps(p)).inspectionGaps;
    expect(day2.map((g) => g.missing)).toEqual([['customer-service', 'engineering', 'security']]);
    expect((day2[0]?.day ?? '') > day1).toBe(true);
    expect((await get(p)).inspections).toHaveLength(3);
  });

  it('refuses an inspection before work starts and by a department that does not inspect', async () => {
    const p = await open({ name: 'renovation', areaSqm: 120 });
    const early = await event(p, { type: 'inspectSite', department: 'security', findings: 'x' });
    expect([early.status, problem(early).code]).toEqual([409, 'procedure/precondition-unmet']);
    const started = await renovationUnderWay();
    const finance = await event(started, { type: 'inspectSite', department: 'finance', findings: 'x' });
    expect(finance.status).toBe(400);
  });

  it('fines a violation at the club’s published amount, whatever amount the caller wrote', async () => {
    const p = await renovationUnderWay();
    const violation = {
      type: 'recordViolation',
      department: 'customer-service',
      violation: 'noise',
      finding: 'Drilling at 10:00',
    };
    const corrected = procedureOf(await event(p, violation));
    expect(corrected.violations?.[0]).not.toHaveProperty('fineFen');
    const fined = procedureOf(await event(p, { ...violation, priceId: noiseFine.id, fineFen: 1 }));
    expect(fined.violations?.[1]).toMatchObject({ priceId: noiseFine.id, fineFen: 50_000 });
    const unpriced = procedureOf(await event(p, { ...violation, fineFen: 1 }));
    expect(unpriced.violations?.[2]).not.toHaveProperty('fineFen');
  });

  it('refuses a fine from another kind’s line, a service’s price or an unknown line, changing nothing', async () => {
    const p = await renovationUnderWay();
    const waste = {
      type: 'recordViolation',
      department: 'security',
      violation: 'waste',
      finding: 'Rubble in the corridor',
    };
    for (const priceId of [noiseFine.id, hood.id, 'spr_nowhere']) {
      const res = await event(p, { ...waste, priceId });
      expect([res.status, problem(res).code]).toEqual([422, 'procedure/fine-unpublished']);
    }
    expect((await get(p)).violations).toBeUndefined();
  });

  it('never quotes a fine’s line for a paid service', async () => {
    const res = await t.call('POST', '/v1/paid-services', {
      key: key(),
      body: {
        customer: 'Ms Li',
        phone: '13700137000',
        unit: 'A-1',
        unitId: garden.id,
        content: 'Clean',
        priceId: noiseFine.id,
        quote: { scheduledAt: '2026-12-29T01:00:00Z' },
      },
    });
    expect(problem(res).code).toBe('paid-service/price-unavailable');
  });
});

describe('a move-in through the Club API', () => {
  it('records missing papers with a second appointment, and refuses one without its date', async () => {
    const p = await open({ name: 'move-in' });
    const noDate = await event(p, {
      type: 'documentsMissing',
      documents: ['business-licence'],
      remedy: 'second-appointment',
    });
    expect(noDate.status).toBe(400);
    expect(issuePaths(noDate)).toEqual([['appointmentOn']]);
    const booked = procedureOf(
      await event(p, {
        type: 'documentsMissing',
        documents: ['business-licence'],
        remedy: 'second-appointment',
        appointmentOn: '2027-01-04',
      }),
    );
    expect(booked.missingDocuments).toEqual([
      expect.objectContaining({
        documents: ['business-licence'],
        remedy: 'second-appointment',
        appointmentOn: '2027-01-04',
      }),
    ]);
    const past = await event(p, {
      type: 'documentsMissing',
      documents: ['identity'],
      remedy: 'second-appointment',
      appointmentOn: '2026-01-04',
    });
    expect([past.status, problem(past).code]).toEqual([409, 'procedure/invalid-event']);
  });

  it('waits for the readings, facilities and keys before their steps are signed, and keeps what was handed over', async () => {
    const p = await open({ name: 'move-in' });
    const early = await signOff(p, 'meter-readings', 'engineering');
    expect([early.status, problem(early).code]).toEqual([409, 'procedure/precondition-unmet']);
    expect((await nextSteps(p)).signOffs.some((s) => ['meter-readings', 'unit-check', 'keys'].includes(s.step))).toBe(
      false,
    );
    expect((await nextSteps(p)).events).toEqual([
      'documentsMissing',
      'recordMeterReadings',
      'recordFacilities',
      'handOverKeys',
    ]);
    await event(p, { type: 'recordMeterReadings', readings: { electricity: 1520.5, water: 88, gas: 12.3 } });
    await event(p, {
      type: 'recordFacilities',
      items: [
        { item: 'Air conditioner', count: 2, condition: 'good' },
        { item: 'Window blind', count: 1, condition: 'defective', note: 'Cord broken' },
      ],
    });
    await event(p, {
      type: 'handOverKeys',
      keys: [
        { label: 'Front door', count: 3 },
        { label: 'Mailbox', count: 1 },
      ],
    });
    const all = await signSteps(
      p,
      p.steps.map((s) => s.id),
    );
    expect(all).toMatchObject({
      status: 'done',
      meterReadings: { electricity: 1520.5, water: 88, gas: 12.3 },
      facilities: { items: [{ item: 'Air conditioner' }, { item: 'Window blind', condition: 'defective' }] },
      keysHandedOver: {
        keys: [
          { label: 'Front door', count: 3 },
          { label: 'Mailbox', count: 1 },
        ],
      },
    });
  });

  it('refuses a negative reading and an empty key list', async () => {
    const p = await open({ name: 'move-in' });
    const negative = await event(p, { type: 'recordMeterReadings', readings: { electricity: -1, water: 1 } });
    expect(issuePaths(negative)).toEqual([['readings', 'electricity']]);
    const noKeys = await event(p, { type: 'handOverKeys', keys: [] });
    expect(issuePaths(noKeys)).toEqual([['keys']]);
  });
});
