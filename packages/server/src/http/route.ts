import { ClubError, INVALID_INPUT, parseInput, type ClubLocale } from '@clubkit/core';
import type { Action, Principal, ResourceType } from '@clubkit/core/access';
import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { ClubDb } from '../db/connect.js';
import type { Services } from '../services/services.js';
import type { Caller, ClubEnv, CredentialKind } from './env.js';
import { HttpProblem, type ProblemCode } from './problem.js';

/** HTTP methods the API uses. */
export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

type Schema = z.ZodMiniType;
/** What a route schema parses to; `undefined` for a part the route does not read. */
export type Out<S> = S extends Schema ? z.output<S> : undefined;

/** What a handler sees of its request. */
export interface RouteContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  caller: Caller;
  principal: Principal;
  /** The database, inside the request's transaction for writes. */
  db: ClubDb;
  /** The instant the request is handled at (from the server clock). */
  now: Date;
  /** `now` as an ISO instant. */
  nowIso: string;
  /** The club's calendar date at `now`. */
  today: string;
  locale: ClubLocale;
  requestId: string;
  hono: Context<ClubEnv>;
  services: Services;
  /** Runs `fn` once the request's writes are committed (at once for reads); not after a rollback. */
  afterCommit: (fn: () => void) => void;
}

/** A handler's answer: a status and a JSON body (or its text, already serialised), plus headers. */
export type RouteResult = { status: number; headers?: Record<string, string> } & (
  { body: unknown; json?: never } | { json: string; body?: never }
);

/** One operation of the API: its HTTP shape, who may call it, its schemas and its handler. */
export interface RouteSpec<
  BS extends Schema | undefined = Schema | undefined,
  QS extends Schema | undefined = Schema | undefined,
  PS extends Schema | undefined = Schema | undefined,
> {
  method: Method;
  /** Hono path, e.g. `/v1/members/:id`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** Credential kinds allowed to call at all; finer checks use core's `can()` in the handler. */
  credentials: readonly CredentialKind[];
  /**
   * With `credentials: []`: the route also answers a caller who sends a valid credential of any
   * kind (health), instead of refusing it with 403. A bad credential is still a 401.
   */
  anyCaller?: boolean;
  /**
   * What the route does, to what kind of resource: checked with core's `mayEver` before the
   * request is read, so that a role that may never do it hears 403 whatever it sends. The handler
   * still asks core's `can()` about the resource itself (its branch, property, sales centre).
   */
  access?: { action: Action; type: ResourceType };
  body?: BS;
  /** The body as the OpenAPI document describes it, when `body` only checks its shape before core checks the whole. */
  bodyDoc?: Schema;
  query?: QS;
  params?: PS;
  /** Responses for the OpenAPI document: status → description and schema (undefined for no body). */
  responses: Record<number, { description: string; schema?: Schema }>;
  /**
   * The error codes the handler itself can answer with (core's rules it calls, its 404s), for the
   * OpenAPI document; the pipeline's codes (keys, rate limit, input, idempotency) are derived from
   * the rest of the spec.
   */
  errors?: readonly ProblemCode[];
  handler(ctx: RouteContext<Out<BS>, Out<QS>, Out<PS>>): Promise<RouteResult> | RouteResult;
}

/**
 * Declares a route; kept as data so the same list builds the Hono app and the OpenAPI document.
 * The typed spec is a `RouteSpec` as it stands: `handler` is declared as a method, whose
 * parameter TypeScript compares both ways, so narrower schemas need no cast to join the list.
 */
export function defineRoute<
  BS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  PS extends Schema | undefined = undefined,
>(spec: RouteSpec<BS, QS, PS>): RouteSpec {
  return spec;
}

/** Parses a JSON request body text, with a 400 `invalid-json` for anything that is not JSON. */
export function parseJsonBody(text: string, contentType: string | undefined): unknown {
  if (text.length === 0)
    throw new HttpProblem(400, INVALID_INPUT, 'A JSON request body is required.', {
      issues: [{ path: [], code: 'invalid_type', message: 'Required' }],
    });
  // Neither answer repeats what was sent (the Content-Type, the parser's view of the text): an
  // error body is no place to reflect a caller's input.
  if (!contentType || !/^application\/(.+\+)?json\b/i.test(contentType))
    throw new HttpProblem(415, 'unsupported-media-type', 'Send the request body as application/json.');
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'invalid-json', 'The request body is not valid JSON.');
  }
}

/** Turns URL query parameters into an object for a schema: repeated keys become arrays. */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** Parses a part of the request with a schema, naming the part in the error. */
export function parsePart<S extends Schema>(schema: S, value: unknown, part: 'body' | 'query' | 'path'): z.output<S> {
  try {
    return parseInput(schema, value, part === 'body' ? 'request body' : `${part} parameters`);
  } catch (error) {
    if (error instanceof ClubError && part !== 'body') {
      throw new ClubError(error.code, error.message, {
        issues: error.issues.map((i) => ({ ...i, path: [part, ...i.path] })),
      });
    }
    throw error;
  }
}
