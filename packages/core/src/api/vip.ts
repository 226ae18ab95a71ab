import * as z from 'zod/mini';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix, RecordId } from '../shared/ids.js';
import { CardNumber } from '../membership/card-number.js';
import { Offer } from '../merchants/offer.js';
import { CardCode } from '../vip/card-code.js';
import { BillFen } from '../vip/counter.js';
import { PaymentReference, VipOrder } from '../vip/order.js';
import { VipCardStatusSchema, VipMembership } from '../vip/vip-membership.js';

/**
 * `POST /v1/vip-orders`: a member (session) orders the VIP year for themself; the partner's back
 * end (secret key) names the member.
 */
export const NewVipOrder = z.object({
  /** The member; required with a secret key, and must be the caller with a member session. */
  memberId: z.optional(entityId(IdPrefix.member)),
});
/** The body of `POST /v1/vip-orders`. */
export type NewVipOrder = z.infer<typeof NewVipOrder>;

/** `POST /v1/vip-orders/:id/confirm`: the partner's back end reports the payment it took. */
export const VipOrderConfirmation = z.object({
  /** The partner's reference for the payment. */
  paymentReference: PaymentReference,
});
/** The body of `POST /v1/vip-orders/:id/confirm`. */
export type VipOrderConfirmation = z.infer<typeof VipOrderConfirmation>;

/** The answer of confirming or cancelling an order: the order and the VIP membership it changed. */
export const VipOrderResult = z.object({
  order: VipOrder,
  /** The member's VIP membership after the change (with its VIP card). */
  vip: VipMembership,
});
/** The answer of confirming or cancelling an order. */
export type VipOrderResult = z.infer<typeof VipOrderResult>;

/** The answer of cancelling an order: the order with its refund, and the VIP membership when the order was paid. */
export const VipOrderCancellation = z.object({
  order: VipOrder,
  /** The VIP membership after the cancellation: cancelled today, or without the renewal year that had not started. */
  vip: z.optional(VipMembership),
});
/** The answer of cancelling an order. */
export type VipOrderCancellation = z.infer<typeof VipOrderCancellation>;

/** `GET /v1/me/card-code`: the member code the card shows, signed by the server, good once for about a minute. */
export const MemberCardCode = z.object({
  /** The 12-digit code: the QR payload and the digits a cashier types. */
  code: CardCode,
  issuedAt: IsoInstant,
  /** After this instant the code is refused; fetch a new one before (the card refreshes it while on screen). */
  expiresAt: IsoInstant,
  /** Seconds the code lives, for a countdown. */
  ttlSeconds: z.int(),
});
/** The member code the card shows. */
export type MemberCardCode = z.infer<typeof MemberCardCode>;

/** How the counter identifies the card: the live member code, or the card number typed. */
const cardIdentification = {
  /** The member code scanned or typed (redemptions need it). */
  code: z.optional(CardCode),
  /** The 16-digit card number typed: a check only, never a redemption. */
  cardNumber: z.optional(CardNumber),
};

/** `POST /v1/counter/checks`: is this card good here, and what does it save on this bill? Nothing is recorded. */
export const CounterCheckRequest = z
  .object({
    /** The merchant whose counter asks; a merchant operator's own merchant when left out. */
    merchantId: z.optional(entityId(IdPrefix.merchant)),
    ...cardIdentification,
    billFen: BillFen,
  })
  .check(
    z.refine((r) => (r.code === undefined) !== (r.cardNumber === undefined), {
      error: 'Send either code or cardNumber',
      path: ['code'],
    }),
  );
/** The body of `POST /v1/counter/checks`. */
export type CounterCheckRequest = z.infer<typeof CounterCheckRequest>;

/** The answer of a counter check. */
export const CounterCheck = z.object({
  merchantId: entityId(IdPrefix.merchant),
  /** How the card was identified; a redemption needs `code`. */
  identifiedBy: z.enum(['code', 'card-number']),
  /** The card holder, as the counter may see them: the name and the masked card number. */
  holder: z.object({ name: z.string(), maskedCardNumber: z.string() }),
  status: VipCardStatusSchema,
  /** The VIP year's last active and last valid day, when the member has one. */
  activeUntil: z.optional(IsoDate),
  validUntil: z.optional(IsoDate),
  billFen: BillFen,
  /** This merchant's best offer for the bill, or null (none saves anything, or the card is not valid VIP). */
  offer: z.nullable(Offer),
  savingFen: NonNegativeFen,
  payFen: NonNegativeFen,
  /** When the code stops being good, for a code check. */
  codeExpiresAt: z.optional(IsoInstant),
});
/** The answer of a counter check. */
export type CounterCheck = z.infer<typeof CounterCheck>;

/** `POST /v1/redemptions`: records the discount given, consuming the member code. */
export const NewRedemption = z.object({
  /** The merchant giving the discount; a merchant operator's own merchant when left out. */
  merchantId: z.optional(entityId(IdPrefix.merchant)),
  /** The live member code (a typed card number is refused with `vip/code-required`). */
  code: z.optional(CardCode),
  /** Present only to be refused: a redemption is never made on a card number. */
  cardNumber: z.optional(CardNumber),
  billFen: BillFen,
  /** The offer the check showed; it must still be this merchant's best for the bill. */
  offerId: RecordId,
});
/** The body of `POST /v1/redemptions`. */
export type NewRedemption = z.infer<typeof NewRedemption>;

/** `GET /v1/me/savings`: what the VIP card has saved, this membership year and all time. */
export const MemberSavings = z.object({
  /** The current VIP year, or null for a member without one. */
  year: z.nullable(z.object({ from: IsoDate, to: IsoDate, savingFen: NonNegativeFen, redemptions: z.int() })),
  allTime: z.object({ savingFen: NonNegativeFen, redemptions: z.int() }),
  /** The yearly fee, to compare with. */
  feeFen: NonNegativeFen,
  /** Whether this year's savings exceed the fee: the card paid for itself. */
  paidForItself: z.boolean(),
});
/** What the VIP card has saved. */
export type MemberSavings = z.infer<typeof MemberSavings>;
