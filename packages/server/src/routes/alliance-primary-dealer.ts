import { entityId, IdPrefix, IsoDate } from '@clubkit/core';
import {
  NewPrimaryReplacement,
  PrimaryDealership,
  primaryDealership,
  replacePrimaryDealer,
  type PrimaryDealerTerm,
} from '@clubkit/core/alliance';
import * as z from 'zod/mini';
import type { ClubDb, DbEngine } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { docs, updateRecord, insertRecord } from '../store/records.js';
import { loadCentre, loadDealer } from './alliance-support.js';
import { authorize } from './common.js';

const params = z.object({ id: entityId(IdPrefix.salesCentre) });

/** Every term of a centre's primary dealer; on PostgreSQL the rows stay locked until the transaction ends. */
async function termsOf(db: ClubDb, centreId: string, engine?: DbEngine): Promise<PrimaryDealerTerm[]> {
  const rows = await db
    .selectFrom('primary_dealers')
    .select('doc')
    .where('centre_id', '=', centreId)
    .orderBy('since')
    .$if(engine === 'postgres', (q) => q.forUpdate())
    .execute();
  return docs<PrimaryDealerTerm>(rows);
}

/**
 * The primary dealer of a sales centre's alliance (一級經銷商, A1 聯銷體章程): who it is, who it
 * was on a day, and its replacement when it cannot keep up for lack of funds — by a member dealer
 * developed into it or by another dealer.
 */
export const alliancePrimaryDealerRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/alliance/centres/:id/primary-dealer',
    operationId: 'getPrimaryDealer',
    summary:
      'The sales centre’s primary dealer, every primary dealer it has had oldest first, and the one on a day (today when left out): a replacement day belongs to the successor.',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'read', type: 'primary-dealer' },
    params,
    query: z.object({ on: z.optional(IsoDate) }),
    errors: ['access/forbidden', 'not-found'],
    responses: { 200: { description: 'The primary dealer and its history', schema: PrimaryDealership } },
    async handler({ params, query, principal, db, today }) {
      const centre = await loadCentre(db, principal, params.id);
      authorize(principal, 'read', { type: 'primary-dealer', centreId: centre.id });
      return { status: 200, body: primaryDealership(centre.id, await termsOf(db, centre.id), query.on ?? today) };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/alliance/centres/:id/primary-dealer',
    operationId: 'replacePrimaryDealer',
    summary:
      'Replaces the sales centre’s primary dealer from a day (today when left out), short of funds or for another reason stated in a note: by a member dealer of the alliance on that day, whose secondary membership ends that day, or by another dealer by name (the centre’s staff).',
    tag: 'alliance',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'update', type: 'primary-dealer' },
    params,
    body: NewPrimaryReplacement,
    errors: [
      'access/forbidden',
      'not-found',
      'alliance/successor-not-a-member',
      'alliance/same-primary-dealer',
      'alliance/replacement-out-of-order',
    ],
    responses: {
      200: { description: 'The primary dealer and its history after the replacement', schema: PrimaryDealership },
    },
    async handler({ params, body, principal, db, now, nowIso, today, services }) {
      const centre = await loadCentre(db, principal, params.id);
      authorize(principal, 'update', { type: 'primary-dealer', centreId: centre.id });
      const terms = await termsOf(db, centre.id, services.engine);
      const current = terms.find((t) => t.ended === null);
      if (current === undefined)
        throw new HttpProblem(404, 'not-found', `Sales centre ${centre.id} has no primary dealer on record.`);
      const successorDealer =
        body.successor.kind === 'member'
          ? await loadDealer(db, principal, 'update', body.successor.dealerId, services.engine)
          : undefined;
      const replacement = replacePrimaryDealer(current, body, {
        id: newId(IdPrefix.primaryDealer, now),
        today,
        now: nowIso,
        ...(successorDealer ? { successorDealer } : {}),
      });
      await updateRecord(db, 'primaryDealer', replacement.ended);
      await insertRecord(db, 'primaryDealer', replacement.successor);
      if (replacement.promoted) await updateRecord(db, 'dealer', replacement.promoted);
      const after = terms.map((t) => (t.id === current.id ? replacement.ended : t)).concat(replacement.successor);
      return { status: 200, body: primaryDealership(centre.id, after, body.on ?? today) };
    },
  }),
];
