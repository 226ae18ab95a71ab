import type { MerchantPage } from '@clubkit/core';
import { Offer, searchMerchants, type Merchant, type MerchantQuery } from '@clubkit/core/merchants';
import { sampleMerchants, seededRandom } from '@clubkit/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../http/auth.js';
import { nextSequence } from '../services/sequences.js';
import { merchantRow } from '../store/records.js';
import { MERCHANTS_PER_TOKEN } from './merchants.js';
import {
  at,
  issuePaths,
  problem,
  startTestServer,
  TEST_ORIGIN,
  type TestResponse,
  type TestServer,
} from '../test-support.js';

const JINGHONG = { lat: 22.0094, lng: 100.7977 };

/** A small directory with one merchant per case the tests need, plus a bulk of florists for paging. */
const fixtures: Merchant[] = [
  {
    id: 'mch_owned',
    name: '景洪精洗車坊',
    category: 'car-wash',
    region: 'jinghong',
    address: '景洪市宣慰大道12號',
    location: JINGHONG,
    phone: '0691-2120001',
    offers: [
      { id: 'off_owned10', kind: 'percent', title: '洗車9折', percentOff: 10, capFen: 2000 },
      { id: 'off_owned5', kind: 'amount', title: '滿40減5', amountOffFen: 500, minSpendFen: 4000 },
    ],
  },
  {
    id: 'mch_wash2',
    name: '勐海自助洗車',
    category: 'car-wash',
    region: 'menghai',
    address: '勐海縣象山路8號',
    location: { lat: 21.9575, lng: 100.4525 },
    phone: '0691-5120002',
    offers: [
      { id: 'off_wash2vip', kind: 'amount', title: 'VIP減8元', amountOffFen: 800, minSpendFen: 3000, tiers: ['vip'] },
    ],
  },
  {
    id: 'mch_ktv',
    name: 'ＫＴＶ歡唱城',
    category: 'ktv',
    region: 'jinghong',
    address: '景洪市勐泐大道3號',
    location: { lat: 22.02, lng: 100.8 },
    phone: '0691-2120003',
    offers: [
      { id: 'off_ktvroom', kind: 'price', title: '包廂會員價240元', listPriceFen: 30000, memberPriceFen: 24000 },
    ],
  },
  {
    id: 'mch_hotel',
    name: 'Sunrise Hotel 景洪',
    category: 'hotel',
    region: 'jinghong',
    address: '景洪市曼聽路9號',
    phone: '0691-2120004',
    offers: [{ id: 'off_future', kind: 'percent', title: '開業85折', percentOff: 15, validFrom: '2100-01-01' }],
  },
  {
    id: 'mch_repair',
    name: '順達汽車維修',
    category: 'repair',
    region: 'mengla',
    address: '勐臘縣勐臘大道20號',
    location: { lat: 21.4816, lng: 101.565 },
    phone: '0691-8120005',
    offers: [{ id: 'off_repair100', kind: 'amount', title: '滿1000減100', amountOffFen: 10000, minSpendFen: 100000 }],
  },
  {
    id: 'mch_laundry',
    name: '100%滿意洗衣店',
    category: 'laundry',
    region: 'jinghong',
    address: '景洪市景德路5號',
    phone: '0691-2120006',
    offers: [],
  },
  {
    id: 'mch_diner',
    name: "Joe's Diner",
    category: 'dining',
    region: 'jinghong',
    address: '景洪市民航路1號',
    phone: '0691-2120007',
    offers: [],
  },
  ...Array.from({ length: 45 }, (_, i): Merchant => ({
    id: `mch_flower${String(i).padStart(2, '0')}`,
    // Repeated names, so that the order also has ties to break.
    name: `雨林花藝${i % 15}號`,
    category: 'flowers',
    region: 'mengla',
    address: `勐臘縣金城大道${i + 1}號`,
    location: { lat: 21.45 + i * 0.002, lng: 101.55 },
    phone: `0691-81${String(20100 + i)}`,
    offers: [
      {
        id: `off_flower${i}`,
        kind: 'amount',
        title: '滿100減10',
        amountOffFen: 1000 + (i % 4) * 100,
        minSpendFen: 10000,
      },
    ],
  })),
];

let t: TestServer;
let session: string;

beforeAll(async () => {
  t = await startTestServer();
  await t.server.db.transaction().execute(async (trx) => {
    const version = await nextSequence(trx, 'merchants');
    await trx
      .insertInto('merchants')
      .values(fixtures.map((m) => merchantRow(m, version, new Date().toISOString())))
      .execute();
  });
  session = `ms_${'s'.repeat(40)}`;
  await t.server.db
    .insertInto('member_sessions')
    .values({
      hash: hashSecret(session),
      member_id: 'mbr_reader',
      allowed_origins: '[]',
      created_at: new Date().toISOString(),
      expires_at: '2999-01-01T00:00:00.000Z',
    })
    .execute();
});
afterAll(() => t.close());

const admin = () => t.keys.admin.secret;
const operator = () => t.keys.merchant.secret;
const north = () => t.keys.north.secret;
const publishable = () => t.keys.publishable.secret;

