/**
 * The `Intl` formatters of every widget, made once per locale and kept: building a formatter
 * costs far more than using one, and a widget re-renders its dates on every keystroke or
 * scroll. One module, so the widgets format a day, an instant or a distance the same way.
 */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

/** The formatter cached under `key`, made by `make` the first time it is asked for. */
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  const format = (formats.get(key) as F | undefined) ?? make();
  formats.set(key, format);
  return format;
}

/**
 * Formats a calendar date (`YYYY-MM-DD`, no time zone) for a locale, as the calendar day it
 * names wherever the reader is: it is formatted in UTC, so it never shifts by a time zone
 * (`2027-01-10` → `10 January 2027` in `en`). An unknown locale falls back to the runtime's default.
 *
 * @param dateStyle - `long` for the member card's dates, `medium` for the directory's offers
 */
export function formatCalendarDate(date: string, locale: string, dateStyle: 'long' | 'medium' = 'long'): string {
  const format = cached(dateStyle + locale, () => {
    const options: Intl.DateTimeFormatOptions = { dateStyle, timeZone: 'UTC' };
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      return new Intl.DateTimeFormat(undefined, options);
    }
  });
  return format.format(new Date(`${date}T00:00:00Z`));
}

/**
 * An instant (ISO 8601) as a date and time in the reader's locale and time zone, e.g. a
 * complaint's follow-up deadline; the text as given when the locale or the instant is invalid.
 */
export function formatInstant(iso: string, locale: string): string {
  try {
    return cached(
      'instant' + locale,
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
    ).format(new Date(iso));
  } catch {
    return iso;
  }
}

/** A distance in kilometres, to one decimal, in the reader's locale (`1.2 km`, `1.2公里`). */
export function formatKilometres(km: number, locale: string): string {
  return cached(
    'km' + locale,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 }),
  ).format(km);
}

/**
 * Items that all hold, as one phrase in the reader's locale (`A, B, and C`, `A、B和C`); an
 * unknown locale joins them as the runtime's default does.
 */
export function formatList(items: readonly string[], locale: string): string {
  return cached('list' + locale, () => {
    try {
      return new Intl.ListFormat(locale);
    } catch {
      return new Intl.ListFormat();
    }
  }).format(items);
}
