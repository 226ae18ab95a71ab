import { ClubError } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import type { Action } from './action.js';
import { AccessErrorCode } from './errors.js';
import { Principal } from './principal.js';
import { Resource } from './resource.js';
import type { ResourceType } from './module.js';
import { ActionSchema, ResourceTypeSchema } from './schemas.js';
import { grantCovers, grantsFor } from './rules.js';

function parseCheck(principal: Principal, action: Action, resource: Resource) {
  return {
    p: parseInput(Principal, principal, 'principal'),
    a: parseInput(ActionSchema, action, 'action'),
    r: parseInput(Resource, resource, 'resource'),
  };
}

/**
 * Whether `principal` may perform `action` on `resource`. Deny by default: admin may do
 * everything; a branch operator works in member management and statistics for its own branch; a
 * merchant operator manages its own merchant and offers; a member reads its own record,
 * membership and card and files and reads its own complaints; a publishable key files
 * complaints. Everyone reads the merchant directory. A `list` without owner fields asks about
 * the collection: it is allowed for a scoped principal, whose query must then be filtered with
 * {@link listScope}. Throws only `invalid-input`, for a malformed principal, action or resource.
 *
 * @example
 * can({ role: 'branch', branchId: 'br_1' }, 'update', { type: 'member', branchId: 'br_1' }) // true
 * can({ role: 'branch', branchId: 'br_1' }, 'update', { type: 'member', branchId: 'br_2' }) // false
 */
export function can(principal: Principal, action: Action, resource: Resource): boolean {
  const { p, a, r } = parseCheck(principal, action, resource);
  return canOn(p, a, r);
}

/**
 * {@link can} for a principal, action and resource already checked — a staff session's principal
 * as the Club API answered it, a literal action and resource type: the same rules without the
 * input checks, so that a browser widget deciding which forms to show carries no zod.
 *
 * @example
 * canOn({ role: 'merchant', merchantId: 'mch_1' }, 'create', { type: 'offer', merchantId: 'mch_1' }) // true
 */
export function canOn(principal: Principal, action: Action, resource: Resource): boolean {
  return grantsFor(principal, action, resource.type).some((g) => grantCovers(g, principal, action, resource));
}

/**
 * Throws a ClubError `access/forbidden` unless {@link can} allows the action. The error's
 * `details` carry `role`, `action`, `resourceType` and `outOfScope`: `outOfScope` is true when
 * the principal may perform this action on its own resources of this type and is refused only
 * because this one belongs to another branch, member or merchant. The server answers 403, but
 * 404 when `outOfScope` is true and the action targets an existing resource, so that existence
 * does not leak: a branch operator reading another branch's member must see "not found".
 *
 * @example
 * assertCan({ role: 'public' }, 'create', { type: 'complaint' }); // returns
 * assertCan({ role: 'public' }, 'list', { type: 'complaint' }); // throws access/forbidden
 */
export function assertCan(principal: Principal, action: Action, resource: Resource): void {
  const { p, a, r } = parseCheck(principal, action, resource);
  const grants = grantsFor(p, a, r.type);
  if (grants.some((g) => grantCovers(g, p, a, r))) return;
  const scoped = grants.find((g) => g.where !== undefined);
  const message = scoped?.where
    ? `Role "${p.role}" may ${a} ${r.type} resources only with its own ${scoped.where}`
    : `Role "${p.role}" may not ${a} ${r.type} resources`;
  throw new ClubError(AccessErrorCode.forbidden, message, {
    details: { role: p.role, action: a, resourceType: r.type, outOfScope: grants.length > 0 },
  });
}

/**
 * Whether `principal` may take `action` on some resource of `type`, whoever owns it: false for a
 * role that never may. The server asks this before it reads a request, so such a role hears 403
 * whatever it sends; {@link can} then decides on the resource itself.
 *
 * @example
 * mayEver({ role: 'branch', branchId: 'br_1' }, 'update', 'member') // true
 * mayEver({ role: 'merchant', merchantId: 'mch_1' }, 'read', 'member') // false
 */
export function mayEver(principal: Principal, action: Action, type: ResourceType): boolean {
  const p = parseInput(Principal, principal, 'principal');
  const a = parseInput(ActionSchema, action, 'action');
  return grantsFor(p, a, parseInput(ResourceTypeSchema, type, 'resource type')).length > 0;
}
