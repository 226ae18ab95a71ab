import type { PaidService, PropertyUnit, ServicePrice } from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
let unit: PropertyUnit;
const priceOf = (res: TestResponse) => res.body as ServicePrice;
const count = async (table: 'service_prices' | 'paid_services') =>
  Number(
    (
      await t.server.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const hood = { name: 'Range hood cleaning', priceFen: 12_000, chargeUnit: 'per visit' };
const paidForm = {
  customer: 'Ms Li',
  phone: '13700137000',
  unit: 'A-1203',
  content: 'Clean the range hood',
  quote: { scheduledAt: '2026-11-29T01:00:00Z' },
};

beforeAll(async () => {
  t = await startTestServer();
  unit = (
    await t.call('POST', '/v1/units', {
      key: t.keys.desk.secret,
      body: { propertyId: 'prp_garden', number: 'A-1203', owner: { name: 'Ms Li' } },
    })
  ).body as PropertyUnit;
});
afterAll(() => t.close());

describe('the price list', () => {
  it('is kept by the administrator and read by every desk', async () => {
    const created = await t.call('POST', '/v1/service-prices', { key: t.keys.admin.secret, body: hood });
    expect(created.status).toBe(201);
    expect(priceOf(created)).toMatchObject({ ...hood, active: true, id: expect.stringMatching(/^spr_/) as unknown });
    for (const key of [t.keys.desk.secret, t.keys.gardenDesk.secret]) {
      const read = await t.call('GET', `/v1/service-prices/${priceOf(created).id}`, { key });
      expect(read.body).toEqual(created.body);
    }
    const refused = await t.call('POST', '/v1/service-prices', { key: t.keys.desk.secret, body: hood });
    expect([refused.status, problem(refused).code]).toEqual([403, 'access/forbidden']);
    const patch = await t.call('PATCH', `/v1/service-prices/${priceOf(created).id}`, {
      key: t.keys.gardenDesk.secret,
      body: { priceFen: 1 },
    });
    expect(patch.status).toBe(403);
    expect((await t.call('GET', '/v1/service-prices', { key: t.keys.north.secret })).status).toBe(403);
  });

  it('refuses a price that is not whole fen, storing nothing', async () => {
    const before = await count('service_prices');
    const res = await t.call('POST', '/v1/service-prices', {
      key: t.keys.admin.secret,
      body: { ...hood, priceFen: 12.5 },
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual([['priceFen']]);
    expect(await count('service_prices')).toBe(before);
  });

  it('adds a line once for a retried request', async () => {
    const before = await count('service_prices');
    const headers = { 'Idempotency-Key': 'price-line-added-once' };
    const first = await t.call('POST', '/v1/service-prices', { key: t.keys.admin.secret, body: hood, headers });
    const again = await t.call('POST', '/v1/service-prices', { key: t.keys.admin.secret, body: hood, headers });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(priceOf(again).id).toBe(priceOf(first).id);
    expect(await count('service_prices')).toBe(before + 1);
    const other = await t.call('POST', '/v1/service-prices', {
      key: t.keys.admin.secret,
      body: { ...hood, priceFen: 1 },
      headers,
    });
    expect(problem(other).code).toBe('idempotency/key-reused');
  });

  it('prices a paid service from an active line, and refuses a retired or unknown one', async () => {
    const line = priceOf(await t.call('POST', '/v1/service-prices', { key: t.keys.admin.secret, body: hood }));
    const quoted = await t.call('POST', '/v1/paid-services', {
      key: t.keys.gardenDesk.secret,
      body: { ...paidForm, unitId: unit.id, priceId: line.id, quantity: 2 },
    });
    expect(quoted.status, quoted.text).toBe(201);
    expect(quoted.body as PaidService).toMatchObject({ quote: { priceFen: 24_000 }, priceId: line.id, quantity: 2 });

    const before = await count('paid_services');
    const both = await t.call('POST', '/v1/paid-services', {
      key: t.keys.desk.secret,
      body: { ...paidForm, priceId: line.id, quote: { ...paidForm.quote, priceFen: 1 } },
    });
    expect(issuePaths(both)).toEqual([['priceId']]);
    const unknown = await t.call('POST', '/v1/paid-services', {
      key: t.keys.desk.secret,
      body: { ...paidForm, priceId: 'spr_nowhere' },
    });
    expect([unknown.status, problem(unknown).code]).toEqual([422, 'paid-service/price-unavailable']);
    await t.call('PATCH', `/v1/service-prices/${line.id}`, { key: t.keys.admin.secret, body: { active: false } });
    const retired = await t.call('POST', '/v1/paid-services', {
      key: t.keys.desk.secret,
      body: { ...paidForm, priceId: line.id },
    });
    expect([retired.status, problem(retired).code]).toEqual([422, 'paid-service/price-unavailable']);
    expect(await count('paid_services')).toBe(before);
    const active = (await t.call('GET', '/v1/service-prices?active=true&limit=100', { key: t.keys.desk.secret }))
      .body as {
      data: ServicePrice[];
    };
    expect(active.data.map((p) => p.id)).not.toContain(line.id);
  });
});
