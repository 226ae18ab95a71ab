import type { Page, TimelineEntry } from '@clubkit/core/api';
import type { Complaint, PaidService, PropertyUnit, RepairOrder } from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
let now = new Date('2026-11-27T08:00:00.000Z');
beforeAll(async () => {
  t = await startTestServer({ clock: () => now });
});
afterAll(() => t.close());

const advance = (minutes: number) => void (now = new Date(now.getTime() + minutes * 60_000));
const unitOf = (res: TestResponse) => res.body as PropertyUnit;
const pageOf = <T>(res: TestResponse) => res.body as Page<T>;
const rows = async (table: 'units' | 'complaints' | 'repairs' | 'paid_services') =>
  Number(
    (
      await t.server.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

const gardenUnit = {
  propertyId: 'prp_garden',
  number: 'A-1203',
  owner: { name: '星河貿易', phone: '021-5555-0100' },
  contacts: [{ name: 'Ms Li', phone: '13700137000', role: 'office manager' }],
  areaSqm: 240,
};
const lakeUnit = { propertyId: 'prp_lake', number: 'L-101', owner: { name: 'Mr Zhou' } };
const complaintForm = {
  name: '王小明',
  subject: { unit: 'A-1203' },
  content: '電梯常停在十二樓。',
  phone: '138 0013 8000',
  category: 'facility',
};
const repairForm = {
  customer: 'ACME Ltd',
  phone: '021-5555-0100',
  unit: 'A-1203',
  content: 'Leaking tap',
  appointmentAt: '2026-11-28T02:00:00Z',
  publicItem: false,
};
const paidForm = {
  customer: 'Ms Li',
  phone: '13700137000',
  unit: 'A-1203',
  content: 'Clean the range hood',
  quote: { priceFen: 12000, scheduledAt: '2026-11-29T01:00:00Z' },
};

async function createUnit(key: string, body: unknown = gardenUnit, headers: Record<string, string> = {}) {
  return t.call('POST', '/v1/units', { key, body, headers });
}

describe('the unit archive', () => {
  it('registers a unit of a property with its owner and contacts', async () => {
    const res = await createUnit(t.keys.gardenDesk.secret);
    expect(res.status).toBe(201);
    expect(unitOf(res)).toMatchObject({ ...gardenUnit, id: expect.stringMatching(/^unt_/) as unknown });
    const read = await t.call('GET', `/v1/units/${unitOf(res).id}`, { key: t.keys.desk.secret });
    expect(read.body).toEqual(res.body);
  });

  it('refuses a property’s desk a unit of another property, and hides that property’s units from it', async () => {
    const refused = await createUnit(t.keys.gardenDesk.secret, lakeUnit);
    expect(refused.status).toBe(403);
    expect(problem(refused).code).toBe('access/forbidden');
    const lake = unitOf(await createUnit(t.keys.desk.secret, lakeUnit));
    const read = await t.call('GET', `/v1/units/${lake.id}`, { key: t.keys.gardenDesk.secret });
    expect(read.status).toBe(404);
    const patch = await t.call('PATCH', `/v1/units/${lake.id}`, {
      key: t.keys.gardenDesk.secret,
      body: { number: 'X' },
    });
    expect(patch.status).toBe(404);
    const listed = pageOf<PropertyUnit>(await t.call('GET', '/v1/units?limit=100', { key: t.keys.gardenDesk.secret }));
    expect(listed.data.every((u) => u.propertyId === 'prp_garden')).toBe(true);
    const asked = await t.call('GET', '/v1/units?propertyId=prp_lake', { key: t.keys.gardenDesk.secret });
    expect(pageOf<PropertyUnit>(asked).data).toEqual([]);
    const all = pageOf<PropertyUnit>(await t.call('GET', '/v1/units?propertyId=prp_lake', { key: t.keys.desk.secret }));
    expect(all.data.map((u) => u.id)).toContain(lake.id);
  });

  it('refuses roles outside the service desk', async () => {
    for (const key of [t.keys.north.secret, t.keys.merchant.secret, t.keys.alliance.secret]) {
      expect((await createUnit(key)).status).toBe(403);
      expect((await t.call('GET', '/v1/units', { key })).status).toBe(403);
    }
  });

  it('answers bad input with the issue paths and stores nothing', async () => {
    const before = await rows('units');
    const res = await createUnit(t.keys.desk.secret, { ...gardenUnit, propertyId: 'garden', owner: {} });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(expect.arrayContaining([['propertyId'], ['owner', 'name']]));
    expect(await rows('units')).toBe(before);
  });

  it('registers a unit once for a retried request and refuses the key with another body', async () => {
    const before = await rows('units');
    const headers = { 'Idempotency-Key': 'unit-registered-once' };
    const first = await createUnit(t.keys.desk.secret, gardenUnit, headers);
    const again = await createUnit(t.keys.desk.secret, gardenUnit, headers);
    expect(again.status).toBe(201);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(unitOf(again).id).toBe(unitOf(first).id);
    expect(await rows('units')).toBe(before + 1);
    const other = await createUnit(t.keys.desk.secret, { ...gardenUnit, number: 'B-1' }, headers);
    expect(other.status).toBe(409);
    expect(problem(other).code).toBe('idempotency/key-reused');
  });

  it('changes the owner and contacts but never the property', async () => {
    const unit = unitOf(await createUnit(t.keys.gardenDesk.secret));
    advance(1);
    const res = await t.call('PATCH', `/v1/units/${unit.id}`, {
      key: t.keys.gardenDesk.secret,
      body: { owner: { name: '新業主' }, contacts: [], propertyId: 'prp_lake' },
    });
    expect(res.status).toBe(200);
    expect(unitOf(res)).toMatchObject({ owner: { name: '新業主' }, contacts: [], propertyId: 'prp_garden' });
    expect(unitOf(res).updatedAt).not.toBe(unit.updatedAt);
  });
});

describe('desk records linked to a unit', () => {
  let garden: PropertyUnit;
  let lake: PropertyUnit;
  beforeAll(async () => {
    garden = unitOf(await createUnit(t.keys.desk.secret));
    lake = unitOf(await createUnit(t.keys.desk.secret, lakeUnit));
  });

  it('takes the property from the unit for complaints, repairs and paid services', async () => {
    const complaint = await t.call('POST', '/v1/complaints', {
      key: t.keys.gardenDesk.secret,
      body: { ...complaintForm, unitId: garden.id, channel: 'hotline' },
    });
    expect(complaint.status).toBe(201);
    const stored = await t.call('GET', `/v1/complaints/${(complaint.body as { id: string }).id}`, {
      key: t.keys.gardenDesk.secret,
    });
    expect(stored.body as Complaint).toMatchObject({ unitId: garden.id, propertyId: 'prp_garden' });
    const repair = await t.call('POST', '/v1/repairs', {
      key: t.keys.gardenDesk.secret,
      body: { ...repairForm, unitId: garden.id },
    });
    expect(repair.body as RepairOrder).toMatchObject({ unitId: garden.id, propertyId: 'prp_garden' });
    const paid = await t.call('POST', '/v1/paid-services', {
      key: t.keys.gardenDesk.secret,
      body: { ...paidForm, unitId: garden.id },
    });
    expect(paid.body as PaidService).toMatchObject({ unitId: garden.id, propertyId: 'prp_garden' });
  });

  it('refuses a property’s desk a record without a unit or with another property’s unit, storing nothing', async () => {
    const before = await Promise.all([rows('complaints'), rows('repairs'), rows('paid_services')]);
    const bare = await t.call('POST', '/v1/repairs', { key: t.keys.gardenDesk.secret, body: repairForm });
    expect(bare.status).toBe(403);
    const other = await t.call('POST', '/v1/paid-services', {
      key: t.keys.gardenDesk.secret,
      body: { ...paidForm, unitId: lake.id },
    });
    expect(other.status).toBe(400);
    expect(issuePaths(other)).toEqual([['unitId']]);
    const unknown = await t.call('POST', '/v1/complaints', {
      key: t.keys.desk.secret,
      body: { ...complaintForm, unitId: 'unt_nowhere' },
    });
    expect(issuePaths(unknown)).toEqual([['unitId']]);
    expect(await Promise.all([rows('complaints'), rows('repairs'), rows('paid_services')])).toEqual(before);
  });

  it('shows a property’s desk only its property’s records, and hides records without a property (fail closed)', async () => {
    const lakeRepair = (
      await t.call('POST', '/v1/repairs', { key: t.keys.desk.secret, body: { ...repairForm, unitId: lake.id } })
    ).body as RepairOrder;
    const bareRepair = (await t.call('POST', '/v1/repairs', { key: t.keys.desk.secret, body: repairForm }))
      .body as RepairOrder;
    const bareComplaint = (await t.call('POST', '/v1/complaints', { key: t.keys.desk.secret, body: complaintForm }))
      .body as { id: string };
    for (const path of [
      `/v1/repairs/${lakeRepair.id}`,
      `/v1/repairs/${bareRepair.id}`,
      `/v1/complaints/${bareComplaint.id}`,
    ]) {
      expect((await t.call('GET', path, { key: t.keys.gardenDesk.secret })).status, path).toBe(404);
      expect((await t.call('GET', path, { key: t.keys.desk.secret })).status, path).toBe(200);
    }
    const act = await t.call('POST', `/v1/repairs/${bareRepair.id}/events`, {
      key: t.keys.gardenDesk.secret,
      body: { type: 'cancel', reason: 'Not ours' },
    });
    expect(act.status).toBe(404);
    for (const path of ['/v1/repairs?limit=100', '/v1/complaints?limit=100', '/v1/paid-services?limit=100']) {
      const page = pageOf<{ propertyId?: string }>(await t.call('GET', path, { key: t.keys.gardenDesk.secret }));
      expect(page.data.length, path).toBeGreaterThan(0);
      expect(
        page.data.every((r) => r.propertyId === 'prp_garden'),
        path,
      ).toBe(true);
    }
    const all = pageOf<RepairOrder>(await t.call('GET', '/v1/repairs?limit=100', { key: t.keys.desk.secret }));
    expect(all.data.map((r) => r.id)).toEqual(expect.arrayContaining([lakeRepair.id, bareRepair.id]));
  });

  it('ignores a unit sent with a complaint from a partner page', async () => {
    const res = await t.call('POST', '/v1/complaints', {
      key: t.keys.publishable.secret,
      body: { ...complaintForm, unitId: garden.id },
      headers: { Origin: 'https://portal.example.com' },
    });
    expect(res.status).toBe(201);
    const stored = await t.call('GET', `/v1/complaints/${(res.body as { id: string }).id}`, {
      key: t.keys.admin.secret,
    });
    expect((stored.body as Complaint).unitId).toBeUndefined();
  });
});

describe('a unit’s timeline', () => {
  it('lists the unit’s records of every kind newest first, page by page', async () => {
    const unit = unitOf(await createUnit(t.keys.desk.secret));
    const ids: string[] = [];
    const post = async (path: string, body: object) => {
      advance(5);
      const res = await t.call('POST', path, { key: t.keys.gardenDesk.secret, body: { ...body, unitId: unit.id } });
      expect(res.status, res.text).toBe(201);
      ids.push((res.body as { id: string }).id);
    };
    await post('/v1/complaints', { ...complaintForm, channel: 'hotline' });
    await post('/v1/repairs', repairForm);
    await post('/v1/paid-services', paidForm);
    await post('/v1/visits', {
      customer: 'Ms Li',
      purpose: 'Quarterly',
      appointmentAt: '2027-01-10T02:00:00Z',
      plan: { everyMonths: 3 },
    });
    await post('/v1/procedures', { name: 'move-in' });
    const first = pageOf<TimelineEntry>(
      await t.call('GET', `/v1/units/${unit.id}/timeline?limit=3`, { key: t.keys.gardenDesk.secret }),
    );
    expect(first.data.map((e) => e.kind)).toEqual(['procedure', 'visit', 'paid-service']);
    const rest = pageOf<TimelineEntry>(
      await t.call('GET', `/v1/units/${unit.id}/timeline?limit=3&cursor=${first.nextCursor ?? ''}`, {
        key: t.keys.gardenDesk.secret,
      }),
    );
    expect(rest.data.map((e) => e.kind)).toEqual(['repair', 'complaint']);
    expect(rest.nextCursor).toBeNull();
    expect([...first.data, ...rest.data].map((e) => e.id)).toEqual([...ids].reverse());
    expect(first.data[0]).toMatchObject({ status: 'open', at: now.toISOString() });
  });

  it('hides another property’s unit’s timeline and refuses a bad cursor', async () => {
    const lake = unitOf(await createUnit(t.keys.desk.secret, lakeUnit));
    expect((await t.call('GET', `/v1/units/${lake.id}/timeline`, { key: t.keys.gardenDesk.secret })).status).toBe(404);
    const bad = await t.call('GET', `/v1/units/${lake.id}/timeline?cursor=nonsense`, { key: t.keys.desk.secret });
    expect(bad.status).toBe(400);
    expect(problem(bad).code).toBe('invalid-cursor');
  });
});
