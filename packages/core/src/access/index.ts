/** Who may do what in the club back office, the member widgets and the public directory (A2 §3). */
export { Action } from './action.js';
export { ModuleSchema } from './module-schema.js';
export { ActionSchema, ResourceTypeSchema } from './schemas.js';
export { assertCan, can, canOn, mayEver } from './can.js';
export { AccessErrorCode } from './errors.js';
export { ListScope, listScope } from './list-scope.js';
export { Module, ResourceType, moduleOf } from './module.js';
export { modulesFor } from './modules-for.js';
export { Principal, Role, RoleSchema, StaffPrincipal, type StaffRole } from './principal.js';
export { OwnerField, OwnerFieldSchema, Resource } from './resource.js';
// The rules table (rules.ts) stays internal: callers ask can/listScope/modulesFor, not the table.
