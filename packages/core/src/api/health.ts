import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';

/** `GET /v1/health`: the API is up and its database reachable. */
export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['sqlite', 'postgres']),
  /** The newest applied schema migration. */
  migration: z.string(),
  time: IsoInstant,
});
/** The API's health. */
export type Health = z.infer<typeof Health>;
