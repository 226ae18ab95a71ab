import * as z from 'zod/mini';
import type { IsoDate } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { CardNumber } from './card-number.js';
import { catalogueError, CatalogueErrorCode } from './catalogue-errors.js';
import { assertServiceOffered } from './catalogue-rules.js';
import { membershipState, type Membership } from './membership.js';
import type { ClubService } from './catalogue-records.js';
import { MembershipState } from './states.js';

/**
 * A use of a service as the counter records it: the service, the member card shown, and the
 * merchant (a merchant operator's own when left out).
 */
export const NewServiceUse = z.object({
  /** `svc_…` */
  serviceId: entityId(IdPrefix.clubService),
  /** The member card's 16 digits, as shown at the counter. */
  cardNumber: CardNumber,
  /** The merchant that gave the service; required unless a merchant operator records it. */
  merchantId: z.optional(entityId(IdPrefix.merchant)),
  /** What was done, in a few words. */
  note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});
/** A use of a service as the counter records it. */
export type NewServiceUse = z.infer<typeof NewServiceUse>;

/** The membership states in which a member may use the club's services: valid, grace included (A3 art.5). */
const USABLE_STATES: readonly MembershipState[] = [MembershipState.active, MembershipState.grace];

/**
 * Checks that a use may be recorded: the service is still offered, the merchant is one of its
 * merchants, and the member's membership is valid on `today` — active, or in its grace days,
 * which A3 art.5 counts as valid (membership's own `membershipState` decides).
 *
 * @throws ClubError `catalogue/service-retired`, `catalogue/not-offered-here` or `catalogue/member-not-valid`
 */
export function assertServiceUsable(input: {
  service: ClubService;
  merchantId: string;
  membership: Membership;
  today: IsoDate;
}): void {
  const { service, merchantId, membership, today } = input;
  assertServiceOffered(service);
  if (!service.merchantIds.includes(merchantId)) {
    throw catalogueError(
      CatalogueErrorCode.notOfferedHere,
      `Merchant ${merchantId} does not give service ${service.id}`,
      { serviceId: service.id, merchantId },
    );
  }
  const state = membershipState(membership, today);
  if (!USABLE_STATES.includes(state)) {
    throw catalogueError(CatalogueErrorCode.memberNotValid, `Membership ${membership.id} is ${state} on ${today}`, {
      membershipId: membership.id,
      state,
    });
  }
}
