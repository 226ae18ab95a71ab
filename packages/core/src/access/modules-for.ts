import { parseInput } from '../shared/parse.js';
import { Module, moduleOf } from './module.js';
import { Principal } from './principal.js';
import { ACCESS_RULES } from './rules.js';

/**
 * The back-office modules `principal` may open, in menu order: those its role holds a grant in.
 * Members and publishable keys have no back office and get none; the public merchant directory
 * does not put "merchants" in every menu.
 *
 * @example
 * modulesFor({ role: 'branch', branchId: 'br_1' }) // ['members', 'stats']
 */
export function modulesFor(principal: Principal): Module[] {
  const p = parseInput(Principal, principal, 'principal');
  const rules = ACCESS_RULES[p.role];
  if (!rules.backOffice) return [];
  const open = new Set(rules.grants.flatMap((g) => g.types.map(moduleOf)));
  return Object.values(Module).filter((m) => open.has(m));
}
