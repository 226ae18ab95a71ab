import { IsoDate } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';
import { CardStatus } from './card.js';
import { membershipError, MembershipErrorCode } from './errors.js';
import { Membership } from './membership.js';

/**
 * Cancels a membership on `today` and cancels its card with it. Throws
 * `membership/cancelled` when it is already cancelled.
 *
 * @example
 * const cancelled = cancelMembership(membership, '2026-06-01');
 * cancelled.card.status // 'cancelled'
 */
export function cancelMembership(membership: Membership, today: IsoDate): Membership {
  const m = parseInput(Membership, membership, 'membership');
  const day = parseInput(IsoDate, today, 'today');
  if (m.cancelledOn !== undefined) {
    throw membershipError(
      MembershipErrorCode.cancelled,
      `Membership ${m.id} was already cancelled on ${m.cancelledOn}`,
      {
        membershipId: m.id,
        cancelledOn: m.cancelledOn,
      },
    );
  }
  return { ...m, cancelledOn: day, card: { ...m.card, status: CardStatus.cancelled, cancelledOn: day } };
}
