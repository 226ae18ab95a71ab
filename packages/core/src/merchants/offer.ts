import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { RecordId } from '../shared/ids.js';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { TierSchema } from '../shared/tier-schema.js';
import { offerSavingOn } from './offer-rules.js';

/** How an offer saves the member money. */
export const OfferKind = {
  /** A percentage off the purchase, optionally capped. */
  percent: 'percent',
  /** A fixed amount off the purchase. */
  amount: 'amount',
  /** A fixed member price for one item. */
  price: 'price',
} as const;
/** How an offer saves the member money. */
export type OfferKind = (typeof OfferKind)[keyof typeof OfferKind];

const PositiveFen = z.int().check(z.positive());

const hasAtMostTwoDecimals = (p: number): boolean => Math.abs(p * 100 - Math.round(p * 100)) < 1e-6;

const common = {
  /** The offer's id: `off_…` from the Club API, or the caller's own. */
  id: RecordId,
  /** What the member sees, e.g. "會員洗車9折". */
  title: z.string().check(z.minLength(1), z.maxLength(80)),
  /** The tiers the offer is for; absent means every tier. */
  tiers: z.optional(z.array(TierSchema).check(z.minLength(1))),
  /** The first day the offer applies, inclusive. */
  validFrom: z.optional(IsoDate),
  /** The last day the offer applies, inclusive. */
  validUntil: z.optional(IsoDate),
  /** The smallest purchase, in fen, the offer applies to. */
  minSpendFen: z.optional(NonNegativeFen),
};

/** A percentage off the purchase: `percentOff: 10` is 10 % off. */
export const PercentOffer = z.object({
  kind: z.literal(OfferKind.percent),
  ...common,
  /** The percentage off, more than 0 and less than 100, at most two decimals. */
  percentOff: z
    .number()
    .check(z.gt(0), z.lt(100), z.refine(hasAtMostTwoDecimals, { error: 'Must have at most two decimal places' })),
  /** The most the offer saves, in fen. */
  capFen: z.optional(PositiveFen),
});
/** A percentage off the purchase. */
export type PercentOffer = z.infer<typeof PercentOffer>;

/** A fixed amount off the purchase, e.g. 20 CNY off above a minimum spend. */
export const AmountOffer = z.object({
  kind: z.literal(OfferKind.amount),
  ...common,
  /** The amount off, in fen. */
  amountOffFen: PositiveFen,
});
/** A fixed amount off the purchase. */
export type AmountOffer = z.infer<typeof AmountOffer>;

/** A member price for one item: the saving is the list price less the member price. */
export const PriceOffer = z.object({
  kind: z.literal(OfferKind.price),
  ...common,
  /** The item's usual price, in fen. */
  listPriceFen: PositiveFen,
  /** The member's price, in fen; below the list price. */
  memberPriceFen: NonNegativeFen,
});
/** A member price for one item. */
export type PriceOffer = z.infer<typeof PriceOffer>;

/** A member offer at a partner merchant, one of the {@link OfferKind}s. */
export const Offer = z.discriminatedUnion('kind', [PercentOffer, AmountOffer, PriceOffer]).check(
  z.refine((o) => o.kind !== 'price' || o.memberPriceFen < o.listPriceFen, {
    error: 'memberPriceFen must be below listPriceFen',
    path: ['memberPriceFen'],
  }),
  z.refine((o) => o.validFrom === undefined || o.validUntil === undefined || o.validFrom <= o.validUntil, {
    error: 'validUntil must not be before validFrom',
    path: ['validUntil'],
  }),
);
/** A member offer at a partner merchant. */
export type Offer = z.infer<typeof Offer>;

/** A purchase an offer is priced against. */
export const Purchase = z.object({
  /** The purchase amount, in fen. */
  amountFen: NonNegativeFen,
  /** The member's tier. */
  tier: TierSchema,
  /** The day of the purchase. */
  date: IsoDate,
});
/** A purchase an offer is priced against. */
export type Purchase = z.infer<typeof Purchase>;

/**
 * The fen a member saves with an offer on a purchase; 0 when the offer does not apply (tier not
 * listed, date outside `validFrom..validUntil`, amount below `minSpendFen`). Checks both arguments
 * first; for an offer already checked, such as an API answer, `offerSavingOn` applies the same
 * rule without zod.
 *
 * @example
 * offerSaving(
 *   { kind: 'percent', id: 'off_wash10', title: '洗車9折', percentOff: 10, capFen: 2000 },
 *   { amountFen: 8000, tier: 'vip', date: '2026-11-27' },
 * ) // 800
 */
export function offerSaving(offer: Offer, purchase: Purchase): number {
  const o = parseInput(Offer, offer, 'offer');
  const p = parseInput(Purchase, purchase, 'purchase');
  return offerSavingOn(o, p.amountFen, p.tier, p.date);
}
