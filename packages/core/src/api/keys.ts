import * as z from 'zod/mini';
import { Principal, StaffPrincipal } from '../access/principal.js';
import { IsoInstant } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';

/** A browser origin a key may be used from: `scheme://host[:port]`, nothing after. */
export const KeyOrigin = z
  .string()
  .check(z.maxLength(200), z.regex(/^https?:\/\/[^/\s]+$/, 'Not an origin (scheme://host[:port])'));

const Label = z.string().check(z.trim(), z.maxLength(80));
const Origins = z.array(KeyOrigin).check(z.maxLength(20));
/** New complaints a publishable key may file a club day. */
const ComplaintQuota = z.int().check(z.minimum(0), z.maximum(1_000_000));

/**
 * An API key as the key list shows it: never its secret nor the secret's digest. A `secret` key
 * (`sk_…`) is a back end acting as a staff principal, a `publishable` key (`pk_…`) a partner page
 * acting as `{ role: 'public' }`.
 */
export const ApiKey = z.object({
  id: entityId(IdPrefix.key),
  kind: z.enum(['secret', 'publishable']),
  /** Who the key acts as. */
  principal: Principal,
  /**
   * Where a publishable key may be used from a browser; for a secret key, where the member and
   * staff sessions it mints may be used.
   */
  allowedOrigins: z.array(z.string()),
  label: z.string(),
  createdAt: IsoInstant,
  /** When the key was revoked; null while it is live. */
  revokedAt: z.nullable(IsoInstant),
  /** New complaints a publishable key may file a club day; null for the server's default (and for secret keys). */
  complaintQuota: z.nullable(z.int()),
});
/** An API key, without its secret. */
export type ApiKey = z.infer<typeof ApiKey>;

/**
 * Body of `POST /v1/keys`. A publishable key names the origins of the partner pages it serves
 * and optionally its daily complaint quota; a secret key names the staff principal it acts as
 * (a partner back end: a branch operator's `{ role: 'branch', branchId }`) and optionally the
 * origins of the sessions it mints. The server generates the secret; nothing else may be sent.
 */
export const NewApiKey = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('publishable'),
    allowedOrigins: Origins.check(z.minLength(1)),
    label: z.optional(Label),
    complaintQuota: z.optional(ComplaintQuota),
  }),
  z.strictObject({
    kind: z.literal('secret'),
    principal: StaffPrincipal,
    allowedOrigins: z.optional(Origins),
    label: z.optional(Label),
  }),
]);
/** Body of `POST /v1/keys`. */
export type NewApiKey = z.infer<typeof NewApiKey>;

/** A key just created: the key and its secret, which is shown in this answer only and never again. */
export const CreatedApiKey = z.object({
  ...ApiKey.shape,
  /** The plaintext (`sk_…` or `pk_…`); the server keeps only its digest. */
  secret: z.string().check(z.regex(/^(sk|pk)_[A-Za-z0-9_-]{20,100}$/)),
});
/** A key just created, with its secret. */
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;
