import { describe, expect, it } from 'vitest';
import { Action } from './action.js';
import { ResourceType } from './module.js';
import { Role } from './principal.js';
import { ACCESS_RULES, EVERYONE, type Grant } from './rules.js';

const grantsOf = (role: Role): readonly Grant[] => [...ACCESS_RULES[role].grants, ...EVERYONE];

describe('access rules table', () => {
  it('scopes each role’s reads of a type by at most one owner field, so a list filter can express them', () => {
    for (const role of Object.values(Role)) {
      for (const type of Object.values(ResourceType)) {
        const fields = new Set(
          grantsOf(role)
            .filter((g) => g.types.includes(type) && g.actions.includes(Action.read) && g.where !== undefined)
            .map((g) => g.where),
        );
        expect(fields.size, `${role} reading ${type}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('never lets a role list what it may not read', () => {
    for (const role of Object.values(Role)) {
      for (const grant of grantsOf(role).filter((g) => g.actions.includes(Action.list))) {
        for (const type of grant.types) {
          const readable = grantsOf(role).some(
            (g) =>
              g.types.includes(type) &&
              g.actions.includes(Action.read) &&
              (g.where === undefined || g.where === grant.where),
          );
          expect(readable, `${role} listing ${type}`).toBe(true);
        }
      }
    }
  });

  it('gives the roles without a back office no module menu', () => {
    expect(ACCESS_RULES.member.backOffice).toBe(false);
    expect(ACCESS_RULES.public.backOffice).toBe(false);
    expect([ACCESS_RULES.admin, ACCESS_RULES.branch, ACCESS_RULES.merchant].every((r) => r.backOffice)).toBe(true);
  });
});
