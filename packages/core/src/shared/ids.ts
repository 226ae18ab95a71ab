import * as z from 'zod/mini';

/** The type prefix of every entity id (`mem_…`, `card_…`). */
export const IdPrefix = {
  member: 'mbr',
  vehicle: 'veh',
  policy: 'pol',
  membership: 'mem',
  card: 'card',
  application: 'app',
  branch: 'br',
  merchant: 'mch',
  offer: 'off',
  complaint: 'cmp',
  repair: 'rep',
  paidService: 'psv',
  procedure: 'prc',
  dealer: 'dlr',
  visit: 'vst',
} as const;
/** A known id prefix. */
export type IdPrefix = (typeof IdPrefix)[keyof typeof IdPrefix];

const ID_BODY = /^[A-Za-z0-9]+_[A-Za-z0-9_-]{1,60}$/;

/** A schema for ids with the given prefix, e.g. `entityId('mem')` accepts `mem_01HX…`. */
export function entityId(prefix: IdPrefix) {
  return z.string().check(z.startsWith(`${prefix}_`), z.regex(ID_BODY), z.maxLength(64));
}

/** The part of the Web Crypto API that browsers and Node put on `globalThis` (core is typed without DOM or Node). */
interface WebCrypto {
  randomUUID?: () => string;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

/**
 * A random UUID (v4) from the platform's CSPRNG: `crypto.randomUUID` where it exists, built from
 * `crypto.getRandomValues` where it does not (pages served over plain http, older WebViews).
 *
 * @example
 * randomUuid() // '3b241101-e2bb-4255-8caf-4136c566a962'
 */
export function randomUuid(): string {
  const { crypto } = globalThis as unknown as { crypto: WebCrypto };
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  // Byte 6 carries the version (4), byte 8 the variant (10xx).
  const h = Array.from(b, (x, i) =>
    (i === 6 ? (x & 0x0f) | 0x40 : i === 8 ? (x & 0x3f) | 0x80 : x).toString(16).padStart(2, '0'),
  ).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * An id in data a caller brings to a computation: any text up to 64 characters with something
 * other than spaces in it. The Club API mints prefixed ids ({@link entityId}), but pricing an
 * offer, ranking merchants or counting memberships does not depend on who made the id, so the
 * record schemas these computations read accept the caller's own (`A-17`, `shop 3`).
 */
export const RecordId = z.string().check(z.maxLength(64), z.regex(/\S/, { error: 'Must not be blank' }));
