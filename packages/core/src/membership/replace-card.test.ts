import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { cancelMembership } from './cancel.js';
import { MemberCard } from './card.js';
import { issueCardNumber } from './card-number.js';
import { Membership, membershipState } from './membership.js';
import { renewMembership } from './renew.js';
import { replaceCard } from './replace-card.js';
import { startMembership } from './start.js';
import { caught } from '../shared/fixtures.js';

const policy = {
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
    policy,
    card: { id: 'card_1', number: issueCardNumber('622', 1) },
  },
  '2025-12-20',
);
const next = { cardId: 'card_2', cardNumber: issueCardNumber('622', 2) };

describe('replaceCard', () => {
  it('supersedes the card in use today and issues a new active card for the same membership', () => {
    const result = replaceCard(membership, 'card_1', '2026-06-01', next);
    expect(result.previousCard).toEqual({ ...membership.card, status: 'superseded', supersededOn: '2026-06-01' });
    expect(result.card).toEqual({
      id: 'card_2',
      number: next.cardNumber,
      membershipId: 'mem_1',
      memberId: 'mbr_1',
      tier: 'vip',
      status: 'active',
      issuedOn: '2026-06-01',
    });
    expect(result.membership).toEqual({ ...membership, card: result.card });
    for (const card of [result.card, result.previousCard]) expect(MemberCard.safeParse(card).success).toBe(true);
    expect(Membership.safeParse(result.membership).success).toBe(true);
  });

  it('leaves the membership window, tier and state as they were', () => {
    for (const day of ['2025-12-25', '2026-06-01', '2027-01-05', '2027-02-01']) {
      const { membership: replaced } = replaceCard(membership, 'card_1', day, next);
      expect(membershipState(replaced, day)).toBe(membershipState(membership, day));
      expect({ ...replaced, card: membership.card }).toEqual(membership);
    }
  });

  it('replaces a replacement: each card in use can be replaced in turn', () => {
    const first = replaceCard(membership, 'card_1', '2026-06-01', next);
    const second = replaceCard(first.membership, 'card_2', '2026-07-01', {
      cardId: 'card_3',
      cardNumber: issueCardNumber('622', 3),
    });
    expect(second.previousCard).toMatchObject({ id: 'card_2', status: 'superseded', supersededOn: '2026-07-01' });
    expect(second.membership.card).toMatchObject({ id: 'card_3', status: 'active', issuedOn: '2026-07-01' });
  });

  it('refuses a card already superseded, by a replacement or a renewal, with membership/card-not-in-use', () => {
    const replaced = replaceCard(membership, 'card_1', '2026-06-01', next);
    const again = caught(() =>
      replaceCard(replaced.membership, 'card_1', '2026-06-02', {
        cardId: 'card_3',
        cardNumber: issueCardNumber('622', 3),
      }),
    );
    expect(isClubError(again) && [again.code, again.details]).toEqual([
      'membership/card-not-in-use',
      { membershipId: 'mem_1', cardId: 'card_1', status: 'superseded' },
    ]);
    const renewed = renewMembership(
      membership,
      { ...policy, id: 'pol_2', number: 'P-2027', start: '2027-01-01', end: '2027-12-31' },
      '2026-12-01',
      { cardId: 'card_9', cardNumber: issueCardNumber('622', 9), membershipId: 'mem_2' },
    );
    const old = caught(() => replaceCard(renewed.membership, 'card_1', '2026-12-02', next));
    expect(isClubError(old) && old.code).toBe('membership/card-not-in-use');
  });

  it('refuses the cancelled card of a cancelled membership', () => {
    const cancelled = cancelMembership(membership, '2026-03-01');
    const error = caught(() => replaceCard(cancelled, 'card_1', '2026-03-02', next));
    expect(isClubError(error) && [error.code, error.details['status']]).toEqual([
      'membership/card-not-in-use',
      'cancelled',
    ]);
  });

  it('refuses a new card with the old id or number, and checks its input', () => {
    const sameId = caught(() => replaceCard(membership, 'card_1', '2026-06-01', { ...next, cardId: 'card_1' }));
    expect(isClubError(sameId) && [sameId.code, sameId.issues[0]?.path]).toEqual(['invalid-input', ['cardId']]);
    const sameNumber = caught(() =>
      replaceCard(membership, 'card_1', '2026-06-01', { ...next, cardNumber: membership.card.number }),
    );
    expect(isClubError(sameNumber) && sameNumber.issues[0]?.path).toEqual(['cardNumber']);
    const badNumber = caught(() =>
      replaceCard(membership, 'card_1', '2026-06-01', { ...next, cardNumber: '6220000000000010' }),
    );
    expect(isClubError(badNumber) && badNumber.code).toBe('invalid-input');
    const badDay = caught(() => replaceCard(membership, 'card_1', '2026-13-01', next));
    expect(isClubError(badDay) && badDay.code).toBe('invalid-input');
  });
});
