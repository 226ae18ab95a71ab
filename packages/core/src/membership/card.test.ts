import { describe, expect, it } from 'vitest';
import { MemberCard } from './card.js';
import { issueCardNumber } from './card-number.js';

const card = {
  id: 'card_1',
  number: issueCardNumber('622', 1),
  membershipId: 'mem_1',
  memberId: 'mbr_1',
  tier: 'standard',
  status: 'active',
  issuedOn: '2026-01-01',
};

function messages(value: unknown): string[] {
  return (MemberCard.safeParse(value).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('MemberCard schema', () => {
  it('accepts an active, a superseded and a cancelled card', () => {
    expect(messages(card)).toEqual([]);
    expect(messages({ ...card, status: 'superseded', supersededOn: '2027-01-01' })).toEqual([]);
    expect(messages({ ...card, status: 'cancelled', cancelledOn: '2026-06-01' })).toEqual([]);
    expect(messages({ ...card, status: 'cancelled', supersededOn: '2027-01-01', cancelledOn: '2027-02-01' })).toEqual(
      [],
    );
  });

  it('refuses a superseded card without supersededOn', () => {
    expect(messages({ ...card, status: 'superseded' })).toEqual(['supersededOn: A superseded card needs supersededOn']);
  });

  it('refuses cancelledOn on a card that is not cancelled, and its absence on one that is', () => {
    expect(messages({ ...card, cancelledOn: '2026-06-01' })).toHaveLength(1);
    expect(messages({ ...card, status: 'cancelled' })).toHaveLength(1);
  });

  it('refuses an active card with supersededOn', () => {
    expect(messages({ ...card, supersededOn: '2026-06-01' })).toEqual([
      'supersededOn: An active card has no supersededOn',
    ]);
  });

  it('refuses a wrong card number, status or tier', () => {
    expect(messages({ ...card, number: '6220000000000010' }).map((m) => m.split(':')[0])).toEqual(['number']);
    expect(messages({ ...card, status: 'lost' }).map((m) => m.split(':')[0])).toEqual(['status']);
    expect(messages({ ...card, tier: 'gold' }).map((m) => m.split(':')[0])).toEqual(['tier']);
  });
});
