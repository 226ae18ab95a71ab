import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';
import { Action } from './action.js';
import type { ResourceType } from './module.js';
import { ResourceTypeSchema } from './schemas.js';
import { Principal } from './principal.js';
import { OwnerFieldSchema } from './resource.js';
import { grantScope, grantsFor } from './rules.js';

/**
 * How to filter a list query for a principal: every row, no row, or the rows whose owner field
 * equals a value.
 */
export const ListScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('where'), field: OwnerFieldSchema, value: z.string().check(z.minLength(1)) }),
]);
/** How to filter a list query for a principal. */
export type ListScope = z.infer<typeof ListScope>;

/**
 * The filter that limits a list query of `type` to the rows `principal` may read: a row passes
 * exactly when `can(principal, 'read', row)`. Check `can(principal, 'list', { type })` first:
 * the scope says which rows are visible, not whether the list route is open.
 *
 * @example
 * listScope({ role: 'branch', branchId: 'br_1' }, 'member') // { kind: 'where', field: 'branchId', value: 'br_1' }
 * listScope({ role: 'public' }, 'offer') // { kind: 'all' }
 */
export function listScope(principal: Principal, type: ResourceType): ListScope {
  const p = parseInput(Principal, principal, 'principal');
  const t = parseInput(ResourceTypeSchema, type, 'resource type');
  const scopes = grantsFor(p, Action.read, t).map((g) => grantScope(g, p));
  if (scopes.some((s) => s === undefined)) return { kind: 'all' };
  // The rules give each role at most one owner field per readable type (tested in rules.test.ts);
  // an alliance salesperson is limited by the narrower of the two (their own counties).
  const where = scopes.find((s) => s != null);
  return where ? { kind: 'where', ...where } : { kind: 'none' };
}
