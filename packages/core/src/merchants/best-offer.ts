import * as z from 'zod/mini';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { Offer, Purchase } from './offer.js';
import { bestOfferOn } from './offer-rules.js';

/** The offer that saves a member most on a purchase, and how much it saves. */
export const BestOffer = z.object({
  /** The winning offer. */
  offer: Offer,
  /** What it saves, in fen; always more than 0. */
  savingFen: NonNegativeFen,
});
/** The offer that saves a member most on a purchase. */
export type BestOffer = z.infer<typeof BestOffer>;

/** Input of {@link bestOffer}: the offers to choose from. */
export const OfferList = z.array(Offer);
/** The offers to choose from. */
export type OfferList = z.infer<typeof OfferList>;

/**
 * The offer that saves most on a purchase, or `null` when none saves anything. Equal savings go
 * to the simpler offer (amount, then percent, then price), then to the lower id. Checks both
 * arguments first; for offers already checked, such as an API answer, `bestOfferOn` applies the
 * same rule without zod.
 *
 * @example
 * bestOffer(merchant.offers, { amountFen: 30000, tier: 'vip', date: '2026-11-27' })
 * // { offer: { kind: 'amount', id: 'off_20off', … }, savingFen: 2000 }
 */
export function bestOffer(offers: readonly Offer[], purchase: Purchase): BestOffer | null {
  const list = parseInput(OfferList, offers, 'offers');
  const p = parseInput(Purchase, purchase, 'purchase');
  const found = bestOfferOn(list, p.amountFen, p.tier, p.date);
  // Hand back the caller's own offer object, not the parsed copy.
  return found === null
    ? null
    : { offer: offers[list.indexOf(found.offer)] ?? found.offer, savingFen: found.savingFen };
}
