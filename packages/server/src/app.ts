import { isClubError } from '@clubkit/core';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import {
  DEFAULT_DB_FILE,
  openDatabase,
  type ClubDb,
  type DbEngine,
  type QueryLogger,
  type SqliteOpener,
} from './db/connect.js';
import { Authenticator, identifyCaller, requireCredential } from './http/auth.js';
import { corsMiddleware } from './http/cors.js';
import type { ClubEnv } from './http/env.js';
import { languageMiddleware } from './http/language.js';
import { HttpProblem, problemResponse, statusForCode } from './http/problem.js';
import {
  clientAddress,
  RateLimiter,
  rateLimitedResponse,
  rateLimitId,
  rateLimitMiddleware,
  type RateLimitOptions,
} from './http/rate-limit.js';
import { requestIdMiddleware } from './http/request-id.js';
import { routeHandler, type RouteRuntime } from './http/transaction.js';
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
  /** Per-key rate limit, or false to turn it off; `processes` divides it between API processes. @default { perSecond: 20, burst: 100, processes: 1 } */
  rateLimit?: RateLimitOptions | false;
  /** The issuer prefix of new card numbers (digits). @default '62188' */
  cardPrefix?: string;
  /** Lifetime of member session tokens in seconds. @default 900 */
  sessionTtlSeconds?: number;
  /** Lifetime of staff session tokens in seconds; the console asks the club's sign-in for a new one on 401. @default 3600 */
  staffSessionTtlSeconds?: number;
  /** Receives every database query with its parameters, duration and, for a report's statement, the `set local` settings it ran under (slow-query logs, `EXPLAIN`). */
  logQuery?: QueryLogger;
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
  /**
   * Revokes one key by its id (`key_…`); it is refused from then on, and so are the member and
   * staff sessions it minted. Returns false when no live key has that id.
   */
  revokeKey(id: string): Promise<boolean>;
  /** Listens on 127.0.0.1 (a random port by default). */
  listen(options?: {
    port?: number;
    hostname?: string;
  }): Promise<{ url: string; port: number; close(): Promise<void> }>;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

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
  const opened = await openDatabase(
    options.db ?? process.env['DATABASE_URL'] ?? DEFAULT_DB_FILE,
    options.sqlite,
    options.logQuery ? { logQuery: options.logQuery } : {},
  );
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
    staffSessionTtlSeconds: options.staffSessionTtlSeconds ?? 3600,
    engine: opened.engine,
    migration: opened.migration,
  };
  const created: CreatedKey[] = [];
  for (const input of options.keys ?? []) created.push(await keys.create(input));

  const app = new Hono<ClubEnv>();

  // Every request, in this order: an id to trace it by, CORS (a preflight ends here), the
  // language its problems are written in, and a cap on the body before anything reads it.
  app.use('*', requestIdMiddleware());
  app.use(
    '*',
    corsMiddleware((origin) => keys.isKnownOrigin(origin)),
  );
  app.use('*', languageMiddleware());
  // The database and (until a route identifies one) no caller, for code that mounts this app.
  app.use('*', async (c, next) => {
    c.set('caller', null);
    c.set('db', db);
    await next();
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: 64 * 1024,
      // hono types the context loosely here; it is this app's, with its variables.
      onError: (c: Context<ClubEnv>) =>
        problemResponse(c, 413, 'payload-too-large', 'The request body is larger than 64 KiB.'),
    }),
  );

  // The handbook a member card reads each time it is opened: an ETag over the answer (hono's
  // `etag`), so a browser that holds it asks with If-None-Match and gets 304 without the body.
  // The 304 keeps the request id and the CORS headers, which a partner page's browser checks.
  app.use(
    '/v1/handbook',
    etag({
      retainedHeaders: [
        ...RETAINED_304_HEADERS,
        'x-request-id',
        'access-control-allow-origin',
        'access-control-allow-credentials',
        'access-control-expose-headers',
      ],
    }),
  );

  // Every route: its instant, who calls, their rate limit, whether the route takes their kind of
  // credential, then the handler (in an idempotent transaction when it writes). A refused
  // credential is answered only after the rate limit has counted it against the address.
  const runtime: RouteRuntime = { db, timeZone, services, afterWrite: (now) => housekeeping.tick(now) };
  const stampNow: MiddlewareHandler<ClubEnv> = async (c, next) => {
    c.set('now', clock());
    await next();
  };
  for (const spec of allRoutes) {
    app.on(
      spec.method.toUpperCase(),
      spec.path,
      stampNow,
      identifyCaller(auth, spec.credentials),
      ...(limiter ? [rateLimitMiddleware(limiter)] : []),
      requireCredential(spec.credentials, { anyCaller: spec.anyCaller === true }),
      routeHandler(spec, runtime),
    );
  }
  app.get('/v1/openapi.json', (c) => c.json(openApi));
  const openApi = buildOpenApi(allRoutes);

  // An unknown route spends a token of the connecting address's bucket too, so that probing for
  // routes ends in 429 like any other flood. Its answer does not repeat the path it was sent.
  app.notFound((c) => {
    if (limiter) {
      const wait = limiter.take(rateLimitId(null, clientAddress(c)), clock().getTime());
      if (wait > 0) return rateLimitedResponse(c, limiter, wait);
    }
    return problemResponse(c, 404, 'not-found', 'No route matches this method and path.');
  });
  app.onError((error, c) => {
    if (error instanceof HttpProblem)
      return problemResponse(c, error.status, error.code, error.message, error.extra.issues, error.extra.headers);
    if (isClubError(error))
      return problemResponse(c, statusForCode(error.code), error.code, error.message, error.issues);
    logError(`[${c.get('requestId')}] ${c.req.method} ${c.req.path} failed`, error);
    return problemResponse(
      c,
      500,
      'internal',
      'An unexpected error occurred; the request id identifies it in the server log.',
    );
  });

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
    revokeKey: async (id) => (await keys.revoke(id)) !== undefined,
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
