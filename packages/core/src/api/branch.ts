import * as z from 'zod/mini';
import { entityId, IdPrefix } from '../shared/ids.js';

/** A branch of the club. */
export const Branch = z.object({
  id: entityId(IdPrefix.branch),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  region: z.string().check(z.minLength(1), z.maxLength(40)),
});
/** A branch of the club. */
export type Branch = z.infer<typeof Branch>;
