import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { bestOffer } from './best-offer.js';
import { distanceKm, KM_PER_DEGREE_LATITUDE } from './distance.js';
import { generateMerchants } from './fixtures.js';
import type { Merchant } from './merchant.js';
import { type MerchantQuery, searchMerchants } from './search.js';

// The package compiles without DOM or Node typings; the global clock exists in both.

const JINGHONG = { lat: 22.0094, lng: 100.7975 };

function merchant(id: string, fields: Partial<Merchant>): Merchant {
  return {
    id: `mch_${id}`,
    name: `商戶${id}`,
    category: 'dining',
    region: 'jinghong',
    address: '景洪市宣慰大道1號',
    phone: '0691-2120000',
    offers: [],
    ...fields,
  };
}

const wash = merchant('wash', {
  name: '金孔雀洗車行',
  category: 'car-wash',
  address: '景洪市勐泐大道8號',
  location: { lat: 22.02, lng: 100.8 },
  offers: [{ kind: 'amount', id: 'off_wash', title: '洗車立減10元', amountOffFen: 1000 }],
});
const repair = merchant('repair', {
  name: '天人汽修',
  category: 'repair',
  address: '景洪市民族路3號（洗車場旁）',
  location: { lat: 22.1, lng: 100.8 },
  offers: [{ kind: 'percent', id: 'off_rep', title: '工時9折', percentOff: 10 }],
});
const ktv = merchant('ktv', {
  name: 'ＫＴＶ星光量販',
  category: 'ktv',
  region: 'menghai',
  address: '勐海縣勐海鎮象山路20號',
  location: { lat: 21.9573, lng: 100.4523 },
});
const hotel = merchant('hotel', {
  name: '告莊洗車酒店',
  category: 'hotel',
  region: 'mengla',
  address: '勐臘縣新興路1號',
});
const all = [wash, repair, ktv, hotel];

const ids = (query: MerchantQuery, list: readonly Merchant[] = all) =>
  searchMerchants(list, query).map((h) => h.merchant.id);

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return { code: e.code, paths: e.issues.map((i) => i.path.join('.')) };
    throw e;
  }
  return undefined;
}

describe('searchMerchants text', () => {
  it('matches regardless of case, width, spaces and punctuation', () => {
    expect(ids({ text: 'ktv' })).toEqual(['mch_ktv']);
    expect(ids({ text: 'Ｋ T V！' })).toEqual(['mch_ktv']);
    expect(ids({ text: '金孔雀 洗車行' })).toEqual(['mch_wash']);
  });

  it('requires every word to match, each anywhere', () => {
    expect(ids({ text: '景洪 汽修' })).toEqual(['mch_repair']);
    expect(ids({ text: '景洪 KTV' })).toEqual([]);
  });

  it('matches category labels in all three locales', () => {
    expect(ids({ text: 'karaoke' })).toEqual([]);
    expect(ids({ text: 'Hotels' })).toEqual(['mch_hotel']);
    expect(ids({ text: '汽车修理' })).toEqual(['mch_repair']);
    expect(ids({ text: '汽車修理' })).toEqual(['mch_repair']);
  });

  it('ranks name prefix over name, category label and address matches', () => {
    // 洗車: prefix of none; in the names of wash and hotel; the label of wash; the address of repair.
    const extra = merchant('prefix', { name: '洗車王', category: 'car-wash' });
    expect(ids({ text: '洗車' }, [...all, extra])).toEqual(['mch_prefix', 'mch_hotel', 'mch_wash', 'mch_repair']);
    const labelOnly = merchant('label', { name: '雨林', category: 'car-wash', address: '勐臘縣' });
    expect(ids({ text: '洗車' }, [repair, labelOnly])).toEqual(['mch_label', 'mch_repair']);
  });

  it('finds everything for a query of only spaces and punctuation', () => {
    expect(ids({ text: ' ，' })).toHaveLength(all.length);
  });
});

