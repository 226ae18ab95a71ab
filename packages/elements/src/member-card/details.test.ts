import type { MemberCardView } from '@clubkit/core/api';
import {
  cancelMembership,
  issueCardNumber,
  membershipState,
  startMembership,
  type Membership,
} from '@clubkit/core/membership';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../messages/load-messages.js';
import { memberCardDetails } from './details.js';
import { formatCalendarDate } from '../shared/intl.js';
import { memberCardStatusText } from './status-text.js';

// A VIP membership backed by a 2026 policy: active through 2026-12-31, in grace through 2027-01-10.
const policy = {
  id: 'pol_1',
  number: 'PDAA0000000001',
  memberId: 'mbr_1',
  branchId: 'br_jinghong',
  plate: '雲K8A123',
  start: '2026-01-01',
  end: '2026-12-31',
};
function membershipIssuedOn(day: string, tier: 'standard' | 'vip' = 'vip'): Membership {
  return startMembership(
    {
      id: 'mem_1',
      memberId: 'mbr_1',
      branchId: 'br_jinghong',
      tier,
      policy,
      card: { id: 'card_1', number: issueCardNumber('62188', 1) },
    },
    day,
  );
}
function view(today: string, membership: Membership = membershipIssuedOn('2026-01-01')): MemberCardView {
  return {
    holder: { id: 'mbr_1', name: '陳美玲' },
    branch: { id: 'br_jinghong', name: '景洪分公司', region: 'jinghong' },
    membership,
    today,
  };
}

/** A VIP year bought alone (A5): no policy, no car, no insurance-club membership. */
function vipOnlyView(today: string): MemberCardView {
  const card = membershipIssuedOn('2026-03-01').card;
  return {
    holder: { id: 'mbr_1', name: '陳美玲' },
    branch: { id: 'br_jinghong', name: '景洪分公司', region: 'jinghong' },
    vip: {
      id: 'vms_1',
      memberId: 'mbr_1',
      branchId: 'br_jinghong',
      memberSince: '2026-03-01',
      validFrom: '2026-03-01',
      activeUntil: '2027-02-28',
      validUntil: '2027-03-10',
      card: { ...card, membershipId: 'vms_1', tier: 'vip' },
      orderIds: ['vor_1'],
    },
    today,
  };
}

describe('memberCardDetails', () => {
  it('shows the VIP card of a member whose only membership is a VIP year, by the same rules', () => {
    const details = memberCardDetails(vipOnlyView('2027-03-05'));
    expect(details.shown).toBe(details.view.vip);
    expect(details).toMatchObject({ membershipState: 'grace', days: 6, canRenew: true, renewUrgent: true });
    expect(details.lastFour).toBe(issueCardNumber('62188', 1).slice(-4));
  });

  it('refuses a view with neither a membership nor a VIP membership', () => {
    const { holder, branch, today } = vipOnlyView('2026-06-01');
    expect(() => memberCardDetails({ holder, branch, today })).toThrow(TypeError);
  });

  it('counts the days until a pending membership starts', () => {
    const details = memberCardDetails(view('2025-12-20', membershipIssuedOn('2025-12-20')));
    expect(details).toMatchObject({ membershipState: 'pending', days: 12, canRenew: false, renewUrgent: false });
  });

  it('counts the active days left through the policy end, today included', () => {
    expect(memberCardDetails(view('2026-12-01'))).toMatchObject({
      membershipState: 'active',
      days: 31,
      canRenew: true,
      renewUrgent: false,
    });
    expect(memberCardDetails(view('2026-12-31')).days).toBe(1);
  });

  it('counts the grace days left through validUntil, today included, and makes renewal urgent', () => {
    expect(memberCardDetails(view('2027-01-01'))).toMatchObject({
      membershipState: 'grace',
      days: 10,
      canRenew: true,
      renewUrgent: true,
    });
    expect(memberCardDetails(view('2027-01-10')).days).toBe(1);
  });

  it('counts the days since an expired membership ended and makes renewal urgent', () => {
    expect(memberCardDetails(view('2027-01-15'))).toMatchObject({
      membershipState: 'expired',
      days: 5,
      canRenew: true,
      renewUrgent: true,
    });
  });

  it('offers no renewal and no day count for a cancelled membership', () => {
    const cancelled = cancelMembership(membershipIssuedOn('2026-01-01'), '2026-06-01');
    expect(memberCardDetails(view('2026-06-02', cancelled))).toMatchObject({
      membershipState: 'cancelled',
      days: undefined,
      canRenew: false,
      renewUrgent: false,
    });
  });

  it('masks the card number to its last four digits', () => {
    const details = memberCardDetails(view('2026-06-01'));
    const number = details.shown.card.number;
    expect(details.maskedNumber).toBe(`•••• •••• •••• ${number.slice(-4)}`);
    expect(details.lastFour).toBe(number.slice(-4));
    expect(details.maskedNumber).not.toContain(number.slice(0, 12));
  });

  it('places a view by core’s rule without checking it again, as core’s checked membershipState would', () => {
    for (const today of ['2025-12-31', '2026-06-01', '2027-01-05', '2027-02-01'])
      expect(memberCardDetails(view(today)).membershipState).toBe(
        membershipState(membershipIssuedOn('2026-01-01'), today),
      );
  });
});

const [en, zhHant, zhHans] = await Promise.all([loadMessages('en'), loadMessages('zh-Hant'), loadMessages('zh-Hans')]);

describe('memberCardStatusText', () => {
  it('says every state in words with its day count', () => {
    expect(memberCardStatusText(memberCardDetails(view('2025-12-31', membershipIssuedOn('2025-12-31'))), en)).toBe(
      'Not yet valid: starts in 1 day',
    );
    expect(memberCardStatusText(memberCardDetails(view('2026-12-01')), en)).toBe('Active: valid for 31 more days');
    expect(memberCardStatusText(memberCardDetails(view('2026-12-31')), en)).toBe('Active: valid for 1 more day');
    expect(memberCardStatusText(memberCardDetails(view('2027-01-08')), en)).toBe('Grace period: 3 days left to renew');
    expect(memberCardStatusText(memberCardDetails(view('2027-01-11')), en)).toBe('Expired 1 day ago');
  });

  it('gives the cancellation date in the locale', () => {
    const cancelled = memberCardDetails(
      view('2026-06-02', cancelMembership(membershipIssuedOn('2026-01-01'), '2026-06-01')),
    );
    expect(memberCardStatusText(cancelled, en)).toBe('Cancelled on June 1, 2026');
    expect(memberCardStatusText(cancelled, zhHant)).toBe('已於 2026年6月1日 取消');
  });

  it('speaks Traditional and Simplified Chinese', () => {
    const grace = memberCardDetails(view('2027-01-01'));
    expect(memberCardStatusText(grace, zhHant)).toBe('寬限期：尚餘 10 天可續約');
    expect(memberCardStatusText(grace, zhHans)).toBe('宽限期：还剩 10 天可续约');
    expect(memberCardStatusText(memberCardDetails(view('2027-01-15')), zhHans)).toBe('已过期 5 天');
  });
});

describe('formatCalendarDate', () => {
  it('formats the calendar day itself, whatever the time zone', () => {
    expect(formatCalendarDate('2027-01-10', 'en')).toBe('January 10, 2027');
    expect(formatCalendarDate('2027-01-10', 'zh-Hans')).toBe('2027年1月10日');
  });

  it('falls back to the default locale for a tag Intl refuses', () => {
    expect(formatCalendarDate('2027-01-10', 'not a locale!')).toMatch(/2027/);
  });
});
