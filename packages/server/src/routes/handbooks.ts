import { IdPrefix } from '@clubkit/core';
import { Page } from '@clubkit/core/api';
import { Handbook, NewHandbook, publishHandbook } from '@clubkit/core/membership';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { isUniqueViolation } from '../http/idempotency.js';
import { newId } from '../http/ids.js';
import { HttpProblem } from '../http/problem.js';
import { defineRoute } from '../http/route.js';
import { docs, insertRecord } from '../store/records.js';
import { authorize, keysetList, pageQuery } from './common.js';

/** The club's newest handbook version, or undefined before the first. */
async function latestHandbook(db: ClubDb): Promise<Handbook | undefined> {
  const row = await db.selectFrom('handbooks').select('doc').orderBy('version', 'desc').executeTakeFirst();
  return row ? docs<Handbook>([row])[0] : undefined;
}

/**
 * The member handbook with the member's rights and duties (A3 art.4, 7, 8): the club's
 * administrator publishes versions, each from a day on; every caller, a partner page's
 * publishable key included, reads the one in force.
 */
export const handbookRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/handbook',
    operationId: 'getHandbook',
    summary:
      'The member handbook in force today: its sections and the member’s rights and duties (A3 art.7, 8). Versions take effect on their day, so a newer one replaces this from its date. The answer carries an `ETag` and `Cache-Control: no-cache`; a read whose `If-None-Match` names the ETag of the handbook in force is answered 304 without a body.',
    tag: 'handbook',
    credentials: ['publishable', 'session', 'secret', 'staff'],
    access: { action: 'read', type: 'handbook' },
    errors: ['access/forbidden', 'handbook/none-in-force'],
    responses: {
      200: { description: 'The handbook in force', schema: Handbook },
      304: { description: 'Not Modified: `If-None-Match` names the handbook in force, which the caller holds' },
    },
    async handler({ principal, db, today }) {
      authorize(principal, 'read', { type: 'handbook' });
      // Versions never take effect before an earlier one (core's publishHandbook), so the newest
      // version that has taken effect is the one in force (core's handbookInForce).
      const row = await db
        .selectFrom('handbooks')
        .select('doc')
        .where('effective_from', '<=', today)
        .orderBy('version', 'desc')
        .executeTakeFirst();
      const handbook = row ? docs<Handbook>([row])[0] : undefined;
      if (!handbook)
        throw new HttpProblem(404, 'handbook/none-in-force', 'The club has no member handbook in force yet.');
      // Asked again on every read (the app's ETag answers 304 while it is unchanged): a newer
      // version replaces this one on its day without any change a cache would notice.
      return { status: 200, body: handbook, headers: { 'Cache-Control': 'no-cache' } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/handbook/versions',
    operationId: 'publishHandbook',
    summary:
      'Publishes the next version of the member handbook, in force from its `effectiveFrom` (today or later, and not before the latest version’s day) (admin).',
    tag: 'handbook',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'handbook' },
    body: NewHandbook,
    errors: ['access/forbidden', 'membership/handbook-backdated', 'handbook/version-taken'],
    responses: { 201: { description: 'The handbook version', schema: Handbook } },
    async handler({ body, principal, db, now, nowIso, today }) {
      authorize(principal, 'create', { type: 'handbook' });
      const latest = await latestHandbook(db);
      const handbook = publishHandbook(body, {
        id: newId(IdPrefix.handbook, now),
        now: nowIso,
        today,
        ...(latest ? { latest } : {}),
      });
      try {
        await insertRecord(db, 'handbook', handbook);
      } catch (error) {
        if (isUniqueViolation(error))
          throw new HttpProblem(409, 'handbook/version-taken', `Version ${handbook.version} was published just now.`);
        throw error;
      }
      return { status: 201, body: handbook };
    },
  }),
  defineRoute({
    method: 'get',
    path: '/v1/handbook/versions',
    operationId: 'listHandbookVersions',
    summary: 'Every published handbook version, oldest first, those still to take effect included (admin).',
    tag: 'handbook',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'handbook' },
    query: z.object({ ...pageQuery }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of handbook versions', schema: Page(Handbook) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'handbook' });
      return { status: 200, body: await keysetList<Handbook>(db.selectFrom('handbooks').select(['id', 'doc']), query) };
    },
  }),
];
