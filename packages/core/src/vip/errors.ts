import { ClubError } from '../shared/errors.js';

/** The stable code of every business-rule error of the VIP card loop: orders, member codes, redemptions. */
export const VipErrorCode = {
  /** The order is paid already: a second confirmation (or cancelling a paid order twice) is refused. */
  orderAlreadyPaid: 'vip/order-already-paid',
  /** The order was cancelled: it can no longer be confirmed or cancelled. */
  orderCancelled: 'vip/order-cancelled',
  /** The order was not paid within its payment window: it can no longer be confirmed. */
  orderExpired: 'vip/order-expired',
  /** The member holds a VIP year already valid past the next one a renewal would add. */
  renewalTooEarly: 'vip/renewal-too-early',
  /** A paid order whose year a later renewal follows: cancel the latest order first. */
  orderSuperseded: 'vip/order-superseded',
  /** The member code is not one the club issued (forged, mistyped or of another club). */
  codeInvalid: 'vip/code-invalid',
  /** The member code's minute is over: the member shows a fresh one. */
  codeExpired: 'vip/code-expired',
  /** The member code was used for a redemption already: each code is good for one. */
  codeUsed: 'vip/code-used',
  /** A redemption needs the member's live code; a typed card number only checks the card. */
  codeRequired: 'vip/code-required',
  /** The card is not a valid VIP card today (not VIP, expired or cancelled): no discount. */
  cardNotValid: 'vip/card-not-valid',
  /** No offer of this merchant saves anything on this bill. */
  noOffer: 'vip/no-offer',
  /** The offer named is not this merchant's best offer for this bill (another merchant's, or out of date). */
  offerMismatch: 'vip/offer-mismatch',
  /** Club activities are for members: no valid membership or VIP card on the day of the sign-up. */
  notAMember: 'vip/not-a-member',
  /** The activity's sign-up window is not open on the day (not yet, or closed). */
  signUpClosed: 'vip/sign-up-closed',
  /** Every seat of the activity is taken. */
  activityFull: 'vip/activity-full',
  /** The member holds a seat on this activity already. */
  alreadySignedUp: 'vip/already-signed-up',
  /** The activity has started: a seat is no longer cancelled. */
  activityStarted: 'vip/activity-started',
  /** The seat was cancelled already. */
  signUpCancelled: 'vip/sign-up-cancelled',
} as const;
/** A VIP business-rule error code. */
export type VipErrorCode = (typeof VipErrorCode)[keyof typeof VipErrorCode];

/** A business-rule error of this context. @internal */
export function vipError(code: VipErrorCode, message: string, details: Record<string, unknown> = {}): ClubError {
  return new ClubError(code, message, { details });
}
