import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../shared/calendar.js';
import { isClubError } from '../shared/errors.js';
import { nextAnniversary } from './anniversary.js';

describe('nextAnniversary', () => {
  it('bills on the first anniversary after today', () => {
    expect(nextAnniversary('2025-06-01', '2025-06-01')).toBe('2026-06-01');
    expect(nextAnniversary('2025-06-01', '2026-05-31')).toBe('2026-06-01');
    expect(nextAnniversary('2025-06-01', '2026-06-02')).toBe('2027-06-01');
  });

  it('moves on to the next year when today is the anniversary itself', () => {
    expect(nextAnniversary('2025-06-01', '2026-06-01')).toBe('2027-06-01');
  });

  it('puts a 02-29 anniversary on 02-28 in common years and on 02-29 in leap years', () => {
    expect(nextAnniversary('2024-02-29', '2024-03-01')).toBe('2025-02-28');
    expect(nextAnniversary('2024-02-29', '2026-01-10')).toBe('2026-02-28');
    expect(nextAnniversary('2024-02-29', '2027-03-01')).toBe('2028-02-29');
  });

  it('gives the first anniversary when today is before joining', () => {
    expect(nextAnniversary('2027-01-15', '2026-11-27')).toBe('2028-01-15');
  });

  it('refuses dates that are not YYYY-MM-DD with invalid-input', () => {
    let error: unknown;
    try {
      nextAnniversary('2026-13-01', '2026-11-27');
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(() => nextAnniversary('2026-01-01', '27/11/2026')).toThrow(/today/);
  });

  it('is after today, at most a year after, and a whole number of years after joining', () => {
    const date = fc.integer({ min: 0, max: 30_000 }).map((n) => addDays('1990-01-01', n));
    fc.assert(
      fc.property(date, date, (joinedOn, today) => {
        const next = nextAnniversary(joinedOn, today);
        const years = Number(next.slice(0, 4)) - Number(joinedOn.slice(0, 4));
        return (
          next > today &&
          years >= 1 &&
          next === addMonths(joinedOn, 12 * years) &&
          (today < joinedOn || next <= addMonths(today, 12))
        );
      }),
    );
  });
});
