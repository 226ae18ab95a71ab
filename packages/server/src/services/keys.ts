import { ClubError, INVALID_INPUT, parseInput } from '@clubkit/core';
import { Principal } from '@clubkit/core/access';
import type { ClubDb } from '../db/connect.js';
import { hashSecret } from '../http/auth.js';
import { newId, newSecret } from '../http/ids.js';

/** A key to create. */
export interface KeyInput {
  /** `secret` keys are for servers (any staff role); `publishable` keys for browsers. */
  kind: 'secret' | 'publishable';
  /** Who the key acts as; a publishable key is always `{ role: 'public' }`. */
  principal?: Principal;
  /**
   * Browser origins the key may be used from (publishable keys), or where the member sessions it
   * mints may be used (secret keys).
   */
  allowedOrigins?: string[];
  label?: string;
  /** Plaintext to use instead of a generated one (tests only). */
  secret?: string;
  /** Marks keys made by the demo seed so that a new seed run replaces them. */
  demo?: boolean;
  /**
   * New complaints a publishable key may file a club day; over it, filing answers 429.
   * @default DEFAULT_COMPLAINT_QUOTA
   */
  complaintQuota?: number;
}

/** New complaints a publishable key may file a club day unless its `complaintQuota` says otherwise. */
export const DEFAULT_COMPLAINT_QUOTA = 500;

/** A created key with its plaintext, which is never stored. */
export interface CreatedKey {
  id: string;
  kind: 'secret' | 'publishable';
  secret: string;
  principal: Principal;
  allowedOrigins: string[];
  label: string;
}

const ORIGIN = /^https?:\/\/[^/\s]+$/;

/**
 * A key write that is part of a request's transaction: the key is written with `db` only, and
 * this process learns of it when the caller calls {@link KeyStore.applied} after the commit.
 */
export interface KeyWrite {
  db: ClubDb;
  now: Date;
}

/** A committed change of keys, as {@link KeyStore.applied} takes it. */
export interface KeyChange {
  /** The allowed origins of a key created. */
  added?: readonly string[];
  /** The allowed origins of a key revoked. */
  removed?: readonly string[];
}

/**
 * Creates and revokes API keys, and knows every allowed origin for CORS preflights. A key is
 * written either on the store's own handle, and known at once (`server.createKey`, the demo
 * seed), or inside a request's transaction (the key routes): then nothing of it is known in this
 * process until the route's `afterCommit` calls {@link applied}, so a rollback leaves no key and
 * no trace of one, and a replayed request changes nothing.
 */
export class KeyStore {
  readonly #db: ClubDb;
  readonly #clock: () => Date;
  readonly #onChange: () => void;
  /** Each allowed origin with the number of live keys that allow it. */
  #origins = new Map<string, number>();
  #originsAt = 0;
  /** Counts the changes applied, so that a refresh which read the table before one is not applied after it. */
  #generation = 0;

  constructor(db: ClubDb, clock: () => Date, onChange: () => void) {
    this.#db = db;
    this.#clock = clock;
    this.#onChange = onChange;
  }

