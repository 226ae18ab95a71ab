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

/** Creates and revokes API keys, and knows every allowed origin for CORS preflights. */
export class KeyStore {
  readonly #db: ClubDb;
  readonly #clock: () => Date;
  readonly #onChange: () => void;
  #origins = new Set<string>();
  #originsAt = 0;

  constructor(db: ClubDb, clock: () => Date, onChange: () => void) {
    this.#db = db;
    this.#clock = clock;
    this.#onChange = onChange;
  }

  async create(input: KeyInput): Promise<CreatedKey> {
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
    const now = this.#clock();
    const key: CreatedKey = {
      id: newId('key', now),
      kind: input.kind,
      secret,
      principal,
      allowedOrigins,
      label: input.label ?? '',
    };
    await this.#db
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
    await this.refreshOrigins();
    this.#onChange();
    return key;
  }

  /** Revokes one key; false when there is no live key with that id. */
  async revoke(id: string): Promise<boolean> {
    const result = await this.#db
      .updateTable('api_keys')
      .set({ revoked_at: this.#clock().toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    await this.refreshOrigins();
    this.#onChange();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Revokes the keys the demo seed made before. */
  async revokeDemoKeys(): Promise<void> {
    await this.#db
      .updateTable('api_keys')
      .set({ revoked_at: this.#clock().toISOString() })
      .where('demo', '=', 1)
      .where('revoked_at', 'is', null)
      .execute();
    await this.refreshOrigins();
    this.#onChange();
  }

  async refreshOrigins(): Promise<void> {
    const rows = await this.#db
      .selectFrom('api_keys')
      .select('allowed_origins')
      .where('revoked_at', 'is', null)
      .execute();
    this.#origins = new Set(rows.flatMap((r) => JSON.parse(r.allowed_origins) as string[]));
    this.#originsAt = Date.now();
  }

  /** True when some live key allows this origin (answers CORS preflights, which carry no key). */
  isKnownOrigin(origin: string): boolean {
    if (Date.now() - this.#originsAt > 30_000) void this.refreshOrigins();
    return this.#origins.has(origin);
  }
}
