import { describe, expect, it } from 'vitest';
import { INVALID_INPUT } from '../shared/errors.js';
import { can } from './can.js';
import { ResourceType, moduleOf, type Module } from './module.js';
import { modulesFor } from './modules-for.js';
import type { Principal } from './principal.js';

describe('modulesFor', () => {
  it('opens every module to an administrator, in menu order', () => {
    expect(modulesFor({ role: 'admin' })).toEqual([
      'members',
      'cards',
      'service',
      'stats',
      'merchants',
      'system',
      'alliance',
    ]);
  });

  it('opens the service desk and its statistics to desk staff', () => {
    expect(modulesFor({ role: 'desk', propertyId: 'prp_garden' })).toEqual(['service', 'stats']);
    expect(modulesFor({ role: 'desk' })).toEqual(['service', 'stats']);
  });

  it('opens the dealer alliance and its statistics to a sales centre and its salespeople', () => {
    expect(modulesFor({ role: 'alliance', centreId: 'ctr_baoding' })).toEqual(['stats', 'alliance']);
    expect(modulesFor({ role: 'alliance', centreId: 'ctr_baoding', salespersonId: 'slp_li' })).toEqual([
      'stats',
      'alliance',
    ]);
  });

  it('opens member management and its statistics to a branch operator', () => {
    expect(modulesFor({ role: 'branch', branchId: 'br_east' })).toEqual(['members', 'stats']);
  });

  it('opens merchant management to a merchant operator', () => {
    expect(modulesFor({ role: 'merchant', merchantId: 'mch_tyres' })).toEqual(['merchants']);
  });

  it('gives members and publishable keys no back-office menu', () => {
    expect(modulesFor({ role: 'member', memberId: 'mbr_wang' })).toEqual([]);
    expect(modulesFor({ role: 'public' })).toEqual([]);
  });

  it('opens only modules in which the principal may list something', () => {
    const principals: Principal[] = [
      { role: 'admin' },
      { role: 'branch', branchId: 'br_east' },
      { role: 'merchant', merchantId: 'mch_tyres' },
      { role: 'desk', propertyId: 'prp_garden' },
      { role: 'alliance', centreId: 'ctr_baoding', salespersonId: 'slp_li' },
    ];
    for (const p of principals) {
      for (const module of modulesFor(p)) {
        const types = Object.values(ResourceType).filter((t) => moduleOf(t) === module);
        expect(
          types.some((type) => can(p, 'list', { type })),
          `${p.role} in ${module}`,
        ).toBe(true);
      }
    }
  });

  it('refuses a malformed principal with invalid-input', () => {
    expect(() => modulesFor({ role: 'branch', branchId: '' })).toThrow(
      expect.objectContaining({ code: INVALID_INPUT }),
    );
  });

  it('returns a fresh array each time', () => {
    const first: Module[] = modulesFor({ role: 'admin' });
    first.pop();
    expect(modulesFor({ role: 'admin' })).toHaveLength(7);
  });
});
