import { describe, expect, it } from 'vitest';
import { ClubError } from '../shared/errors.js';
import { NewActivity, type Activity, type ActivitySignUp } from './activity.js';
import { cancelActivitySignUp, mayJoinActivities, signUpForActivity, signUpOpen } from './activity-rules.js';
import { VipErrorCode } from './errors.js';
import type { VipMembership } from './vip-membership.js';

const NOW = '2026-06-10T04:00:00.000Z';
const trip: Activity = {
  id: 'act_trip',
  kind: 'self-drive-trip',
  title: '西雙版納自駕游',
  startsOn: '2026-07-01',
  endsOn: '2026-07-03',
  capacity: 2,
  priceFen: 58000,
  signUpFrom: '2026-06-01',
  signUpUntil: '2026-06-25',
  seatsTaken: 0,
  createdAt: '2026-05-20T02:00:00.000Z',
};
const seat = (activity: Activity, memberId: string, today = '2026-06-10', current?: ActivitySignUp) =>
  signUpForActivity({
    activity,
    id: `asu_${memberId}`,
    memberId: `mbr_${memberId}`,
    branchId: 'br_north',
    mayJoin: true,
    current,
    now: NOW,
    today,
  });
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (e) {
    if (e instanceof ClubError) return e.code;
    throw e;
  }
  return undefined;
};

describe('mayJoinActivities', () => {
  const membership = { validFrom: '2026-01-01', activeUntil: '2026-12-31', validUntil: '2027-01-10' };
  const vip = {
    validFrom: '2026-03-01',
    activeUntil: '2027-02-28',
    validUntil: '2027-03-10',
  } as Pick<VipMembership, 'validFrom' | 'activeUntil' | 'validUntil'> as VipMembership;

  it('lets a member in with an active membership or one in its grace days, not after', () => {
    expect(mayJoinActivities({ memberships: [membership], vip: undefined }, '2026-06-10')).toBe(true);
    expect(mayJoinActivities({ memberships: [membership], vip: undefined }, '2027-01-10')).toBe(true);
    expect(mayJoinActivities({ memberships: [membership], vip: undefined }, '2027-01-11')).toBe(false);
  });

  it('lets a VIP card holder in without an insurance membership, and not once the card is cancelled', () => {
    expect(mayJoinActivities({ memberships: [], vip }, '2026-06-10')).toBe(true);
    expect(mayJoinActivities({ memberships: [], vip: { ...vip, cancelledOn: '2026-06-10' } }, '2026-06-10')).toBe(
      false,
    );
  });

  it('keeps out a member whose only membership was cancelled, or has not started', () => {
    expect(
      mayJoinActivities({ memberships: [{ ...membership, cancelledOn: '2026-05-01' }], vip: undefined }, '2026-06-10'),
    ).toBe(false);
    expect(mayJoinActivities({ memberships: [membership], vip: undefined }, '2025-12-31')).toBe(false);
  });
});

