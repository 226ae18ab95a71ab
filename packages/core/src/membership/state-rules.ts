import { compareDates } from '../shared/calendar.js';
import type { IsoDate } from '../shared/dates.js';
import type { Membership } from './membership.js';
import { MembershipState, MembershipStatus } from './states.js';
import type { MembershipWindow } from './validity.js';

// Where a membership stands on a day, as plain functions without schemas: `membershipStatus`
// (validity.ts) and `membershipState` (membership.ts) check their input with zod and then apply
// these, so a page that already has checked records can use the rule without carrying zod.

/**
 * The status of a membership window on `day`: pending, active, grace or expired. The rule of
 * `membershipStatus`, for records already checked, such as an API answer: no input check.
 *
 * @example
 * const window = { validFrom: '2026-01-01', activeUntil: '2026-12-31', validUntil: '2027-01-10' };
 * membershipStatusOn(window, '2027-01-05') // 'grace'
 */
export function membershipStatusOn(window: MembershipWindow, day: IsoDate): MembershipStatus {
  if (compareDates(day, window.validFrom) < 0) return MembershipStatus.pending;
  if (compareDates(day, window.activeUntil) <= 0) return MembershipStatus.active;
  if (compareDates(day, window.validUntil) <= 0) return MembershipStatus.grace;
  return MembershipStatus.expired;
}

/**
 * The state of a membership on `day`: `cancelled` from its `cancelledOn` day on, otherwise the
 * status of its validity window. The rule of `membershipState`, for records already checked,
 * such as an API answer: no input check.
 *
 * @example
 * membershipStateOn(session.membership, '2027-01-05') // 'grace'
 */
export function membershipStateOn(membership: Membership, day: IsoDate): MembershipState {
  if (membership.cancelledOn !== undefined && compareDates(membership.cancelledOn, day) <= 0) {
    return MembershipState.cancelled;
  }
  return membershipStatusOn(membership, day);
}
