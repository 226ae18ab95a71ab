import { daysBetween } from '@clubkit/core/shared';
import type { MemberCardView } from '@clubkit/core/api';
import { maskCardNumber, MembershipState, membershipStateOn, type Membership } from '@clubkit/core/membership';
import type { VipMembership } from '@clubkit/core/vip';

/** What the member card shows, derived from a card view with core's rules. */
export interface MemberCardDetails {
  /** The card view as the Club API sent it. */
  view: MemberCardView;
  /**
   * The membership the card shows: the insurance-club membership, or the VIP membership of a
   * member whose only membership is a VIP year (then the card is the VIP card, with no plate).
   */
  shown: Membership | VipMembership;
  /** Where the membership stands on the view's `today` (core's `membershipState`). */
  membershipState: MembershipState;
  /**
   * The day count the status line shows: `active` — days left through `activeUntil`, today
   * included; `grace` — days left through `validUntil`, today included; `expired` — days since
   * `validUntil`; `pending` — days until `validFrom`; `cancelled` — undefined.
   */
  days: number | undefined;
  /** The card number masked to its last four digits (core's `maskCardNumber`). */
  maskedNumber: string;
  /** The last four digits of the card number, for screen readers. */
  lastFour: string;
  /** Whether the member can renew from the card: active, grace and expired memberships. */
  canRenew: boolean;
  /** Whether renewing is urgent (grace or expired), so the renew button is emphasised. */
  renewUrgent: boolean;
}

/** The day count of each membership state; see {@link MemberCardDetails.days}. */
function daysFor(state: MembershipState, m: Membership | VipMembership, today: string): number | undefined {
  switch (state) {
    case MembershipState.pending:
      return daysBetween(today, m.validFrom);
    case MembershipState.active:
      return daysBetween(today, m.activeUntil) + 1;
    case MembershipState.grace:
      return daysBetween(today, m.validUntil) + 1;
    case MembershipState.expired:
      return daysBetween(m.validUntil, today);
    case MembershipState.cancelled:
      return undefined;
  }
}

/**
 * Derives what the member card shows from a card view: the membership state on the view's
 * `today`, the day count for the status line, the masked number and whether to offer renewal.
 * The view is taken as the Club API gives it, not checked again (core's `membershipState` checks
 * one from elsewhere); a card number that is not 16 digits still throws `invalid-input`.
 *
 * @example
 * const details = memberCardDetails(await client.me.card());
 * details.membershipState // 'active'
 * details.days // 120
 */
export function memberCardDetails(view: MemberCardView): MemberCardDetails {
  // The membership came from the Club API, which checked it: core's rule without the input check.
  const shown = view.membership ?? view.vip;
  // The Club API's schema holds one or the other; a view built by hand without either is refused.
  if (!shown) throw new TypeError('A member card view needs a membership or a VIP membership.');
  const state = membershipStateOn(shown, view.today);
  const maskedNumber = maskCardNumber(shown.card.number);
  const urgent = state === MembershipState.grace || state === MembershipState.expired;
  return {
    view,
    shown,
    membershipState: state,
    days: daysFor(state, shown, view.today),
    maskedNumber,
    lastFour: maskedNumber.slice(-4),
    canRenew: urgent || state === MembershipState.active,
    renewUrgent: urgent,
  };
}
