import { entityId, IdPrefix } from '@clubkit/core';
import { CardReplacementResult } from '@clubkit/core/api';
import { MembershipErrorCode, replaceCard, type MemberCard } from '@clubkit/core/membership';
import * as z from 'zod/mini';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { defineRoute } from '../http/route.js';
import { insertRecord, updateRecord } from '../store/records.js';
import { authorize, loadAuthorized, notFound } from './common.js';
import { membershipAccess, nextCardNumber } from './membership-support.js';

const cardId = z.object({ id: entityId(IdPrefix.card) });

/** Member-card management (A2 §3): a lost or damaged card is replaced by core's card rules. */
export const cardRoutes = [
  defineRoute({
    method: 'post',
    path: '/v1/cards/:id/replace',
    operationId: 'replaceCard',
    summary:
      'Replaces a lost or damaged card: its number stops standing for the membership at once (superseded) and a new card with a new number is issued (admin: card management).',
    tag: 'cards',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'card' },
    params: cardId,
    errors: ['not-found', 'access/forbidden', MembershipErrorCode.cardNotInUse],
    responses: { 200: { description: 'The new card and the card it replaced', schema: CardReplacementResult } },
    async handler({ principal, db, params, now, today, services }) {
      const row = await db.selectFrom('cards').select('doc').where('id', '=', params.id).executeTakeFirst();
      if (!row) {
        authorize(principal, 'update', { type: 'card' });
        throw notFound('card', params.id);
      }
      const card = JSON.parse(row.doc) as MemberCard;
      // The membership row is the lock every change of its card takes (renewal, cancellation, this):
      // its embedded card, read under the lock, says which card is in use.
      const membership = await loadAuthorized(db, principal, 'update', 'membership', card.membershipId, {
        ...membershipAccess,
        type: 'card',
        what: 'card',
        forUpdate: services.engine,
      });
      const replacement = replaceCard(membership, card.id, today, {
        cardId: newId(IdPrefix.card, now),
        cardNumber: await nextCardNumber(db, services.cardPrefix),
      });
      await updateRecord(db, 'membership', replacement.membership);
      await updateRecord(db, 'card', replacement.previousCard);
      await insertRecord(db, 'card', replacement.card);
      return { status: 200, body: { card: replacement.card, previousCard: replacement.previousCard } };
    },
  }),
];
