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
  startOfDayInZone,
  toDayNumber,
} from './calendar.js';

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
  it('gives the instant a club day begins', () => {
    expect(startOfDayInZone('2026-11-28', 'Asia/Shanghai')).toBe('2026-11-27T16:00:00.000Z');
    expect(startOfDayInZone('2026-11-28', 'UTC')).toBe('2026-11-28T00:00:00.000Z');
  });

  it('follows a daylight-saving change', () => {
    expect(startOfDayInZone('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-30', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
  });

  it('agrees with dateInZone: the instant belongs to the day, the one before to the day before', () => {
    for (const date of ['2026-01-01', '2026-06-30', '2026-12-31']) {
      for (const zone of ['Asia/Shanghai', 'America/New_York', 'Pacific/Auckland']) {
        const start = new Date(startOfDayInZone(date, zone));
        expect(dateInZone(start, zone)).toBe(date);
        expect(dateInZone(new Date(start.getTime() - 1), zone)).toBe(addDays(date, -1));
      }
    }
  });
});
