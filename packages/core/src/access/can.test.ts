import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { Action } from './action.js';
import { assertCan, can } from './can.js';
import { AccessErrorCode } from './errors.js';
import { ResourceType } from './module.js';
import type { Principal } from './principal.js';
import type { Resource } from './resource.js';

const branch: Principal = { role: 'branch', branchId: 'br_east' };
const merchant: Principal = { role: 'merchant', merchantId: 'mch_tyres' };
const member: Principal = { role: 'member', memberId: 'mbr_wang' };

function thrown(fn: () => unknown): ClubError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ClubError) return e;
    throw e;
  }
  throw new Error('expected a ClubError');
}

describe('can', () => {
  it('lets a branch operator manage members insured at its own branch only', () => {
    const ours = { type: 'member', branchId: 'br_east', memberId: 'mbr_li' } as const;
    const theirs = { type: 'member', branchId: 'br_west', memberId: 'mbr_li' } as const;
    expect(can(branch, 'update', ours)).toBe(true);
    expect(can(branch, 'update', theirs)).toBe(false);
    expect(can(branch, 'read', theirs)).toBe(false);
  });

  it('lets a branch operator submit and decide applications of its own branch only', () => {
    const application = { type: 'application', branchId: 'br_east' } as const;
    const theirs = { type: 'application', branchId: 'br_west' } as const;
    expect(can(branch, 'create', application)).toBe(true);
    expect(can(branch, 'decide', application)).toBe(true);
    expect(can(branch, 'decide', theirs)).toBe(false);
    expect(can({ role: 'admin' }, 'decide', theirs)).toBe(true);
  });

  it('refuses another branch’s application as out of scope, not as a forbidden action', () => {
    const error = thrown(() => assertCan(branch, 'decide', { type: 'application', branchId: 'br_west' }));
    expect(error.code).toBe(AccessErrorCode.forbidden);
    expect(error.details).toMatchObject({ role: 'branch', action: 'decide', outOfScope: true });
  });

  it('leaves no other decision to a branch operator, nor applications to merchants or members', () => {
    for (const type of ['member', 'membership', 'card', 'vehicle', 'policy'] as const) {
      expect(can(branch, 'decide', { type, branchId: 'br_east' })).toBe(false);
    }
    expect(can(merchant, 'decide', { type: 'application', branchId: 'br_east' })).toBe(false);
    expect(can(member, 'decide', { type: 'application', branchId: 'br_east' })).toBe(false);
  });

  it('lets a branch operator produce statistics for its own branch only', () => {
    expect(can(branch, 'read', { type: 'stats', branchId: 'br_east' })).toBe(true);
    expect(can(branch, 'read', { type: 'stats', branchId: 'br_west' })).toBe(false);
    expect(can(branch, 'read', { type: 'stats' })).toBe(false);
  });

  it('keeps a branch operator out of every module but members and stats', () => {
    for (const type of ['card', 'complaint', 'repair', 'api-key', 'system'] as const) {
      expect(can(branch, 'read', { type, branchId: 'br_east' })).toBe(false);
    }
  });

  it('allows a scoped list of the collection but refuses a single resource without an owner', () => {
    expect(can(branch, 'list', { type: 'vehicle' })).toBe(true);
    expect(can(branch, 'read', { type: 'vehicle' })).toBe(false);
    expect(can(branch, 'list', { type: 'vehicle', branchId: 'br_west' })).toBe(false);
  });

  it('lets a merchant operator edit its own profile and offers, not another merchant’s', () => {
    expect(can(merchant, 'update', { type: 'merchant', merchantId: 'mch_tyres' })).toBe(true);
    expect(can(merchant, 'update', { type: 'merchant', merchantId: 'mch_wash' })).toBe(false);
    expect(can(merchant, 'delete', { type: 'offer', merchantId: 'mch_tyres' })).toBe(true);
    expect(can(merchant, 'delete', { type: 'offer', merchantId: 'mch_wash' })).toBe(false);
    expect(can(merchant, 'create', { type: 'offer', merchantId: 'mch_wash' })).toBe(false);
  });

  it('opens the merchant directory to every principal, a publishable key included', () => {
    for (const p of [branch, merchant, member, { role: 'public' } as const, { role: 'admin' } as const]) {
      expect(can(p, 'read', { type: 'offer', merchantId: 'mch_wash' })).toBe(true);
      expect(can(p, 'list', { type: 'merchant' })).toBe(true);
    }
  });

  it('lets a member see its own record, membership and card but not another member’s', () => {
    for (const type of ['member', 'membership', 'card'] as const) {
      expect(can(member, 'read', { type, memberId: 'mbr_wang' })).toBe(true);
      expect(can(member, 'read', { type, memberId: 'mbr_zhao' })).toBe(false);
      expect(can(member, 'update', { type, memberId: 'mbr_wang' })).toBe(false);
    }
  });

  it('lets a member file, read and list its own complaints only', () => {
    expect(can(member, 'create', { type: 'complaint', memberId: 'mbr_wang' })).toBe(true);
    expect(can(member, 'create', { type: 'complaint', memberId: 'mbr_zhao' })).toBe(false);
    expect(can(member, 'read', { type: 'complaint', memberId: 'mbr_zhao' })).toBe(false);
    expect(can(member, 'list', { type: 'complaint' })).toBe(true);
    expect(can(member, 'act', { type: 'complaint', memberId: 'mbr_wang' })).toBe(false);
  });

  it('lets a publishable key file complaints but never read them', () => {
    expect(can({ role: 'public' }, 'create', { type: 'complaint' })).toBe(true);
    expect(can({ role: 'public' }, 'read', { type: 'complaint' })).toBe(false);
    expect(can({ role: 'public' }, 'list', { type: 'complaint' })).toBe(false);
  });

  it('ignores owner fields that do not scope the principal', () => {
    expect(can(member, 'read', { type: 'card', memberId: 'mbr_wang', branchId: 'br_west' })).toBe(true);
    expect(can(branch, 'read', { type: 'member', branchId: 'br_east', memberId: 'mbr_zhao' })).toBe(true);
  });

  it('refuses a malformed principal, action or resource with invalid-input', () => {
    const bad: [unknown, unknown, unknown][] = [
      [{ role: 'branch' }, 'read', { type: 'member' }],
      [{ role: 'branch', branchId: 'mch_east' }, 'read', { type: 'member' }],
      [{ role: 'root' }, 'read', { type: 'member' }],
      [{ role: 'admin' }, 'approve', { type: 'member' }],
      [{ role: 'admin' }, 'read', { type: 'invoice' }],
      [{ role: 'admin' }, 'read', { type: 'member', branchId: 'east' }],
      [{ role: 'admin' }, 'read', null],
    ];
    for (const [p, a, r] of bad) {
      const error = thrown(() => can(p as Principal, a as Action, r as Resource));
      expect(error.code).toBe(INVALID_INPUT);
      expect(error.issues.length).toBeGreaterThan(0);
    }
  });

  it('never throws for a valid principal and resource', () => {
    const id = (prefix: string) => fc.constantFrom(`${prefix}_a`, `${prefix}_b`);
    const principal = fc.oneof(
      fc.constant<Principal>({ role: 'admin' }),
      fc.constant<Principal>({ role: 'public' }),
      id('br').map((branchId): Principal => ({ role: 'branch', branchId })),
      id('mch').map((merchantId): Principal => ({ role: 'merchant', merchantId })),
      id('mbr').map((memberId): Principal => ({ role: 'member', memberId })),
    );
    const resource = fc.record(
      {
        type: fc.constantFrom(...Object.values(ResourceType)),
        branchId: id('br'),
        memberId: id('mbr'),
        merchantId: id('mch'),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(principal, fc.constantFrom(...Object.values(Action)), resource, (p, a, r) => {
        expect(typeof can(p, a, r)).toBe('boolean');
        if (p.role === 'admin') expect(can(p, a, r)).toBe(true);
      }),
    );
  });

  it('does not modify its inputs', () => {
    const p = { role: 'branch', branchId: 'br_east' } as const;
    const r = { type: 'member', branchId: 'br_east' } as const;
    const before = JSON.stringify([p, r]);
    can(p, 'read', r);
    expect(JSON.stringify([p, r])).toBe(before);
  });
});

describe('assertCan', () => {
  it('returns quietly when the action is allowed', () => {
    expect(() => assertCan(branch, 'read', { type: 'member', branchId: 'br_east' })).not.toThrow();
  });

  it('marks another branch’s member as out of scope so the server can answer 404', () => {
    const error = thrown(() => assertCan(branch, 'read', { type: 'member', branchId: 'br_west' }));
    expect(error.code).toBe(AccessErrorCode.forbidden);
    expect(error.details).toEqual({ role: 'branch', action: 'read', resourceType: 'member', outOfScope: true });
    expect(error.message).toContain('branchId');
  });

  it('refuses a module the role never opens as forbidden, not out of scope', () => {
    const error = thrown(() => assertCan(branch, 'read', { type: 'complaint', branchId: 'br_east' }));
    expect(error.code).toBe(AccessErrorCode.forbidden);
    expect(error.details).toEqual({ role: 'branch', action: 'read', resourceType: 'complaint', outOfScope: false });
  });

  it('refuses a publishable key listing complaints', () => {
    const error = thrown(() => assertCan({ role: 'public' }, 'list', { type: 'complaint' }));
    expect(error.details).toMatchObject({ role: 'public', action: 'list', outOfScope: false });
  });

  it('refuses malformed input with invalid-input rather than forbidden', () => {
    const error = thrown(() => assertCan({ role: 'member' } as Principal, 'read', { type: 'card' }));
    expect(error.code).toBe(INVALID_INPUT);
  });
});
