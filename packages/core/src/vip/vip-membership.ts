import * as z from 'zod/mini';
import { addDays, addMonths, compareDates, daysBetween } from '../shared/calendar.js';
import { IsoDate } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { Tier } from '../shared/tier.js';
import { CardStatus, MemberCard } from '../membership/card.js';
import { CardNumber } from '../membership/card-number.js';
import { crossCheck, notBefore } from '../membership/checks.js';
import { isVipValid, VipCardStatus, vipCardStatus } from './card-status.js';
import { vipError, VipErrorCode } from './errors.js';
import { VipOrderStatus, type VipOrder, type VipTerm } from './order.js';

/**
 * A VIP membership (A5): the paid card, standing on its own — no policy, no car. Each paid order
 * adds its year; a renewal while the card is valid extends this membership without a gap, a
 * purchase after it expired or was cancelled starts a new one with a new card.
 */
export const VipMembership = z
  .object({
    id: entityId(IdPrefix.vipMembership),
    memberId: entityId(IdPrefix.member),
    branchId: entityId(IdPrefix.branch),
    /** First day of the continuous VIP membership. */
    memberSince: IsoDate,
    validFrom: IsoDate,
    /** The last active day of the latest paid year. */
    activeUntil: IsoDate,
    /** The last valid day: `activeUntil` plus the grace days. */
    validUntil: IsoDate,
    /** The VIP card, tier `vip`. */
    card: MemberCard,
    /** The paid orders whose years make up this membership, oldest first. */
    orderIds: z.array(entityId(IdPrefix.vipOrder)).check(z.minLength(1)),
    /** The day the membership was cancelled (its latest order refunded). */
    cancelledOn: z.optional(IsoDate),
  })
  .check(
    notBefore('validFrom', 'activeUntil', 'activeUntil must not be before validFrom'),
    notBefore('activeUntil', 'validUntil', 'validUntil must not be before activeUntil'),
    crossCheck((m) => m.card.membershipId === m.id, 'The card belongs to another membership', ['card', 'membershipId']),
    crossCheck((m) => m.card.memberId === m.memberId, 'The card belongs to another member', ['card', 'memberId']),
    crossCheck((m) => m.card.tier === Tier.vip, 'A VIP membership has a VIP card', ['card', 'tier']),
  );
/** A VIP membership. */
export type VipMembership = z.infer<typeof VipMembership>;

// The card's status rules live without schemas in card-status.ts, so a page can use them without zod.
export { isVipValid, VipCardStatus, vipCardStatus };

/** Schema of {@link VipCardStatus}. */
export const VipCardStatusSchema = z.enum(Object.values(VipCardStatus));

/** The member's VIP year as a term, for {@link openVipOrder} and {@link confirmVipOrder}: undefined once cancelled. */
export function currentVipTerm(vip: VipMembership | undefined, today: IsoDate): VipTerm | undefined {
  if (vip === undefined || vipCardStatus(vip, today) === VipCardStatus.cancelled) return undefined;
  return { validFrom: vip.validFrom, activeUntil: vip.activeUntil, validUntil: vip.validUntil };
}

/** Ids for a new VIP membership and its card. */
export const NewVipIds = z.object({
  membershipId: entityId(IdPrefix.vipMembership),
  cardId: entityId(IdPrefix.card),
  cardNumber: CardNumber,
});
/** Ids for a new VIP membership and its card. */
export type NewVipIds = z.infer<typeof NewVipIds>;

/**
 * The member's VIP membership once a paid order's year is added: the same membership extended
 * when it is still valid on `today` (the order's term then starts right after it), else a new
 * membership with a new VIP card issued today.
 */
export function vipMembershipAfterPayment(
  current: VipMembership | undefined,
  order: VipOrder,
  ids: NewVipIds,
  today: IsoDate,
): { membership: VipMembership; started: boolean } {
  const term = order.term;
  if (order.status !== VipOrderStatus.paid || term === undefined)
    throw vipError(VipErrorCode.orderExpired, 'Only a paid order adds a VIP year.', { orderId: order.id });
  if (current !== undefined && isVipValid(vipCardStatus(current, today))) {
    return {
      membership: {
        ...current,
        activeUntil: term.activeUntil,
        validUntil: term.validUntil,
        orderIds: [...current.orderIds, order.id],
      },
      started: false,
    };
  }
  const { membershipId, cardId, cardNumber } = parseInput(NewVipIds, ids, 'ids');
  const membership: VipMembership = {
    id: membershipId,
    memberId: order.memberId,
    branchId: order.branchId,
    memberSince: term.validFrom,
    validFrom: term.validFrom,
    activeUntil: term.activeUntil,
    validUntil: term.validUntil,
    orderIds: [order.id],
    card: {
      id: cardId,
      number: cardNumber,
      membershipId,
      memberId: order.memberId,
      tier: Tier.vip,
      status: CardStatus.active,
      issuedOn: today,
    },
  };
  return { membership, started: true };
}

/**
 * The VIP membership once its latest paid order is cancelled (and refunded) on `today`: a
 * renewal year that has not started yet is taken off (the membership ends with the year before);
 * otherwise the membership and its card are cancelled today. Only the latest order can be
 * cancelled (`vip/order-superseded`).
 */
export function vipMembershipAfterCancel(current: VipMembership, order: VipOrder, today: IsoDate): VipMembership {
  if (current.orderIds.at(-1) !== order.id)
    throw vipError(VipErrorCode.orderSuperseded, 'A later renewal follows this order; cancel the latest order first.', {
      orderId: order.id,
      latestOrderId: current.orderIds.at(-1),
    });
  const term = order.term;
  if (term !== undefined && compareDates(today, term.validFrom) < 0 && current.orderIds.length > 1) {
    const activeUntil = addDays(term.validFrom, -1);
    return {
      ...current,
      activeUntil,
      validUntil: addDays(activeUntil, daysBetween(current.activeUntil, current.validUntil)),
      orderIds: current.orderIds.slice(0, -1),
    };
  }
  return {
    ...current,
    cancelledOn: today,
    card: { ...current.card, status: CardStatus.cancelled, cancelledOn: today },
  };
}

/**
 * The membership year of a VIP membership that `today` falls in, first and last day: years run
 * from `validFrom` anniversary to anniversary; before the first day it is the first year, after
 * the last active day (grace, expired) the last paid one.
 *
 * @example
 * vipMembershipYear({ validFrom: '2026-06-01', activeUntil: '2028-05-31' }, '2027-07-01') // { from: '2027-06-01', to: '2028-05-31' }
 */
export function vipMembershipYear(
  vip: Pick<VipMembership, 'validFrom' | 'activeUntil'>,
  today: IsoDate,
): { from: IsoDate; to: IsoDate } {
  const day = compareDates(today, vip.activeUntil) > 0 ? vip.activeUntil : today;
  let years = 0;
  while (compareDates(addMonths(vip.validFrom, 12 * (years + 1)), day) <= 0) years += 1;
  return { from: addMonths(vip.validFrom, 12 * years), to: addDays(addMonths(vip.validFrom, 12 * (years + 1)), -1) };
}
