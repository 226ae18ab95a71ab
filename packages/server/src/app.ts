import type { ClubIssue } from '@clubkit/core';
import { isClubError } from '@clubkit/core';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_DB_FILE, openDatabase, type ClubDb, type DbEngine, type SqliteOpener } from './db/connect.js';
import { Authenticator } from './http/auth.js';
import { dateInZone } from './http/clock.js';
import type { Caller, ClubEnv } from './http/env.js';
import { findStored, isUniqueViolation, readIdempotencyKey, requestFingerprint, storeResponse, type StoredResponse } from './http/idempotency.js';
import { negotiateLocale } from './http/locale.js';
import { HttpProblem, problemBody, statusForCode } from './http/problem.js';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import { parseJsonBody, parsePart, queryObject, type RouteResult, type RouteSpec } from './http/route.js';
import { buildOpenApi } from './openapi.js';
import { allRoutes } from './routes/index.js';
import { KeyStore, type CreatedKey, type KeyInput } from './services/keys.js';
import { Housekeeping } from './services/housekeeping.js';
import { MerchantDirectory } from './services/merchant-directory.js';
import type { Services } from './services/services.js';

/** Options of {@link createClubServer}. */
export interface ClubServerOptions {
  /**
   * Where the data lives: `:memory:`, a SQLite file path, or a `postgres://` URL.
   * @default process.env.DATABASE_URL ?? './.clubkit/club.db'
   */
  db?: string;
  /**
   * Opens the SQLite database (ignored on PostgreSQL): any binding Kysely's SQLite dialect can
   * drive, such as an adapter over `node:sqlite`. @default better-sqlite3
   */
  sqlite?: SqliteOpener;
  /** API keys to create at start (plaintext is generated when `secret` is absent). */
  keys?: KeyInput[];
  /** The server's clock; tests pass a fixed or stepping one. @default () => new Date() */
  clock?: () => Date;
  /** The club's time zone, which decides "today" for memberships. @default 'Asia/Shanghai' */
  timeZone?: string;
  /** Per-key rate limit, or false to turn it off. @default { perSecond: 20, burst: 100 } */
  rateLimit?: RateLimitOptions | false;
  /** The issuer prefix of new card numbers (digits). @default '62188' */
  cardPrefix?: string;
  /** Lifetime of member session tokens in seconds. @default 900 */
  sessionTtlSeconds?: number;
  /** Where unexpected errors are reported. @default console.error */
  logError?: (message: string, error: unknown) => void;
}

