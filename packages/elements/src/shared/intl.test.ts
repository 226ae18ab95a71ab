import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatInstant, formatKilometres, formatList } from './intl.js';

describe('formatCalendarDate', () => {
  it('names the calendar day itself, in the long style by default and the medium one on request', () => {
    expect(formatCalendarDate('2027-01-10', 'en')).toBe('January 10, 2027');
    expect(formatCalendarDate('2026-11-27', 'en', 'medium')).toBe('Nov 27, 2026');
    expect(formatCalendarDate('2027-01-10', 'zh-Hant')).toBe('2027年1月10日');
  });

  it('keeps one formatter per style and locale: the same day reads the same after the other style was used', () => {
    const long = formatCalendarDate('2026-03-01', 'en');
    expect(formatCalendarDate('2026-03-01', 'en', 'medium')).not.toBe(long);
    expect(formatCalendarDate('2026-03-01', 'en')).toBe(long);
  });

  it("falls back to the runtime's locale for a tag Intl refuses instead of throwing", () => {
    expect(() => formatCalendarDate('2027-01-10', 'not a locale!')).not.toThrow();
  });
});

describe('formatInstant', () => {
  it('gives a date and a time in the locale', () => {
    const iso = '2026-11-30T06:00:00.000Z';
    expect(formatInstant(iso, 'en')).toBe(
      new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)),
    );
  });

  it('gives the text back for an instant or a locale it cannot format', () => {
    expect(formatInstant('soon', 'en')).toBe('soon');
    expect(formatInstant('2026-11-30T06:00:00.000Z', 'not a locale!')).toBe('2026-11-30T06:00:00.000Z');
  });
});

describe('formatKilometres', () => {
  it('gives kilometres to one decimal in the locale', () => {
    expect(formatKilometres(1.25, 'en')).toBe('1.3 km');
    expect(formatKilometres(12, 'en')).toBe('12 km');
  });
});

describe('formatList', () => {
  it('joins items that all hold as the locale writes a list', () => {
    expect(formatList(['late reports', 'low sales'], 'en')).toBe('late reports and low sales');
    expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(formatList(['遲交報表', '業績不足', '違規'], 'zh-Hant')).toBe('遲交報表、業績不足和違規');
    expect(formatList(['one'], 'zh-Hans')).toBe('one');
    expect(formatList(['A', 'B'], 'not a locale!')).toMatch(/^A.+B$/);
  });
});
