import { createHash } from 'node:crypto';
import { Principal, StaffPrincipal } from '@clubkit/core/access';
import { parseInput } from '@clubkit/core';
import type { ClubDb } from '../db/connect.js';
import type { MiddlewareHandler } from 'hono';
import type { Caller, ClubEnv, CredentialKind } from './env.js';
import { HttpProblem } from './problem.js';

/** SHA-256 of a key or token: what the database stores instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

const KEY_SHAPE = /^(sk|pk|ms|ss)_[A-Za-z0-9_-]{20,100}$/;

/** The credential of an `Authorization: Bearer …` header, or undefined without one. */
export function bearerToken(header: string | undefined): string | undefined {
  return header ? /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
}
const CACHE_MS = 5_000;

/**
 * Resolves `Authorization: Bearer …` to a caller: a secret key (`sk_…`), a publishable key
 * (`pk_…`), a member session token (`ms_…`) or a staff session token (`ss_…`). Keys are looked
 * up by hash and cached for a few seconds; sessions are checked on every request (expiry, the
 * key that minted them, and for staff the account's status and current role).
 */
export class Authenticator {
  readonly #db: ClubDb;
  readonly #cache = new Map<string, { caller: Caller; until: number }>();

  constructor(db: ClubDb) {
    this.#db = db;
  }

  /** Forgets cached keys (after keys are created or revoked). */
  invalidate(): void {
    this.#cache.clear();
  }

  async authenticate(header: string | undefined, now: Date): Promise<Caller | null> {
    if (!header) return null;
    const token = bearerToken(header);
    if (!token || !KEY_SHAPE.test(token))
      throw new HttpProblem(401, 'auth/invalid-key', 'The Authorization header must be "Bearer <key>".');
    if (token.startsWith('ms_')) return this.#session(hashSecret(token), now);
    if (token.startsWith('ss_')) return this.#staffSession(hashSecret(token), now);
    // Keyed by the key itself, so a cached key costs no hashing; the database holds only hashes.
    const cached = this.#cache.get(token);
    if (cached && cached.until > now.getTime()) return cached.caller;
    const hash = hashSecret(token);
    const row = await this.#db
      .selectFrom('api_keys')
      .selectAll()
      .where('hash', '=', hash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row || row.kind !== (token.startsWith('sk_') ? 'secret' : 'publishable')) {
      throw new HttpProblem(401, 'auth/invalid-key', 'The API key is not valid or was revoked.');
    }
    const caller: Caller = {
      kind: row.kind,
      principal: parseInput(Principal, JSON.parse(row.principal)),
      id: row.id,
      allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    };
    if (this.#cache.size > 10_000) this.#cache.clear();
    this.#cache.set(token, { caller, until: now.getTime() + CACHE_MS });
    return caller;
  }

  async #session(hash: string, now: Date): Promise<Caller> {
    // A session ends when it expires, when it is revoked (its row is deleted) or when the key
    // that minted it is revoked: checked here on every request, so an ended session is a 401 at once.
    const row = await this.#db
      .selectFrom('member_sessions as s')
      .leftJoin('api_keys as k', 'k.id', 's.key_id')
      .select(['s.member_id', 's.allowed_origins', 's.expires_at', 'k.revoked_at as key_revoked_at'])
      .where('s.hash', '=', hash)
      .executeTakeFirst();
    if (!row || row.expires_at <= now.toISOString() || row.key_revoked_at !== null) {
      throw new HttpProblem(
        401,
        'auth/session-expired',
        'The member session has expired, was ended or is not valid; ask the partner back end for a new one.',
      );
    }
    return {
      kind: 'session',
      principal: { role: 'member', memberId: row.member_id },
      id: `session:${row.member_id}`,
      allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    };
  }

