import { createHash } from 'node:crypto';
import type { ClubDb } from '../db/connect.js';
import { HttpProblem } from './problem.js';

/** How long a stored response is replayed. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * 16 to 255 URL-safe characters: enough that a key drawn at random (the client and the widgets
 * send UUIDs) cannot be guessed, and nothing a log or a header could misread.
 */
const KEY_SHAPE = /^[A-Za-z0-9_-]{16,255}$/;

/** A stored first response, replayed byte for byte. */
export interface StoredResponse {
  status: number;
  contentType: string;
  body: string;
}

/** Checks the `Idempotency-Key` header: undefined when absent, a 400 when malformed. */
export function readIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!KEY_SHAPE.test(header))
    throw new HttpProblem(
      400,
      'idempotency/invalid-key',
      'The Idempotency-Key header must be 16 to 255 characters of A-Z, a-z, 0-9, "_" and "-" (a UUID fits).',
    );
  return header;
}

/** The fingerprint a key is bound to: method, path and the exact body bytes. */
export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n${body}`).digest('base64url');
}

/**
 * The scope an Idempotency-Key lives in. A secret key and a member session are one caller each.
 * A publishable key is shared by every visitor of a partner site, so its keys (and those sent
 * with no key) live per connecting address, as its rate bucket does: visitor B cannot replay
 * visitor A's request, and cannot even learn that A used a key. Behind one address (a NAT, a
 * proxy) visitors share a scope, and then the key itself does the work: a replay needs the same
 * random key of 16+ characters, the same route and the same body bytes.
 */
export function idempotencyScope(caller: { kind: string; id: string } | null, address: string): string {
  return caller && caller.kind !== 'publishable' ? caller.id : `${caller?.id ?? 'anonymous'}@${address}`;
}

/**
 * Looks up a key inside the request's transaction: the stored response to replay, or undefined
 * when this request is the first. The same key with another fingerprint (method, path, body) is
 * a 409 that says nothing of the first request.
 */
export async function findStored(
  db: ClubDb,
  scope: string,
  key: string,
  fingerprint: string,
  now: Date,
): Promise<StoredResponse | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['body_hash', 'status', 'content_type', 'body', 'expires_at'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.expires_at <= now.toISOString()) {
    await db.deleteFrom('idempotency_keys').where('scope', '=', scope).where('key', '=', key).execute();
    return undefined;
  }
  if (row.body_hash !== fingerprint) {
    throw new HttpProblem(
      409,
      'idempotency/key-reused',
      'This Idempotency-Key was already used for another request; use a new key for a new request.',
    );
  }
  return { status: row.status, contentType: row.content_type, body: row.body };
}

/** Stores the first response of a key, in the same transaction as the write it acknowledges. */
export async function storeResponse(
  db: ClubDb,
  entry: {
    scope: string;
    key: string;
    method: string;
    path: string;
    fingerprint: string;
    response: StoredResponse;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({
      scope: entry.scope,
      key: entry.key,
      method: entry.method,
      path: entry.path,
      body_hash: entry.fingerprint,
      status: entry.response.status,
      content_type: entry.response.contentType,
      body: entry.response.body,
      created_at: entry.now.toISOString(),
      expires_at: new Date(entry.now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
    })
    .execute();
}

/** True for a unique-constraint violation on SQLite or PostgreSQL. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === '23505';
}
