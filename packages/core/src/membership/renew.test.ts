import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../shared/calendar.js';
import { isClubError } from '../shared/errors.js';
import { cancelMembership } from './cancel.js';
import { MemberCard } from './card.js';
import { issueCardNumber } from './card-number.js';
import { Membership, membershipState } from './membership.js';
import { renewMembership } from './renew.js';
import { startMembership } from './start.js';
import { caught } from '../shared/fixtures.js';

const firstPolicy = {
  id: 'pol_1',
  number: 'P-2026',
  memberId: 'mbr_1',
  branchId: 'br_1',
  plate: '粵B12345',
  start: '2026-01-01',
  end: '2026-12-31',
};
const membership = startMembership(
  {
    id: 'mem_1',
    memberId: 'mbr_1',
    branchId: 'br_1',
    tier: 'vip',
    policy: firstPolicy,
    card: { id: 'card_1', number: issueCardNumber('622', 1) },
  },
  '2025-12-20',
);
const nextPolicy = { ...firstPolicy, id: 'pol_2', number: 'P-2027', start: '2027-01-01', end: '2027-12-31' };
const next = { cardId: 'card_2', cardNumber: issueCardNumber('622', 2), membershipId: 'mem_2' };

describe('renewMembership on or before validUntil', () => {
  it('keeps membership continuous when renewed while active', () => {
    const result = renewMembership(membership, nextPolicy, '2026-12-01', next);
    expect(result.continuous).toBe(true);
    expect(result.membership).toMatchObject({
      id: 'mem_1',
      memberSince: '2026-01-01',
      validFrom: '2026-01-01',
      policyId: 'pol_2',
      activeUntil: '2027-12-31',
      validUntil: addDays('2027-12-31', 10),
    });
    expect(result.membership.renewedFrom).toBeUndefined();
  });

  it('keeps membership continuous when renewed in grace', () => {
    const result = renewMembership(membership, { ...nextPolicy, start: '2027-01-05' }, '2027-01-05', next);
    expect(result.continuous).toBe(true);
    expect(result.membership.id).toBe('mem_1');
    expect(membershipState(result.membership, '2027-01-06')).toBe('active');
  });

  it('re-issues the card today and supersedes the old one', () => {
    const result = renewMembership(membership, nextPolicy, '2026-12-01', next);
    expect(result.card).toEqual({
      id: 'card_2',
      number: next.cardNumber,
      membershipId: 'mem_1',
      memberId: 'mbr_1',
      tier: 'vip',
      status: 'active',
      issuedOn: '2026-12-01',
    });
    expect(result.membership.card).toEqual(result.card);
    expect(result.previousCard).toEqual({ ...membership.card, status: 'superseded', supersededOn: '2026-12-01' });
    expect(MemberCard.safeParse(result.previousCard).success).toBe(true);
    expect(Membership.safeParse(result.membership).success).toBe(true);
  });

  it('is continuous on validUntil itself', () => {
    const result = renewMembership(membership, { ...nextPolicy, start: '2027-01-10' }, membership.validUntil, next);
    expect(result.continuous).toBe(true);
  });

  it('moves the membership to the branch of the new policy', () => {
    const result = renewMembership(membership, { ...nextPolicy, branchId: 'br_2' }, '2026-12-01', next);
    expect(result.membership.branchId).toBe('br_2');
  });

  it('accepts a new policy starting the day after validUntil but refuses a gap', () => {
    const day = addDays(membership.validUntil, 1);
    expect(renewMembership(membership, { ...nextPolicy, start: day }, '2026-12-01', next).continuous).toBe(true);
    const error = caught(() =>
      renewMembership(membership, { ...nextPolicy, start: addDays(day, 1) }, '2026-12-01', next),
    );
    expect(isClubError(error) && error.code).toBe('membership/renewal-gap');
    expect(isClubError(error) && error.details).toMatchObject({
      validUntil: membership.validUntil,
      policyStart: addDays(day, 1),
    });
  });

  it('leaves the covered days without a gap for any renewal in the validity period', () => {
    const validDays = fc
      .integer({ min: toDayNumber(membership.validFrom), max: toDayNumber(membership.validUntil) })
      .map(fromDayNumber);
    fc.assert(
      fc.property(validDays, fc.integer({ min: 1, max: 400 }), (today, length) => {
        const policy = {
          ...nextPolicy,
          start: today,
          end: addDays(today > membership.activeUntil ? today : membership.activeUntil, length),
        };
        const { membership: renewed, continuous } = renewMembership(membership, policy, today, next);
        return (
          continuous &&
          renewed.memberSince === membership.memberSince &&
          renewed.validFrom === membership.validFrom &&
          renewed.activeUntil === policy.end
        );
      }),
    );
  });
});

