import type { Page } from '@clubkit/core/api';
import type { PropertyUnit, RepairOrder, Visit } from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
let now = new Date('2026-11-27T08:00:00.000Z');
let garden: PropertyUnit;
let lake: PropertyUnit;
let repair: RepairOrder;
const visitOf = (res: TestResponse) => res.body as Visit;
const count = async () =>
  Number(
    (
      await t.server.db
        .selectFrom('visits')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestServer({ clock: () => now });
  const unit = async (propertyId: string, number: string) =>
    (
      await t.call('POST', '/v1/units', {
        key: t.keys.desk.secret,
        body: { propertyId, number, owner: { name: 'Owner' } },
      })
    ).body as PropertyUnit;
  garden = await unit('prp_garden', 'A-1203');
  lake = await unit('prp_lake', 'L-101');
  repair = (
    await t.call('POST', '/v1/repairs', {
      key: t.keys.desk.secret,
      body: {
        customer: 'ACME',
        phone: '021-5555-0100',
        unit: 'A-1203',
        content: 'Leaking tap',
        appointmentAt: '2026-11-28T02:00:00Z',
        publicItem: true,
        unitId: garden.id,
      },
    })
  ).body as RepairOrder;
});
afterAll(() => t.close());

const returnVisit = () => ({
  customer: 'ACME',
  purpose: 'How is the tap?',
  appointmentAt: '2026-12-01T02:00:00Z',
  subject: { kind: 'repair', id: repair.id },
});

