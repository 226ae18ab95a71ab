import * as z from 'zod/mini';
import { IdPrefix, entityId } from '../shared/ids.js';

/** Who is calling: the three back-office roles of A2 §3, a signed-in member, or a publishable key. */
export const Role = {
  /** Club system administrator (俱樂部系統管理員): every module. */
  admin: 'admin',
  /** Branch operator (支公司操作員): members insured at their own branch. */
  branch: 'branch',
  /** Merchant operator (商戶操作員): their own merchant's profile and offers. */
  merchant: 'merchant',
  /** A member in a short-lived session minted by a partner's back end. */
  member: 'member',
  /** A partner page holding only a publishable key. */
  public: 'public',
} as const;
/** A role. */
export type Role = (typeof Role)[keyof typeof Role];
/** Schema of {@link Role}. */
export const RoleSchema = z.enum(Object.values(Role));

/**
 * The caller of a rule or route, with the id that scopes what it owns.
 *
 * @example
 * const operator: Principal = { role: 'branch', branchId: 'br_0451' };
 */
export const Principal = z.discriminatedUnion('role', [
  z.object({ role: z.literal(Role.admin) }),
  z.object({ role: z.literal(Role.branch), branchId: entityId(IdPrefix.branch) }),
  z.object({ role: z.literal(Role.merchant), merchantId: entityId(IdPrefix.merchant) }),
  z.object({ role: z.literal(Role.member), memberId: entityId(IdPrefix.member) }),
  z.object({ role: z.literal(Role.public) }),
]);
/** The caller of a rule or route. */
export type Principal = z.infer<typeof Principal>;
