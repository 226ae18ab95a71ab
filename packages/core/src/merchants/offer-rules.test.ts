import { describe, expect, it } from 'vitest';
import { sampleMerchants, sampleOffer } from '../samples/merchants.js';
import { addDays } from '../shared/calendar.js';
import { seededRandom } from '../shared/random.js';
import { Tier } from '../shared/tier.js';
import { bestOffer } from './best-offer.js';
import { MERCHANT_CATEGORIES } from './category.js';
import { FIXTURE_TODAY, generateOffers } from './fixtures.js';
import { type Offer, offerSaving, type Purchase } from './offer.js';
import { bestOfferOn, headlineOffer, offerOpenOn, offerSavingOn } from './offer-rules.js';

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

describe('offerOpenOn', () => {
  const base: Offer = { kind: 'amount', id: 'off_open', title: '減20', amountOffFen: 2000, minSpendFen: 10000 };

  it('opens an offer to every tier on any day when it names neither, whatever its minimum spend', () => {
    expect(offerOpenOn(base, 'standard', FIXTURE_TODAY)).toBe(true);
    expect(offerOpenOn(base, 'vip', '2030-01-01')).toBe(true);
  });

  it('closes an offer to a tier it does not list and outside its dates, the first and last days included', () => {
    const dated: Offer = { ...base, tiers: ['vip'], validFrom: '2026-11-01', validUntil: '2026-11-30' };
    expect(offerOpenOn(dated, 'standard', '2026-11-15')).toBe(false);
    expect(offerOpenOn(dated, 'vip', '2026-10-31')).toBe(false);
    expect(offerOpenOn(dated, 'vip', '2026-11-01')).toBe(true);
    expect(offerOpenOn(dated, 'vip', '2026-11-30')).toBe(true);
    expect(offerOpenOn(dated, 'vip', '2026-12-01')).toBe(false);
  });

  it('agrees with offerSavingOn: an offer that saves anything is open', () => {
    for (const offer of offers)
      for (const p of purchases)
        if (offerSavingOn(offer, p.amountFen, p.tier, p.date) > 0)
          expect(offerOpenOn(offer, p.tier, p.date)).toBe(true);
  });
});

describe('headlineOffer', () => {
  const amountOff: Offer = { kind: 'amount', id: 'off_b', title: '減20', amountOffFen: 2000 };
  const percentOff: Offer = { kind: 'percent', id: 'off_a', title: '9折', percentOff: 10 };
  const vipPrice: Offer = {
    kind: 'price',
    id: 'off_c',
    title: '會員價',
    listPriceFen: 5000,
    memberPriceFen: 3000,
    tiers: ['vip'],
  };

  it('shows the simpler kind first, as bestOfferOn breaks a tie, whatever the order of the offers', () => {
    expect(headlineOffer([percentOff, vipPrice, amountOff], 'vip', FIXTURE_TODAY)).toBe(amountOff);
    expect(headlineOffer([vipPrice, percentOff], 'vip', FIXTURE_TODAY)).toBe(percentOff);
  });

  it('breaks a tie between offers of one kind by the lower id', () => {
    const other: Offer = { ...amountOff, id: 'off_a' };
    expect(headlineOffer([amountOff, other], 'standard', FIXTURE_TODAY)).toBe(other);
  });

  it('leaves out offers the member may not use: another tier, or a day outside their dates', () => {
    expect(headlineOffer([vipPrice], 'standard', FIXTURE_TODAY)).toBeUndefined();
    expect(headlineOffer([vipPrice], 'vip', FIXTURE_TODAY)).toBe(vipPrice);
    const expired: Offer = { ...amountOff, validUntil: addDays(FIXTURE_TODAY, -1) };
    expect(headlineOffer([expired, percentOff], 'standard', FIXTURE_TODAY)).toBe(percentOff);
    expect(headlineOffer([], 'vip', FIXTURE_TODAY)).toBeUndefined();
  });

  it('gives every sample merchant with an offer open to the member one of its own open offers', () => {
    let shown = 0;
    for (const merchant of merchants)
      for (const tier of Object.values(Tier)) {
        const headline = headlineOffer(merchant.offers, tier, FIXTURE_TODAY);
        const open = merchant.offers.filter((o) => offerOpenOn(o, tier, FIXTURE_TODAY));
        if (open.length === 0) expect(headline).toBeUndefined();
        else {
          expect(open).toContain(headline);
          shown++;
        }
      }
    expect(shown).toBeGreaterThan(merchants.length);
  });
});
