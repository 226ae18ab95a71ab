import { describe, expect, it } from 'vitest';
import { parseInput } from '../shared/parse.js';
import { Principal, Role } from './principal.js';

describe('Principal', () => {
  it.each([
    { role: 'admin' },
    { role: 'branch', branchId: 'br_0451' },
    { role: 'merchant', merchantId: 'mch_01HX' },
    { role: 'member', memberId: 'mbr_01HX' },
    { role: 'public' },
  ])('accepts a $role principal', (input) => {
    expect(parseInput(Principal, input)).toEqual(input);
  });

  it('covers every role', () => {
    expect(Object.values(Role)).toEqual(['admin', 'branch', 'merchant', 'desk', 'alliance', 'member', 'public']);
  });

  it.each([
    [{ role: 'branch' }, ['branchId']],
    [{ role: 'branch', branchId: 'mch_0451' }, ['branchId']],
    [{ role: 'member', memberId: 'mbr_' }, ['memberId']],
    [{ role: 'merchant', merchantId: 42 }, ['merchantId']],
    [{ role: 'desk', propertyId: 'br_0451' }, ['propertyId']],
    [{ role: 'alliance' }, ['centreId']],
    [{ role: 'alliance', centreId: 'ctr_bd', salespersonId: 'mbr_1' }, ['salespersonId']],
    [{ role: 'superuser' }, ['role']],
  ])('refuses %j with an issue at %j', (input, path) => {
    expect(() => parseInput(Principal, input)).toThrow(
      expect.objectContaining<{ code: string; issues: unknown }>({
        code: 'invalid-input',
        issues: expect.arrayContaining([expect.objectContaining({ path })]),
      }),
    );
  });

  it('drops an owner id that does not belong to the role', () => {
    expect(parseInput(Principal, { role: 'admin', branchId: 'br_0451' })).toEqual({ role: 'admin' });
  });
});
