import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix, RecordId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { Tier } from '../shared/tier.js';
import { Offer } from '../merchants/offer.js';
import { bestOfferOn } from '../merchants/offer-rules.js';
import { vipError, VipErrorCode } from './errors.js';
import { isVipValid, type VipCardStatus } from './vip-membership.js';

/** A bill at the counter, in fen: a positive whole number, at most 10 million CNY. */
export const BillFen = z.int().check(z.positive(), z.maximum(1_000_000_000));

/** What the counter offers a card on a bill: the merchant's best offer (or none), the saving and what is left to pay. */
export interface CounterQuote {
  offer: Offer | null;
  savingFen: number;
  payFen: number;
}

/**
 * The merchant's best offer for a bill and a card's status on `today`, by core's `bestOfferOn`
 * with the VIP tier. A card that is not valid VIP today (not VIP, expired, cancelled) gets no
 * offer and saves nothing.
 *
 * @example
 * counterQuote({ status: 'active', offers: merchant.offers, billFen: 30000, today: '2026-11-27' })
 * // { offer: { id: 'off_20off', … }, savingFen: 2000, payFen: 28000 }
 */
export function counterQuote(input: {
  status: VipCardStatus;
  offers: readonly Offer[];
  billFen: number;
  today: IsoDate;
}): CounterQuote {
  const billFen = parseInput(BillFen, input.billFen, 'billFen');
  const today = parseInput(IsoDate, input.today, 'today');
  const best = isVipValid(input.status) ? bestOfferOn(input.offers, billFen, Tier.vip, today) : null;
  const savingFen = best?.savingFen ?? 0;
  return { offer: best?.offer ?? null, savingFen, payFen: billFen - savingFen };
}

/**
 * The quote a redemption records, refusing what must not be recorded: a card that is not valid
 * VIP (`vip/card-not-valid`), a bill no offer saves on (`vip/no-offer`), and an `offerId` that is
 * not this merchant's best offer for the bill (`vip/offer-mismatch`: another merchant's offer, or
 * a check made before the offers changed).
 */
export function redemptionQuote(input: {
  status: VipCardStatus;
  offers: readonly Offer[];
  billFen: number;
  offerId: string;
  today: IsoDate;
}): CounterQuote & { offer: Offer } {
  if (!isVipValid(input.status))
    throw vipError(VipErrorCode.cardNotValid, 'The card is not a valid VIP card today; no discount applies.', {
      status: input.status,
    });
  const quote = counterQuote(input);
  if (quote.offer === null)
    throw vipError(VipErrorCode.noOffer, 'No offer of this merchant saves anything on this bill.', {
      billFen: input.billFen,
    });
  if (quote.offer.id !== input.offerId)
    throw vipError(VipErrorCode.offerMismatch, "The offer is not this merchant's best offer for this bill.", {
      offerId: input.offerId,
      bestOfferId: quote.offer.id,
    });
  return { ...quote, offer: quote.offer };
}

/** A discount given at a merchant's counter against a member card: offer, bill, saving and member. */
export const Redemption = z.object({
  id: entityId(IdPrefix.redemption),
  merchantId: entityId(IdPrefix.merchant),
  memberId: entityId(IdPrefix.member),
  /** The VIP membership the card belongs to. */
  vipMembershipId: entityId(IdPrefix.vipMembership),
  offerId: RecordId,
  /** The offer's title when it was applied. */
  offerTitle: z.string(),
  billFen: BillFen,
  savingFen: NonNegativeFen,
  payFen: NonNegativeFen,
  redeemedAt: IsoInstant,
  /** The club's calendar date of the redemption. */
  redeemedOn: IsoDate,
});
/** A discount given at a merchant's counter. */
export type Redemption = z.infer<typeof Redemption>;