  async #staffSession(hash: string, now: Date): Promise<Caller> {
    // Read with the account on every request: disabling it, or changing its role, takes effect at once.
    const row = await this.#db
      .selectFrom('staff_sessions as s')
      .innerJoin('staff as f', 'f.id', 's.staff_id')
      .leftJoin('api_keys as k', 'k.id', 's.key_id')
      .select([
        's.staff_id',
        's.allowed_origins',
        's.expires_at',
        'f.status',
        'f.doc',
        'k.revoked_at as key_revoked_at',
      ])
      .where('s.hash', '=', hash)
      .executeTakeFirst();
    if (!row || row.expires_at <= now.toISOString() || row.key_revoked_at !== null || row.status !== 'active') {
      throw new HttpProblem(
        401,
        'auth/session-expired',
        'The staff session has expired, was ended or is not valid; sign in again.',
      );
    }
    const staff = JSON.parse(row.doc) as { principal: unknown };
    return {
      kind: 'staff',
      principal: parseInput(StaffPrincipal, staff.principal),
      id: `staff:${row.staff_id}`,
      staffId: row.staff_id,
      allowedOrigins: JSON.parse(row.allowed_origins) as string[],
    };
  }
}

/**
 * Identifies the caller (`c.var.caller`, null without credentials) at `c.var.now`. A route that
 * takes no credentials still reads a key when one is sent, so that a bad key is a 401 anywhere.
 * From a browser origin, secret keys are refused outright and other keys only where allowed.
 *
 * A refusal is not thrown here but kept in `c.var.refused`, with no caller, for
 * {@link requireCredential} to answer: the rate limit runs in between, so that a bad key, a missing
 * one or a refused origin spends a token of the connecting address's bucket like any other request
 * (hundreds of guessed keys end in 429, not in hundreds of 401s).
 */
export function identifyCaller(
  auth: Pick<Authenticator, 'authenticate'>,
  credentials: readonly CredentialKind[],
): MiddlewareHandler<ClubEnv> {
  return async (c, next) => {
    let caller: Caller | null = null;
    try {
      caller = await auth.authenticate(c.req.header('authorization'), c.var.now);
      checkCaller(caller, credentials, c.req.header('origin'));
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      caller = null;
      c.set('refused', error);
    }
    c.set('caller', caller);
    await next();
  };
}

/** Throws the refusal of an identified caller: none where a route needs one, or a key from an origin it may not be used from. */
function checkCaller(caller: Caller | null, credentials: readonly CredentialKind[], origin: string | undefined): void {
  if (!caller && credentials.length > 0) {
    throw new HttpProblem(
      401,
      'auth/missing-key',
      'Send "Authorization: Bearer <key>" with an API key, or a member or staff session token.',
    );
  }
  if (caller && origin) {
    if (caller.kind === 'secret')
      throw new HttpProblem(
        403,
        'auth/secret-key-in-browser',
        'A secret key was sent from a browser origin; use a publishable key or a member session there, and rotate this key.',
      );
    if (!caller.allowedOrigins.includes(origin))
      throw new HttpProblem(
        403,
        'auth/origin-not-allowed',
        'This key may not be used from the origin of this request.',
      );
  }
}

const CREDENTIAL_NAMES: Record<CredentialKind, string> = {
  secret: 'a secret key',
  publishable: 'a publishable key',
  session: 'a member session',
  staff: 'a staff session',
};

/**
 * Answers the refusal {@link identifyCaller} kept (401, or 403 for an origin), and refuses with
 * 403 a caller whose kind of credential the route does not take at all.
 */
export function requireCredential(
  credentials: readonly CredentialKind[],
  { anyCaller = false }: { anyCaller?: boolean } = {},
): MiddlewareHandler<ClubEnv> {
  return async (c, next) => {
    const refused = c.get('refused');
    if (refused) throw refused;
    const caller = c.var.caller;
    if (caller && !anyCaller && !credentials.includes(caller.kind)) {
      throw new HttpProblem(
        403,
        'access/forbidden',
        `This operation cannot be called with ${CREDENTIAL_NAMES[caller.kind]}.`,
      );
    }
    await next();
  };
}
