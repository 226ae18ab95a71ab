import { ClubError, entityId, IdPrefix, INVALID_INPUT } from '@clubkit/core';
import { NewVipOrder, VipOrderCancellation, VipOrderConfirmation, VipOrderResult } from '@clubkit/core/api';
import {
  cancelVipOrder,
  confirmVipOrder,
  currentVipTerm,
  openVipOrder,
  VipMembership,
  vipMembershipAfterCancel,
  vipMembershipAfterPayment,
  VipOrder,
  vipOrderStatusAt,
} from '@clubkit/core/vip';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { lockName } from '../store/locks.js';
import { getRecord, insertRecord, updateRecord } from '../store/records.js';
import type { RecordAccess } from './common.js';
import { authorize, loadAuthorized, notFound } from './common.js';
import { nextCardNumber } from './membership-support.js';
import { currentVipMembership } from './vip-support.js';

const orderId = z.object({ id: entityId(IdPrefix.vipOrder) });

/** An order is owned by its member and the member's branch. */
const orderAccess: RecordAccess<'vipOrder'> = {
  type: 'vip-order',
  owners: (o) => ({ branchId: o.branchId, memberId: o.memberId }),
  what: 'VIP order',
};

/** The order as it stands now: a pending order past its payment window reads `expired`. */
const asNow = (order: VipOrder, nowIso: string): VipOrder => ({ ...order, status: vipOrderStatusAt(order, nowIso) });

/** Holds the member's VIP lock until the commit: orders, confirmations and cancellations of one member apply one by one. */
async function lockMember(db: ClubDb, engine: 'sqlite' | 'postgres', memberId: string): Promise<void> {
  await lockName(db, engine, `vip:${memberId}`);
}

/** Writes the VIP membership: a new one with its card, or the changed one (and its card, if it changed). */
async function saveVip(db: ClubDb, before: VipMembership | undefined, after: VipMembership): Promise<void> {
  if (before?.id === after.id) {
    await updateRecord(db, 'vipMembership', after);
    if (before.card.status !== after.card.status) await updateRecord(db, 'card', after.card);
  } else {
    await insertRecord(db, 'vipMembership', after);
    await insertRecord(db, 'card', after.card);
  }
}

