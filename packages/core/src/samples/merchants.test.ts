import { describe, expect, it } from 'vitest';
import { Merchant } from '../merchants/merchant.js';
import { Offer } from '../merchants/offer.js';
import { MERCHANT_CATEGORIES } from '../merchants/category.js';
import { addDays } from '../shared/calendar.js';
import { seededRandom } from '../shared/random.js';
import { sampleMerchants, sampleOffer } from './merchants.js';
import { SAMPLE_PLACES } from './words.js';

const today = '2026-11-27';

function sample(count: number, seed = 1) {
  let n = 0;
  const ids: string[] = [];
  const merchants = sampleMerchants(seededRandom(seed), {
    count,
    today,
    newId: (prefix) => {
      const id = `${prefix}_${String(++n)}`;
      ids.push(id);
      return id;
    },
  });
  return { merchants, ids };
}

describe('sampleMerchants', () => {
  it('draws the same merchants from the same seed and others from another', () => {
    expect(sample(40).merchants).toEqual(sample(40).merchants);
    expect(sample(40).merchants).not.toEqual(sample(40, 2).merchants);
  });

  it('makes valid merchants whose ids all come from newId', () => {
    const { merchants, ids } = sample(500);
    for (const m of merchants) expect(Merchant.safeParse(m).success).toBe(true);
    const used = merchants.flatMap((m) => [m.id, ...m.offers.map((o) => o.id)]);
    expect(new Set(used)).toEqual(new Set(ids));
    expect(merchants.every((m) => m.id.startsWith('mch_') && m.offers.every((o) => o.id.startsWith('off_')))).toBe(
      true,
    );
  });

  it('spreads merchants over the three places by their shares, most of them located near their town', () => {
    const { merchants } = sample(4000);
    const share = (code: string) => merchants.filter((m) => m.region === code).length / merchants.length;
    for (const place of SAMPLE_PLACES) {
      expect(Math.abs(share(place.code) - place.share)).toBeLessThan(0.03);
      const here = merchants.filter((m) => m.region === place.code);
      expect(here.every((m) => m.address.includes(place.name))).toBe(true);
      for (const m of here) {
        if (!m.location) continue;
        expect(Math.abs(m.location.lat - place.centre.lat)).toBeLessThanOrEqual(0.06);
        expect(Math.abs(m.location.lng - place.centre.lng)).toBeLessThanOrEqual(0.06);
      }
    }
    const located = merchants.filter((m) => m.location).length / merchants.length;
    expect(located).toBeGreaterThan(0.9);
    expect(located).toBeLessThan(1);
    expect(new Set(merchants.map((m) => m.category))).toEqual(new Set(MERCHANT_CATEGORIES));
    expect(merchants.some((m) => m.name.startsWith('景洪'))).toBe(true);
  });
});

describe('sampleOffer', () => {
  it('makes valid offers of every kind, some for VIP members only and some valid in a window around today', () => {
    const random = seededRandom(5);
    const offers = Array.from({ length: 600 }, (_, i) =>
      sampleOffer(random, { id: `off_${String(i)}`, category: random.pick(MERCHANT_CATEGORIES), today }),
    );
    for (const o of offers) expect(Offer.safeParse(o).success).toBe(true);
    expect(new Set(offers.map((o) => o.kind))).toEqual(new Set(['percent', 'amount', 'price']));
    expect(offers.some((o) => o.tiers?.includes('vip'))).toBe(true);
    const windows = offers.flatMap((o) =>
      o.validFrom !== undefined && o.validUntil !== undefined ? [{ from: o.validFrom, until: o.validUntil }] : [],
    );
    expect(windows.length).toBeGreaterThan(0);
    for (const { from, until } of windows) {
      expect(from >= addDays(today, -200) && from <= addDays(today, 20)).toBe(true);
      expect(until >= from).toBe(true);
    }
  });

  it('scales amounts to the category: a repair costs more than a car wash', () => {
    const price = (category: 'repair' | 'car-wash') => {
      const random = seededRandom(3);
      const prices = Array.from({ length: 200 }, () => sampleOffer(random, { id: 'off_x', category, today }))
        .filter((o) => o.kind === 'price')
        .map((o) => o.listPriceFen);
      return Math.max(...prices);
    };
    expect(price('repair')).toBeGreaterThan(price('car-wash'));
  });
});
