import * as z from 'zod/mini';
import { IdPrefix, entityId } from '../shared/ids.js';
import { ResourceTypeSchema } from './module.js';

/** The resource fields that tie a resource to the branch, member or merchant that owns it. */
export const OwnerField = {
  branchId: 'branchId',
  memberId: 'memberId',
  merchantId: 'merchantId',
} as const;
/** A field that ties a resource to its owner. */
export type OwnerField = (typeof OwnerField)[keyof typeof OwnerField];
/** Schema of {@link OwnerField}. */
export const OwnerFieldSchema = z.enum(Object.values(OwnerField));

/**
 * What an access check is about: a resource type and the owners it belongs to. Omit the owner
 * fields to ask about the collection (e.g. before a list query); for a `member` resource,
 * `memberId` is the member's own id, for a `merchant` resource `merchantId` is its own id.
 *
 * @example
 * const resource: Resource = { type: 'member', branchId: 'br_0451', memberId: 'mbr_01HX' };
 */
export const Resource = z.object({
  /** The kind of resource. */
  type: ResourceTypeSchema,
  /** The branch where the customer behind the resource is insured. */
  branchId: z.optional(entityId(IdPrefix.branch)),
  /** The member the resource belongs to. */
  memberId: z.optional(entityId(IdPrefix.member)),
  /** The merchant the resource belongs to. */
  merchantId: z.optional(entityId(IdPrefix.merchant)),
});
/** What an access check is about. */
export type Resource = z.infer<typeof Resource>;