describe('renewMembership after validUntil', () => {
  const late = { ...nextPolicy, start: '2027-02-01', end: '2028-01-31' };

  it('starts a new membership the day after validUntil', () => {
    const result = renewMembership(membership, late, addDays(membership.validUntil, 1), next);
    expect(result.continuous).toBe(false);
    expect(result.membership).toMatchObject({
      id: 'mem_2',
      renewedFrom: 'mem_1',
      memberSince: '2027-02-01',
      validFrom: '2027-02-01',
      activeUntil: '2028-01-31',
      validUntil: addDays('2028-01-31', 10),
      memberId: 'mbr_1',
      tier: 'vip',
      plate: '粵B12345',
      graceDays: 10,
    });
    expect(result.card.membershipId).toBe('mem_2');
    expect(result.previousCard).toMatchObject({
      id: 'card_1',
      membershipId: 'mem_1',
      status: 'superseded',
      supersededOn: '2027-01-11',
    });
    expect(Membership.safeParse(result.membership).success).toBe(true);
  });

  it('refuses a late renewal whose policy validity is already over', () => {
    const error = caught(() => renewMembership(membership, { ...late, end: '2027-03-31' }, '2027-04-11', next));
    expect(isClubError(error) && error.code).toBe('membership/policy-expired');
    expect(renewMembership(membership, { ...late, end: '2027-03-31' }, '2027-04-10', next).continuous).toBe(false);
  });

  it('needs a membership id other than the old one', () => {
    const error = caught(() => renewMembership(membership, late, '2027-02-01', { ...next, membershipId: 'mem_1' }));
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(isClubError(error) && error.issues[0]?.path).toEqual(['membershipId']);
  });
});

describe('renewMembership refusals', () => {
  it('refuses a cancelled membership', () => {
    const error = caught(() =>
      renewMembership(cancelMembership(membership, '2026-06-01'), nextPolicy, '2026-12-01', next),
    );
    expect(isClubError(error) && error.code).toBe('membership/cancelled');
  });

  it('refuses a policy of another member or another car', () => {
    for (const [field, policy] of [
      ['memberId', { ...nextPolicy, memberId: 'mbr_2' }],
      ['plate', { ...nextPolicy, plate: '粵B54321' }],
    ] as const) {
      const error = caught(() => renewMembership(membership, policy, '2026-12-01', next));
      expect(isClubError(error) && error.code).toBe('membership/policy-mismatch');
      expect(isClubError(error) && error.details).toMatchObject({
        field,
        expected: membership[field],
        actual: policy[field],
      });
    }
  });

  it('refuses a policy that does not end after the current policy end', () => {
    for (const end of [membership.activeUntil, '2026-06-30']) {
      const error = caught(() =>
        renewMembership(membership, { ...nextPolicy, start: '2026-01-01', end }, '2026-12-01', next),
      );
      expect(isClubError(error) && error.code).toBe('membership/renewal-not-later');
    }
    expect(
      renewMembership(membership, { ...nextPolicy, end: addDays(membership.activeUntil, 1) }, '2026-12-01', next)
        .continuous,
    ).toBe(true);
  });

  it('needs a new card id and number', () => {
    for (const [field, ids] of [
      ['cardId', { ...next, cardId: 'card_1' }],
      ['cardNumber', { ...next, cardNumber: membership.card.number }],
    ] as const) {
      const error = caught(() => renewMembership(membership, nextPolicy, '2026-12-01', ids));
      expect(isClubError(error) && error.issues[0]?.path).toEqual([field]);
    }
  });

  it('refuses malformed input', () => {
    const error = caught(() =>
      renewMembership(membership, nextPolicy, '2026-12-01', { ...next, cardNumber: '6220000000000000' }),
    );
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(() =>
      renewMembership(membership, { ...nextPolicy, end: '2026-12-31', start: '2027-01-01' }, '2026-12-01', next),
    ).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('does not change its inputs', () => {
    const before = JSON.parse(JSON.stringify({ membership, nextPolicy, next })) as unknown;
    renewMembership(membership, nextPolicy, '2026-12-01', next);
    expect({ membership, nextPolicy, next }).toEqual(before);
  });
});
