import * as z from 'zod/mini';
import { ModuleSchema } from '../access/module-schema.js';
import { StaffPrincipal } from '../access/principal.js';
import { IsoInstant } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';

const StaffName = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));

/** Whether a staff account may sign in: a disabled account's sessions end at once. */
export const StaffStatus = { active: 'active', disabled: 'disabled' } as const;
/** Whether a staff account may sign in. */
export type StaffStatus = (typeof StaffStatus)[keyof typeof StaffStatus];

/**
 * A person who runs the club: an administrator, a branch or merchant operator, service desk
 * staff or a sales centre's staff or salesperson, with the role and scope they act with. The
 * club's own sign-in (its SSO) decides who they are; the Club API never sees a password.
 */
export const Staff = z.object({
  id: entityId(IdPrefix.staff),
  name: StaffName,
  /** The role and its scope, e.g. `{ role: 'desk', propertyId: 'prp_garden' }`. */
  principal: StaffPrincipal,
  /** Their manager, `stf_…`: who handles a complaint about their conduct. */
  managerId: z.optional(entityId(IdPrefix.staff)),
  status: z.enum([StaffStatus.active, StaffStatus.disabled]),
  createdAt: IsoInstant,
  /** When the account was last changed. */
  updatedAt: IsoInstant,
});
/** A person who runs the club. */
export type Staff = z.infer<typeof Staff>;

/** Body of `POST /v1/staff`. */
export const NewStaff = z.object({
  name: StaffName,
  principal: StaffPrincipal,
  /** Their manager, `stf_…`, an existing staff account. */
  managerId: z.optional(entityId(IdPrefix.staff)),
});
/** Body of `POST /v1/staff`. */
export type NewStaff = z.infer<typeof NewStaff>;

/** Body of `PATCH /v1/staff/{id}`: a new name, role or status; disabling ends every session. */
export const StaffPatch = z.object({
  name: z.optional(StaffName),
  principal: z.optional(StaffPrincipal),
  /** A new manager, `stf_…`, an existing staff account other than this one. */
  managerId: z.optional(entityId(IdPrefix.staff)),
  status: z.optional(z.enum([StaffStatus.active, StaffStatus.disabled])),
});
/** Body of `PATCH /v1/staff/{id}`. */
export type StaffPatch = z.infer<typeof StaffPatch>;

/** Body of `POST /v1/staff-sessions`: the staff member the club's own sign-in has identified. */
export const StaffSessionRequest = z.object({ staffId: entityId(IdPrefix.staff) });
/** Body of `POST /v1/staff-sessions`. */
export type StaffSessionRequest = z.infer<typeof StaffSessionRequest>;

/** A staff session: a bearer token the operator's browser uses until `expiresAt`. */
export const StaffSession = z.object({
  token: z.string().check(z.startsWith('ss_')),
  staffId: entityId(IdPrefix.staff),
  /** What the session may do: the staff member's role and scope. */
  principal: StaffPrincipal,
  expiresAt: IsoInstant,
});
/** A staff session. */
export type StaffSession = z.infer<typeof StaffSession>;

/** `GET /v1/staff-sessions/current`: who is signed in, the modules their menu opens, and until when. */
export const StaffSessionInfo = z.object({
  staff: Staff,
  /** The back-office modules the staff member's role opens, in menu order (core's `modulesFor`). */
  modules: z.array(ModuleSchema),
  expiresAt: IsoInstant,
});
/** Who is signed in, their modules, and until when. */
export type StaffSessionInfo = z.infer<typeof StaffSessionInfo>;

/** One write recorded in the audit log: who did what, when, and how it ended. */
export const AuditEntry = z.object({
  id: z.string().check(z.startsWith('aud_')),
  at: IsoInstant,
  /** `staff:<id>`, `key:<id>` or `member:<id>`. */
  actor: z.string(),
  /** The staff member who acted, or null for a key or a member. */
  staffId: z.nullable(entityId(IdPrefix.staff)),
  method: z.string(),
  path: z.string(),
  /** The route's operation id, e.g. `createBranch`. */
  operationId: z.string(),
  status: z.int(),
  requestId: z.string(),
});
/** One write recorded in the audit log. */
export type AuditEntry = z.infer<typeof AuditEntry>;
