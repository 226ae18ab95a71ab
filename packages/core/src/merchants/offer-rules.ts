import { multiplyDivideHalfUp } from '../shared/money.js';
import type { IsoDate } from '../shared/dates.js';
import type { Tier } from '../shared/tier.js';
import type { BestOffer } from './best-offer.js';
import type { Offer, OfferKind } from './offer.js';

// What an offer saves and which offer wins, as plain functions without schemas: `offerSaving`
// (offer.ts) and `bestOffer` (best-offer.ts) check their input with zod and then apply these, so
// a page that already has checked offers can use the rule without carrying zod.

interface KindRule<O extends Offer> {
  /** Lower is simpler; breaks ties between equal savings. */
  readonly simplicity: number;
  /** The saving, in fen, on a purchase the offer applies to. */
  readonly saving: (offer: O, amountFen: number) => number;
}

/** How each kind of offer computes its saving: shared code asks this table, never the kind. */
const KIND_RULES: { readonly [K in OfferKind]: KindRule<Extract<Offer, { kind: K }>> } = {
  amount: { simplicity: 0, saving: (offer, amountFen) => Math.min(offer.amountOffFen, amountFen) },
  percent: {
    simplicity: 1,
    saving: (offer, amountFen) => {
      const saved = multiplyDivideHalfUp(amountFen, Math.round(offer.percentOff * 100), 10_000);
      return offer.capFen === undefined ? saved : Math.min(saved, offer.capFen);
    },
  },
  price: {
    simplicity: 2,
    saving: (offer, amountFen) => (amountFen >= offer.listPriceFen ? offer.listPriceFen - offer.memberPriceFen : 0),
  },
};

function ruleOf(offer: Offer): KindRule<Offer> {
  return KIND_RULES[offer.kind] as KindRule<Offer>;
}

/**
 * The fen a member of `tier` saves with an offer on a purchase of `amountFen` on `date`; 0 when
 * the offer does not apply (tier not listed, date outside `validFrom..validUntil`, amount below
 * `minSpendFen`). The rule of `offerSaving`, for records already checked, such as an API answer:
 * no input check.
 *
 * @example
 * const wash = { kind: 'percent', id: 'off_wash10', title: '洗車9折', percentOff: 10, capFen: 2000 } as const;
 * offerSavingOn(wash, 8000, 'vip', '2026-11-27') // 800
 */
export function offerSavingOn(offer: Offer, amountFen: number, tier: Tier, date: IsoDate): number {
  if (!offerOpenOn(offer, tier, date)) return 0;
  if (offer.minSpendFen !== undefined && amountFen < offer.minSpendFen) return 0;
  return ruleOf(offer).saving(offer, amountFen);
}

/**
 * Negative when candidate `a` beats `b`: more saving, then the simpler kind (amount, percent,
 * price), then the lower offer id. @internal
 */
export function compareOffers(a: Offer, savingA: number, b: Offer, savingB: number): number {
  if (savingA !== savingB) return savingB - savingA;
  const bySimplicity = ruleOf(a).simplicity - ruleOf(b).simplicity;
  if (bySimplicity !== 0) return bySimplicity;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The offer that saves a member of `tier` most on a purchase of `amountFen` on `date`, or `null`
 * when none saves anything. Equal savings go to the simpler offer (amount, then percent, then
 * price), then to the lower id; the winner is the caller's own offer object. The rule of
 * `bestOffer`, for records already checked, such as an API answer: no input check.
 *
 * @example
 * bestOfferOn(merchant.offers, 30000, 'vip', '2026-11-27')
 * // { offer: { kind: 'amount', id: 'off_20off', … }, savingFen: 2000 }
 */
export function bestOfferOn(offers: readonly Offer[], amountFen: number, tier: Tier, date: IsoDate): BestOffer | null {
  let best: Offer | undefined;
  let bestSaving = 0;
  for (const offer of offers) {
    const saving = offerSavingOn(offer, amountFen, tier, date);
    if (saving <= 0) continue;
    if (best === undefined || compareOffers(offer, saving, best, bestSaving) < 0) {
      best = offer;
      bestSaving = saving;
    }
  }
  return best === undefined ? null : { offer: best, savingFen: bestSaving };
}

/**
 * Whether a member of `tier` may use an offer on `date` at all, whatever they spend: the tier is
 * listed (or the offer is open to every tier) and `date` is inside `validFrom..validUntil`.
 */
export function offerOpenOn(offer: Offer, tier: Tier, date: IsoDate): boolean {
  if (offer.tiers !== undefined && !(offer.tiers as readonly string[]).includes(tier)) return false;
  if (offer.validFrom !== undefined && date < offer.validFrom) return false;
  return offer.validUntil === undefined || date <= offer.validUntil;
}

/**
 * The offer a directory row shows before the member names an amount: of the offers a member of
 * `tier` may use on `date`, the one `bestOfferOn` prefers between equal savings (the simpler kind,
 * then the lower id); undefined when none is open to them. With an amount, `bestOfferOn` decides.
 *
 * @example
 * headlineOffer(merchant.offers, 'standard', '2026-11-27')?.kind // 'amount'
 */
export function headlineOffer(offers: readonly Offer[], tier: Tier, date: IsoDate): Offer | undefined {
  let headline: Offer | undefined;
  for (const offer of offers) {
    if (!offerOpenOn(offer, tier, date)) continue;
    if (headline === undefined || compareOffers(offer, 0, headline, 0) < 0) headline = offer;
  }
  return headline;
}
