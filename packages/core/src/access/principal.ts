import * as z from 'zod/mini';
import { IdPrefix, entityId } from '../shared/ids.js';

/**
 * Who is calling: the three back-office roles of A2 §3, the property service desk (A4) and the
 * dealer alliance's sales centre (A1), a signed-in member, or a publishable key.
 */
export const Role = {
  /** Club system administrator (俱樂部系統管理員): every module. */
  admin: 'admin',
  /** Branch operator (支公司操作員): members insured at their own branch. */
  branch: 'branch',
  /** Merchant operator (商戶操作員): their own merchant's profile and offers. */
  merchant: 'merchant',
  /** Property service desk (物業客戶服務中心, A4): one property's desk, or every property's. */
  desk: 'desk',
  /** Dealer alliance (聯銷體, A1): a sales centre, or one salesperson of it (their own counties). */
  alliance: 'alliance',
  /** A member in a short-lived session minted by a partner's back end. */
  member: 'member',
  /** A partner page holding only a publishable key. */
  public: 'public',
} as const;
/** A role. */
export type Role = (typeof Role)[keyof typeof Role];
/** Schema of {@link Role}. */
export const RoleSchema = z.enum(Object.values(Role));

const staffPrincipals = [
  z.object({ role: z.literal(Role.admin) }),
  z.object({ role: z.literal(Role.branch), branchId: entityId(IdPrefix.branch) }),
  z.object({ role: z.literal(Role.merchant), merchantId: entityId(IdPrefix.merchant) }),
  z.object({ role: z.literal(Role.desk), propertyId: z.optional(entityId(IdPrefix.property)) }),
  z.object({
    role: z.literal(Role.alliance),
    centreId: entityId(IdPrefix.salesCentre),
    salespersonId: z.optional(entityId(IdPrefix.salesperson)),
  }),
] as const;

/**
 * The caller of a rule or route, with the id that scopes what it owns.
 *
 * @example
 * const operator: Principal = { role: 'branch', branchId: 'br_0451' };
 */
export const Principal = z.discriminatedUnion('role', [
  ...staffPrincipals,
  z.object({ role: z.literal(Role.member), memberId: entityId(IdPrefix.member) }),
  z.object({ role: z.literal(Role.public) }),
]);
/** The caller of a rule or route. */
export type Principal = z.infer<typeof Principal>;

/**
 * The role and scope of a person who runs the club (a staff account or a secret key): every
 * role but `member` and `public`.
 *
 * @example
 * const desk: StaffPrincipal = { role: 'desk', propertyId: 'prp_garden' };
 */
export const StaffPrincipal = z.discriminatedUnion('role', [...staffPrincipals]);
/** The role and scope of a person who runs the club. */
export type StaffPrincipal = z.infer<typeof StaffPrincipal>;
/** A role a staff member can hold. */
export type StaffRole = StaffPrincipal['role'];
