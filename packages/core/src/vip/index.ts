/**
 * The VIP card's loop (A5): orders for the 365 CNY year, the VIP membership they make, the
 * signed one-minute member code, the counter's best offer and the redemptions it records; the
 * club's activities and group buying members sign up for, and merchants' advertising income.
 * @module
 */
export { VipErrorCode } from './errors.js';
export {
  cancelVipOrder,
  confirmVipOrder,
  openVipOrder,
  PaymentReference,
  VIP_ORDER_PAYMENT_MINUTES,
  VipOrder,
  VipOrderKind,
  VipOrderKindSchema,
  vipOrderStatusAt,
  VipOrderStatus,
  VipOrderStatusSchema,
  vipRefund,
  VipTerm,
  vipTermFor,
  type ConfirmVipOrderInput,
  type OpenVipOrderInput,
} from './order.js';
export { isVipValid, vipCardStatus, VipCardStatus } from './card-status.js';
export {
  currentVipTerm,
  NewVipIds,
  VipCardStatusSchema,
  VipMembership,
  vipMembershipAfterCancel,
  vipMembershipAfterPayment,
  vipMembershipYear,
} from './vip-membership.js';
export {
  assertCardCodeUsable,
  CARD_CODE_TTL_SECONDS,
  CardCode,
  cardCodeExpiry,
  cardCodeFromDigits,
  cardCodeState,
  CardCodeState,
  type IssuedCardCode,
} from './card-code.js';
export { CARD_CODE_LENGTH, isCardCode } from './card-code-rules.js';
export { BillFen, counterQuote, Redemption, redemptionQuote, type CounterQuote } from './counter.js';
export { ACTIVITY_INCOME_LINE, ActivityKind, MAX_ACTIVITY_PLACE_LENGTH } from './activity-kind.js';
export {
  Activity,
  ActivityKindSchema,
  ActivitySignUp,
  ActivitySignUpStatus,
  MAX_ACTIVITY_PRICE_FEN,
  MAX_ACTIVITY_SEATS,
  NewActivity,
} from './activity.js';
export {
  cancelActivitySignUp,
  mayJoinActivities,
  signUpForActivity,
  signUpOpen,
  type ActivitySignUpInput,
} from './activity-rules.js';
export { AdIncome, adIncomeByDay, MAX_AD_INCOME_FEN, MAX_AD_PERIOD_DAYS, NewAdIncome } from './ad-income.js';