type Params = Record<string, string | number>;

function search(params: Params, options: { key?: string; headers?: Record<string, string> } = {}) {
  const qs = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]));
  return t.call('GET', `/v1/merchants?${qs.toString()}`, { key: publishable(), ...options });
}

/** The bodies of the merchant routes, as the API contract types them. */
const page = (res: TestResponse) => res.body as MerchantPage;
const hits = (res: TestResponse) => page(res).data;
const idsOf = (res: TestResponse) => hits(res).map((h) => h.merchant.id);
const merchantOf = (res: TestResponse) => res.body as Merchant;
const offerOf = (res: TestResponse) => res.body as Offer;

async function stored(): Promise<Merchant[]> {
  const rows = await t.server.db.selectFrom('merchants').select(['id', 'doc']).orderBy('id').execute();
  return rows.map((r) => JSON.parse(r.doc) as Merchant);
}

/** What core's search finds in everything stored: the API must answer the same. */
async function expected(query: MerchantQuery): Promise<string[]> {
  return searchMerchants(await stored(), query).map((h) => h.merchant.id);
}

/** Follows `nextCursor` to the end; returns every id in order and the number of pages. */
async function allPages(params: Params): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res = await search(cursor ? { ...params, cursor } : params);
    expect(res.status).toBe(200);
    ids.push(...idsOf(res));
    cursor = page(res).nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { ids, pages };
}

