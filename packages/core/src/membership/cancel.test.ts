import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { cancelMembership } from './cancel.js';
import { issueCardNumber } from './card-number.js';
import { Membership, membershipState } from './membership.js';
import { startMembership } from './start.js';

const policy = {
  id: 'pol_1',
  number: 'P-1',
  memberId: 'mbr_1',
  branchId: 'br_1',
  plate: '京A12345',
  start: '2026-01-01',
  end: '2026-12-31',
};
const membership = startMembership(
  {
    id: 'mem_1',
    memberId: 'mbr_1',
    branchId: 'br_1',
    tier: 'vip',
    policy,
    card: { id: 'card_1', number: issueCardNumber('622', 7) },
  },
  '2026-01-01',
);

describe('cancelMembership', () => {
  it('sets cancelledOn and cancels the card', () => {
    const cancelled = cancelMembership(membership, '2026-06-15');
    expect(cancelled).toEqual({
      ...membership,
      cancelledOn: '2026-06-15',
      card: { ...membership.card, status: 'cancelled', cancelledOn: '2026-06-15' },
    });
    expect(Membership.safeParse(cancelled).success).toBe(true);
    expect(membershipState(cancelled, '2026-06-15')).toBe('cancelled');
  });

  it('returns a new object and leaves the input as it was', () => {
    const before = JSON.parse(JSON.stringify(membership)) as unknown;
    const cancelled = cancelMembership(membership, '2026-06-15');
    expect(cancelled).not.toBe(membership);
    expect(membership).toEqual(before);
  });

  it('refuses to cancel twice', () => {
    const cancelled = cancelMembership(membership, '2026-06-15');
    let error: unknown;
    try {
      cancelMembership(cancelled, '2026-06-16');
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && error.code).toBe('membership/cancelled');
    expect(isClubError(error) && error.details).toEqual({ membershipId: 'mem_1', cancelledOn: '2026-06-15' });
  });

  it('refuses a malformed membership or day', () => {
    expect(() => cancelMembership({ ...membership, validUntil: '2026-12-31' }, '2026-06-15')).toThrow(/validUntil/);
    expect(() => cancelMembership(membership, 'today')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });
});
