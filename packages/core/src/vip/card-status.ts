/**
 * `@clubkit/core/vip/card-status`: where a VIP card stands on a day (`vipCardStatus`,
 * `isVipValid`), without the order and counter rules; `@clubkit/core/vip` exports the same names.
 * For a page's first file, as `@clubkit/core/fees/annual-fee` is.
 *
 * @module
 */
import { compareDates } from '../shared/calendar.js';
import type { IsoDate } from '../shared/dates.js';
import { membershipStatusOn } from '../membership/state-rules.js';
import { MembershipStatus } from '../membership/states.js';
import type { VipMembership } from './vip-membership.js';

// Where a VIP card stands on a day, as plain functions without schemas: a page that already has a
// checked VIP membership (an API answer) uses them without carrying zod.

/** What a merchant's counter learns of a card: valid (active or in grace), expired, cancelled, or not a VIP card at all. */
export const VipCardStatus = {
  active: 'active',
  grace: 'grace',
  expired: 'expired',
  cancelled: 'cancelled',
  notVip: 'not-vip',
} as const;
/** What a merchant's counter learns of a card. */
export type VipCardStatus = (typeof VipCardStatus)[keyof typeof VipCardStatus];
/**
 * The status of a member's VIP membership on `today`, by core's membership status rule
 * (`membershipStatusOn`): `not-vip` without one (or before its first day), `cancelled` from its
 * cancellation day.
 */
export function vipCardStatus(vip: VipMembership | undefined, today: IsoDate): VipCardStatus {
  if (vip === undefined) return VipCardStatus.notVip;
  if (vip.cancelledOn !== undefined && compareDates(today, vip.cancelledOn) >= 0) return VipCardStatus.cancelled;
  const status = membershipStatusOn(vip, today);
  return status === MembershipStatus.pending ? VipCardStatus.notVip : status;
}

/** Whether a card in this status gets the VIP offers: active or in grace. */
export function isVipValid(status: VipCardStatus): boolean {
  return status === VipCardStatus.active || status === VipCardStatus.grace;
}
