import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { issueCardNumber } from './card-number.js';
import { Membership } from './membership.js';
import { startMembership, type StartMembershipInput } from './start.js';
import { caught } from '../shared/fixtures.js';

const policy = {
  id: 'pol_1',
  number: 'P-2026-1',
  memberId: 'mbr_1',
  branchId: 'br_gz',
  plate: '粵B12345',
  start: '2026-01-01',
  end: '2026-12-31',
};
const input: StartMembershipInput = {
  id: 'mem_1',
  memberId: 'mbr_1',
  branchId: 'br_gz',
  tier: 'standard',
  policy,
  card: { id: 'card_1', number: issueCardNumber('622', 1) },
};

describe('startMembership', () => {
  it('backs the membership with the policy and issues an active card today', () => {
    const m = startMembership(input, '2025-12-20');
    expect(m).toEqual({
      id: 'mem_1',
      memberId: 'mbr_1',
      branchId: 'br_gz',
      tier: 'standard',
      plate: policy.plate,
      policyId: policy.id,
      memberSince: policy.start,
      validFrom: policy.start,
      activeUntil: policy.end,
      validUntil: '2027-01-10',
      graceDays: 10,
      card: {
        id: 'card_1',
        number: input.card.number,
        membershipId: 'mem_1',
        memberId: 'mbr_1',
        tier: 'standard',
        status: 'active',
        issuedOn: '2025-12-20',
      },
    });
    expect(Membership.safeParse(m).success).toBe(true);
  });

  it('takes a custom grace length', () => {
    expect(startMembership({ ...input, graceDays: 0 }, '2026-01-01')).toMatchObject({
      graceDays: 0,
      validUntil: policy.end,
    });
  });

  it('can start on the last day of grace but not the day after', () => {
    expect(startMembership(input, '2027-01-10').validUntil).toBe('2027-01-10');
    const error = caught(() => startMembership(input, '2027-01-11'));
    expect(isClubError(error) && error.code).toBe('membership/policy-expired');
    expect(isClubError(error) && error.details).toMatchObject({ policyId: 'pol_1', validUntil: '2027-01-10' });
  });

  it('refuses a policy of another member or another branch', () => {
    const other = caught(() => startMembership({ ...input, policy: { ...policy, memberId: 'mbr_2' } }, '2026-01-01'));
    expect(isClubError(other) && other.code).toBe('membership/policy-mismatch');
    expect(isClubError(other) && other.details).toMatchObject({
      field: 'memberId',
      expected: 'mbr_1',
      actual: 'mbr_2',
    });
    const branch = caught(() => startMembership({ ...input, branchId: 'br_sz' }, '2026-01-01'));
    expect(isClubError(branch) && branch.details).toMatchObject({ field: 'branchId' });
  });

  it('refuses bad input with field issues', () => {
    const error = caught(() =>
      startMembership({ ...input, card: { id: 'card_1', number: '1234' }, tier: 'gold' as never }, '2026-01-01'),
    );
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(isClubError(error) && error.issues.map((i) => i.path.join('.')).sort()).toEqual(['card.number', 'tier']);
    const today = caught(() => startMembership(input, '2026-1-1'));
    expect(isClubError(today) && today.code).toBe('invalid-input');
  });

  it('does not change its input', () => {
    const before = JSON.parse(JSON.stringify(input)) as unknown;
    startMembership(input, '2026-01-01');
    expect(input).toEqual(before);
  });
});
