import * as z from 'zod/mini';
import { entityId, IdPrefix } from '../shared/ids.js';

const BranchName = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const BranchRegion = z.string().check(z.trim(), z.minLength(1), z.maxLength(40));

/** A branch of the club. */
export const Branch = z.object({
  id: entityId(IdPrefix.branch),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  region: z.string().check(z.minLength(1), z.maxLength(40)),
});
/** A branch of the club. */
export type Branch = z.infer<typeof Branch>;

/** Body of `POST /v1/branches`: the server mints the id (`br_…`). */
export const NewBranch = z.object({ name: BranchName, region: BranchRegion });
/** Body of `POST /v1/branches`. */
export type NewBranch = z.infer<typeof NewBranch>;

/** Body of `PATCH /v1/branches/{id}`: a new name or region; the id never changes. */
export const BranchPatch = z.object({ name: z.optional(BranchName), region: z.optional(BranchRegion) });
/** Body of `PATCH /v1/branches/{id}`. */
export type BranchPatch = z.infer<typeof BranchPatch>;
