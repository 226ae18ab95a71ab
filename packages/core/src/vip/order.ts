import * as z from 'zod/mini';
import { addDays, addMonths, compareDates } from '../shared/calendar.js';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { VIP_ANNUAL_FEE_FEN } from '../fees/annual-fee.js';
import { proratedFee } from '../fees/prorate.js';
import { DEFAULT_GRACE_DAYS } from '../membership/validity.js';
import { vipError, VipErrorCode } from './errors.js';

/** Minutes a pending order waits for its payment before it expires. */
export const VIP_ORDER_PAYMENT_MINUTES = 30;

/** Where an order stands: waiting for payment, paid, cancelled (refunded if it was paid) or expired unpaid. */
export const VipOrderStatus = { pending: 'pending', paid: 'paid', cancelled: 'cancelled', expired: 'expired' } as const;
/** Where an order stands. */
export type VipOrderStatus = (typeof VipOrderStatus)[keyof typeof VipOrderStatus];
/** Schema of {@link VipOrderStatus}. */
export const VipOrderStatusSchema = z.enum(Object.values(VipOrderStatus));

/** Whether an order buys a first VIP year or renews one. */
export const VipOrderKind = { new: 'new', renewal: 'renewal' } as const;
/** Whether an order buys a first VIP year or renews one. */
export type VipOrderKind = (typeof VipOrderKind)[keyof typeof VipOrderKind];
/** Schema of {@link VipOrderKind}. */
export const VipOrderKindSchema = z.enum(Object.values(VipOrderKind));

/** One VIP year: active `validFrom`–`activeUntil`, in grace until `validUntil`, all inclusive. */
export const VipTerm = z.object({ validFrom: IsoDate, activeUntil: IsoDate, validUntil: IsoDate });
/** One VIP year. */
export type VipTerm = z.infer<typeof VipTerm>;

/** The payment reference the partner's payment system gave the money it took: 1 to 128 visible characters. */
export const PaymentReference = z.string().check(z.minLength(1), z.maxLength(128), z.regex(/^\S(.*\S)?$/));

/**
 * An order for one VIP year (A5 §2: 365 CNY a year). The partner takes the money its own way;
 * only its back end's confirmation makes the order `paid` and gives it its `term`.
 */
export const VipOrder = z.object({
  id: entityId(IdPrefix.vipOrder),
  memberId: entityId(IdPrefix.member),
  /** The member's branch, whose operators may see the order. */
  branchId: entityId(IdPrefix.branch),
  kind: VipOrderKindSchema,
  /** The stored status; a `pending` order past `expiresAt` reads as `expired` (see {@link vipOrderStatusAt}). */
  status: VipOrderStatusSchema,
  /** What the member pays, in fen. */
  amountFen: NonNegativeFen,
  createdAt: IsoInstant,
  /** The end of the payment window: a confirmation after it is refused. */
  expiresAt: IsoInstant,
  paidAt: z.optional(IsoInstant),
  /** The partner's reference for the payment, recorded at confirmation. */
  paymentReference: z.optional(PaymentReference),
  /** The VIP year the payment bought, set at confirmation. */
  term: z.optional(VipTerm),
  cancelledAt: z.optional(IsoInstant),
  /** What cancelling a paid order gave back for the unused days, in fen. */
  refundFen: z.optional(NonNegativeFen),
});
/** An order for one VIP year. */
export type VipOrder = z.infer<typeof VipOrder>;

/**
 * The status of an order at `now`: a pending order whose payment window has passed is
 * `expired`; every other status is the stored one.
 */
export function vipOrderStatusAt(order: Pick<VipOrder, 'status' | 'expiresAt'>, now: IsoInstant): VipOrderStatus {
  return order.status === VipOrderStatus.pending && Date.parse(now) >= Date.parse(order.expiresAt)
    ? VipOrderStatus.expired
    : order.status;
}

/** The input of {@link openVipOrder}. */
export interface OpenVipOrderInput {
  id: string;
  memberId: string;
  branchId: string;
  now: IsoInstant;
  /** The member's current VIP year (not cancelled), if any: a new order is then a renewal. */
  current?: VipTerm | undefined;
  /** The club's calendar date at `now`. */
  today: IsoDate;
}

/**
 * A new pending order for one VIP year at the annual fee, payable for {@link VIP_ORDER_PAYMENT_MINUTES}.
 * It is a `renewal` when the member holds a VIP year (valid, in grace or expired) that was not
 * cancelled. A renewal more than a year ahead is refused with `vip/renewal-too-early`: the year
 * it would add starts after the current one ends, and one prepaid year is enough.
 *
 * @example
 * openVipOrder({ id: 'vor_1', memberId: 'mbr_1', branchId: 'br_1', now: '2026-06-01T02:00:00.000Z', today: '2026-06-01' })
 * // { kind: 'new', status: 'pending', amountFen: 36500, expiresAt: '2026-06-01T02:30:00.000Z', … }
 */
