import { describe, expect, it } from 'vitest';
import { Policy } from './policy.js';

const policy = {
  id: 'pol_01',
  number: 'PDAA202644010000001234',
  memberId: 'mbr_01',
  branchId: 'br_hk',
  plate: '粵B12345',
  start: '2026-01-01',
  end: '2026-12-31',
};

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('Policy schema', () => {
  it('accepts a policy that starts and ends on the same day', () => {
    expect(Policy.safeParse(policy).success).toBe(true);
    expect(Policy.safeParse({ ...policy, end: policy.start }).success).toBe(true);
  });

  it('refuses a policy that ends before it starts', () => {
    const result = Policy.safeParse({ ...policy, end: '2025-12-31' });
    expect(issuePaths(result)).toEqual(['end']);
  });

  it('takes policy numbers of 1 to 40 characters', () => {
    expect(Policy.safeParse({ ...policy, number: 'x'.repeat(40) }).success).toBe(true);
    expect(issuePaths(Policy.safeParse({ ...policy, number: '' }))).toEqual(['number']);
    expect(issuePaths(Policy.safeParse({ ...policy, number: 'x'.repeat(41) }))).toEqual(['number']);
  });

  it('reports a malformed date without a confusing ordering issue', () => {
    expect(issuePaths(Policy.safeParse({ ...policy, start: '2026-13-01' }))).toEqual(['start']);
  });
});
