import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { addDays, compareDates } from '../shared/calendar.js';
import { RecordId } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { TierSchema } from '../shared/tier-schema.js';
import { CardStatus, MemberCard } from './card.js';
import { crossCheck, notBefore } from './checks.js';
import { Plate } from './plate.js';
import type { MembershipState } from './states.js';
import { membershipStateOn } from './state-rules.js';
import { GraceDays } from './validity.js';

/** A membership: one member, one car, backed by one policy, with its current card embedded. */
export const Membership = z
  .object({
    id: RecordId,
    memberId: RecordId,
    /** The branch that underwrote the backing policy. */
    branchId: RecordId,
    tier: TierSchema,
    /** The normalised plate of the one car behind this membership. */
    plate: Plate,
    policyId: RecordId,
    /** First day of the continuous membership; kept across renewals in the validity period. */
    memberSince: IsoDate,
    validFrom: IsoDate,
    /** The policy end: the last day of the `active` status. */
    activeUntil: IsoDate,
    /** The last valid day: `activeUntil` plus `graceDays`. */
    validUntil: IsoDate,
    graceDays: GraceDays,
    /** The current member card. */
    card: MemberCard,
    /** The day the membership was cancelled. */
    cancelledOn: z.optional(IsoDate),
    /** The earlier membership this one renewed after it had expired. */
    renewedFrom: z.optional(RecordId),
  })
  .check(
    notBefore('memberSince', 'validFrom', 'memberSince must not be after validFrom'),
    notBefore('validFrom', 'activeUntil', 'activeUntil must not be before validFrom'),
    crossCheck(
      (m) => compareDates(addDays(m.activeUntil, m.graceDays), m.validUntil) === 0,
      'validUntil must be activeUntil plus graceDays',
      ['validUntil'],
    ),
    crossCheck((m) => m.card.membershipId === m.id, 'The card belongs to another membership', ['card', 'membershipId']),
    crossCheck((m) => m.card.memberId === m.memberId, 'The card belongs to another member', ['card', 'memberId']),
    crossCheck(
      (m) => (m.cancelledOn !== undefined) === (m.card.status === CardStatus.cancelled),
      'A cancelled membership has a cancelled card, and only it',
      ['card', 'status'],
    ),
    crossCheck((m) => m.renewedFrom !== m.id, 'A membership cannot renew itself', ['renewedFrom']),
  );
/** A membership. */
export type Membership = z.infer<typeof Membership>;

/**
 * The state of a membership on `today`: `cancelled` from its `cancelledOn` day on,
 * otherwise the status of its validity window. Checks both arguments first; for a membership
 * already checked, such as an API answer, `membershipStateOn` applies the same rule without zod.
 *
 * @example
 * membershipState(membership, '2027-01-05') // 'grace'
 * membershipState(cancelMembership(membership, '2026-06-01'), '2026-06-01') // 'cancelled'
 */
export function membershipState(membership: Membership, today: IsoDate): MembershipState {
  const m = parseInput(Membership, membership, 'membership');
  return membershipStateOn(m, parseInput(IsoDate, today, 'today'));
}
