import { ClubError, entityId, IdPrefix, INVALID_INPUT } from '@clubkit/core';
import type { Principal } from '@clubkit/core/access';
import { Page } from '@clubkit/core/api';
import {
  assertServiceUsable,
  maskCardNumber,
  MembershipErrorCode,
  NewServiceUse,
  ServiceUse,
  type MemberCard,
} from '@clubkit/core/membership';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { getRecord, insertRecord } from '../store/records.js';
import { authorize, emptyPage, keysetList, listFilter, notFound, pageQuery } from './common.js';

/** The merchant a use is recorded at: a merchant operator's own unless named; a club key must name it. */
function useMerchant(principal: Principal, named: string | undefined): string {
  const merchantId = named ?? (principal.role === 'merchant' ? principal.merchantId : undefined);
  if (merchantId === undefined)
    throw new ClubError(INVALID_INPUT, 'Name the merchant that gave the service.', {
      issues: [{ path: ['merchantId'], code: 'invalid_type', message: 'Required unless a merchant operator calls' }],
    });
  authorize(principal, 'create', { type: 'service-use', merchantId });
  return merchantId;
}

/** The card shown at the counter, by its number: it must be the card in use of its membership. */
async function cardShown(db: ClubDb, cardNumber: string): Promise<MemberCard> {
  const row = await db.selectFrom('cards').select('doc').where('number', '=', cardNumber).executeTakeFirst();
  if (!row) throw notFound('card with this number');
  const card = JSON.parse(row.doc) as MemberCard;
  if (card.status !== 'active')
    throw new ClubError(MembershipErrorCode.cardNotInUse, `This card is ${card.status}; the member has another.`, {
      details: { cardId: card.id, status: card.status },
    });
  return card;
}

const listQuery = {
  serviceId: z.optional(entityId(IdPrefix.clubService)),
  memberId: z.optional(entityId(IdPrefix.member)),
  merchantId: z.optional(entityId(IdPrefix.merchant)),
  ...pageQuery,
};

/** Uses of the catalogue's services: recorded at the merchant's counter, read by the club, the merchant and the member. */
export const serviceUseRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/service-uses',
    operationId: 'createServiceUse',
    summary:
      "Records a member's use of a catalogue service at a merchant's counter, by the member card shown, an insurance card or a VIP card: only a service the merchant gives, still offered, for the card's membership valid that day (merchant staff of this merchant, or admin naming the merchant).",
    tag: 'services',
    credentials: ['secret', 'staff'],
    access: { action: 'create', type: 'service-use' },
    body: NewServiceUse,
    errors: [
      'not-found',
      'access/forbidden',
      'membership/card-not-in-use',
      'catalogue/service-retired',
      'catalogue/not-offered-here',
      'catalogue/member-not-valid',
    ],
    responses: { 201: { description: 'The use recorded', schema: ServiceUse } },
    async handler({ principal, db, body, now, nowIso, today }) {
      const merchantId = useMerchant(principal, body.merchantId);
      const service = await getRecord(db, 'clubService', body.serviceId);
      if (!service) throw notFound('service', body.serviceId);
      const card = await cardShown(db, body.cardNumber);
      // An insurance card or a VIP card: both entitle the holder to the catalogue (core's
      // CardMembership). The membership's id says which (an insurance membership may be VIP tier).
      const membership = card.membershipId.startsWith(`${IdPrefix.vipMembership}_`)
        ? await getRecord(db, 'vipMembership', card.membershipId)
        : await getRecord(db, 'membership', card.membershipId);
      if (!membership) throw notFound('membership of this card');
      assertServiceUsable({ service, merchantId, membership, today });
      const use: ServiceUse = {
        id: newId(IdPrefix.serviceUse, now),
        serviceId: service.id,
        serviceName: service.name,
        category: service.category,
        merchantId,
        memberId: membership.memberId,
        membershipId: membership.id,
        branchId: membership.branchId,
        maskedCardNumber: maskCardNumber(card.number),
        usedOn: today,
        recordedAt: nowIso,
        ...(body.note ? { note: body.note } : {}),
      };
      await insertRecord(db, 'serviceUse', use);
      return { status: 201, body: use };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/service-uses',
    operationId: 'listServiceUses',
    summary:
      'Recorded uses, oldest first, by service, member or merchant (admin: every use; merchant staff: their own merchant’s).',
    tag: 'services',
    credentials: ['secret', 'staff'],
    access: { action: 'list', type: 'service-use' },
    query: z.object(listQuery),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of uses', schema: Page(ServiceUse) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'service-use' });
      const own = listFilter(principal, 'service-use', 'merchantId');
      if (own === null || (own !== undefined && query.merchantId !== undefined && query.merchantId !== own))
        return { status: 200, body: emptyPage };
      const merchantId = own ?? query.merchantId;
      let q = db.selectFrom('service_uses').select(['id', 'doc']);
      if (merchantId !== undefined) q = q.where('merchant_id', '=', merchantId);
      if (query.serviceId !== undefined) q = q.where('service_id', '=', query.serviceId);
      if (query.memberId !== undefined) q = q.where('member_id', '=', query.memberId);
      return { status: 200, body: await keysetList<ServiceUse>(q, query) };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/me/service-uses',
    operationId: 'listMyServiceUses',
    summary: 'The services the signed-in member has used, oldest first (member session).',
    tag: 'me',
    credentials: ['session'],
    access: { action: 'list', type: 'service-use' },
    query: z.object(pageQuery),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of uses', schema: Page(ServiceUse) } },
    async handler({ principal, db, query }) {
      if (principal.role !== 'member') throw notFound('member');
      authorize(principal, 'list', { type: 'service-use', memberId: principal.memberId });
      const q = db.selectFrom('service_uses').select(['id', 'doc']).where('member_id', '=', principal.memberId);
      return { status: 200, body: await keysetList<ServiceUse>(q, query) };
    },
  }),
];