/** VIP card orders: created by the member or the partner's back end, confirmed or cancelled by the back end. */
export const vipOrderRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/vip-orders',
    operationId: 'createVipOrder',
    summary:
      "Opens a pending order for the VIP card's year at 365 CNY, payable for 30 minutes: a renewal when the member holds a VIP year (member session for themself, or the partner's secret key naming the member).",
    tag: 'vip',
    credentials: ['session', 'secret'],
    access: { action: 'create', type: 'vip-order' },
    body: NewVipOrder,
    errors: ['not-found', 'access/forbidden', 'vip/renewal-too-early'],
    responses: { 201: { description: 'The pending order with its amount', schema: VipOrder } },
    async handler({ principal, db, body, now, nowIso, today, services }) {
      const memberId = body.memberId ?? (principal.role === 'member' ? principal.memberId : undefined);
      if (memberId === undefined)
        throw new ClubError(INVALID_INPUT, 'Name the member the order is for.', {
          issues: [{ path: ['memberId'], code: 'invalid_type', message: 'Required with a secret key' }],
        });
      const member = await getRecord(db, 'member', memberId);
      if (!member) {
        // A member hears 404 for its own missing record, 403 for another's; a key is checked on the collection.
        authorize(
          principal,
          'create',
          principal.role === 'member' ? { type: 'vip-order', memberId } : { type: 'vip-order' },
        );
        throw notFound('member', memberId);
      }
      authorize(principal, 'create', { type: 'vip-order', memberId: member.id, branchId: member.branchId });
      await lockMember(db, services.engine, member.id);
      const current = currentVipTerm(await currentVipMembership(db, member.id), today);
      const order = openVipOrder({
        id: newId(IdPrefix.vipOrder, now),
        memberId: member.id,
        branchId: member.branchId,
        now: nowIso,
        today,
        current,
      });
      await insertRecord(db, 'vipOrder', order);
      return { status: 201, body: order };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/vip-orders/:id',
    operationId: 'getVipOrder',
    summary: 'Reads a VIP order as it stands now (a pending order past its payment window reads expired).',
    tag: 'vip',
    credentials: ['session', 'secret', 'staff'],
    access: { action: 'read', type: 'vip-order' },
    params: orderId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The order', schema: VipOrder } },
    async handler({ principal, db, params, nowIso }) {
      const order = await loadAuthorized(db, principal, 'read', 'vipOrder', params.id, orderAccess);
      return { status: 200, body: asNow(order, nowIso) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/vip-orders/:id/confirm',
    operationId: 'confirmVipOrder',
    summary:
      "The partner's back end confirms the payment it took, with its reference: the order is paid and the member VIP for the year (secret key only).",
    tag: 'vip',
    credentials: ['secret'],
    access: { action: 'act', type: 'vip-order' },
    params: orderId,
    body: VipOrderConfirmation,
    errors: ['not-found', 'access/forbidden', 'vip/order-already-paid', 'vip/order-cancelled', 'vip/order-expired'],
    responses: { 200: { description: 'The paid order and the VIP membership it made', schema: VipOrderResult } },
    async handler({ principal, db, params, body, now, nowIso, today, services }) {
      const order = await loadAuthorized(db, principal, 'act', 'vipOrder', params.id, {
        ...orderAccess,
        forUpdate: services.engine,
      });
      await lockMember(db, services.engine, order.memberId);
      const before = await currentVipMembership(db, order.memberId);
      const paid = confirmVipOrder(order, {
        paymentReference: body.paymentReference,
        now: nowIso,
        today,
        current: currentVipTerm(before, today),
      });
      const { membership } = vipMembershipAfterPayment(
        before,
        paid,
        {
          membershipId: newId(IdPrefix.vipMembership, now),
          cardId: newId(IdPrefix.card, now),
          cardNumber: await nextCardNumber(db, services.cardPrefix),
        },
        today,
      );
      await updateRecord(db, 'vipOrder', paid);
      await saveVip(db, before, membership);
      return { status: 200, body: { order: paid, vip: membership } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/vip-orders/:id/cancel',
    operationId: 'cancelVipOrder',
    summary:
      "Cancels a VIP order (secret key only): a pending one simply ends; a paid one ends the member's VIP year today and refunds the unused days by proratedFee.",
    tag: 'vip',
    credentials: ['secret'],
    access: { action: 'act', type: 'vip-order' },
    params: orderId,
    errors: ['not-found', 'access/forbidden', 'vip/order-cancelled', 'vip/order-expired', 'vip/order-superseded'],
    responses: {
      200: {
        description: 'The cancelled order with its refund, and the VIP membership when the order was paid',
        schema: VipOrderCancellation,
      },
    },
    async handler({ principal, db, params, nowIso, today, services }) {
      const order = await loadAuthorized(db, principal, 'act', 'vipOrder', params.id, {
        ...orderAccess,
        forUpdate: services.engine,
      });
      await lockMember(db, services.engine, order.memberId);
      const cancelled = cancelVipOrder(order, { now: nowIso, today });
      if (order.status !== 'paid') {
        await updateRecord(db, 'vipOrder', cancelled);
        return { status: 200, body: { order: cancelled } };
      }
      const row = await db
        .selectFrom('vip_memberships')
        .select('doc')
        .where('member_id', '=', order.memberId)
        .orderBy('valid_until', 'desc')
        .execute();
      const before = row.map((r) => JSON.parse(r.doc) as VipMembership).find((m) => m.orderIds.includes(order.id));
      if (!before) throw notFound('VIP membership');
      const after = vipMembershipAfterCancel(before, order, today);
      await updateRecord(db, 'vipOrder', cancelled);
      await saveVip(db, before, after);
      return { status: 200, body: { order: cancelled, vip: after } };
    },
  }),
];
