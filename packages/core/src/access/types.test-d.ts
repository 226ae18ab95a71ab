import { describe, expectTypeOf, it } from 'vitest';
import {
  AccessErrorCode,
  Action,
  ListScope,
  Module,
  OwnerField,
  Principal,
  Resource,
  ResourceType,
  Role,
  assertCan,
  can,
  listScope,
  moduleOf,
  modulesFor,
} from './index.js';

describe('access public types', () => {
  it('spells roles, modules, actions and resource types as string unions', () => {
    expectTypeOf<Role>().toEqualTypeOf<'admin' | 'branch' | 'merchant' | 'member' | 'public'>();
    expectTypeOf<Module>().toEqualTypeOf<'members' | 'cards' | 'service' | 'stats' | 'merchants' | 'system'>();
    expectTypeOf<Action>().toEqualTypeOf<'read' | 'list' | 'create' | 'update' | 'delete' | 'decide' | 'act'>();
    expectTypeOf<ResourceType>().toEqualTypeOf<
      | 'member'
      | 'vehicle'
      | 'policy'
      | 'membership'
      | 'application'
      | 'card'
      | 'complaint'
      | 'repair'
      | 'paid-service'
      | 'procedure'
      | 'merchant'
      | 'offer'
      | 'stats'
      | 'api-key'
      | 'system'
    >();
    expectTypeOf<OwnerField>().toEqualTypeOf<'branchId' | 'memberId' | 'merchantId'>();
    expectTypeOf<AccessErrorCode>().toEqualTypeOf<'access/forbidden'>();
  });

  it('makes Principal a union discriminated on role, each carrying its owner id', () => {
    expectTypeOf<Principal>().toEqualTypeOf<
      | { role: 'admin' }
      | { role: 'branch'; branchId: string }
      | { role: 'merchant'; merchantId: string }
      | { role: 'member'; memberId: string }
      | { role: 'public' }
    >();
    expectTypeOf<{ role: 'branch' }>().not.toExtend<Principal>();
    expectTypeOf(Principal).toHaveProperty('parse').returns.toEqualTypeOf<Principal>();
  });

  it('makes owner fields of a Resource optional', () => {
    expectTypeOf<Resource>().toEqualTypeOf<{
      type: ResourceType;
      branchId?: string | undefined;
      memberId?: string | undefined;
      merchantId?: string | undefined;
    }>();
    expectTypeOf<{ type: 'invoice' }>().not.toExtend<Resource>();
  });

  it('describes list scopes as a union on kind', () => {
    expectTypeOf<ListScope>().toEqualTypeOf<
      { kind: 'all' } | { kind: 'none' } | { kind: 'where'; field: OwnerField; value: string }
    >();
    expectTypeOf(ListScope).toHaveProperty('parse').returns.toEqualTypeOf<ListScope>();
  });

  it('types the checks and their results', () => {
    expectTypeOf(can).toEqualTypeOf<(principal: Principal, action: Action, resource: Resource) => boolean>();
    expectTypeOf(assertCan).toEqualTypeOf<(principal: Principal, action: Action, resource: Resource) => void>();
    expectTypeOf(listScope).toEqualTypeOf<(principal: Principal, type: ResourceType) => ListScope>();
    expectTypeOf(moduleOf).toEqualTypeOf<(type: ResourceType) => Module>();
    expectTypeOf(modulesFor).toEqualTypeOf<(principal: Principal) => Module[]>();
    expectTypeOf(can).parameter(1).not.toExtend<'approve'>();
  });
});
