import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';

/**
 * `GET /v1/health`: the API is up and its database reachable. Anyone may ask; the database engine
 * and migration are told only to a secret key (they help an operator and an attacker alike).
 */
export const Health = z.object({
  status: z.literal('ok'),
  /** The database engine; only for a secret key. */
  database: z.optional(z.enum(['sqlite', 'postgres'])),
  /** The newest applied schema migration; only for a secret key. */
  migration: z.optional(z.string()),
  time: IsoInstant,
});
/** The API's health. */
export type Health = z.infer<typeof Health>;