async function merchantCount(): Promise<number> {
  const row = await t.server.db
    .selectFrom('merchants')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const newMerchant = (overrides: Record<string, unknown> = {}) => ({
  name: '孔雀汽車美容',
  category: 'detailing',
  region: 'jinghong',
  address: '景洪市嘎蘭中路7號',
  location: { lat: 22.0, lng: 100.79 },
  phone: '0691-2139999',
  offers: [{ kind: 'percent', title: '美容8折', percentOff: 20 }],
  ...overrides,
});

async function createMerchant(overrides: Record<string, unknown> = {}): Promise<Merchant> {
  const res = await t.call('POST', '/v1/merchants', { key: admin(), body: newMerchant(overrides) });
  expect(res.status).toBe(201);
  return res.body as Merchant;
}

describe('GET /v1/merchants: text search', () => {
  it('finds merchants by Chinese words in name and category label', async () => {
    const res = await search({ text: '洗車' });
    expect(res.status).toBe(200);
    expect(idsOf(res)).toEqual(await expected({ text: '洗車' }));
    expect(idsOf(res)).toEqual(expect.arrayContaining(['mch_owned', 'mch_wash2']));
    expect(idsOf(res)).not.toContain('mch_laundry');
  });

  it('requires every word to match', async () => {
    const res = await search({ text: '洗車 勐海' });
    expect(idsOf(res)).toEqual(['mch_wash2']);
  });

  it('matches Latin text without regard to case', async () => {
    const res = await search({ text: 'SUNRISE' });
    expect(idsOf(res)).toEqual(['mch_hotel']);
  });

  it('matches full-width and half-width letters alike', async () => {
    const half = await search({ text: 'ktv' });
    const full = await search({ text: 'ＫＴＶ' });
    expect(idsOf(half)).toContain('mch_ktv');
    expect(idsOf(full)).toEqual(idsOf(half));
  });

  it('ranks name-prefix matches before other matches', async () => {
    const res = await search({ text: '景洪' });
    expect(idsOf(res)[0]).toBe('mch_owned');
    expect(idsOf(res)).toEqual(await expected({ text: '景洪' }));
  });

  it('answers an empty page for text nothing matches', async () => {
    const res = await search({ text: '沒有這家店' });
    expect(res.body).toEqual({ data: [], nextCursor: null, total: 0 });
  });
});

describe('GET /v1/merchants: filters, distance and sorts', () => {
  it('filters by category and region together', async () => {
    const res = await search({ category: 'car-wash', region: 'jinghong' });
    expect(idsOf(res)).toEqual(['mch_owned']);
  });

  it('keeps only located merchants within the radius, nearest first, with their distance', async () => {
    const res = await search({ lat: JINGHONG.lat, lng: JINGHONG.lng, radiusKm: 3 });
    expect(idsOf(res)).toEqual(['mch_owned', 'mch_ktv']);
    expect(at(hits(res), 0).distanceKm).toBe(0);
    expect(at(hits(res), 1).distanceKm).toBeGreaterThan(0);
    expect(at(hits(res), 1).distanceKm).toBeLessThan(3);
  });

  it('sorts by distance with unlocated merchants last', async () => {
    const query = { text: '景洪', lat: JINGHONG.lat, lng: JINGHONG.lng, sort: 'distance' } as const;
    const res = await search(query);
    expect(idsOf(res)).toEqual(await expected({ text: '景洪', near: JINGHONG, sort: 'distance' }));
    const located = hits(res).map((h) => 'distanceKm' in h);
    expect(located).toEqual([true, true, false, false, false]);
    expect(idsOf(res).slice(2).sort()).toEqual(['mch_diner', 'mch_hotel', 'mch_laundry']);
  });

  it('sorts by name', async () => {
    const res = await search({ region: 'jinghong', sort: 'name' });
    expect(idsOf(res)).toEqual(await expected({ region: 'jinghong', sort: 'name' }));
  });

  it('prices every hit against a purchase and puts the biggest saving first', async () => {
    const res = await search({ sort: 'bestSaving', amountFen: 50000, tier: 'vip', date: '2026-11-27', limit: 100 });
    expect(idsOf(res)).toEqual(
      await expected({ sort: 'bestSaving', purchase: { amountFen: 50000, tier: 'vip', date: '2026-11-27' } }),
    );
    const savings = hits(res).map((h) => h.best?.savingFen ?? 0);
    expect(savings).toEqual([...savings].sort((a, b) => b - a));
    expect(at(hits(res), 0).best?.savingFen).toBe(6000);
  });

  it('gives each hit its best offer, the simpler one on a tie', async () => {
    const res = await search({
      category: 'car-wash',
      region: 'jinghong',
      amountFen: 5000,
      tier: 'standard',
      date: '2026-11-27',
    });
    expect(at(hits(res), 0).best).toEqual({ offer: at(at(fixtures, 0).offers, 1), savingFen: 500 });
  });

  it('answers best null when no offer applies to the tier', async () => {
    const res = await search({ region: 'menghai', amountFen: 5000, tier: 'standard', date: '2026-11-27' });
    expect(hits(res)).toEqual([{ merchant: fixtures[1], best: null }]);
  });

  it("prices the purchase on the club's today unless dated", async () => {
    const today = await search({ text: 'sunrise', amountFen: 10000, tier: 'vip' });
    const later = await search({ text: 'sunrise', amountFen: 10000, tier: 'vip', date: '2100-06-01' });
    expect(at(hits(today), 0).best).toBeNull();
    expect(at(hits(later), 0).best).toMatchObject({ offer: { id: 'off_future' }, savingFen: 1500 });
  });
});

describe('GET /v1/merchants: pages', () => {
  it('returns 20 hits by default with a cursor to the rest', async () => {
    const res = await search({ category: 'flowers' });
    expect(hits(res)).toHaveLength(20);
    expect(typeof page(res).nextCursor).toBe('string');
  });

  it('walks every page without duplicates or gaps, in the order of one whole search', async () => {
    const { ids, pages } = await allPages({ category: 'flowers', limit: 10 });
    expect(pages).toBe(5);
    expect(new Set(ids).size).toBe(45);
    expect(ids).toEqual(await expected({ category: 'flowers' }));
  });

  it('gives the same order on every walk, ties included', async () => {
    const first = await allPages({ text: '花藝', sort: 'name', limit: 7 });
    const second = await allPages({ text: '花藝', sort: 'name', limit: 7 });
    expect(first.pages).toBe(7);
    expect(second.ids).toEqual(first.ids);
    expect(first.ids).toEqual(await expected({ text: '花藝', sort: 'name' }));
  });

  it('pages a distance search', async () => {
    const near = { lat: 21.45, lng: 101.55, radiusKm: 50 };
    const { ids } = await allPages({ ...near, limit: 9 });
    expect(ids).toEqual(await expected({ near }));
  });

  it('says on every page how many merchants the whole search found', async () => {
    const first = await search({ category: 'flowers', limit: 10 });
    expect(page(first).total).toBe(45);
    const second = await search({ category: 'flowers', limit: 10, cursor: String(page(first).nextCursor) });
    expect(page(second).total).toBe(45);
    expect(hits(second)).toHaveLength(10);
  });

  it('counts a filtered search as the whole of it, not the page', async () => {
    const filtered = await search({ text: '花藝', sort: 'name', limit: 5 });
    expect(page(filtered).total).toBe((await expected({ text: '花藝', sort: 'name' })).length);
  });

  it('ends with a null cursor on the last page', async () => {
    const res = await search({ category: 'flowers', limit: 100 });
    expect(hits(res)).toHaveLength(45);
    expect(page(res).nextCursor).toBeNull();
  });

  it('refuses a cursor of another query with 400 invalid-cursor', async () => {
    const first = await search({ category: 'flowers', limit: 5 });
    const res = await search({ category: 'repair', limit: 5, cursor: String(page(first).nextCursor) });
    expect(res.status).toBe(400);
    expect(problem(res).code).toBe('invalid-cursor');
  });

  it('refuses a cursor that is not one with 400 invalid-cursor', async () => {
    const res = await search({ cursor: 'not-a-cursor' });
    expect(res.status).toBe(400);
    expect(problem(res).code).toBe('invalid-cursor');
  });
});

describe('GET /v1/merchants: bad query values', () => {
  it.each<[string, Params, (string | number)[]]>([
    ['limit=0', { limit: 0 }, ['query', 'limit']],
    ['limit=1000', { limit: 1000 }, ['query', 'limit']],
    ['limit=abc', { limit: 'abc' }, ['query', 'limit']],
    ['lat without lng', { lat: 22 }, ['query', 'lng']],
    ['lng without lat', { lng: 100 }, ['query', 'lat']],
    ['radiusKm without a point', { radiusKm: 5 }, ['query', 'lat']],
    ['a latitude beyond 90', { lat: 91, lng: 100 }, ['query', 'lat']],
    ['lat that is not a number', { lat: 'north', lng: 100 }, ['query', 'lat']],
    ['a radius of 0', { lat: 22, lng: 100, radiusKm: 0 }, ['query', 'radiusKm']],
    ['sort=bestSaving without amountFen', { sort: 'bestSaving' }, ['query', 'amountFen']],
    ['sort=distance without a point', { sort: 'distance' }, ['query', 'lat']],
    ['an unknown sort', { sort: 'cheapest' }, ['query', 'sort']],
    ['an unknown category', { category: 'spaceport' }, ['query', 'category']],
    ['amountFen without tier', { amountFen: 1000 }, ['query', 'tier']],
    ['tier without amountFen', { tier: 'vip' }, ['query', 'amountFen']],
    ['a fractional amountFen', { amountFen: 10.5, tier: 'vip' }, ['query', 'amountFen']],
    ['a negative amountFen', { amountFen: -1, tier: 'vip' }, ['query', 'amountFen']],
    ['an unknown tier', { amountFen: 100, tier: 'gold' }, ['query', 'tier']],
    ['a date that is not one', { amountFen: 100, tier: 'vip', date: '2026-13-40' }, ['query', 'date']],
    ['text over 200 characters', { text: '洗'.repeat(201) }, ['query', 'text']],
  ])('answers 400 invalid-input for %s', async (_, params, path) => {
    const res = await search(params);
    expect(res.status).toBe(400);
    expect(problem(res).code).toBe('invalid-input');
    expect(issuePaths(res)).toContainEqual(path);
  });
});

describe('GET /v1/merchants: SQL metacharacters in text', () => {
  it.each(['%', '_', "'", '\\', '; drop table merchants; --', "' OR '1'='1", '洗車%', '"; DELETE FROM merchants; --'])(
    'treats %j as plain text and leaves the table intact',
    async (text) => {
      const before = await merchantCount();
      const res = await search({ text, limit: 100 });
      expect(res.status).toBe(200);
      expect(idsOf(res)).toEqual((await expected({ text })).slice(0, 100));
      expect(await merchantCount()).toBe(before);
    },
  );

  it('finds nothing for an injection attempt made of words', async () => {
    const res = await search({ text: '; drop table merchants; --' });
    expect(hits(res)).toEqual([]);
  });

  it('finds names that hold the characters themselves', async () => {
    expect(idsOf(await search({ text: '100%' }))).toEqual(['mch_laundry']);
    expect(idsOf(await search({ text: "Joe's" }))).toEqual(['mch_diner']);
  });
});

describe('GET /v1/merchants: stored data', () => {
  it('answers 500, not a client error, when a stored merchant fails core validation', async () => {
    const other = await startTestServer();
    try {
      const broken = {
        ...at(fixtures, 0),
        offers: [
          {
            id: 'off_bad',
            kind: 'amount',
            title: 'x',
            amountOffFen: 1,
            validFrom: '2026-12-01',
            validUntil: '2026-11-01',
          },
        ],
      } as Merchant;
      await other.server.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('merchants')
          .values(merchantRow(broken, await nextSequence(trx, 'merchants'), new Date().toISOString()))
          .execute();
      });
      const res = await other.call('GET', '/v1/merchants', { key: other.keys.publishable.secret });
      expect(res.status).toBe(500);
      expect(problem(res).code).toBe('internal');
    } finally {
      await other.close();
    }
  });
});

