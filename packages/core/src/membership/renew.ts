import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { addDays, compareDates } from '../shared/calendar.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { CardStatus, type MemberCard } from './card.js';
import { CardNumber } from './card-number.js';
import { invalidField, membershipError, MembershipErrorCode } from './errors.js';
import { Membership } from './membership.js';
import { Policy } from './policy.js';
import { membershipWindow } from './validity.js';

/** The ids for what a renewal creates: the new card, and the new membership if one starts. */
export const RenewalIds = z.object({
  /** Id of the re-issued card. */
  cardId: entityId(IdPrefix.card),
  /** Number of the re-issued card; must differ from the current card's. */
  cardNumber: CardNumber,
  /** Id of the new membership, used only when the renewal comes after `validUntil`. */
  membershipId: entityId(IdPrefix.membership),
});
/** The ids for what a renewal creates. */
export type RenewalIds = z.infer<typeof RenewalIds>;

/** The result of {@link renewMembership}. */
export interface MembershipRenewal {
  /** The renewed membership (same id when continuous, a new one otherwise). */
  membership: Membership;
  /** The re-issued card, also embedded in `membership`. */
  card: MemberCard;
  /** The card it replaces, now `superseded`; store it in place of the earlier one. */
  previousCard: MemberCard;
  /** True when the membership continues without a gap (renewed on or before `validUntil`). */
  continuous: boolean;
}

/**
 * Renews a membership with the member's next policy for the same car (A3 art.6) and
 * re-issues the card on `today`; the old card becomes `superseded`.
 * On or before `validUntil` the membership continues: same id, same `memberSince` and
 * `validFrom`, window extended to the new policy's end. After `validUntil` a new membership
 * starts (`next.membershipId`, `renewedFrom` the old id, member since the new policy start).
 *
 * Throws `membership/cancelled`, `membership/policy-mismatch` (another member's or car's
 * policy), `membership/renewal-not-later` (the new policy does not end after `activeUntil`),
 * `membership/renewal-gap` (a continuous renewal whose policy starts after `validUntil` + 1)
 * and `membership/policy-expired` (a late renewal whose policy validity is already over).
 *
 * @example
 * const { membership: renewed, continuous } = renewMembership(membership, nextPolicy, '2027-01-05', {
 *   cardId: 'card_2', cardNumber: issueCardNumber('622', 2), membershipId: 'mem_2',
 * });
 */
export function renewMembership(
  membership: Membership,
  newPolicy: Policy,
  today: IsoDate,
  next: RenewalIds,
): MembershipRenewal {
  const current = parseInput(Membership, membership, 'membership');
  const policy = parseInput(Policy, newPolicy, 'policy');
  const day = parseInput(IsoDate, today, 'today');
  const ids = parseInput(RenewalIds, next, 'renewal ids');
  if (ids.cardId === current.card.id) throw invalidField(['cardId'], 'custom', 'The re-issued card needs a new id');
  if (ids.cardNumber === current.card.number)
    throw invalidField(['cardNumber'], 'custom', 'The re-issued card needs a new number');

  if (current.cancelledOn !== undefined) {
    throw membershipError(
      MembershipErrorCode.cancelled,
      `Membership ${current.id} was cancelled on ${current.cancelledOn}`,
      {
        membershipId: current.id,
        cancelledOn: current.cancelledOn,
      },
    );
  }
  for (const field of ['memberId', 'plate'] as const) {
    if (policy[field] !== current[field]) {
      throw membershipError(
        MembershipErrorCode.policyMismatch,
        `Policy ${policy.number} has ${field} ${policy[field]}, but membership ${current.id} has ${current[field]}`,
        { membershipId: current.id, policyId: policy.id, field, expected: current[field], actual: policy[field] },
      );
    }
  }
  if (compareDates(policy.end, current.activeUntil) <= 0) {
    throw membershipError(
      MembershipErrorCode.renewalNotLater,
      `Policy ${policy.number} ends on ${policy.end}, not after the current policy end ${current.activeUntil}`,
      { membershipId: current.id, policyId: policy.id, policyEnd: policy.end, activeUntil: current.activeUntil },
    );
  }

  const continuous = compareDates(day, current.validUntil) <= 0;
  const window = membershipWindow(policy, { graceDays: current.graceDays });
  if (continuous && compareDates(policy.start, addDays(current.validUntil, 1)) > 0) {
    throw membershipError(
      MembershipErrorCode.renewalGap,
      `Policy ${policy.number} starts on ${policy.start}, leaving a gap after membership ${current.id} ends on ${current.validUntil}`,
      { membershipId: current.id, policyId: policy.id, policyStart: policy.start, validUntil: current.validUntil },
    );
  }
  if (!continuous && compareDates(window.validUntil, day) < 0) {
    throw membershipError(
      MembershipErrorCode.policyExpired,
      `Policy ${policy.number} gave membership only until ${window.validUntil}; it cannot start one on ${day}`,
      { policyId: policy.id, validUntil: window.validUntil, today: day },
    );
  }
  if (!continuous && ids.membershipId === current.id) {
    throw invalidField(['membershipId'], 'custom', 'A renewal after expiry starts a membership with a new id');
  }

  const membershipId = continuous ? current.id : ids.membershipId;
  const card: MemberCard = {
    id: ids.cardId,
    number: ids.cardNumber,
    membershipId,
    memberId: current.memberId,
    tier: current.tier,
    status: CardStatus.active,
    issuedOn: day,
  };
  const previousCard: MemberCard = { ...current.card, status: CardStatus.superseded, supersededOn: day };
  const common = {
    branchId: policy.branchId,
    policyId: policy.id,
    activeUntil: window.activeUntil,
    validUntil: window.validUntil,
    card,
  };
  const renewed: Membership = continuous
    ? { ...current, ...common }
    : {
        id: membershipId,
        memberId: current.memberId,
        tier: current.tier,
        plate: current.plate,
        memberSince: policy.start,
        validFrom: window.validFrom,
        graceDays: current.graceDays,
        renewedFrom: current.id,
        ...common,
      };
  return { membership: renewed, card, previousCard, continuous };
}