describe('signUpForActivity', () => {
  it('gives the last seat and then refuses the next member as full', () => {
    const first = seat(trip, 'a');
    const second = seat(first.activity, 'b');
    expect(second.activity.seatsTaken).toBe(2);
    expect(second.signUp).toMatchObject({ status: 'signed-up', priceFen: 58000, startsOn: '2026-07-01' });
    expect(codeOf(() => seat(second.activity, 'c'))).toBe(VipErrorCode.activityFull);
  });

  it('takes a sign-up on the window’s first and last day, and refuses one the day before or after', () => {
    expect(seat(trip, 'a', '2026-06-01').signUp.status).toBe('signed-up');
    expect(seat(trip, 'a', '2026-06-25').signUp.status).toBe('signed-up');
    expect(codeOf(() => seat(trip, 'a', '2026-05-31'))).toBe(VipErrorCode.signUpClosed);
    expect(codeOf(() => seat(trip, 'a', '2026-06-26'))).toBe(VipErrorCode.signUpClosed);
    expect(signUpOpen(trip, '2026-06-26')).toBe(false);
  });

  it('refuses a second seat to the same member', () => {
    const first = seat(trip, 'a');
    expect(codeOf(() => seat(first.activity, 'a', '2026-06-10', first.signUp))).toBe(VipErrorCode.alreadySignedUp);
  });

  it('refuses a member without a valid membership or card before anything else', () => {
    const full = { ...trip, seatsTaken: 2 };
    expect(
      codeOf(() =>
        signUpForActivity({
          activity: full,
          id: 'asu_x',
          memberId: 'mbr_x',
          branchId: 'br_north',
          mayJoin: false,
          current: undefined,
          now: NOW,
          today: '2026-06-10',
        }),
      ),
    ).toBe(VipErrorCode.notAMember);
  });

  it('seats a member on a free activity at 0 fen', () => {
    expect(seat({ ...trip, kind: 'gathering', priceFen: 0 }, 'a').signUp).toMatchObject({
      kind: 'gathering',
      priceFen: 0,
    });
  });
});

describe('cancelActivitySignUp', () => {
  it('frees a cancelled seat for the next member', () => {
    const a = seat(trip, 'a');
    const b = seat(a.activity, 'b');
    const cancelled = cancelActivitySignUp(a.signUp, b.activity, NOW, '2026-06-12');
    expect(cancelled.signUp).toMatchObject({ status: 'cancelled', cancelledAt: NOW });
    expect(cancelled.activity.seatsTaken).toBe(1);
    expect(seat(cancelled.activity, 'c').activity.seatsTaken).toBe(2);
  });

  it('cancels on the day before the start, and not on the first day or twice', () => {
    const a = seat(trip, 'a');
    expect(cancelActivitySignUp(a.signUp, a.activity, NOW, '2026-06-30').signUp.status).toBe('cancelled');
    expect(codeOf(() => cancelActivitySignUp(a.signUp, a.activity, NOW, '2026-07-01'))).toBe(
      VipErrorCode.activityStarted,
    );
    const done = cancelActivitySignUp(a.signUp, a.activity, NOW, '2026-06-12');
    expect(codeOf(() => cancelActivitySignUp(done.signUp, done.activity, NOW, '2026-06-13'))).toBe(
      VipErrorCode.signUpCancelled,
    );
  });
});

describe('NewActivity', () => {
  const input = {
    kind: 'group-buying',
    title: '團購輪胎',
    startsOn: '2026-07-01',
    endsOn: '2026-07-01',
    capacity: 50,
    priceFen: 0,
    signUpFrom: '2026-06-01',
    signUpUntil: '2026-06-30',
  };

  it('accepts a window that closes the day before the start', () => {
    expect(NewActivity.safeParse(input).success).toBe(true);
  });

  it('takes a place of up to 100 characters, trimmed, or none, and refuses a blank or longer one', () => {
    expect(NewActivity.parse({ ...input, place: '  景洪 會員服務中心 ' }).place).toBe('景洪 會員服務中心');
    expect(NewActivity.parse(input).place).toBeUndefined();
    expect(NewActivity.safeParse({ ...input, place: 'x'.repeat(100) }).success).toBe(true);
    for (const place of ['   ', 'x'.repeat(101)])
      expect(NewActivity.safeParse({ ...input, place }).error?.issues.map((i) => i.path.join('.'))).toEqual(['place']);
  });

  it('refuses a window that runs into the first day, an end before the start and no seats', () => {
    const paths = (value: object) => NewActivity.safeParse(value).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths({ ...input, signUpUntil: '2026-07-01' })).toEqual(['signUpUntil']);
    expect(paths({ ...input, endsOn: '2026-06-30' })).toContain('endsOn');
    expect(paths({ ...input, capacity: 0 })).toEqual(['capacity']);
    expect(paths({ ...input, priceFen: -1 })).toEqual(['priceFen']);
  });
});
