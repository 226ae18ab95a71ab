import { describe, expect, it } from 'vitest';
import { Member, Vehicle } from './member.js';

const member = { id: 'mbr_01', name: '陳大文', phone: '+852 9123-4567', branchId: 'br_hk' };

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('Member schema', () => {
  it('accepts a member with and without an e-mail address', () => {
    expect(Member.safeParse(member).success).toBe(true);
    expect(Member.safeParse({ ...member, email: 'tai.man@example.com' }).success).toBe(true);
  });

  it('takes names of 1 to 50 characters', () => {
    expect(Member.safeParse({ ...member, name: '陳' }).success).toBe(true);
    expect(Member.safeParse({ ...member, name: 'x'.repeat(50) }).success).toBe(true);
    expect(issuePaths(Member.safeParse({ ...member, name: '' }))).toEqual(['name']);
    expect(issuePaths(Member.safeParse({ ...member, name: 'x'.repeat(51) }))).toEqual(['name']);
  });

  it('takes phones of 7 to 20 digits, spaces, hyphens and a leading plus', () => {
    for (const ok of ['1234567', '021-6666 8888', '+86 138 0013 8000', '1'.repeat(20)])
      expect(Member.safeParse({ ...member, phone: ok }).success).toBe(true);
    for (const bad of [
      '123456',
      '1'.repeat(21),
      '138-0013-800a',
      '(021) 66668888',
      '138 0013 8000 ',
      '-1380013800',
      '138+0013800',
    ]) {
      expect(issuePaths(Member.safeParse({ ...member, phone: bad }))).toContain('phone');
    }
  });

  it('refuses a malformed e-mail address and ids with the wrong prefix', () => {
    expect(issuePaths(Member.safeParse({ ...member, email: 'not-an-address' }))).toEqual(['email']);
    expect(issuePaths(Member.safeParse({ ...member, id: 'mem_01', branchId: 'branch_hk' }))).toEqual([
      'id',
      'branchId',
    ]);
  });
});

describe('Vehicle schema', () => {
  it('accepts a normalised plate and an optional model', () => {
    expect(Vehicle.safeParse({ id: 'veh_1', memberId: 'mbr_01', plate: '粵B12345' }).success).toBe(true);
    expect(
      Vehicle.safeParse({ id: 'veh_1', memberId: 'mbr_01', plate: '粵B12345', model: 'Toyota Camry' }).success,
    ).toBe(true);
  });

  it('refuses a plate that is not normalised', () => {
    expect(issuePaths(Vehicle.safeParse({ id: 'veh_1', memberId: 'mbr_01', plate: '粵B·12345' }))).toEqual(['plate']);
  });
});