  /**
   * Creates a key and returns it with its plaintext. Without `write` it is written on the store's
   * own handle and known at once; with `write` it is written in that transaction only.
   */
  async create(input: KeyInput, write?: KeyWrite): Promise<CreatedKey> {
    const principal = parseInput(Principal, input.principal ?? { role: 'public' }, 'key principal');
    if (input.kind === 'publishable' && principal.role !== 'public')
      throw new ClubError(INVALID_INPUT, 'A publishable key always acts as { role: "public" }.');
    if (input.kind === 'secret' && (principal.role === 'public' || principal.role === 'member')) {
      throw new ClubError(
        INVALID_INPUT,
        'A secret key acts as a staff role: an admin, a branch or merchant operator, the service desk or the dealer alliance.',
      );
    }
    const allowedOrigins = input.allowedOrigins ?? [];
    for (const origin of allowedOrigins)
      if (!ORIGIN.test(origin)) throw new ClubError(INVALID_INPUT, `Not an origin (scheme://host[:port]): ${origin}`);
    const quota = input.complaintQuota;
    if (quota !== undefined && (input.kind !== 'publishable' || !Number.isInteger(quota) || quota < 0))
      throw new ClubError(INVALID_INPUT, 'complaintQuota is a whole number ≥ 0, for publishable keys only.');
    const prefix = input.kind === 'secret' ? 'sk' : 'pk';
    const secret = input.secret ?? newSecret(prefix);
    if (!secret.startsWith(`${prefix}_`))
      throw new ClubError(INVALID_INPUT, `A ${input.kind} key starts with ${prefix}_`);
    const now = write?.now ?? this.#clock();
    const key: CreatedKey = {
      id: newId('key', now),
      kind: input.kind,
      secret,
      principal,
      allowedOrigins,
      label: input.label ?? '',
    };
    await (write?.db ?? this.#db)
      .insertInto('api_keys')
      .values({
        id: key.id,
        hash: hashSecret(secret),
        kind: key.kind,
        principal: JSON.stringify(principal),
        allowed_origins: JSON.stringify(allowedOrigins),
        label: key.label,
        demo: input.demo ? 1 : 0,
        created_at: now.toISOString(),
        revoked_at: null,
        complaint_quota: quota ?? null,
      })
      .execute();
    if (!write) await this.#applyNow();
    return key;
  }

  /**
   * Revokes one live key and ends the member and staff sessions it minted; undefined when there
   * is no live key with that id. Without `write` it is revoked on the store's own handle and
   * refused at once; with `write` in that transaction only.
   */
  async revoke(id: string, write?: KeyWrite): Promise<{ allowedOrigins: string[] } | undefined> {
    const db = write?.db ?? this.#db;
    const row = await db
      .updateTable('api_keys')
      .set({ revoked_at: (write?.now ?? this.#clock()).toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning('allowed_origins')
      .executeTakeFirst();
    if (!row) return undefined;
    // The sessions are refused already (every request checks the key that minted them); their rows go too.
    await db.deleteFrom('member_sessions').where('key_id', '=', id).execute();
    await db.deleteFrom('staff_sessions').where('key_id', '=', id).execute();
    const revoked = { allowedOrigins: JSON.parse(row.allowed_origins) as string[] };
    if (!write) await this.#applyNow();
    return revoked;
  }

  /** Revokes the keys the demo seed made before. */
  async revokeDemoKeys(): Promise<void> {
    await this.#db
      .updateTable('api_keys')
      .set({ revoked_at: this.#clock().toISOString() })
      .where('demo', '=', 1)
      .where('revoked_at', 'is', null)
      .execute();
    await this.#applyNow();
  }

  /**
   * Makes this process act on a committed change of keys, at once: cached keys are forgotten (a
   * revoked key is refused from the next request on) and the allowed origins adjusted; the table
   * is then read again in the background, for what other processes changed.
   */
  applied(change: KeyChange): void {
    this.#generation++;
    for (const origin of change.added ?? []) this.#origins.set(origin, (this.#origins.get(origin) ?? 0) + 1);
    for (const origin of change.removed ?? []) {
      const left = (this.#origins.get(origin) ?? 0) - 1;
      if (left > 0) this.#origins.set(origin, left);
      else this.#origins.delete(origin);
    }
    this.#onChange();
    // A failed read changes nothing: the next preflight after 30 s reads again.
    this.refreshOrigins().catch(() => undefined);
  }

  /** Makes this process act on a change written on the store's own handle: origins re-read, cached keys forgotten. */
  async #applyNow(): Promise<void> {
    this.#generation++;
    await this.refreshOrigins();
    this.#onChange();
  }

  async refreshOrigins(): Promise<void> {
    const generation = this.#generation;
    const rows = await this.#db
      .selectFrom('api_keys')
      .select('allowed_origins')
      .where('revoked_at', 'is', null)
      .execute();
    // A change applied since this read began is not in it; the refresh that change started is.
    if (generation !== this.#generation) return;
    const origins = new Map<string, number>();
    for (const origin of rows.flatMap((r) => JSON.parse(r.allowed_origins) as string[]))
      origins.set(origin, (origins.get(origin) ?? 0) + 1);
    this.#origins = origins;
    this.#originsAt = Date.now();
  }

  /** True when some live key allows this origin (answers CORS preflights, which carry no key). */
  isKnownOrigin(origin: string): boolean {
    if (Date.now() - this.#originsAt > 30_000) void this.refreshOrigins();
    return this.#origins.has(origin);
  }
}
