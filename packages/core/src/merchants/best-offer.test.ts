import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { bestOffer } from './best-offer.js';
import { generateOffers } from './fixtures.js';
import { type Offer, offerSaving } from './offer.js';

const purchase = { amountFen: 10000, tier: 'vip', date: '2026-11-27' } as const;

const amount = (id: string, amountOffFen: number): Offer => ({ kind: 'amount', id, title: id, amountOffFen });
const percent = (id: string, percentOff: number): Offer => ({ kind: 'percent', id, title: id, percentOff });
const price = (id: string, listPriceFen: number, memberPriceFen: number): Offer => ({
  kind: 'price',
  id,
  title: id,
  listPriceFen,
  memberPriceFen,
});

describe('bestOffer', () => {
  it('picks the offer that saves most', () => {
    const offers = [amount('off_a', 500), percent('off_b', 10), price('off_c', 8000, 7500)];
    expect(bestOffer(offers, purchase)).toEqual({ offer: offers[1], savingFen: 1000 });
  });

  it('breaks a tie in favour of amount, then percent, then price', () => {
    const tied = [price('off_1', 10000, 9000), percent('off_2', 10), amount('off_3', 1000)];
    expect(bestOffer(tied, purchase)?.offer.kind).toBe('amount');
    expect(bestOffer(tied.slice(0, 2), purchase)?.offer.kind).toBe('percent');
  });

  it('breaks a tie between offers of one kind by the lower id, whatever the order', () => {
    const offers = [amount('off_b', 1000), amount('off_a', 1000), amount('off_c', 1000)];
    expect(bestOffer(offers, purchase)?.offer.id).toBe('off_a');
    expect(bestOffer([...offers].reverse(), purchase)?.offer.id).toBe('off_a');
  });

  it('returns null when no offer saves anything', () => {
    expect(bestOffer([], purchase)).toBeNull();
    const vipOnly: Offer = { ...percent('off_v', 10), tiers: ['vip'] };
    expect(bestOffer([vipOnly, price('off_p', 20000, 1)], { ...purchase, tier: 'standard' })).toBeNull();
  });

  it('hands back the caller’s own offer object', () => {
    const offers = [amount('off_a', 500)];
    expect(bestOffer(offers, purchase)?.offer).toBe(offers[0]);
  });

  it('refuses a malformed offer list with invalid-input naming the offer', () => {
    let error: unknown;
    try {
      bestOffer([amount('off_a', 500), amount('off_b', 0)], purchase);
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(isClubError(error) && error.issues[0]?.path).toEqual([1, 'amountOffFen']);
  });

  it('saves exactly the most any single offer saves', () => {
    const pool = generateOffers(300, 11);
    fc.assert(
      fc.property(
        fc.subarray(pool, { minLength: 0, maxLength: 50 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.constantFrom('standard' as const, 'vip' as const),
        (offers, amountFen, tier) => {
          const p = { amountFen, tier, date: '2026-05-01' };
          const most = Math.max(0, ...offers.map((o) => offerSaving(o, p)));
          const best = bestOffer(offers, p);
          return best === null ? most === 0 : best.savingFen === most && offerSaving(best.offer, p) === most;
        },
      ),
    );
  });
});