describe('searchMerchants filters and order', () => {
  it('filters by category and region', () => {
    expect(ids({ category: 'car-wash' })).toEqual(['mch_wash']);
    expect(ids({ region: 'jinghong' }).sort()).toEqual(['mch_repair', 'mch_wash']);
    expect(ids({ category: 'ktv', region: 'jinghong' })).toEqual([]);
  });

  it('finds nothing for a category or region no merchant of the list has', () => {
    expect(ids({ category: 'hotel' }, [wash, repair])).toEqual([]);
    expect(ids({ region: 'jinghong', text: 'ktv' }, [wash, repair, hotel])).toEqual([]);
    expect(ids({ region: 'menghai', near: { ...JINGHONG, radiusKm: 50 } }, [wash, repair])).toEqual([]);
  });

  it('sorts by name in zh-Hant collation when there is no text or near', () => {
    const collator = new Intl.Collator('zh-Hant');
    const names = searchMerchants(all).map((h) => h.merchant.name);
    expect(names).toEqual(all.map((m) => m.name).sort(collator.compare));
  });

  it('sorts by distance from near, merchants without a location last, with distances', () => {
    const hits = searchMerchants(all, { near: JINGHONG, sort: 'distance' });
    expect(hits.map((h) => h.merchant.id)).toEqual(['mch_wash', 'mch_repair', 'mch_ktv', 'mch_hotel']);
    expect(hits[0]?.distanceKm).toBeCloseTo(distanceKm(JINGHONG, wash.location as { lat: number; lng: number }), 9);
    expect(hits[3]).not.toHaveProperty('distanceKm');
  });

  it('keeps only located merchants inside radiusKm', () => {
    const within = distanceKm(JINGHONG, repair.location as { lat: number; lng: number });
    expect(ids({ near: { ...JINGHONG, radiusKm: within } })).toEqual(['mch_wash', 'mch_repair']);
    expect(ids({ near: { ...JINGHONG, radiusKm: within * 0.99 } })).toEqual(['mch_wash']);
  });

  it('sorts by best saving on a purchase and reports each best offer', () => {
    const purchase = { amountFen: 20000, tier: 'vip', date: '2026-11-27' } as const;
    const hits = searchMerchants(all, { purchase, sort: 'bestSaving' });
    expect(hits.map((h) => h.merchant.id).slice(0, 2)).toEqual(['mch_repair', 'mch_wash']);
    for (const hit of hits) expect(hit.best).toEqual(bestOffer(hit.merchant.offers, purchase));
    expect(hits[3]?.best).toBeNull();
  });

  it('stops at limit', () => {
    expect(ids({ limit: 2 })).toHaveLength(2);
    expect(ids({ limit: 2 })).toEqual(ids({}).slice(0, 2));
  });

  it('returns the caller’s merchant objects', () => {
    expect(searchMerchants(all, { category: 'ktv' })[0]?.merchant).toBe(ktv);
  });

  it('sees merchants added to a list it has searched before', () => {
    const list = [wash, repair];
    expect(ids({ text: 'ktv' }, list)).toEqual([]);
    list.push(ktv);
    expect(ids({ text: 'ktv' }, list)).toEqual(['mch_ktv']);
    list[2] = hotel;
    expect(ids({ text: 'ktv' }, list)).toEqual([]);
  });
  it('searches a frozen list as indexed, and another frozen list with other items afresh', () => {
    const first = Object.freeze([wash, repair, ktv]);
    expect(ids({ text: 'ktv' }, first)).toEqual(['mch_ktv']);
    expect(ids({ text: 'ktv' }, first)).toEqual(['mch_ktv']);
    const second = Object.freeze([wash, repair, hotel]);
    expect(ids({ text: 'ktv' }, second)).toEqual([]);
    expect(ids({ category: 'hotel' }, second)).toEqual(['mch_hotel']);
  });
});

describe('searchMerchants input', () => {
  it('needs a purchase to sort by best saving and near to sort by distance', () => {
    expect(errorOf(() => searchMerchants(all, { sort: 'bestSaving' }))).toEqual({
      code: 'invalid-input',
      paths: ['purchase'],
    });
    expect(errorOf(() => searchMerchants(all, { sort: 'distance' }))).toEqual({
      code: 'invalid-input',
      paths: ['near'],
    });
  });

  it('refuses a bad query field', () => {
    expect(errorOf(() => searchMerchants(all, { limit: 0 }))?.paths).toEqual(['limit']);
    expect(errorOf(() => searchMerchants(all, { near: { ...JINGHONG, radiusKm: -1 } }))?.paths).toEqual([
      'near.radiusKm',
    ]);
    expect(errorOf(() => searchMerchants(all, { category: 'casino' as 'ktv' }))?.paths).toEqual(['category']);
  });

  it('names the invalid merchant by its index', () => {
    const bad = { ...wash, phone: 'call us' };
    expect(errorOf(() => searchMerchants([repair, bad]))).toEqual({
      code: 'invalid-input',
      paths: ['merchants.1.phone'],
    });
    expect(errorOf(() => searchMerchants('nope' as unknown as Merchant[]))?.paths).toEqual(['merchants']);
  });

  it('refuses duplicate offer ids within a merchant', () => {
    const offer = { kind: 'amount', id: 'off_dup', title: 'x', amountOffFen: 100 } as const;
    expect(errorOf(() => searchMerchants([merchant('dup', { offers: [offer, offer] })]))?.paths).toEqual([
      'merchants.0.offers',
    ]);
  });
});

