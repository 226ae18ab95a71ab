import { describe, expect, it } from 'vitest';
import { generateMerchants, generateOffers, seededRandom } from './fixtures.js';
import { Merchant } from './merchant.js';
import { Offer } from './offer.js';

describe('fixtures', () => {
  it('generates the same merchants for the same seed and others for another', () => {
    expect(generateMerchants(50, 7)).toEqual(generateMerchants(50, 7));
    expect(generateMerchants(50, 7)).not.toEqual(generateMerchants(50, 8));
  });

  it('generates valid merchants with unique ids and 1–3 offers in the three regions', () => {
    const merchants = generateMerchants(2000, 1);
    for (const m of merchants) {
      expect(Merchant.safeParse(m).success).toBe(true);
      expect(m.offers.length).toBeGreaterThanOrEqual(1);
      expect(m.offers.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(merchants.map((m) => m.id)).size).toBe(merchants.length);
    expect(new Set(merchants.map((m) => m.region))).toEqual(new Set(['jinghong', 'menghai', 'mengla']));
    expect(merchants.some((m) => m.location === undefined)).toBe(true);
  });

  it('generates valid offers of every kind', () => {
    const offers = generateOffers(300, 5);
    for (const o of offers) expect(Offer.safeParse(o).success).toBe(true);
    expect(new Set(offers.map((o) => o.kind))).toEqual(new Set(['percent', 'amount', 'price']));
  });

  it('draws uniform numbers in [0, 1) and integers inside their bounds', () => {
    const random = seededRandom(99);
    for (let i = 0; i < 1000; i++) {
      const x = random.next();
      const k = random.int(3, 5);
      expect(x >= 0 && x < 1).toBe(true);
      expect(k >= 3 && k <= 5 && Number.isInteger(k)).toBe(true);
    }
  });
});
