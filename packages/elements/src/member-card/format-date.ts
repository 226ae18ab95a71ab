const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats a calendar date (`YYYY-MM-DD`, no time zone) for a locale with `Intl`, as the
 * calendar day it names wherever the reader is (`2027-01-10` → `10 January 2027` in `en`).
 * An unknown locale falls back to the runtime's default.
 */
export function formatCalendarDate(date: string, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat(undefined, options);
    }
    formats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