describe('searchMerchants at scale', () => {
  const many = generateMerchants(10_000, 42);

  it('agrees with a plain filter over 10,000 merchants', () => {
    const hits = searchMerchants(many, { text: '勐海 洗車', region: 'menghai' });
    const expected = many.filter(
      (m) => m.region === 'menghai' && (m.name + m.address).includes('勐海') && m.category === 'car-wash',
    );
    expect(new Set(hits.map((h) => h.merchant))).toEqual(new Set(expected));
  });

  it('orders large hit sets by relevance, then name', () => {
    const collator = new Intl.Collator('zh-Hant');
    const hits = searchMerchants(many, { text: '景洪' });
    expect(hits.length).toBeGreaterThan(1000);
    const prefixed = hits.findIndex((h) => !h.merchant.name.startsWith('景洪'));
    expect(hits.slice(prefixed).every((h) => !h.merchant.name.startsWith('景洪'))).toBe(true);
    const names = hits.slice(0, prefixed).map((h) => h.merchant.name);
    expect(names).toEqual([...names].sort(collator.compare));
  });

  it('finds within a radius exactly the located merchants a plain filter keeps, in the same order', () => {
    // Any centre near the fixtures' places or far off, any radius, a sort or none; the brute force
    // is every merchant's distance, so the latitude band may skip nothing a radius holds.
    const places = many.flatMap((m) => (m.location ? [m.location] : []));
    const centre = fc.oneof(
      fc.constantFrom(...places.slice(0, 50)),
      fc.record({
        lat: fc.double({ min: -89, max: 89, noNaN: true }),
        lng: fc.double({ min: -179, max: 179, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(
        centre,
        fc.double({ min: 0.001, max: 60, noNaN: true }),
        fc.constantFrom(undefined, 'distance' as const, 'name' as const),
        (at, radiusKm, sort) => {
          const near = { lat: at.lat, lng: at.lng, radiusKm };
          const hits = searchMerchants(many, { near, ...(sort ? { sort } : {}) });
          const all = searchMerchants(many, { near: { lat: at.lat, lng: at.lng }, ...(sort ? { sort } : {}) });
          const inside = all.filter((h) => h.distanceKm !== undefined && h.distanceKm <= radiusKm);
          expect(hits).toEqual(inside);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('filters a search within a radius by category and region exactly as a plain filter does', () => {
    const places = many.flatMap((m) => (m.location ? [m.location] : []));
    const categories = [...new Set(many.map((m) => m.category))];
    const regions = [...new Set(many.map((m) => m.region))];
    fc.assert(
      fc.property(
        fc.constantFrom(...places.slice(0, 50)),
        fc.double({ min: 0.5, max: 40, noNaN: true }),
        fc.option(fc.constantFrom(...categories), { nil: undefined }),
        fc.option(fc.constantFrom(...regions), { nil: undefined }),
        (at, radiusKm, category, region) => {
          const filters = { ...(category && { category }), ...(region && { region }) };
          const hits = searchMerchants(many, { near: { ...at, radiusKm }, ...filters });
          const inside = searchMerchants(many, { near: at }).filter(
            (h) =>
              h.distanceKm !== undefined &&
              h.distanceKm <= radiusKm &&
              (category === undefined || h.merchant.category === category) &&
              (region === undefined || h.merchant.region === region),
          );
          expect(hits).toEqual(inside);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps a merchant exactly on the radius’s edge of latitude, and drops one just past it', () => {
    const centre = { lat: 22, lng: 100.8 };
    const radiusKm = 3;
    const edge = centre.lat + radiusKm / KM_PER_DEGREE_LATITUDE;
    const list = [
      merchant('north', { location: { lat: edge - 1e-12, lng: centre.lng } }),
      merchant('past', { location: { lat: edge + 1e-7, lng: centre.lng } }),
      merchant('south', { location: { lat: 2 * centre.lat - edge + 1e-12, lng: centre.lng } }),
      merchant('nowhere', {}),
    ];
    const found = searchMerchants(list, { near: { ...centre, radiusKm } }).map((h) => h.merchant.id);
    expect(found.sort()).toEqual(['mch_north', 'mch_south']);
  });

  it('orders 10,000 merchants by distance, unlocated last', () => {
    const hits = searchMerchants(many, { near: JINGHONG });
    expect(hits).toHaveLength(many.length);
    const located = hits.filter((h) => h.distanceKm !== undefined);
    expect(hits.slice(0, located.length)).toEqual(located);
    for (let i = 1; i < located.length; i++) {
      expect((located[i]?.distanceKm as number) >= (located[i - 1]?.distanceKm as number) - 1e-6).toBe(true);
    }
  });
});
