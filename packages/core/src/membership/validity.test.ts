import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber } from '../shared/calendar.js';
import { isClubError } from '../shared/errors.js';
import { MembershipStatus } from './states.js';
import { DEFAULT_GRACE_DAYS, membershipStatus, membershipWindow } from './validity.js';
import { caught } from '../shared/fixtures.js';

function expectInvalid(fn: () => unknown, path?: (string | number)[]): void {
  const error = caught(fn);
  expect(isClubError(error) && error.code).toBe('invalid-input');
  if (path) expect(isClubError(error) && error.issues[0]?.path).toEqual(path);
}

const days = fc.integer({ min: 0, max: 40_000 }).map(fromDayNumber);
const periods = fc
  .tuple(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 800 }))
  .map(([start, length]) => ({ start: fromDayNumber(start), end: fromDayNumber(start + length) }));
const graceDays = fc.integer({ min: 0, max: 366 });
const ORDER = [MembershipStatus.pending, MembershipStatus.active, MembershipStatus.grace, MembershipStatus.expired];

describe('membershipWindow', () => {
  it('runs from the policy start through the policy end plus 10 days by default', () => {
    const window = membershipWindow({ start: '2026-01-01', end: '2026-12-31' });
    expect(window).toEqual({
      validFrom: '2026-01-01',
      activeUntil: '2026-12-31',
      validUntil: addDays('2026-12-31', DEFAULT_GRACE_DAYS),
    });
    expect(window.validUntil).toBe('2027-01-10');
    expect(DEFAULT_GRACE_DAYS).toBe(10);
  });

  it('crosses month ends and leap days in the grace period', () => {
    expect(membershipWindow({ start: '2023-02-25', end: '2024-02-25' }).validUntil).toBe('2024-03-06');
    expect(membershipWindow({ start: '2024-03-01', end: '2025-02-25' }).validUntil).toBe('2025-03-07');
  });

  it('takes a custom grace length, including none and a whole leap year', () => {
    expect(membershipWindow({ start: '2026-01-01', end: '2026-06-30' }, { graceDays: 0 }).validUntil).toBe(
      '2026-06-30',
    );
    expect(membershipWindow({ start: '2026-01-01', end: '2026-06-30' }, { graceDays: 366 }).validUntil).toBe(
      '2027-07-01',
    );
  });

  it('accepts a one-day policy', () => {
    expect(membershipWindow({ start: '2026-05-01', end: '2026-05-01' })).toMatchObject({
      validFrom: '2026-05-01',
      activeUntil: '2026-05-01',
    });
  });

  it('accepts a whole policy and ignores its other fields', () => {
    const policy = { id: 'pol_1', number: 'P-1', start: '2026-01-01', end: '2026-12-31' };
    expect(Object.keys(membershipWindow(policy)).sort()).toEqual(['activeUntil', 'validFrom', 'validUntil']);
  });

  it('refuses a policy that ends before it starts', () => {
    expectInvalid(() => membershipWindow({ start: '2026-01-02', end: '2026-01-01' }), ['end']);
  });

  it('refuses malformed dates', () => {
    expectInvalid(() => membershipWindow({ start: '2026-02-30', end: '2026-12-31' }), ['start']);
    expectInvalid(() => membershipWindow({ start: '2026-01-01' } as never), ['end']);
  });

  it('refuses a grace length outside 0..366 or not whole', () => {
    for (const bad of [-1, 367, 1.5])
      expectInvalid(
        () => membershipWindow({ start: '2026-01-01', end: '2026-12-31' }, { graceDays: bad }),
        ['graceDays'],
      );
  });

  it('always puts validUntil graceDays after activeUntil', () => {
    fc.assert(
      fc.property(periods, graceDays, (period, grace) => {
        const w = membershipWindow(period, { graceDays: grace });
        return (
          w.validFrom === period.start &&
          w.activeUntil === period.end &&
          daysBetween(w.activeUntil, w.validUntil) === grace
        );
      }),
    );
  });
});

describe('membershipStatus', () => {
  const window = membershipWindow({ start: '2026-01-01', end: '2026-12-31' });

  it('is pending before validFrom and active from it', () => {
    expect(membershipStatus(window, '2025-12-31')).toBe('pending');
    expect(membershipStatus(window, '2026-01-01')).toBe('active');
  });

  it('is active on the day of activeUntil and in grace the day after', () => {
    expect(membershipStatus(window, '2026-12-31')).toBe('active');
    expect(membershipStatus(window, '2027-01-01')).toBe('grace');
  });

  it('is in grace on validUntil and expired the day after', () => {
    expect(membershipStatus(window, '2027-01-10')).toBe('grace');
    expect(membershipStatus(window, '2027-01-11')).toBe('expired');
  });

  it('goes straight from active to expired without grace days', () => {
    const none = membershipWindow({ start: '2026-01-01', end: '2026-12-31' }, { graceDays: 0 });
    expect(membershipStatus(none, '2026-12-31')).toBe('active');
    expect(membershipStatus(none, '2027-01-01')).toBe('expired');
  });

  it('refuses a malformed today or an inconsistent window', () => {
    expectInvalid(() => membershipStatus(window, '27/11/2026'));
    expectInvalid(() => membershipStatus({ ...window, activeUntil: '2025-12-31' }, '2026-06-01'), ['activeUntil']);
    expectInvalid(() => membershipStatus({ ...window, validUntil: '2026-12-30' }, '2026-06-01'), ['validUntil']);
  });

  it('never goes back as today moves forward', () => {
    fc.assert(
      fc.property(periods, graceDays, days, days, (period, grace, a, b) => {
        const w = membershipWindow(period, { graceDays: grace });
        const [early, late] = a <= b ? [a, b] : [b, a];
        return ORDER.indexOf(membershipStatus(w, early)) <= ORDER.indexOf(membershipStatus(w, late));
      }),
    );
  });

  it('is valid exactly from validFrom through validUntil', () => {
    fc.assert(
      fc.property(periods, graceDays, days, (period, grace, today) => {
        const w = membershipWindow(period, { graceDays: grace });
        const valid = today >= w.validFrom && today <= w.validUntil;
        const status = membershipStatus(w, today);
        return valid === (status === 'active' || status === 'grace');
      }),
    );
  });
});