export function openVipOrder(input: OpenVipOrderInput): VipOrder {
  const today = parseInput(IsoDate, input.today, 'today');
  const now = parseInput(IsoInstant, input.now, 'now');
  const current = input.current === undefined ? undefined : parseInput(VipTerm, input.current, 'current');
  if (current && compareDates(current.activeUntil, addMonths(today, 12)) >= 0) {
    throw vipError(
      VipErrorCode.renewalTooEarly,
      'The VIP year already runs a year ahead; renew within its last year.',
      {
        activeUntil: current.activeUntil,
      },
    );
  }
  return parseInput(
    VipOrder,
    {
      id: input.id,
      memberId: input.memberId,
      branchId: input.branchId,
      kind: current ? VipOrderKind.renewal : VipOrderKind.new,
      status: VipOrderStatus.pending,
      amountFen: VIP_ANNUAL_FEE_FEN,
      createdAt: now,
      expiresAt: new Date(Date.parse(now) + VIP_ORDER_PAYMENT_MINUTES * 60_000).toISOString(),
    },
    'order',
  );
}

/**
 * The VIP year a payment on `paidOn` buys: a year from the day it is paid, or, when the member's
 * current year is still valid (active or in grace), the year right after it, so a renewal leaves
 * no gap and loses no day. Active through the day before the anniversary, then
 * {@link DEFAULT_GRACE_DAYS} days of grace.
 *
 * @example
 * vipTermFor('2026-06-01') // { validFrom: '2026-06-01', activeUntil: '2027-05-31', validUntil: '2027-06-10' }
 */
export function vipTermFor(paidOn: IsoDate, current?: VipTerm): VipTerm {
  const day = parseInput(IsoDate, paidOn, 'paidOn');
  const continues = current !== undefined && compareDates(day, current.validUntil) <= 0;
  const validFrom = continues ? addDays(current.activeUntil, 1) : day;
  const activeUntil = addDays(addMonths(validFrom, 12), -1);
  return { validFrom, activeUntil, validUntil: addDays(activeUntil, DEFAULT_GRACE_DAYS) };
}

function refuseUnlessPending(order: VipOrder, now: IsoInstant, action: string): void {
  const status = vipOrderStatusAt(order, now);
  if (status === VipOrderStatus.paid)
    throw vipError(VipErrorCode.orderAlreadyPaid, `The order is paid already; it cannot be ${action}.`, {
      orderId: order.id,
    });
  if (status === VipOrderStatus.cancelled)
    throw vipError(VipErrorCode.orderCancelled, `The order was cancelled; it cannot be ${action}.`, {
      orderId: order.id,
    });
  if (status === VipOrderStatus.expired)
    throw vipError(VipErrorCode.orderExpired, `The order's payment window is over; it cannot be ${action}.`, {
      orderId: order.id,
      expiresAt: order.expiresAt,
    });
}

/** The input of {@link confirmVipOrder}. */
export interface ConfirmVipOrderInput {
  paymentReference: string;
  now: IsoInstant;
  today: IsoDate;
  /** The member's current VIP year (not cancelled), if any. */
  current?: VipTerm | undefined;
}

/**
 * Marks a pending order paid with the partner's payment reference and gives it its VIP year
 * ({@link vipTermFor}). Refuses a paid order (`vip/order-already-paid`), a cancelled one
 * (`vip/order-cancelled`) and one whose payment window is over (`vip/order-expired`).
 */
export function confirmVipOrder(order: VipOrder, input: ConfirmVipOrderInput): VipOrder {
  const o = parseInput(VipOrder, order, 'order');
  const now = parseInput(IsoInstant, input.now, 'now');
  const paymentReference = parseInput(PaymentReference, input.paymentReference, 'paymentReference');
  refuseUnlessPending(o, now, 'confirmed');
  return {
    ...o,
    status: VipOrderStatus.paid,
    paidAt: now,
    paymentReference,
    term: vipTermFor(input.today, input.current),
  };
}

/**
 * The refund for cancelling a paid VIP year on `today`: the unused whole days from `today` (or
 * the year's start, if later) through its last active day, by `proratedFee`, never more than
 * was paid. The grace days are not refunded.
 *
 * @example
 * vipRefund({ amountFen: 36500, term: { validFrom: '2026-06-01', activeUntil: '2027-05-31', validUntil: '2027-06-10' } }, '2027-03-02')
 * // 9100: 91 days at 100 fen
 */
export function vipRefund(order: Pick<VipOrder, 'amountFen'> & { term: VipTerm }, today: IsoDate): number {
  const day = parseInput(IsoDate, today, 'today');
  const from = compareDates(day, order.term.validFrom) > 0 ? day : order.term.validFrom;
  const to = addDays(order.term.activeUntil, 1);
  if (compareDates(from, to) >= 0) return 0;
  return Math.min(order.amountFen, proratedFee({ annualFeeFen: order.amountFen, from, to }));
}

/**
 * Cancels an order: a pending one simply ends; a paid one ends its VIP year today and refunds the
 * unused days ({@link vipRefund}). Refuses an order already cancelled (`vip/order-cancelled`) or
 * expired unpaid (`vip/order-expired`).
 */
export function cancelVipOrder(order: VipOrder, input: { now: IsoInstant; today: IsoDate }): VipOrder {
  const o = parseInput(VipOrder, order, 'order');
  const now = parseInput(IsoInstant, input.now, 'now');
  const status = vipOrderStatusAt(o, now);
  if (status === VipOrderStatus.paid && o.term) {
    return {
      ...o,
      status: VipOrderStatus.cancelled,
      cancelledAt: now,
      refundFen: vipRefund({ ...o, term: o.term }, input.today),
    };
  }
  if (status === VipOrderStatus.pending)
    return { ...o, status: VipOrderStatus.cancelled, cancelledAt: now, refundFen: 0 };
  refuseUnlessPending(o, now, 'cancelled');
  return o;
}
