import type {
  CounterCheck,
  MemberCardCode,
  MemberSavings,
  CounterCheckRequest,
  NewRedemption,
  NewVipOrder,
  VipOrderCancellation,
  VipOrderResult,
} from '@clubkit/core/api';
import type { Redemption, VipOrder } from '@clubkit/core/vip';
import type { RequestOptions } from '../options.js';
import type { Transport } from '../transport.js';
import { path } from './path.js';

/**
 * Orders for the VIP card's year (365 CNY). A member-session client creates and reads its own;
 * the partner's back end, with its secret key, creates them for a member and confirms or cancels
 * them once its own payment system has taken (or refunded) the money.
 */
export function vipOrdersResource(t: Transport) {
  return {
    /**
     * Opens a pending order at the annual fee, payable for 30 minutes (a renewal when the member
     * holds a VIP year). A member session leaves `memberId` out; a secret key names the member.
     *
     * @example
     * const order = await member.vipOrders.create();
     * // { id: 'vor_…', status: 'pending', amountFen: 36500, kind: 'new', expiresAt: … }
     */
    create(body: NewVipOrder = {}, options?: RequestOptions): Promise<VipOrder> {
      return t.send({ method: 'post', path: '/v1/vip-orders', body, answer: 'VipOrder', options });
    },
    /** An order as it stands now (a pending order past its payment window reads `expired`). */
    get(id: string, options?: RequestOptions): Promise<VipOrder> {
      return t.send({ method: 'get', path: path`/v1/vip-orders/${id}`, answer: 'VipOrder', options });
    },
    /**
     * Confirms the payment the partner took (secret key only): the order is paid and the member
     * VIP for the year. A second confirmation is refused with `vip/order-already-paid`; an order
     * past its window with `vip/order-expired`; a retry of this call is answered by the first.
     *
     * @example
     * const { order, vip } = await club.vipOrders.confirm('vor_…', { paymentReference: 'BANK-20261127-0001' });
     */
    confirm(id: string, body: { paymentReference: string }, options?: RequestOptions): Promise<VipOrderResult> {
      return t.send({
        method: 'post',
        path: path`/v1/vip-orders/${id}/confirm`,
        body,
        answer: 'VipOrderResult',
        options,
      });
    },
    /**
     * Cancels an order (secret key only): a pending one ends; a paid one ends the VIP year today
     * and answers the refund of the unused days (`order.refundFen`, by core's `proratedFee`).
     */
    cancel(id: string, options?: RequestOptions): Promise<VipOrderCancellation> {
      return t.send({
        method: 'post',
        path: path`/v1/vip-orders/${id}/cancel`,
        answer: 'VipOrderCancellation',
        options,
      });
    },
  };
}

/** A merchant's counter (merchant staff session or key): check a member card, record the discount. */
export function counterResource(t: Transport) {
  return {
    /**
     * Checks a card by its live member code (or its typed card number) for a bill: its status,
     * this merchant's best offer and the saving. Records nothing and leaves the code good.
     *
     * @example
     * const check = await club.counter.check({ code: '123456789015', billFen: 30000 });
     * // { status: 'active', offer: { id: 'off_…', … }, savingFen: 3000, payFen: 27000, … }
     */
    check(body: CounterCheckRequest, options?: RequestOptions): Promise<CounterCheck> {
      return t.send({ method: 'post', path: '/v1/counter/checks', body, answer: 'CounterCheck', options });
    },
    /**
     * Records the discount the check showed, using up the member code: a code used twice is
     * refused with `vip/code-used`, a typed card number with `vip/code-required`.
     *
     * @example
     * await club.counter.redeem({ code: '123456789015', billFen: 30000, offerId: check.offer.id });
     */
    redeem(body: NewRedemption, options?: RequestOptions): Promise<Redemption> {
      return t.send({ method: 'post', path: '/v1/redemptions', body, answer: 'Redemption', options });
    },
  };
}

/** What a signed-in member's VIP card needs (member session): the live member code and the savings. */
export function memberVipResource(t: Transport) {
  return {
    /**
     * A fresh member code for the card to show as a QR code and as digits: good for 60 seconds and
     * one redemption. Fetch a new one before `expiresAt` while the card is on screen.
     *
     * @example
     * const { code, expiresAt } = await vip.cardCode();
     */
    cardCode(options?: RequestOptions): Promise<MemberCardCode> {
      return t.send({ method: 'get', path: '/v1/me/card-code', answer: 'MemberCardCode', options });
    },
    /** What the VIP card has saved: this membership year and all time, beside the fee. */
    savings(options?: RequestOptions): Promise<MemberSavings> {
      return t.send({ method: 'get', path: '/v1/me/savings', answer: 'MemberSavings', options });
    },
  };
}
