import type { Merchant, Offer } from '@clubkit/core/merchants';
import { merchantStats, type MerchantStats } from '@clubkit/core/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, defined, issuePaths, startTestServer, type TestServer } from '../test-support.js';

const NOW = new Date('2026-11-27T04:00:00Z');
const TODAY = '2026-11-27';

/** A 10 %-off offer with the limits given; ids are the server's. */
function offer(title: string, limits: Partial<Pick<Offer, 'tiers' | 'validFrom' | 'validUntil' | 'minSpendFen'>> = {}) {
  return { kind: 'percent', title, percentOff: 10, ...limits };
}

/** Merchants of both groups in three regions, with offers on and around the report days. */
const NEW_MERCHANTS = [
  {
    name: '洗車一號',
    category: 'car-wash',
    region: 'jinghong',
    offers: [offer('always'), offer('vip', { tiers: ['vip'] })],
  },
  {
    name: '洗車二號',
    category: 'car-wash',
    region: 'menghai',
    offers: [offer('from today', { validFrom: TODAY }), offer('until yesterday', { validUntil: '2026-11-26' })],
  },
  { name: '修車', category: 'repair', region: 'jinghong', offers: [] },
  {
    name: '米線',
    category: 'dining',
    region: 'jinghong',
    offers: [offer('standard', { tiers: ['standard'], validUntil: TODAY }), offer('big', { minSpendFen: 90_000 })],
  },
  {
    name: '客棧',
    category: 'hotel',
    region: 'mengla',
    offers: [offer('december', { validFrom: '2026-12-01', validUntil: '2026-12-31', tiers: ['vip', 'standard'] })],
  },
];

