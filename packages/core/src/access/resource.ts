import * as z from 'zod/mini';
import { IdPrefix, entityId } from '../shared/ids.js';
import { ResourceTypeSchema } from './schemas.js';

/**
 * The resource fields that tie a resource to what owns it: a branch, member or merchant, a
 * property of the service desk, a sales centre or salesperson of the dealer alliance.
 */
export const OwnerField = {
  branchId: 'branchId',
  memberId: 'memberId',
  merchantId: 'merchantId',
  propertyId: 'propertyId',
  centreId: 'centreId',
  salespersonId: 'salespersonId',
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
  /** The property (estate) the resource is about, for the service desk. */
  propertyId: z.optional(entityId(IdPrefix.property)),
  /** The dealer alliance's sales centre the resource belongs to. */
  centreId: z.optional(entityId(IdPrefix.salesCentre)),
  /** The alliance salesperson whose counties the resource is in. */
  salespersonId: z.optional(entityId(IdPrefix.salesperson)),
});
/** What an access check is about. */
export type Resource = z.infer<typeof Resource>;
