import { dateInZone } from '@clubkit/core';
import { mayEver } from '@clubkit/core/access';
import type { Context, Handler } from 'hono';
import type { ClubDb } from '../db/connect.js';
import type { Services } from '../services/services.js';
import { actorOf, type ClubEnv } from './env.js';
import {
  findStored,
  idempotencyScope,
  isUniqueViolation,
  readIdempotencyKey,
  requestFingerprint,
  storeResponse,
  type StoredResponse,
} from './idempotency.js';
import { newId } from './ids.js';
import { HttpProblem } from './problem.js';
import { clientAddress } from './rate-limit.js';
import { parseJsonBody, parsePart, queryObject, type RouteContext, type RouteResult, type RouteSpec } from './route.js';

/** What every route runs with besides its request. */
export interface RouteRuntime {
  db: ClubDb;
  timeZone: string;
  services: Services;
  /** Called after every write request with its instant (the server's periodic clean-up). */
  afterWrite(now: Date): void;
  /**
   * The connecting address of a request, which scopes a publishable key's Idempotency-Keys per
   * visitor. @default the socket's address ({@link clientAddress})
   */
  address?: (c: Context<ClubEnv>) => string;
}

/** The anonymous caller a route sees when no credentials were sent (routes that take none). */
const ANONYMOUS = {
  kind: 'publishable' as const,
  principal: { role: 'public' as const },
  id: 'anonymous',
  allowedOrigins: [],
};

/** A handler's answer as response parts: a JSON text or no body. */
function serialise(result: RouteResult): string | undefined {
  return result.json ?? (result.body === undefined ? undefined : JSON.stringify(result.body));
}

/**
 * Answers through `c.newResponse`, never `new Response`, so that headers earlier middleware set
 * on the context (X-Request-Id, CORS) are kept.
 */
function reply(
  c: Context<ClubEnv>,
  status: number,
  text: string | undefined,
  headers: Record<string, string>,
  contentType = 'application/json; charset=utf-8',
): Response {
  if (text === undefined) return c.newResponse(null, status as 200, headers);
  return c.newResponse(text, status as 200, { ...headers, 'Content-Type': contentType });
}

/**
 * The last step of every route: parses path, query and body with the route's schemas, then runs
 * the handler. A read runs on the database directly. A write runs in one transaction together
 * with its Idempotency-Key record: the key is looked up, the handler runs, and its response is
 * stored before the commit, so a retry replays the first answer byte for byte and the write
 * happens once. Two concurrent requests with one key collide on the key's unique row; the loser
 * runs again and replays what the winner stored. `afterCommit` callbacks run only once committed.
 */
export function routeHandler(spec: RouteSpec, runtime: RouteRuntime): Handler<ClubEnv> {
  return async (c) => {
    const now = c.var.now;
    const caller = c.var.caller;
    const principal = caller?.principal ?? ANONYMOUS.principal;
    if (spec.access && !mayEver(principal, spec.access.action, spec.access.type)) {
      throw new HttpProblem(
        403,
        'access/forbidden',
        `Role "${principal.role}" may not ${spec.access.action} ${spec.access.type} resources.`,
      );
    }
    const url = new URL(c.req.url);
    const params = spec.params ? parsePart(spec.params, c.req.param(), 'path') : undefined;
    const query = spec.query ? parsePart(spec.query, queryObject(url), 'query') : undefined;
    let text = '';
    let body: unknown;
    if (spec.body) {
      text = await c.req.text();
      body = parsePart(spec.body, parseJsonBody(text, c.req.header('content-type')), 'body');
    }
    const committed: (() => void)[] = [];
    let today: string | undefined;
    const context = (db: ClubDb): RouteContext<unknown, unknown, unknown> => ({
      body,
      query,
      params,
      caller: caller ?? ANONYMOUS,
      principal,
      db,
      now,
      nowIso: now.toISOString(),
      // Computed on first use: most routes never ask for the date.
      get today() {
        return (today ??= dateInZone(now, runtime.timeZone));
      },
      locale: c.var.locale,
      requestId: c.var.requestId,
      hono: c,
      services: runtime.services,
      afterCommit: (fn) => void committed.push(fn),
    });
    const runCommitted = () => {
      for (const fn of committed.splice(0)) fn();
    };

    if (spec.method === 'get') {
      const result = await spec.handler(context(runtime.db));
      runCommitted();
      return reply(c, result.status, serialise(result), result.headers ?? {});
    }

    const key = readIdempotencyKey(c.req.header('idempotency-key'));
    const scope = idempotencyScope(caller, runtime.address ? runtime.address(c) : clientAddress(c));
    const fingerprint = requestFingerprint(spec.method, url.pathname, text);
    const execute = () =>
      runtime.db
        .transaction()
        .execute(async (trx): Promise<StoredResponse & { replayed: boolean; headers?: Record<string, string> }> => {
          if (key) {
            const stored = await findStored(trx, scope, key, fingerprint, now);
            if (stored) return { ...stored, replayed: true };
          }
          committed.length = 0;
          const result = await spec.handler(context(trx));
          const json = serialise(result);
          const response = {
            status: result.status,
            contentType: json === undefined ? '' : 'application/json; charset=utf-8',
            body: json ?? '',
          };
          if (result.status < 300 && caller) {
            // Every write is recorded with who made it: the staff member of a staff session, else the key or member.
            await trx
              .insertInto('audit_log')
              .values({
                id: newId('aud', now),
                at: now.toISOString(),
                actor: actorOf(caller),
                staff_id: caller.staffId ?? null,
                method: spec.method.toUpperCase(),
                path: url.pathname,
                operation_id: spec.operationId,
                status: result.status,
                request_id: c.var.requestId,
              })
              .execute();
          }
          if (key && result.status < 300) {
            await storeResponse(trx, {
              scope,
              key,
              method: spec.method,
              path: url.pathname,
              fingerprint,
              response,
              now,
            });
          }
          return { ...response, replayed: false, ...(result.headers ? { headers: result.headers } : {}) };
        });
    let outcome;
    try {
      outcome = await execute();
    } catch (error) {
      // A concurrent request with the same key committed first: replay what it stored.
      if (!key || !isUniqueViolation(error)) throw error;
      outcome = await execute();
    }
    if (!outcome.replayed) runCommitted();
    runtime.afterWrite(now);
    const headers = { ...(outcome.headers ?? {}), ...(outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {}) };
    return reply(c, outcome.status, outcome.body === '' ? undefined : outcome.body, headers, outcome.contentType);
  };
}