describe('GET /v1/stats/merchants', () => {
  let t: TestServer;
  const admin = () => t.keys.admin.secret;
  beforeAll(async () => {
    t = await startTestServer({ clock: () => NOW });
    for (const [i, body] of NEW_MERCHANTS.entries()) {
      const headers = { 'Idempotency-Key': `stats-new-merchant-${i}` };
      const full = { ...body, address: `景洪市宣慰大道${i + 1}號`, phone: '0691-2123456' };
      const res = await t.call('POST', '/v1/merchants', { key: admin(), body: full, headers });
      expect(res.status, res.text).toBe(201);
    }
    // Offers changed after the merchant was added: one added, one changed, one removed.
    const merchants = await stored();
    const named = (name: string): Merchant =>
      defined(
        merchants.find((m) => m.name === name),
        name,
      );
    const [wash, garage, noodles] = [named('洗車一號'), named('修車'), named('米線')];
    const add = await t.call('POST', `/v1/merchants/${garage.id}/offers`, {
      key: admin(),
      body: offer('vip from today', { tiers: ['vip'], validFrom: TODAY }),
      headers: { 'Idempotency-Key': 'stats-add-offer-0001' },
    });
    expect(add.status).toBe(201);
    const changed = await t.call('PATCH', `/v1/merchants/${noodles.id}/offers/${at(noodles.offers, 0).id}`, {
      key: admin(),
      body: { validUntil: '2026-11-26' },
    });
    expect(changed.status).toBe(200);
    const removed = await t.call('DELETE', `/v1/merchants/${wash.id}/offers/${at(wash.offers, 1).id}`, {
      key: admin(),
    });
    expect(removed.status).toBe(204);
  });
  afterAll(() => t.close());

  /** Every merchant as stored now. */
  async function stored(): Promise<Merchant[]> {
    const rows = await t.server.db.selectFrom('merchants').select('doc').orderBy('id').execute();
    return rows.map((r) => JSON.parse(r.doc) as Merchant);
  }

  const get = (query: string) => t.call('GET', `/v1/stats/merchants${query}`, { key: admin() });

  it('answers what core counts over the same merchants, for any tier and for each, on and around the offers’ days', async () => {
    const merchants = await stored();
    for (const day of ['2026-11-26', TODAY, '2026-11-30', '2026-12-01', '2026-12-31', '2027-01-01']) {
      const res = await get(`?asOf=${day}`);
      expect(res.status).toBe(200);
      expect(res.body, day).toEqual(merchantStats(merchants, { date: day }));
      for (const tier of ['standard', 'vip'] as const) {
        expect((await get(`?asOf=${day}&tier=${tier}`)).body, `${day} ${tier}`).toEqual(
          merchantStats(merchants, { date: day, tier }),
        );
      }
    }
    const today = (await get('')).body as MerchantStats;
    expect(today).toEqual(merchantStats(merchants, { date: TODAY }));
    expect(today.total).toEqual({ merchants: 5, merchantsWithActiveOffers: 4, offers: 7, activeOffers: 4 });
  });

  it('keeps taking the day as `date`, and refuses a `date` that asOf contradicts', async () => {
    expect((await get('?date=2026-12-01')).body).toEqual((await get('?asOf=2026-12-01')).body);
    expect((await get('?date=2026-12-01&asOf=2026-12-01')).status).toBe(200);
    const res = await get('?date=2026-12-01&asOf=2026-12-02');
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual([['query', 'date']]);
  });

  it('counts on the last day of a period and echoes the period back', async () => {
    const body = (await get('?from=2026-12-01&to=2026-12-31')).body as MerchantStats;
    expect(body).toEqual(merchantStats(await stored(), { date: '2026-12-31', from: '2026-12-01', to: '2026-12-31' }));
  });

  it('refuses a period that ends before it starts, at query.to, and malformed dates', async () => {
    const late = await get('?from=2026-12-01&to=2026-11-30');
    expect(late.status).toBe(400);
    expect(issuePaths(late)).toEqual([['query', 'to']]);
    for (const [query, field] of [
      ['?asOf=2026-02-30', 'asOf'],
      ['?date=tomorrow', 'date'],
      ['?from=2026/12/01', 'from'],
    ] as const) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(at(issuePaths(res), 0), query).toEqual(['query', field]);
    }
  });

  it('counts the offers of a merchant that moved to another category and region in its new cell', async () => {
    const garage = defined((await stored()).find((m) => m.name === '修車'));
    const moved = await t.call('PATCH', `/v1/merchants/${garage.id}`, {
      key: admin(),
      body: { category: 'car-wash', region: 'mengla' },
    });
    expect(moved.status, moved.text).toBe(200);
    const merchants = await stored();
    for (const tier of [undefined, 'vip'] as const) {
      const body = (await get(tier ? `?tier=${tier}` : '')).body as MerchantStats;
      expect(body).toEqual(merchantStats(merchants, { date: TODAY, ...(tier ? { tier } : {}) }));
      // The garage was the only repair shop: its category counts nothing, its new region its offer.
      expect(body.byCategory.repair).toMatchObject({ merchants: 0, offers: 0 });
      expect(body.byRegion.find((r) => r.region === 'mengla')).toMatchObject({ merchants: 2, offers: 2 });
    }
  });

  it('counts a merchant added after a report in the report of that day and of a day not asked for yet', async () => {
    // The first report keeps the merchants of each cell, which every day's report shares.
    expect((await get('?asOf=2026-12-01')).status).toBe(200);
    const res = await t.call('POST', '/v1/merchants', {
      key: admin(),
      body: {
        name: '新開花店',
        category: 'flowers',
        region: 'menghai',
        address: '勐海縣象山路1號',
        phone: '0691-5123456',
        offers: [offer('opening', { validFrom: '2026-12-02' })],
      },
      headers: { 'Idempotency-Key': 'stats-added-after-report' },
    });
    expect(res.status, res.text).toBe(201);
    const merchants = await stored();
    for (const day of ['2026-12-01', '2026-12-02']) {
      const body = (await get(`?asOf=${day}`)).body as MerchantStats;
      expect(body, day).toEqual(merchantStats(merchants, { date: day }));
      expect(body.byCategory.flowers, day).toMatchObject({ merchants: 1, offers: 1 });
    }
  });

  it('is the admin’s alone', async () => {
    for (const key of [t.keys.north.secret, t.keys.merchant.secret]) {
      expect((await t.call('GET', '/v1/stats/merchants', { key })).status).toBe(403);
    }
  });
});
