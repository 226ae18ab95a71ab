import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { cancelMembership } from './cancel.js';
import { issueCardNumber } from './card-number.js';
import { retireService } from './catalogue-rules.js';
import type { ClubService } from './catalogue-records.js';
import { NewServiceUse, assertServiceUsable } from './service-use.js';
import { startMembership } from './start.js';

const membership = startMembership(
  {
    id: 'mem_1',
    memberId: 'mbr_1',
    branchId: 'br_1',
    tier: 'standard',
    policy: {
      id: 'pol_1',
      number: 'P-1',
      memberId: 'mbr_1',
      branchId: 'br_1',
      plate: '雲K12345',
      start: '2026-01-01',
      end: '2026-12-31',
    },
    card: { id: 'card_1', number: issueCardNumber('622', 7) },
  },
  '2026-01-01',
);
const wash: ClubService = {
  id: 'svc_wash',
  category: 'car',
  name: '優惠洗車',
  merchantIds: ['mch_wash', 'mch_garage'],
  status: 'active',
};
const use = (over: Partial<Parameters<typeof assertServiceUsable>[0]> = {}) => {
  try {
    assertServiceUsable({ service: wash, merchantId: 'mch_wash', membership, today: '2026-06-01', ...over });
    return 'recorded';
  } catch (error) {
    return isClubError(error) ? error.code : 'not a club error';
  }
};

describe('assertServiceUsable', () => {
  it('lets a member with a valid membership use the service at one of its merchants', () => {
    expect(use()).toBe('recorded');
    expect(use({ merchantId: 'mch_garage' })).toBe('recorded');
  });

  it('counts the membership valid from its first day through its last day of grace (A3 art.5)', () => {
    expect(use({ today: '2026-01-01' })).toBe('recorded');
    expect(use({ today: '2026-12-31' })).toBe('recorded');
    expect(use({ today: '2027-01-10' })).toBe('recorded');
  });

  it('refuses a membership before it starts, after its grace, or cancelled', () => {
    expect(use({ today: '2025-12-31' })).toBe('catalogue/member-not-valid');
    expect(use({ today: '2027-01-11' })).toBe('catalogue/member-not-valid');
    expect(use({ membership: cancelMembership(membership, '2026-05-01') })).toBe('catalogue/member-not-valid');
  });

  it('refuses a merchant that does not give the service, and a service the club gives itself at any merchant', () => {
    expect(use({ merchantId: 'mch_hotel' })).toBe('catalogue/not-offered-here');
    expect(use({ service: { ...wash, merchantIds: [] } })).toBe('catalogue/not-offered-here');
  });

  it('refuses a retired service, and says so before anything else', () => {
    const retired = retireService(wash, '2026-05-31');
    expect(use({ service: retired })).toBe('catalogue/service-retired');
    expect(use({ service: retired, merchantId: 'mch_hotel', today: '2030-01-01' })).toBe('catalogue/service-retired');
  });

  it('names the membership state in the refusal', () => {
    try {
      assertServiceUsable({ service: wash, merchantId: 'mch_wash', membership, today: '2027-02-01' });
      expect.unreachable();
    } catch (error) {
      expect(isClubError(error) && error.details).toEqual({ membershipId: 'mem_1', state: 'expired' });
    }
  });

  it('lets a VIP-only card holder use the service while the VIP card is valid, grace included (A5)', () => {
    // The VIP membership carries no policy: only its dates, which the same state rule reads.
    const vip = { id: 'vip_1', validFrom: '2026-03-01', activeUntil: '2027-02-28', validUntil: '2027-03-10' };
    expect(use({ membership: vip, today: '2026-03-01' })).toBe('recorded');
    expect(use({ membership: vip, today: '2027-03-10' })).toBe('recorded');
    expect(use({ membership: vip, today: '2026-02-28' })).toBe('catalogue/member-not-valid');
    expect(use({ membership: vip, today: '2027-03-11' })).toBe('catalogue/member-not-valid');
    expect(use({ membership: { ...vip, cancelledOn: '2026-09-01' }, today: '2026-09-01' })).toBe(
      'catalogue/member-not-valid',
    );
  });
});

describe('NewServiceUse', () => {
  it('needs the service and a card number with a good check digit', () => {
    const cardNumber = issueCardNumber('622', 7);
    expect(NewServiceUse.safeParse({ serviceId: 'svc_wash', cardNumber }).success).toBe(true);
    const typo = `${cardNumber.slice(0, 15)}${String((Number(cardNumber.at(-1)) + 1) % 10)}`;
    expect(NewServiceUse.safeParse({ serviceId: 'svc_wash', cardNumber: typo }).success).toBe(false);
    expect(NewServiceUse.safeParse({ serviceId: 'mch_wash', cardNumber }).success).toBe(false);
  });
});
