import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { compareDates } from '../shared/calendar.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { TierSchema } from '../shared/tier-schema.js';
import { CardStatus } from './card.js';
import { CardNumber } from './card-number.js';
import { membershipError, MembershipErrorCode } from './errors.js';
import type { Membership } from './membership.js';
import { Policy } from './policy.js';
import { DEFAULT_GRACE_DAYS, GraceDays, membershipWindow } from './validity.js';

/** The input of {@link startMembership}. */
export const StartMembershipInput = z.object({
  /** The id of the new membership. */
  id: entityId(IdPrefix.membership),
  memberId: entityId(IdPrefix.member),
  /** The branch that underwrote the policy; must be the policy's branch. */
  branchId: entityId(IdPrefix.branch),
  tier: TierSchema,
  /** The policy that backs the membership; its plate is the membership's car. */
  policy: Policy,
  /** The member card to issue. */
  card: z.object({ id: entityId(IdPrefix.card), number: CardNumber }),
  /**
   * Days of grace after the policy end.
   * @default 10
   */
  graceDays: z._default(GraceDays, DEFAULT_GRACE_DAYS),
});
/** The input of {@link startMembership}; `graceDays` may be left out. */
export type StartMembershipInput = z.input<typeof StartMembershipInput>;

/**
 * Starts a membership backed by a policy and issues its first card on `today`. The member
 * is a member since the policy start. Check the car with `assertVehicleFree` first.
 * Throws `membership/policy-mismatch` when the policy is another member's or another
 * branch's, and `membership/policy-expired` when its validity is already over on `today`.
 *
 * @example
 * const membership = startMembership(
 *   { id: 'mem_1', memberId: 'mbr_1', branchId: 'br_1', tier: 'standard', policy, card: { id: 'card_1', number: issueCardNumber('622', 1) } },
 *   '2026-01-01',
 * );
 */
export function startMembership(input: StartMembershipInput, today: IsoDate): Membership {
  const { id, memberId, branchId, tier, policy, card, graceDays } = parseInput(
    StartMembershipInput,
    input,
    'membership',
  );
  const day = parseInput(IsoDate, today, 'today');
  for (const [field, expected] of [
    ['memberId', memberId],
    ['branchId', branchId],
  ] as const) {
    if (policy[field] !== expected) {
      throw membershipError(
        MembershipErrorCode.policyMismatch,
        `Policy ${policy.number} has ${field} ${policy[field]}, not ${expected}`,
        { policyId: policy.id, field, expected, actual: policy[field] },
      );
    }
  }
  const window = membershipWindow(policy, { graceDays });
  if (compareDates(window.validUntil, day) < 0) {
    throw membershipError(
      MembershipErrorCode.policyExpired,
      `Policy ${policy.number} gave membership only until ${window.validUntil}; it cannot start one on ${day}`,
      { policyId: policy.id, validUntil: window.validUntil, today: day },
    );
  }
  return {
    id,
    memberId,
    branchId,
    tier,
    plate: policy.plate,
    policyId: policy.id,
    memberSince: policy.start,
    ...window,
    graceDays,
    card: {
      id: card.id,
      number: card.number,
      membershipId: id,
      memberId,
      tier,
      status: CardStatus.active,
      issuedOn: day,
    },
  };
}
