import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ListScope } from './list-scope.js';
import { Principal } from './principal.js';
import { Resource } from './resource.js';

describe('access schemas', () => {
  it('turn into JSON Schema for the OpenAPI document', () => {
    const principal = z.toJSONSchema(Principal) as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect((principal.oneOf ?? principal.anyOf)?.length).toBe(7);
    const resource = z.toJSONSchema(Resource) as { required?: string[]; properties?: Record<string, unknown> };
    expect(resource.required).toEqual(['type']);
    expect(Object.keys(resource.properties ?? {})).toEqual([
      'type',
      'branchId',
      'memberId',
      'merchantId',
      'propertyId',
      'centreId',
      'salespersonId',
    ]);
    const scope = z.toJSONSchema(ListScope) as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect((scope.oneOf ?? scope.anyOf)?.length).toBe(3);
  });

  it('accept a resource carrying extra entity fields and keep only the access fields', () => {
    const parsed = Resource.parse({ type: 'card', memberId: 'mbr_wang', number: '6222020000000000' });
    expect(parsed).toEqual({ type: 'card', memberId: 'mbr_wang' });
  });
});