describe('GET /v1/merchants: credentials', () => {
  it('needs a key', async () => {
    const res = await t.call('GET', '/v1/merchants');
    expect(res.status).toBe(401);
    expect(problem(res).code).toBe('auth/missing-key');
  });

  it('serves a publishable key from an allowed origin with CORS headers', async () => {
    const res = await search({ text: '洗車' }, { headers: { Origin: TEST_ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(TEST_ORIGIN);
  });

  it('refuses a publishable key from another origin with 403 auth/origin-not-allowed', async () => {
    const res = await search({ text: '洗車' }, { headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(problem(res).code).toBe('auth/origin-not-allowed');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves a publishable key without an Origin (a server-side caller)', async () => {
    expect((await search({ text: '洗車' })).status).toBe(200);
  });

  it.each([
    ['a member session', () => session],
    ['an admin key', admin],
    ['a branch operator key', north],
    ['a merchant operator key', operator],
  ])('serves %s', async (_, key) => {
    const res = await search({ category: 'repair' }, { key: key() });
    expect(res.status).toBe(200);
    expect(idsOf(res)).toEqual(['mch_repair']);
  });
});

describe('GET /v1/merchants/:id', () => {
  it('returns the merchant with its offers', async () => {
    const res = await t.call('GET', '/v1/merchants/mch_owned', { key: publishable() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(fixtures[0]);
  });

  it('serves a member session', async () => {
    expect((await t.call('GET', '/v1/merchants/mch_ktv', { key: session })).status).toBe(200);
  });

  it('answers 404 for an unknown merchant', async () => {
    const res = await t.call('GET', '/v1/merchants/mch_nobody', { key: publishable() });
    expect(res.status).toBe(404);
    expect(problem(res).code).toBe('not-found');
  });

  it('needs a key', async () => {
    expect((await t.call('GET', '/v1/merchants/mch_owned')).status).toBe(401);
  });
});

describe('POST /v1/merchants', () => {
  it('creates a merchant with server-assigned ids and shows it in searches at once', async () => {
    const res = await t.call('POST', '/v1/merchants', { key: admin(), body: newMerchant({ name: '鳳凰鍍晶美容' }) });
    expect(res.status).toBe(201);
    const created = merchantOf(res);
    expect(created.id).toMatch(/^mch_[0-9A-Z]{26}$/);
    expect(at(created.offers, 0).id).toMatch(/^off_[0-9A-Z]{26}$/);
    expect(res.body).toMatchObject({ name: '鳳凰鍍晶美容', offers: [{ kind: 'percent', percentOff: 20 }] });
    expect(idsOf(await search({ text: '鳳凰鍍晶' }))).toEqual([created.id]);
    expect((await t.call('GET', `/v1/merchants/${created.id}`, { key: publishable() })).body).toEqual(res.body);
  });

  it('keeps offer ids the caller chose and drops fields no schema knows', async () => {
    const created = await createMerchant({
      name: '吉祥貼膜',
      offers: [{ kind: 'amount', id: 'off_film', title: '減50', amountOffFen: 5000, colour: 'red' }],
    });
    expect(created.offers).toEqual([{ kind: 'amount', id: 'off_film', title: '減50', amountOffFen: 5000 }]);
  });

  it('creates a merchant without location or offers', async () => {
    const bare: Record<string, unknown> = newMerchant({ name: '星光洗衣' });
    delete bare.location;
    delete bare.offers;
    const res = await t.call('POST', '/v1/merchants', { key: admin(), body: bare });
    expect(res.status).toBe(201);
    expect(merchantOf(res).offers).toEqual([]);
    expect(res.body).not.toHaveProperty('location');
  });

  it('replays the first answer for a repeated Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': 'create-merchant-once' };
    const before = await merchantCount();
    const first = await t.call('POST', '/v1/merchants', {
      key: admin(),
      body: newMerchant({ name: '天成汽車美容' }),
      headers,
    });
    const again = await t.call('POST', '/v1/merchants', {
      key: admin(),
      body: newMerchant({ name: '天成汽車美容' }),
      headers,
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(await merchantCount()).toBe(before + 1);
  });

  it.each<[string, Record<string, unknown>, (string | number)[]]>([
    [
      'an offer of more than 100 %',
      { offers: [{ kind: 'percent', title: 'x', percentOff: 120 }] },
      ['offers', 0, 'percentOff'],
    ],
    [
      'an offer without its amount',
      {
        offers: [
          { kind: 'percent', title: 'x', percentOff: 10 },
          { kind: 'amount', title: 'y' },
        ],
      },
      ['offers', 1, 'amountOffFen'],
    ],
    [
      'a member price above the list price',
      { offers: [{ kind: 'price', title: 'x', listPriceFen: 100, memberPriceFen: 200 }] },
      ['offers', 0, 'memberPriceFen'],
    ],
    ['an unknown offer kind', { offers: [{ kind: 'gift', title: 'x' }] }, ['offers', 0, 'kind']],
    [
      'two offers with one id',
      {
        offers: [
          { kind: 'amount', id: 'off_twin', title: 'a', amountOffFen: 1 },
          { kind: 'amount', id: 'off_twin', title: 'b', amountOffFen: 2 },
        ],
      },
      ['offers'],
    ],
    [
      '21 offers',
      { offers: Array.from({ length: 21 }, () => ({ kind: 'amount', title: 'a', amountOffFen: 1 })) },
      ['offers'],
    ],
    ['an empty name', { name: '' }, ['name']],
    ['an unknown category', { category: 'spaceport' }, ['category']],
    ['a phone that is not one', { phone: 'call me' }, ['phone']],
    ['a longitude beyond 180', { location: { lat: 22, lng: 181 } }, ['location', 'lng']],
  ])('answers 400 invalid-input for %s', async (_, overrides, path) => {
    const before = await merchantCount();
    const res = await t.call('POST', '/v1/merchants', { key: admin(), body: newMerchant(overrides) });
    expect(res.status).toBe(400);
    expect(problem(res).code).toBe('invalid-input');
    expect(issuePaths(res)).toContainEqual(path);
    expect(await merchantCount()).toBe(before);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await t.call('POST', '/v1/merchants', { key: admin(), rawBody: '{name:' });
    expect(res.status).toBe(400);
    expect(problem(res).code).toBe('invalid-json');
  });

  it.each([
    ['a branch operator', north, 403, 'access/forbidden'],
    ['a merchant operator', operator, 403, 'access/forbidden'],
    ['a publishable key', publishable, 403, 'access/forbidden'],
    ['a member session', () => session, 403, 'access/forbidden'],
    ['no key', () => undefined, 401, 'auth/missing-key'],
  ])('refuses %s', async (_, key, status, code) => {
    const res = await t.call('POST', '/v1/merchants', { key: key(), body: newMerchant() });
    expect(res.status).toBe(status);
    expect(problem(res).code).toBe(code);
  });
});

describe('PATCH /v1/merchants/:id', () => {
  it('renames a merchant so that searches find it by the new name only', async () => {
    const created = await createMerchant({ name: '綠洲汽車美容' });
    const res = await t.call('PATCH', `/v1/merchants/${created.id}`, {
      key: admin(),
      body: { name: '佳美汽車美容', phone: '0691-2130000' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...created, name: '佳美汽車美容', phone: '0691-2130000' });
    expect(idsOf(await search({ text: '佳美汽車' }))).toEqual([created.id]);
    expect(idsOf(await search({ text: '綠洲汽車' }))).toEqual([]);
  });

  it('lets the merchant operator change its own merchant', async () => {
    const res = await t.call('PATCH', '/v1/merchants/mch_owned', {
      key: operator(),
      body: { address: '景洪市宣慰大道14號' },
    });
    expect(res.status).toBe(200);
    expect(merchantOf(res).address).toBe('景洪市宣慰大道14號');
    expect(merchantOf(res).offers).toEqual(at(fixtures, 0).offers);
  });

  it('removes the location for location: null, which drops the merchant from radius searches', async () => {
    const created = await createMerchant({ name: '恆通汽車美容', location: { lat: 22.3, lng: 100.3 } });
    const near = { lat: 22.3, lng: 100.3, radiusKm: 1 };
    expect(idsOf(await search(near))).toEqual([created.id]);
    const res = await t.call('PATCH', `/v1/merchants/${created.id}`, { key: admin(), body: { location: null } });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('location');
    expect(idsOf(await search(near))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, (string | number)[]]>([
    ['an empty name', { name: '' }, ['name']],
    ['a phone that is not one', { phone: 'x' }, ['phone']],
    ['a latitude beyond 90', { location: { lat: 100, lng: 100 } }, ['location', 'lat']],
  ])('answers 400 invalid-input for %s', async (_, body, path) => {
    const res = await t.call('PATCH', '/v1/merchants/mch_ktv', { key: admin(), body });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContainEqual(path);
  });

  it('answers 404 for an unknown merchant', async () => {
    const res = await t.call('PATCH', '/v1/merchants/mch_nobody', { key: admin(), body: { name: 'x' } });
    expect(res.status).toBe(404);
  });

  it.each([
    ["another merchant's operator", operator, 404, 'not-found'],
    ['a branch operator', north, 403, 'access/forbidden'],
    ['a publishable key', publishable, 403, 'access/forbidden'],
    ['no key', () => undefined, 401, 'auth/missing-key'],
  ])('refuses %s and leaves the merchant as it was', async (_, key, status, code) => {
    const res = await t.call('PATCH', '/v1/merchants/mch_ktv', { key: key(), body: { name: '改名' } });
    expect(res.status).toBe(status);
    expect(problem(res).code).toBe(code);
    expect(merchantOf(await t.call('GET', '/v1/merchants/mch_ktv', { key: publishable() })).name).toBe('ＫＴＶ歡唱城');
  });
});

describe('POST /v1/merchants/:id/offers', () => {
  it('lets the merchant operator add an offer that searches price at once', async () => {
    const purchase = { category: 'car-wash', region: 'jinghong', amountFen: 5000, tier: 'vip', date: '2026-11-27' };
    expect(at(hits(await search(purchase)), 0).best?.savingFen).toBe(500);
    const res = await t.call('POST', '/v1/merchants/mch_owned/offers', {
      key: operator(),
      body: { kind: 'amount', title: 'VIP減15', amountOffFen: 1500, tiers: ['vip'] },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'amount', amountOffFen: 1500, tiers: ['vip'] });
    expect(offerOf(res).id).toMatch(/^off_/);
    expect(at(hits(await search(purchase)), 0).best).toEqual({ offer: res.body, savingFen: 1500 });
    const merchant = await t.call('GET', '/v1/merchants/mch_owned', { key: publishable() });
    expect(merchantOf(merchant).offers.at(-1)).toEqual(res.body);
  });

  it('lets the admin add an offer to any merchant', async () => {
    const res = await t.call('POST', '/v1/merchants/mch_diner/offers', {
      key: admin(),
      body: { kind: 'percent', id: 'off_diner', title: '9折', percentOff: 10 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ kind: 'percent', id: 'off_diner', title: '9折', percentOff: 10 });
  });

  it.each<[string, Record<string, unknown>, (string | number)[]]>([
    ['a percentage of 0', { kind: 'percent', title: 'x', percentOff: 0 }, ['percentOff']],
    ['a missing title', { kind: 'amount', amountOffFen: 100 }, ['title']],
    ['an unknown kind', { kind: 'gift', title: 'x' }, ['kind']],
    [
      'dates in the wrong order',
      { kind: 'amount', title: 'x', amountOffFen: 100, validFrom: '2026-12-01', validUntil: '2026-11-01' },
      ['validUntil'],
    ],
    [
      'an id of an offer the merchant has',
      { kind: 'amount', id: 'off_ktvroom', title: 'x', amountOffFen: 100 },
      ['offers'],
    ],
  ])('answers 400 invalid-input for %s', async (_, body, path) => {
    const res = await t.call('POST', '/v1/merchants/mch_ktv/offers', { key: admin(), body });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContainEqual(path);
  });

  it('refuses a 21st offer', async () => {
    const created = await createMerchant({
      name: '永安汽車美容',
      offers: Array.from({ length: 20 }, (_, i) => ({ kind: 'amount', title: `減${i + 1}`, amountOffFen: i + 1 })),
    });
    const res = await t.call('POST', `/v1/merchants/${created.id}/offers`, {
      key: admin(),
      body: { kind: 'amount', title: '減21', amountOffFen: 21 },
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContainEqual(['offers']);
  });

  it('keeps every offer added concurrently to one merchant', async () => {
    const created = await createMerchant({ name: '悅來汽車美容', offers: [] });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.call('POST', `/v1/merchants/${created.id}/offers`, {
          key: admin(),
          body: { kind: 'amount', title: `減${i + 1}`, amountOffFen: i + 1 },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(201));
    const merchant = await t.call('GET', `/v1/merchants/${created.id}`, { key: publishable() });
    expect(
      merchantOf(merchant)
        .offers.map((o) => o.id)
        .sort(),
    ).toEqual(results.map((r) => offerOf(r).id).sort());
  });

  it('answers 404 for an unknown merchant', async () => {
    const res = await t.call('POST', '/v1/merchants/mch_nobody/offers', {
      key: admin(),
      body: { kind: 'amount', title: 'x', amountOffFen: 100 },
    });
    expect(res.status).toBe(404);
  });

  it.each([
    ["another merchant's operator", operator, 403, 'access/forbidden'],
    ['a branch operator', north, 403, 'access/forbidden'],
    ['a publishable key', publishable, 403, 'access/forbidden'],
    ['a member session', () => session, 403, 'access/forbidden'],
    ['no key', () => undefined, 401, 'auth/missing-key'],
  ])('refuses %s', async (_, key, status, code) => {
    const res = await t.call('POST', '/v1/merchants/mch_ktv/offers', {
      key: key(),
      body: { kind: 'amount', title: 'x', amountOffFen: 100 },
    });
    expect(res.status).toBe(status);
    expect(problem(res).code).toBe(code);
    expect(merchantOf(await t.call('GET', '/v1/merchants/mch_ktv', { key: publishable() })).offers).toHaveLength(1);
  });
});

describe('PATCH /v1/merchants/:id/offers/:offerId', () => {
  it('merges the fields sent, removes those sent as null and reprices searches at once', async () => {
    const res = await t.call('PATCH', '/v1/merchants/mch_owned/offers/off_owned10', {
      key: operator(),
      body: { percentOff: 50, capFen: null, title: '洗車5折' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: 'off_owned10', kind: 'percent', title: '洗車5折', percentOff: 50 });
    const priced = await search({
      category: 'car-wash',
      region: 'jinghong',
      amountFen: 10000,
      tier: 'standard',
      date: '2026-11-27',
    });
    expect(at(hits(priced), 0).best).toEqual({ offer: res.body, savingFen: 5000 });
  });

  it('changes the kind of an offer when the new kind is complete', async () => {
    const res = await t.call('PATCH', '/v1/merchants/mch_repair/offers/off_repair100', {
      key: admin(),
      body: { kind: 'percent', percentOff: 5 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: 'off_repair100',
      kind: 'percent',
      title: '滿1000減100',
      percentOff: 5,
      minSpendFen: 100000,
    });
  });

  it.each<[string, Record<string, unknown>, (string | number)[]]>([
    ['a price at the list price', { memberPriceFen: 30000 }, ['memberPriceFen']],
    ['a negative list price', { listPriceFen: -5 }, ['listPriceFen']],
    ['a new id', { id: 'off_other' }, ['id']],
    ['a kind without its fields', { kind: 'percent' }, ['percentOff']],
  ])('answers 400 invalid-input for %s', async (_, body, path) => {
    const res = await t.call('PATCH', '/v1/merchants/mch_ktv/offers/off_ktvroom', { key: admin(), body });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContainEqual(path);
  });

  it('answers 404 for an unknown offer or merchant', async () => {
    expect(
      (await t.call('PATCH', '/v1/merchants/mch_ktv/offers/off_nothing', { key: admin(), body: { title: 'x' } }))
        .status,
    ).toBe(404);
    expect(
      (await t.call('PATCH', '/v1/merchants/mch_nobody/offers/off_ktvroom', { key: admin(), body: { title: 'x' } }))
        .status,
    ).toBe(404);
  });

  it.each([
    ["another merchant's operator", operator, 404, 'not-found'],
    ['a branch operator', north, 403, 'access/forbidden'],
    ['a publishable key', publishable, 403, 'access/forbidden'],
    ['no key', () => undefined, 401, 'auth/missing-key'],
  ])('refuses %s', async (_, key, status, code) => {
    const res = await t.call('PATCH', '/v1/merchants/mch_ktv/offers/off_ktvroom', {
      key: key(),
      body: { title: '改' },
    });
    expect(res.status).toBe(status);
    expect(problem(res).code).toBe(code);
    expect(at(merchantOf(await t.call('GET', '/v1/merchants/mch_ktv', { key: publishable() })).offers, 0).title).toBe(
      '包廂會員價240元',
    );
  });
});

describe('DELETE /v1/merchants/:id/offers/:offerId', () => {
  it.each([
    ["another merchant's operator", operator, 404, 'not-found'],
    ['a branch operator', north, 403, 'access/forbidden'],
    ['a publishable key', publishable, 403, 'access/forbidden'],
    ['no key', () => undefined, 401, 'auth/missing-key'],
  ])('refuses %s and keeps the offer', async (_, key, status, code) => {
    const res = await t.call('DELETE', '/v1/merchants/mch_wash2/offers/off_wash2vip', { key: key() });
    expect(res.status).toBe(status);
    expect(problem(res).code).toBe(code);
    expect(merchantOf(await t.call('GET', '/v1/merchants/mch_wash2', { key: publishable() })).offers).toHaveLength(1);
  });

  it('lets the merchant operator remove its own offer, which searches stop pricing at once', async () => {
    const purchase = { text: '景洪精洗', amountFen: 5000, tier: 'standard', date: '2026-11-27' };
    expect(at(hits(await search(purchase)), 0).best?.offer.id).toBe('off_owned10');
    const res = await t.call('DELETE', '/v1/merchants/mch_owned/offers/off_owned10', { key: operator() });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(at(hits(await search(purchase)), 0).best?.offer.id).toBe('off_owned5');
    const merchant = await t.call('GET', '/v1/merchants/mch_owned', { key: publishable() });
    expect(merchantOf(merchant).offers.map((o) => o.id)).not.toContain('off_owned10');
  });

  it('lets the admin remove an offer; removing it again is 404', async () => {
    expect((await t.call('DELETE', '/v1/merchants/mch_wash2/offers/off_wash2vip', { key: admin() })).status).toBe(204);
    const again = await t.call('DELETE', '/v1/merchants/mch_wash2/offers/off_wash2vip', { key: admin() });
    expect(again.status).toBe(404);
    expect(merchantOf(await t.call('GET', '/v1/merchants/mch_wash2', { key: publishable() })).offers).toEqual([]);
  });

  it('replays a DELETE sent with an Idempotency-Key as the same empty 204', async () => {
    const created = await t.call('POST', '/v1/merchants/mch_wash2/offers', {
      key: admin(),
      body: { kind: 'amount', title: '滿50減5', amountOffFen: 500, minSpendFen: 5000 },
    });
    expect(created.status).toBe(201);
    const del = () =>
      t.call('DELETE', `/v1/merchants/mch_wash2/offers/${offerOf(created).id}`, {
        key: admin(),
        headers: { 'Idempotency-Key': 'delete-offer-once' },
      });
    const first = await del();
    const second = await del();
    expect([first.status, first.text]).toEqual([204, '']);
    expect([second.status, second.text, second.headers.get('idempotent-replayed')]).toEqual([204, '', 'true']);
  });

  it('answers 404 for an unknown merchant', async () => {
    expect((await t.call('DELETE', '/v1/merchants/mch_nobody/offers/off_x', { key: admin() })).status).toBe(404);
  });
});

describe('GET /v1/merchants: what one request may cost', () => {
  it('charges a fresh search of the whole directory a token per thousand merchants it ranks', async () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const s = await startTestServer({ clock: () => now, rateLimit: { perSecond: 1, burst: 20 } });
    try {
      const directory = sampleMerchants(seededRandom(7), {
        count: 2 * MERCHANTS_PER_TOKEN,
        today: '2026-11-27',
        newId: (prefix) => `${prefix}_${crypto.randomUUID()}`,
      }).map((m) => ({ ...m, offers: m.offers.filter((o) => Offer.safeParse(o).success) }));
      await s.server.db.transaction().execute(async (trx) => {
        const version = await nextSequence(trx, 'merchants');
        for (let i = 0; i < directory.length; i += 200)
          await trx
            .insertInto('merchants')
            .values(directory.slice(i, i + 200).map((m) => merchantRow(m, version, now.toISOString())))
            .execute();
      });
      // A location and an amount, nudged every time so that no cached ranking answers.
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        const res = await s.call(
          'GET',
          `/v1/merchants?lat=${22 + i / 1e4}&lng=100.8&amountFen=${10_000 + i}&tier=vip`,
          {
            key: s.keys.publishable.secret,
          },
        );
        statuses.push(res.status);
        if (res.status !== 200 && res.status !== 429) throw new Error(res.text);
      }
      // Each fresh ranking of 2,000 merchants costs 3 tokens of 20: 7 are served, then 429.
      expect(statuses.filter((x) => x === 200)).toHaveLength(7);
      expect(statuses.slice(7)).toEqual(Array(13).fill(429));
    } finally {
      await s.close();
    }
  });
});
