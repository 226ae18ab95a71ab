import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { can } from './can.js';
import { listScope, type ListScope } from './list-scope.js';
import { ResourceType } from './module.js';
import type { Principal } from './principal.js';
import type { Resource } from './resource.js';

/** The in-memory meaning of a scope, as a store would apply it to each row. */
function passes(scope: ListScope, resource: Resource): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return resource[scope.field] === scope.value;
}

const id = (prefix: string) => fc.constantFrom(`${prefix}_a`, `${prefix}_b`, `${prefix}_c`);
const principal: fc.Arbitrary<Principal> = fc.oneof(
  fc.constant({ role: 'admin' } as const),
  fc.constant({ role: 'public' } as const),
  id('br').map((branchId) => ({ role: 'branch', branchId }) as const),
  id('mch').map((merchantId) => ({ role: 'merchant', merchantId }) as const),
  id('mbr').map((memberId) => ({ role: 'member', memberId }) as const),
);
const resource: fc.Arbitrary<Resource> = fc.record(
  {
    type: fc.constantFrom(...Object.values(ResourceType)),
    branchId: id('br'),
    memberId: id('mbr'),
    merchantId: id('mch'),
  },
  { requiredKeys: ['type'] },
);

describe('listScope', () => {
  it('lets a resource through the filter exactly when the principal may read it', () => {
    fc.assert(
      fc.property(principal, resource, (p, r) => {
        expect(passes(listScope(p, r.type), r)).toBe(can(p, 'read', r));
      }),
      { numRuns: 2000 },
    );
  });

  it('filters a branch operator’s members by its own branch', () => {
    expect(listScope({ role: 'branch', branchId: 'br_east' }, 'member')).toEqual({
      kind: 'where',
      field: 'branchId',
      value: 'br_east',
    });
  });

  it('filters a member’s complaints by its own member id', () => {
    expect(listScope({ role: 'member', memberId: 'mbr_wang' }, 'complaint')).toEqual({
      kind: 'where',
      field: 'memberId',
      value: 'mbr_wang',
    });
  });

  it('shows every offer to a merchant operator, since the directory is public', () => {
    expect(listScope({ role: 'merchant', merchantId: 'mch_tyres' }, 'offer')).toEqual({ kind: 'all' });
  });

  it('shows an administrator everything and a publishable key no complaints', () => {
    expect(listScope({ role: 'admin' }, 'api-key')).toEqual({ kind: 'all' });
    expect(listScope({ role: 'public' }, 'complaint')).toEqual({ kind: 'none' });
  });

  it('shows a branch operator no rows of a module it cannot open', () => {
    expect(listScope({ role: 'branch', branchId: 'br_east' }, 'repair')).toEqual({ kind: 'none' });
  });

  it('refuses a malformed principal or type with invalid-input', () => {
    for (const call of [
      () => listScope({ role: 'merchant' } as Principal, 'offer'),
      () => listScope({ role: 'admin' }, 'invoice' as ResourceType),
    ]) {
      expect(call).toThrow(ClubError);
      expect(call).toThrow(expect.objectContaining({ code: INVALID_INPUT }));
    }
  });
});
