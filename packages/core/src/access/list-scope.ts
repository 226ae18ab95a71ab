import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';
import { Action } from './action.js';
import { ResourceTypeSchema, type ResourceType } from './module.js';
import { Principal } from './principal.js';
import { OwnerFieldSchema } from './resource.js';
import { grantsFor, ownValue } from './rules.js';

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
  const grants = grantsFor(p, Action.read, t);
  if (grants.some((g) => g.where === undefined)) return { kind: 'all' };
  // The rules give each role at most one owner field per readable type (tested in rules.test.ts).
  for (const { where } of grants) {
    const value = where && ownValue(p, where);
    if (where && value !== undefined) return { kind: 'where', field: where, value };
  }
  return { kind: 'none' };
}
