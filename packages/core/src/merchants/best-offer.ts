import * as z from 'zod/mini';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { Offer, offerSimplicity, Purchase, savingOf } from './offer.js';

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
 * Negative when candidate `a` beats `b`: more saving, then the simpler kind (amount, percent,
 * price), then the lower offer id. @internal
 */
export function compareOffers(a: Offer, savingA: number, b: Offer, savingB: number): number {
  if (savingA !== savingB) return savingB - savingA;
  const bySimplicity = offerSimplicity(a) - offerSimplicity(b);
  if (bySimplicity !== 0) return bySimplicity;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** {@link bestOffer} on already-validated data. @internal */
export function bestOf(offers: readonly Offer[], amountFen: number, tier: string, date: string): BestOffer | null {
  let best: Offer | undefined;
  let bestSaving = 0;
  for (const offer of offers) {
    const saving = savingOf(offer, amountFen, tier, date);
    if (saving <= 0) continue;
    if (best === undefined || compareOffers(offer, saving, best, bestSaving) < 0) {
      best = offer;
      bestSaving = saving;
    }
  }
  return best === undefined ? null : { offer: best, savingFen: bestSaving };
}

/**
 * The offer that saves most on a purchase, or `null` when none saves anything. Equal savings go
 * to the simpler offer (amount, then percent, then price), then to the lower id.
 *
 * @example
 * bestOffer(merchant.offers, { amountFen: 30000, tier: 'vip', date: '2026-11-27' })
 * // { offer: { kind: 'amount', id: 'off_20off', … }, savingFen: 2000 }
 */
export function bestOffer(offers: readonly Offer[], purchase: Purchase): BestOffer | null {
  const list = parseInput(OfferList, offers, 'offers');
  const p = parseInput(Purchase, purchase, 'purchase');
  const found = bestOf(list, p.amountFen, p.tier, p.date);
  // Hand back the caller's own offer object, not the parsed copy.
  return found === null
    ? null
    : { offer: offers[list.indexOf(found.offer)] ?? found.offer, savingFen: found.savingFen };
}
