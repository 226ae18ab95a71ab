import { entityId, IdPrefix } from '@clubkit/core';
import { RenewalRequest, RenewalResult } from '@clubkit/core/api';
import { cancelMembership, Membership, Policy, renewMembership } from '@clubkit/core/membership';
import * as z from 'zod/mini';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { insertRecord, updateRecord } from '../store/records.js';
import { loadAuthorized } from './common.js';
import { assertPlateFree, bodyRecord, membershipAccess, nextCardNumber } from './membership-support.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';

const membershipId = z.object({ id: entityId(IdPrefix.membership) });

/** Memberships: read, renew with the next policy, cancel. */
export const membershipRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/memberships/:id',
    operationId: 'getMembership',
    summary: 'Reads a membership with its current card.',
    tag: 'memberships',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'membership' },
    params: membershipId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 200: { description: 'The membership', schema: Membership } },
    async handler({ principal, db, params }) {
      return {
        status: 200,
        body: await loadAuthorized(db, principal, 'read', 'membership', params.id, membershipAccess),
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/memberships/:id/renew',
    operationId: 'renewMembership',
    summary:
      'Renews a membership with the next policy and re-issues its card: the same membership in the validity period, a new one after.',
    tag: 'memberships',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'membership' },
    params: membershipId,
    body: RenewalRequest,
    errors: [
      'not-found',
      'access/forbidden',
      'membership/cancelled',
      'membership/duplicate-vehicle',
      'membership/policy-mismatch',
      'membership/renewal-not-later',
      'membership/renewal-gap',
      'membership/policy-expired',
    ],
    responses: { 200: { description: 'The renewed membership and the superseded card', schema: RenewalResult } },
    async handler({ principal, db, params, body, now, today, services }) {
      // Locked until the commit: a renewal, a cancellation and a card replacement of one membership
      // apply one after the other (each re-issues or ends its card).
      const current = await loadAuthorized(db, principal, 'update', 'membership', params.id, {
        ...membershipAccess,
        forUpdate: services.engine,
      });
      const policy = bodyRecord(
        Policy,
        {
          id: newId(IdPrefix.policy, now),
          memberId: current.memberId,
          branchId: current.branchId,
          plate: current.plate,
          ...body.policy,
        },
        ['policy'],
        'policy',
      );
      const cardNumber = await nextCardNumber(db, services.cardPrefix);
      const renewal = renewMembership(current, policy, today, {
        cardId: newId(IdPrefix.card, now),
        cardNumber,
        membershipId: newId(IdPrefix.membership, now),
      });
      await assertPlateFree(db, services.engine, current.plate, today, current.id);
      await insertRecord(db, 'policy', policy);
      if (renewal.continuous) {
        await updateRecord(db, 'membership', renewal.membership);
      } else {
        await updateRecord(db, 'membership', { ...current, card: renewal.previousCard });
        await insertRecord(db, 'membership', renewal.membership);
      }
      await updateRecord(db, 'card', renewal.previousCard);
      await insertRecord(db, 'card', renewal.card);
      return {
        status: 200,
        body: { membership: renewal.membership, previousCard: renewal.previousCard, continuous: renewal.continuous },
      };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/memberships/:id/cancel',
    operationId: 'cancelMembership',
    summary: 'Cancels a membership and its card today (admin).',
    tag: 'memberships',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'delete', type: 'membership' },
    params: membershipId,
    errors: ['not-found', 'access/forbidden', 'membership/cancelled'],
    responses: { 200: { description: 'The cancelled membership', schema: Membership } },
    async handler({ principal, db, params, today, services }) {
      const current = await loadAuthorized(db, principal, 'delete', 'membership', params.id, {
        ...membershipAccess,
        forUpdate: services.engine,
      });
      const cancelled = cancelMembership(current, today);
      await updateRecord(db, 'membership', cancelled);
      await updateRecord(db, 'card', cancelled.card);
      return { status: 200, body: cancelled };
    },
  }),
];
