import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../shared/calendar.js';
import { cancelMembership } from './cancel.js';
import { issueCardNumber } from './card-number.js';
import { membershipState } from './membership.js';
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
