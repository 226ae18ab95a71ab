import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  dateInZone,
  dateOf,
  daysBetween,
  fromDayNumber,
  isCalendarDate,
  startOfDayInZone,
  toDayNumber,
} from './calendar.js';
import { IsoDate } from './dates.js';

const isoDates = fc.integer({ min: -3650, max: 36500 }).map(fromDayNumber);

describe('calendar arithmetic', () => {
  it('adds days across month and leap-year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 10)).toBe('2026-01-10');
    expect(addDays('2026-01-10', -10)).toBe('2025-12-31');
  });

  it('clamps to the last day when adding a month to the 31st', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 14)).toBe('2027-01-15');
  });

  it('counts days between dates with a sign', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
    expect(compareDates('2026-01-02', '2026-01-01')).toBeGreaterThan(0);
  });

  it('refuses impossible and malformed dates', () => {
    for (const bad of ['2025-02-29', '2025-13-01', '2025-1-1', '20250101', '', 'yesterday']) {
      expect(() => toDayNumber(bad)).toThrow(/YYYY-MM-DD/);
    }
    expect(() => addDays('2025-01-01', 1.5)).toThrow(/integer/);
  });

  it('takes the UTC date of an instant', () => {
    expect(dateOf('2026-11-27T23:59:59Z')).toBe('2026-11-27');
    expect(() => dateOf('soon')).toThrow(/instant/);
  });

  it('makes addDays and daysBetween inverse', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -5000, max: 5000 }), (d, n) => daysBetween(d, addDays(d, n)) === n),
    );
  });

  it('keeps addMonths within the target month', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const out = addMonths(d, n);
        const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
        return months(out) - months(d) === n && Number(out.slice(8)) <= Number(d.slice(8));
      }),
    );
  });
});

describe('dateInZone', () => {
  it('is the calendar date in the zone, which may differ from the UTC date', () => {
    expect(dateInZone(new Date('2026-11-27T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-27');
    expect(dateInZone(new Date('2026-11-27T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-28');
    expect(dateInZone(new Date('2026-11-28T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-27');
    expect(dateInZone(new Date('2026-02-28T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-01');
  });

  it('refuses a time zone Intl does not know', () => {
    expect(() => dateInZone(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('startOfDayInZone', () => {
  it('follows a daylight-saving change', () => {
    expect(startOfDayInZone('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('is the instant the zone turns to the date', () => {
    expect(startOfDayInZone('2026-11-28', 'Asia/Shanghai').toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(startOfDayInZone('2026-11-28', 'UTC').toISOString()).toBe('2026-11-28T00:00:00.000Z');
    expect(startOfDayInZone('2026-07-01', 'America/Los_Angeles').toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });

  it('starts a day with no midnight at its first hour, and gives a skipped day no instants', () => {
    // Santiago moved its clocks from 00:00 to 01:00 on 2024-09-08.
    expect(startOfDayInZone('2024-09-08', 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
    // Samoa skipped 2011-12-30: it starts where 2011-12-31 does.
    expect(startOfDayInZone('2011-12-30', 'Pacific/Apia')).toEqual(startOfDayInZone('2011-12-31', 'Pacific/Apia'));
  });

  it('agrees with dateInZone one millisecond either side, in every kind of zone', () => {
    const zones = [
      'UTC',
      'Asia/Shanghai',
      'America/Los_Angeles',
      'America/Santiago',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    fc.assert(
      fc.property(isoDates, fc.constantFrom(...zones), (date, zone) => {
        const start = startOfDayInZone(date, zone).getTime();
        expect(dateInZone(new Date(start), zone) >= date).toBe(true);
        expect(dateInZone(new Date(start - 1), zone) < date).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('isCalendarDate', () => {
  it('accepts the dates the IsoDate schema accepts, and no other text', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), two(19), two(39))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${m}-${d}`);
    fc.assert(
      fc.property(fc.oneof(shaped, isoDates, fc.string()), (value) => {
        expect(isCalendarDate(value)).toBe(IsoDate.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows leap years and month ends, and refuses what is not a string', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-11-31')).toBe(false);
    expect(isCalendarDate('2026-11-27T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20261127)).toBe(false);
    expect(isCalendarDate(undefined)).toBe(false);
  });
});
