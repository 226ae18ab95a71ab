import { describe, expect, it } from 'vitest';
import { sampleMerchants, sampleOffer } from '../samples/merchants.js';
import { addDays } from '../shared/calendar.js';
import { seededRandom } from '../shared/random.js';
import { Tier } from '../shared/tier.js';
import { bestOffer } from './best-offer.js';
import { MERCHANT_CATEGORIES } from './category.js';
import { FIXTURE_TODAY, generateOffers } from './fixtures.js';
import { type Offer, offerSaving, type Purchase } from './offer.js';
import { bestOfferOn, offerSavingOn } from './offer-rules.js';

const random = seededRandom(11);
const offers: Offer[] = [
  ...generateOffers(300),
  ...MERCHANT_CATEGORIES.map((category, i) => sampleOffer(random, { id: `off_s${i}`, category, today: FIXTURE_TODAY })),
];
let next = 0;
const merchants = sampleMerchants(seededRandom(5), {
  count: 200,
  today: FIXTURE_TODAY,
  newId: (prefix) => `${prefix}_${String(next++).padStart(6, '0')}`,
});

/** Purchases across tiers, days in and out of the offers' windows, and amounts around their thresholds. */
const purchases: Purchase[] = Object.values(Tier).flatMap((tier) =>
  [-250, -30, 0, 1, 120, 400].flatMap((shift) =>
    [0, 1, 999, 4000, 15000, 30000, 60000, 150000, 1_000_000].map((amountFen) => ({
      amountFen,
      tier,
      date: addDays(FIXTURE_TODAY, shift),
    })),
  ),
);

describe('offerSavingOn', () => {
  it('gives the answer of offerSaving for every sample offer and purchase', () => {
    let saving = 0;
    for (const offer of offers) {
      for (const p of purchases) {
        const expected = offerSaving(offer, p);
        expect(offerSavingOn(offer, p.amountFen, p.tier, p.date)).toBe(expected);
        if (expected > 0) saving++;
      }
    }
    // The cases reach both sides of the rule.
    expect(saving).toBeGreaterThan(1000);
    expect(saving).toBeLessThan(offers.length * purchases.length);
  });

  it('does not check its input: for records already checked', () => {
    const unchecked = { kind: 'amount', id: 'not-an-id', title: '', amountOffFen: 500 } as Offer;
    expect(() => offerSaving(unchecked, purchases[5] as Purchase)).toThrow();
    expect(offerSavingOn(unchecked, 8000, 'vip', FIXTURE_TODAY)).toBe(500);
  });
});

describe('bestOfferOn', () => {
  it('gives the answer of bestOffer for every sample merchant and purchase, with the same offer object', () => {
    let found = 0;
    for (const merchant of merchants) {
      for (const p of purchases) {
        const expected = bestOffer(merchant.offers, p);
        const actual = bestOfferOn(merchant.offers, p.amountFen, p.tier, p.date);
        expect(actual).toEqual(expected);
        expect(actual?.offer).toBe(expected?.offer);
        if (expected !== null) found++;
      }
    }
    expect(found).toBeGreaterThan(1000);
    expect(found).toBeLessThan(merchants.length * purchases.length);
  });

  it('gives the answer of bestOffer over one long list of offers', () => {
    for (const p of purchases) {
      expect(bestOfferOn(offers, p.amountFen, p.tier, p.date)).toEqual(bestOffer(offers, p));
    }
  });
});
