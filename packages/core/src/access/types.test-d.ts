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
    expectTypeOf<Role>().toEqualTypeOf<'admin' | 'branch' | 'merchant' | 'desk' | 'alliance' | 'member' | 'public'>();
    expectTypeOf<Module>().toEqualTypeOf<
      'members' | 'cards' | 'service' | 'stats' | 'merchants' | 'system' | 'alliance'
    >();
    expectTypeOf<Action>().toEqualTypeOf<'read' | 'list' | 'create' | 'update' | 'delete' | 'decide' | 'act'>();
    expectTypeOf<ResourceType>().toEqualTypeOf<
      | 'member'
      | 'vehicle'
      | 'policy'
      | 'membership'
      | 'application'
      | 'campaign'
      | 'card'
      | 'handbook'
      | 'vip-order'
      | 'complaint'
      | 'repair'
      | 'paid-service'
      | 'procedure'
      | 'visit'
      | 'unit'
      | 'service-price'
      | 'handover'
      | 'survey'
      | 'merchant'
      | 'redemption'
      | 'activity'
      | 'activity-sign-up'
      | 'ad-income'
      | 'club-service'
      | 'service-use'
      | 'offer'
      | 'stats'
      | 'merchant-stats'
      | 'desk-stats'
      | 'alliance-stats'
      | 'branch'
      | 'staff'
      | 'api-key'
      | 'audit'
      | 'system'
      | 'sales-centre'
      | 'county'
      | 'dealer'
      | 'salesperson'
      | 'visit-note'
      | 'alliance-penalty'
      | 'alliance-budget'
      | 'assessment-sheet'
      | 'alliance-assessment'
      | 'reward-fund'
      | 'secondary-list'
      | 'primary-dealer'
      | 'promotion'
      | 'promotion-enrolment'
    >();
    expectTypeOf<OwnerField>().toEqualTypeOf<
      'branchId' | 'memberId' | 'merchantId' | 'propertyId' | 'centreId' | 'salespersonId'
    >();
    expectTypeOf<AccessErrorCode>().toEqualTypeOf<'access/forbidden'>();
  });

  it('makes Principal a union discriminated on role, each carrying its owner id', () => {
    expectTypeOf<Principal>().toEqualTypeOf<
      | { role: 'admin' }
      | { role: 'branch'; branchId: string }
      | { role: 'merchant'; merchantId: string }
      | { role: 'desk'; propertyId?: string | undefined }
      | { role: 'alliance'; centreId: string; salespersonId?: string | undefined }
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
      propertyId?: string | undefined;
      centreId?: string | undefined;
      salespersonId?: string | undefined;
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
