import { describe, expect, it } from 'vitest';
import { INVALID_INPUT } from '../shared/errors.js';
import { can } from './can.js';
import { ResourceType, moduleOf, type Module } from './module.js';
import { modulesFor } from './modules-for.js';
import type { Principal } from './principal.js';

describe('modulesFor', () => {
  it('opens all six modules to an administrator, in menu order', () => {
    expect(modulesFor({ role: 'admin' })).toEqual(['members', 'cards', 'service', 'stats', 'merchants', 'system']);
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
    expect(modulesFor({ role: 'admin' })).toHaveLength(6);
  });
});
