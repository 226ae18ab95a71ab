import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../shared/calendar.js';
import { cancelMembership } from './cancel.js';
import { issueCardNumber } from './card-number.js';
import { Membership, membershipState } from './membership.js';
import { startMembership } from './start.js';
import { membershipStateOn, membershipStatusOn } from './state-rules.js';
import { membershipStatus, membershipWindow } from './validity.js';

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
    tier: 'standard',
    policy,
    card: { id: 'card_1', number: issueCardNumber('622', 1) },
  },
  '2025-12-15',
);

function paths(value: unknown): string[] {
  return (Membership.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('Membership schema', () => {
  it('accepts a membership made by startMembership', () => {
    expect(paths(membership)).toEqual([]);
  });

  it('requires validUntil to be activeUntil plus graceDays', () => {
    expect(paths({ ...membership, graceDays: 9 })).toEqual(['validUntil']);
    expect(paths({ ...membership, validUntil: addDays(membership.validUntil, 1) })).toEqual(['validUntil']);
  });

  it('requires memberSince ≤ validFrom ≤ activeUntil', () => {
    expect(paths({ ...membership, memberSince: '2026-01-02' })).toEqual(['validFrom']);
    expect(paths({ ...membership, validFrom: '2027-01-01', memberSince: '2027-01-01' })).toEqual(['activeUntil']);
  });

  it('requires the card to belong to the membership and its member', () => {
    expect(paths({ ...membership, card: { ...membership.card, membershipId: 'mem_2' } })).toEqual([
      'card.membershipId',
    ]);
    expect(paths({ ...membership, card: { ...membership.card, memberId: 'mbr_2' } })).toEqual(['card.memberId']);
  });

  it('requires a cancelled card exactly when the membership is cancelled', () => {
    expect(paths({ ...membership, cancelledOn: '2026-03-01' })).toEqual(['card.status']);
    expect(
      paths({ ...membership, card: { ...membership.card, status: 'cancelled', cancelledOn: '2026-03-01' } }),
    ).toEqual(['card.status']);
  });

  it('refuses a membership that renews itself', () => {
    expect(paths({ ...membership, renewedFrom: 'mem_1' })).toEqual(['renewedFrom']);
    expect(paths({ ...membership, renewedFrom: 'mem_0' })).toEqual([]);
  });

  it('reports field errors without cross-field noise', () => {
    expect(paths({ ...membership, validUntil: 'soon', graceDays: -1 }).sort()).toEqual(['graceDays', 'validUntil']);
  });
});

describe('membershipState', () => {
  it('follows the validity window while not cancelled', () => {
    expect(membershipState(membership, '2025-12-31')).toBe('pending');
    expect(membershipState(membership, '2026-12-31')).toBe('active');
    expect(membershipState(membership, '2027-01-10')).toBe('grace');
    expect(membershipState(membership, '2027-01-11')).toBe('expired');
  });

  it('is cancelled from the day of cancellation and as before until then', () => {
    const cancelled = cancelMembership(membership, '2026-06-15');
    expect(membershipState(cancelled, '2026-06-14')).toBe('active');
    expect(membershipState(cancelled, '2026-06-15')).toBe('cancelled');
    expect(membershipState(cancelled, '2030-01-01')).toBe('cancelled');
  });

  it('never leaves cancelled once reached', () => {
    const days = fc.integer({ min: toDayNumber('2025-06-01'), max: toDayNumber('2027-06-01') }).map(fromDayNumber);
    fc.assert(
      fc.property(days, days, days, (cancelOn, a, b) => {
        const cancelled = cancelMembership(membership, cancelOn);
        const [early, late] = a <= b ? [a, b] : [b, a];
        return membershipState(cancelled, early) !== 'cancelled' || membershipState(cancelled, late) === 'cancelled';
      }),
    );
  });

  it('refuses a malformed day or membership', () => {
    expect(() => membershipState(membership, '2026-02-30')).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => membershipState({ ...membership, plate: '京a12345' }, '2026-02-01')).toThrow(/plate/);
  });
});

const day = fc.integer({ min: toDayNumber('2025-06-01'), max: toDayNumber('2027-06-01') }).map(fromDayNumber);

describe('membershipStatusOn', () => {
  it('gives the answer of membershipStatus for any window and day', () => {
    const windows = fc
      .tuple(day, fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 366 }))
      .map(([start, length, graceDays]) =>
        membershipWindow({ start, end: fromDayNumber(toDayNumber(start) + length) }, { graceDays }),
      );
    fc.assert(
      fc.property(
        windows,
        day,
        (window, today) => membershipStatusOn(window, today) === membershipStatus(window, today),
      ),
    );
  });
});

describe('membershipStateOn', () => {
  it('follows the validity window while not cancelled, as membershipState does', () => {
    for (const today of ['2025-12-31', '2026-01-01', '2026-12-31', '2027-01-01', '2027-01-10', '2027-01-11']) {
      expect(membershipStateOn(membership, today)).toBe(membershipState(membership, today));
    }
    expect(membershipStateOn(membership, '2027-01-10')).toBe('grace');
  });

  it('gives the answer of membershipState for any cancellation and day', () => {
    fc.assert(
      fc.property(fc.option(day, { nil: undefined }), day, (cancelOn, today) => {
        const m = cancelOn === undefined ? membership : cancelMembership(membership, cancelOn);
        return membershipStateOn(m, today) === membershipState(m, today);
      }),
    );
  });

  it('does not check its input: for records already checked', () => {
    const unchecked = { ...membership, plate: '京a12345' };
    expect(() => membershipState(unchecked, '2026-02-01')).toThrow(/plate/);
    expect(membershipStateOn(unchecked, '2026-02-01')).toBe('active');
  });
});