describe('return visits', () => {
  it('books a return visit after a repair on the repair’s unit and property', async () => {
    const res = await t.call('POST', '/v1/visits', { key: t.keys.gardenDesk.secret, body: returnVisit() });
    expect(res.status, res.text).toBe(201);
    expect(visitOf(res)).toMatchObject({
      kind: 'return',
      status: 'scheduled',
      unitId: garden.id,
      propertyId: 'prp_garden',
      subject: { kind: 'repair', id: repair.id },
    });
  });

  it('records the customer’s satisfaction, insists on it, and refuses a step the status does not take', async () => {
    const visit = visitOf(await t.call('POST', '/v1/visits', { key: t.keys.desk.secret, body: returnVisit() }));
    const path = `/v1/visits/${visit.id}/events`;
    const missing = await t.call('POST', path, { key: t.keys.desk.secret, body: { type: 'record', opinions: 'Fine' } });
    expect(missing.status).toBe(400);
    expect(issuePaths(missing)).toEqual([['satisfied']]);
    const next = await t.call('GET', `/v1/visits/${visit.id}/next-events`, { key: t.keys.desk.secret });
    expect(next.body).toEqual({ events: ['reschedule', 'record', 'cancel'] });
    now = new Date(now.getTime() + 60_000);
    const recorded = await t.call('POST', path, {
      key: t.keys.desk.secret,
      body: { type: 'record', opinions: 'Fine', satisfied: true },
    });
    expect(visitOf(recorded)).toMatchObject({ status: 'visited', satisfied: true });
    const refused = await t.call('POST', path, { key: t.keys.desk.secret, body: { type: 'cancel', reason: 'x' } });
    expect(refused.status).toBe(409);
    expect(problem(refused).code).toBe('visit/invalid-transition');
  });

  it('refuses to follow up a record the caller cannot see, storing nothing', async () => {
    const before = await count();
    const hidden = (
      await t.call('POST', '/v1/repairs', {
        key: t.keys.desk.secret,
        body: {
          customer: 'B',
          phone: '13800138000',
          unit: 'L-101',
          content: 'Door',
          appointmentAt: '2026-11-28T02:00:00Z',
          publicItem: true,
          unitId: lake.id,
        },
      })
    ).body as RepairOrder;
    const res = await t.call('POST', '/v1/visits', {
      key: t.keys.gardenDesk.secret,
      body: { ...returnVisit(), subject: { kind: 'repair', id: hidden.id } },
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual([['subject', 'id']]);
    const both = await t.call('POST', '/v1/visits', {
      key: t.keys.desk.secret,
      body: { ...returnVisit(), plan: { everyMonths: 3 } },
    });
    expect(issuePaths(both)).toEqual([['plan']]);
    expect(await count()).toBe(before);
  });

  it('books a visit once for a retried request', async () => {
    const before = await count();
    const headers = { 'Idempotency-Key': 'visit-booked-once-01' };
    const first = await t.call('POST', '/v1/visits', { key: t.keys.desk.secret, body: returnVisit(), headers });
    const again = await t.call('POST', '/v1/visits', { key: t.keys.desk.secret, body: returnVisit(), headers });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(visitOf(again).id).toBe(visitOf(first).id);
    expect(await count()).toBe(before + 1);
    const other = await t.call('POST', '/v1/visits', {
      key: t.keys.desk.secret,
      body: { ...returnVisit(), purpose: 'Other' },
      headers,
    });
    expect(problem(other).code).toBe('idempotency/key-reused');
  });
});

describe('return visits by the record they follow up', () => {
  it('lists the complaint desk’s return visits due: after complaints only, scheduled, appointed before the instant', async () => {
    const receipt = (
      await t.call('POST', '/v1/complaints', {
        key: t.keys.desk.secret,
        body: {
          name: '林先生',
          subject: { unit: 'A-1203' },
          content: '電梯噪音',
          phone: '13800138000',
          channel: 'hotline',
          category: 'facility',
        },
      })
    ).body as { id: string };
    const book = async (appointmentAt: string, subject: { kind: string; id: string }) => {
      // A tick of the clock each: the list is in booking order.
      now = new Date(now.getTime() + 1000);
      return visitOf(
        await t.call('POST', '/v1/visits', {
          key: t.keys.desk.secret,
          body: { customer: '林先生', purpose: '回訪', appointmentAt, unitId: garden.id, subject },
        }),
      );
    };
    const due = await book('2026-11-26T02:00:00Z', { kind: 'complaint', id: receipt.id });
    const later = await book('2027-01-10T02:00:00Z', { kind: 'complaint', id: receipt.id });
    const afterRepair = await book('2026-11-26T03:00:00Z', { kind: 'repair', id: repair.id });
    const list = async (query: string) =>
      ((await t.call('GET', `/v1/visits?${query}`, { key: t.keys.desk.secret })).body as Page<Visit>).data.map(
        (v) => v.id,
      );
    expect(await list('subjectKind=complaint&limit=100')).toEqual([due.id, later.id]);
    expect(await list('subjectKind=complaint&status=scheduled&dueBefore=2026-12-01T00:00:00Z')).toEqual([due.id]);
    expect(await list('subjectKind=repair&dueBefore=2026-12-01T00:00:00Z')).toContain(afterRepair.id);
    expect(await list('subjectKind=repair&limit=100')).not.toContain(due.id);
    expect(await list('subjectKind=paid-service')).toEqual([]);
  });

  it('answers 400 at query.subjectKind for a kind of record visits do not follow up', async () => {
    const res = await t.call('GET', '/v1/visits?subjectKind=procedure', { key: t.keys.desk.secret });
    expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
    expect(issuePaths(res)).toEqual([['query', 'subjectKind']]);
  });
});

describe('periodic visits', () => {
  it('books the next visit of the plan when one is made, and lists what is due', async () => {
    const visit = visitOf(
      await t.call('POST', '/v1/visits', {
        key: t.keys.gardenDesk.secret,
        body: {
          customer: 'ACME',
          purpose: 'Quarterly',
          appointmentAt: '2026-11-30T02:00:00Z',
          unitId: garden.id,
          plan: { everyMonths: 3 },
        },
      }),
    );
    expect(visit.kind).toBe('periodic');
    now = new Date(now.getTime() + 60_000);
    await t.call('POST', `/v1/visits/${visit.id}/events`, {
      key: t.keys.gardenDesk.secret,
      body: { type: 'record', opinions: 'Wants more parking' },
    });
    const planned = (
      await t.call('GET', `/v1/visits?kind=periodic&status=scheduled&unitId=${garden.id}`, {
        key: t.keys.gardenDesk.secret,
      })
    ).body as Page<Visit>;
    expect(planned.data.map((v) => v.appointmentAt)).toEqual(['2027-02-28T02:00:00Z']);
    const due = (
      await t.call('GET', '/v1/visits?dueBefore=2026-12-31T00:00:00Z&kind=periodic', { key: t.keys.gardenDesk.secret })
    ).body as Page<Visit>;
    expect(due.data.map((v) => v.id)).toEqual([visit.id]);
  });

  it('hides another property’s visits and refuses roles outside the desk', async () => {
    const lakeVisit = visitOf(
      await t.call('POST', '/v1/visits', {
        key: t.keys.desk.secret,
        body: { customer: 'B', purpose: 'Hello', appointmentAt: '2026-12-02T02:00:00Z', unitId: lake.id },
      }),
    );
    expect((await t.call('GET', `/v1/visits/${lakeVisit.id}`, { key: t.keys.gardenDesk.secret })).status).toBe(404);
    const listed = (await t.call('GET', '/v1/visits?limit=100', { key: t.keys.gardenDesk.secret })).body as Page<Visit>;
    expect(listed.data.every((v) => v.propertyId === 'prp_garden')).toBe(true);
    const bare = await t.call('POST', '/v1/visits', {
      key: t.keys.gardenDesk.secret,
      body: { customer: 'B', purpose: 'Hello', appointmentAt: '2026-12-02T02:00:00Z' },
    });
    expect(bare.status).toBe(403);
    expect((await t.call('GET', '/v1/visits', { key: t.keys.north.secret })).status).toBe(403);
  });
});
