import { entityId, IdPrefix, parseInput } from '@clubkit/core';
import { Principal } from '@clubkit/core/access';
import { ApiKey, CreatedApiKey, NewApiKey, Page } from '@clubkit/core/api';
import type { Selectable } from 'kysely';
import * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import type { Tables } from '../db/schema.js';
import { OPERATOR_CREDENTIALS } from '../http/env.js';
import { defineRoute } from '../http/route.js';
import { getRecord } from '../store/records.js';
import { authorize, cursorAfter, keysetPage, notFound, pageQuery } from './common.js';

const keyId = z.object({ id: entityId(IdPrefix.key) });

/** The columns of a key the list shows: never `hash`, nor whether the demo seed made it. */
const SHOWN = [
  'id',
  'kind',
  'principal',
  'allowed_origins',
  'label',
  'created_at',
  'revoked_at',
  'complaint_quota',
] as const;

/** A key as the API shows it, from its row. */
function apiKeyOf(row: Pick<Selectable<Tables['api_keys']>, (typeof SHOWN)[number]>): ApiKey {
  return {
    id: row.id,
    kind: row.kind,
    principal: parseInput(Principal, JSON.parse(row.principal)),
    allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    label: row.label,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    complaintQuota: row.complaint_quota,
  };
}

/** Reads one key as the API shows it. */
async function readKey(db: ClubDb, id: string): Promise<ApiKey> {
  return apiKeyOf(await db.selectFrom('api_keys').select(SHOWN).where('id', '=', id).executeTakeFirstOrThrow());
}

/**
 * API keys (A2 §3 system management): the admin issues publishable keys to partner pages and
 * secret keys to partner back ends, and revokes them. A key's secret is in its 201 answer only.
 */
export const keyRoutes = [
  defineRoute({
    method: 'get',
    path: '/v1/keys',
    operationId: 'listKeys',
    summary:
      'Lists API keys, oldest first, optionally of one kind or status: who each acts as and where it may be used, never its secret (admin).',
    tag: 'keys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'list', type: 'api-key' },
    query: z.object({
      ...pageQuery,
      kind: z.optional(z.enum(['secret', 'publishable'])),
      status: z.optional(z.enum(['live', 'revoked'])),
    }),
    errors: ['access/forbidden'],
    responses: { 200: { description: 'A page of keys', schema: Page(ApiKey) } },
    async handler({ principal, db, query }) {
      authorize(principal, 'list', { type: 'api-key' });
      const after = cursorAfter(query.cursor);
      let q = db.selectFrom('api_keys').select(SHOWN);
      if (query.kind) q = q.where('kind', '=', query.kind);
      if (query.status) q = q.where('revoked_at', query.status === 'live' ? 'is' : 'is not', null);
      if (after) q = q.where('id', '>', after);
      const rows = await q
        .orderBy('id')
        .limit(query.limit + 1)
        .execute();
      const page = keysetPage(rows, query.limit, (r) => r.id);
      return { status: 200, body: { nextCursor: page.nextCursor, data: page.data.map(apiKeyOf) } };
    },
  }),
  defineRoute({
    method: 'post',
    path: '/v1/keys',
    operationId: 'createKey',
    summary:
      "Issues an API key: a publishable key for a partner page's origins, or a secret key acting as a staff principal (a partner back end: a branch operator of an existing branch). Its secret is in this answer only (admin).",
    tag: 'keys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'create', type: 'api-key' },
    body: NewApiKey,
    errors: ['not-found', 'access/forbidden'],
    responses: {
      201: { description: 'The key with its secret, shown this once', schema: CreatedApiKey },
    },
    async handler({ principal, db, body, now, services, afterCommit }) {
      authorize(principal, 'create', { type: 'api-key' });
      if (body.kind === 'secret' && body.principal.role === 'branch') {
        const { branchId } = body.principal;
        if (!(await getRecord(db, 'branch', branchId))) throw notFound('branch', branchId);
      }
      // Written in the request's transaction: a rollback leaves no key, a replay makes none.
      const created = await services.keys.create(body, { db, now });
      afterCommit(() => services.keys.applied({ added: created.allowedOrigins }));
      return { status: 201, body: { ...(await readKey(db, created.id)), secret: created.secret } };
    },
  }),
  defineRoute({
    method: 'delete',
    path: '/v1/keys/:id',
    operationId: 'revokeKey',
    summary:
      'Revokes an API key: it is refused from the next request on, and so are the member and staff sessions it minted (admin).',
    tag: 'keys',
    credentials: OPERATOR_CREDENTIALS,
    access: { action: 'delete', type: 'api-key' },
    params: keyId,
    errors: ['not-found', 'access/forbidden'],
    responses: { 204: { description: 'The key is revoked' } },
    async handler({ principal, db, params, now, services, afterCommit }) {
      authorize(principal, 'delete', { type: 'api-key' });
      const revoked = await services.keys.revoke(params.id, { db, now });
      if (!revoked) throw notFound('live key', params.id);
      afterCommit(() => services.keys.applied({ removed: revoked.allowedOrigins }));
      return { status: 204, body: undefined };
    },
  }),
];