/** A running Club API. */
export interface ClubServer {
  /** The Hono app (mount it in another server, or call `fetch`). */
  app: Hono<ClubEnv>;
  fetch(request: Request): Promise<Response>;
  db: ClubDb;
  engine: DbEngine;
  /** The newest applied migration. */
  migration: string;
  /** Plaintext of the keys created from `options.keys`; shown once, stored only hashed. */
  keys: CreatedKey[];
  /** Creates another API key and returns its plaintext. */
  createKey(input: KeyInput): Promise<CreatedKey>;
  /** Revokes every key created with `demo: true` (the demo seed mints fresh ones each run). */
  revokeDemoKeys(): Promise<void>;
  /** Revokes one key by its id (`key_…`); it is refused from then on. Returns false when no live key has that id. */
  revokeKey(id: string): Promise<boolean>;
  /** Listens on 127.0.0.1 (a random port by default). */
  listen(options?: { port?: number; hostname?: string }): Promise<{ url: string; port: number; close(): Promise<void> }>;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

const EXPOSED = 'X-Request-Id, Retry-After, Idempotent-Replayed, RateLimit-Limit, RateLimit-Remaining';
const REQUEST_ID = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * Creates the reference Club API over a database (migrated on open).
 *
 * @example
 * const server = await createClubServer({ db: ':memory:', keys: [{ kind: 'secret', principal: { role: 'admin' } }] });
 * const { url } = await server.listen();
 */
export async function createClubServer(options: ClubServerOptions = {}): Promise<ClubServer> {
  const clock = options.clock ?? (() => new Date());
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const opened = await openDatabase(options.db ?? process.env['DATABASE_URL'] ?? DEFAULT_DB_FILE, options.sqlite);
  const { db } = opened;
  const auth = new Authenticator(db);
  const keys = new KeyStore(db, clock, () => auth.invalidate());
  await keys.refreshOrigins();
  const limiter = options.rateLimit === false ? null : new RateLimiter(options.rateLimit);
  const housekeeping = new Housekeeping(db, logError);
  const services: Services = {
    merchants: new MerchantDirectory(db),
    keys,
    timeZone,
    cardPrefix: options.cardPrefix ?? '62188',
    sessionTtlSeconds: options.sessionTtlSeconds ?? 900,
    engine: opened.engine,
    migration: opened.migration,
  };
  const created: CreatedKey[] = [];
  for (const input of options.keys ?? []) created.push(await keys.create(input));

  const app = new Hono<ClubEnv>();
  const problem = (c: Context<ClubEnv>, status: number, code: string, detail: string, issues?: ClubIssue[], headers: Record<string, string> = {}) => {
    const body = problemBody(status, code, detail, c.get('locale') ?? 'en', c.get('requestId') ?? '', new URL(c.req.url).pathname, issues);
    return c.newResponse(JSON.stringify(body), status as 400, { ...headers, 'Content-Type': 'application/problem+json; charset=utf-8' });
  };

  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : `req_${crypto.randomUUID().replaceAll('-', '')}`;
    c.set('requestId', requestId);
    c.set('locale', negotiateLocale(c.req.header('accept-language')));
    c.set('caller', null);
    c.set('db', db);
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = { Vary: 'Origin', 'X-Request-Id': requestId };
      if (origin && keys.isKnownOrigin(origin)) {
        Object.assign(headers, {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Accept-Language, X-Request-Id',
          'Access-Control-Max-Age': '600',
        });
      }
      return c.body(null, 204, headers);
    }
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    if (origin && keys.isKnownOrigin(origin)) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED);
      c.res.headers.append('Vary', 'Origin');
    }
  });
  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => problem(c as Context<ClubEnv>, 413, 'payload-too-large', 'The request body is larger than 64 KiB.') }));

  for (const spec of allRoutes) {
    app.on(spec.method.toUpperCase(), spec.path, (c) => handle(c, spec));
  }
  app.get('/v1/openapi.json', (c) => c.json(openApi));
  const openApi = buildOpenApi(allRoutes);

  app.notFound((c) => problem(c, 404, 'not-found', `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problem(c, error.status, error.code, error.message, error.extra.issues, error.extra.headers);
    if (isClubError(error)) return problem(c, statusForCode(error.code), error.code, error.message, error.issues);
    logError(`[${c.get('requestId')}] ${c.req.method} ${c.req.path} failed`, error);
    return problem(c, 500, 'internal', 'An unexpected error occurred; the request id identifies it in the server log.');
  });

  async function authenticate(c: Context<ClubEnv>, spec: RouteSpec, now: Date): Promise<Caller | null> {
    const caller = await auth.authenticate(c.req.header('authorization'), now);
    if (!caller) {
      if (spec.credentials.length === 0) return null;
      throw new HttpProblem(401, 'auth/missing-key', 'Send "Authorization: Bearer <key>" with an API key or a member session token.');
    }
    const origin = c.req.header('origin');
    if (origin) {
      if (caller.kind === 'secret') throw new HttpProblem(403, 'auth/secret-key-in-browser', 'A secret key was sent from a browser origin; use a publishable key or a member session there, and rotate this key.');
      if (!caller.allowedOrigins.includes(origin)) throw new HttpProblem(403, 'auth/origin-not-allowed', `The origin ${origin} is not allowed for this key.`);
    }
    return caller;
  }

  function checkCredential(spec: RouteSpec, caller: Caller | null): void {
    if (caller && !spec.credentials.includes(caller.kind)) {
      throw new HttpProblem(403, 'access/forbidden', `This operation cannot be called with a ${caller.kind === 'session' ? 'member session' : `${caller.kind} key`}.`);
    }
  }

  async function handle(c: Context<ClubEnv>, spec: RouteSpec): Promise<Response> {
    const now = clock();
    const caller = await authenticate(c, spec, now);
    c.set('caller', caller);
    if (limiter) {
      // Secret keys and member sessions are one caller each; a publishable key (and no key) is
      // shared by every visitor of a partner site, so those count per connecting address.
      const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? 'local';
      const id = caller && caller.kind !== 'publishable' ? caller.id : `${caller?.id ?? 'anonymous'}@${address}`;
      const wait = limiter.take(id, now.getTime());
      if (wait > 0) {
        throw new HttpProblem(429, 'rate-limited', 'Too many requests for this key; retry after the time in Retry-After.', {
          headers: { 'Retry-After': String(Math.ceil(wait)), 'RateLimit-Limit': String(limiter.limit), 'RateLimit-Remaining': '0' },
        });
      }
    }
    checkCredential(spec, caller);
    const url = new URL(c.req.url);
    const params = spec.params ? parsePart(spec.params, c.req.param(), 'path') : undefined;
    const query = spec.query ? parsePart(spec.query, queryObject(url), 'query') : undefined;
    const write = spec.method !== 'get';
    let text = '';
    let body: unknown;
    if (spec.body) {
      text = await c.req.text();
      body = parsePart(spec.body, parseJsonBody(text, c.req.header('content-type')), 'body');
    }
    const committed: (() => void)[] = [];
    let today: string | undefined;
    const ctx = (database: ClubDb) => ({
      body,
      query,
      params,
      caller: caller ?? { kind: 'publishable' as const, principal: { role: 'public' as const }, id: 'anonymous', allowedOrigins: [] },
      principal: caller?.principal ?? { role: 'public' as const },
      db: database,
      now,
      nowIso: now.toISOString(),
      // Computed on first use: most routes never ask for the date.
      get today() {
        return (today ??= dateInZone(now, timeZone));
      },
      locale: c.get('locale'),
      requestId: c.get('requestId'),
      hono: c,
      services,
      afterCommit: (fn: () => void) => void committed.push(fn),
    });
    const runCommitted = () => {
      for (const fn of committed.splice(0)) fn();
    };
    if (!write) {
      const result = await spec.handler(ctx(db));
      runCommitted();
      return respond(c, result);
    }

    const key = readIdempotencyKey(c.req.header('idempotency-key'));
    const scope = caller?.id ?? 'anonymous';
    const fingerprint = requestFingerprint(spec.method, url.pathname, text);
    const execute = () =>
      db.transaction().execute(async (trx): Promise<StoredResponse & { replayed: boolean; headers?: Record<string, string> }> => {
        if (key) {
          const stored = await findStored(trx, scope, key, fingerprint, now);
          if (stored) return { ...stored, replayed: true };
        }
        committed.length = 0;
        const result = await spec.handler(ctx(trx));
        const text = result.json ?? (result.body === undefined ? undefined : JSON.stringify(result.body));
        const response = { status: result.status, contentType: text === undefined ? '' : 'application/json; charset=utf-8', body: text ?? '' };
        if (key && result.status < 300) {
          await storeResponse(trx, { scope, key, method: spec.method, path: url.pathname, fingerprint, response, now });
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
    housekeeping.tick(now);
    const headers = { ...(outcome.headers ?? {}), ...(outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {}) };
    if (outcome.body === '') return new Response(null, { status: outcome.status, headers });
    return c.newResponse(outcome.body, outcome.status as 200, { ...headers, 'Content-Type': outcome.contentType });
  }

  function respond(c: Context<ClubEnv>, result: RouteResult): Response {
    const text = result.json ?? (result.body === undefined ? undefined : JSON.stringify(result.body));
    if (text === undefined) return new Response(null, { status: result.status, headers: result.headers ?? {} });
    return c.newResponse(text, result.status as 200, { ...(result.headers ?? {}), 'Content-Type': 'application/json; charset=utf-8' });
  }

  let listening: { close(): Promise<void> } | undefined;
  const server: ClubServer = {
    app,
    fetch: (request) => Promise.resolve(app.fetch(request)),
    db,
    engine: opened.engine,
    migration: opened.migration,
    keys: created,
    createKey: (input) => keys.create(input),
    revokeDemoKeys: () => keys.revokeDemoKeys(),
    revokeKey: (id) => keys.revoke(id),
    async listen({ port = 0, hostname = '127.0.0.1' } = {}) {
      const { serve } = await import('@hono/node-server');
      return new Promise((resolve, reject) => {
        const http = serve({ fetch: app.fetch, port, hostname }, (info) => {
          const url = `http://${hostname}:${info.port}`;
          const close = () => new Promise<void>((done) => http.close(() => done()));
          listening = { close };
          resolve({ url, port: info.port, close });
        });
        http.once('error', reject);
      });
    },
    async close() {
      await listening?.close();
      await opened.close();
    },
  };
  return server;
}
