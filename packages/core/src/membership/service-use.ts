import * as z from 'zod/mini';
import type { IsoDate } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { CardNumber } from './card-number.js';
import { catalogueError, CatalogueErrorCode } from './catalogue-errors.js';
import { assertServiceOffered } from './catalogue-rules.js';
import type { Membership } from './membership.js';
import type { ClubService } from './catalogue-records.js';
import { membershipStateOn, type MembershipBoundaryField } from './state-rules.js';
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

/**
 * The membership a card shown at the counter belongs to: an insurance membership (A3) or a VIP
 * membership (A5, the paid card standing on its own), which carry the same dates. Either entitles
 * its holder to the catalogue: a member is a policyholder or a car owner who bought the VIP card,
 * members have the right to use the club's services (A3 art.7), and the VIP card gives car,
 * value-added and the club's own VIP services (A5 §2) — the catalogue's three categories.
 */
export type CardMembership = Pick<Membership, 'id' | MembershipBoundaryField>;

/** The membership states in which a member may use the club's services: valid, grace included (A3 art.5). */
const USABLE_STATES: readonly MembershipState[] = [MembershipState.active, MembershipState.grace];

/**
 * Checks that a use may be recorded: the service is still offered, the merchant is one of its
 * merchants, and the membership of the card shown, insurance or VIP ({@link CardMembership}), is
 * valid on `today` — active, or in its grace days, which A3 art.5 counts as valid (membership's
 * own state rule, `membershipStateOn`, decides for both).
 *
 * @throws ClubError `catalogue/service-retired`, `catalogue/not-offered-here` or `catalogue/member-not-valid`
 */
export function assertServiceUsable(input: {
  service: ClubService;
  merchantId: string;
  membership: CardMembership;
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
  const state = membershipStateOn(membership, today);
  if (!USABLE_STATES.includes(state)) {
    throw catalogueError(CatalogueErrorCode.memberNotValid, `Membership ${membership.id} is ${state} on ${today}`, {
      membershipId: membership.id,
      state,
    });
  }
}
