import { ClubError, INVALID_INPUT } from './errors.js';
import type { IsoDate, IsoInstant } from './dates.js';

// Calendar arithmetic on ISO dates, without their schemas (dates.ts): a page can count days
// without carrying zod.

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a valid ISO date; throws `invalid-input` otherwise. @internal */
export function toDayNumber(date: string): number {
  const m = typeof date === 'string' ? DATE.exec(date) : null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) return ms / DAY_MS;
  }
  const message = `Expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(date)}`;
  throw new ClubError(INVALID_INPUT, message, { issues: [{ path: [], code: 'invalid_format', message }] });
}

/** The ISO date of a day number. @internal */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date `days` calendar days after `date` (before, when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new ClubError(INVALID_INPUT, `days must be an integer, got ${String(days)}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * The date `months` calendar months after `date`; a day that the target month lacks becomes
 * its last day (`2025-01-31` + 1 month = `2025-02-28`).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new ClubError(INVALID_INPUT, `months must be an integer, got ${String(months)}`);
  const start = new Date(toDayNumber(date) * DAY_MS);
  const total = start.getUTCFullYear() * 12 + start.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromDayNumber(Date.UTC(year, month, Math.min(start.getUTCDate(), lastDay)) / DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Compares two ISO dates: negative, zero or positive, like `Array#sort` wants. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** The UTC calendar date of an instant or a `Date`, e.g. to pass as `today`. */
export function dateOf(instant: IsoInstant | Date): IsoDate {
  const d = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(d.getTime())) throw new ClubError(INVALID_INPUT, `Expected an instant, got ${String(instant)}`);
  return d.toISOString().slice(0, 10);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (`YYYY-MM-DD`) at an instant in an IANA time zone: the club's "today".
 *
 * @example
 * dateInZone(new Date('2026-11-27T17:00:00Z'), 'Asia/Shanghai') // '2026-11-28'
 */
export function dateInZone(instant: Date, timeZone: string): IsoDate {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** How far the wall clock of `timeZone` is ahead of UTC at the instant `ms`, in milliseconds. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormats.set(timeZone, format);
  }
  const part = (parts: Intl.DateTimeFormatPart[], type: string) => Number(parts.find((p) => p.type === type)?.value);
  const parts = format.formatToParts(new Date(ms));
  const wall = Date.UTC(
    part(parts, 'year'),
    part(parts, 'month') - 1,
    part(parts, 'day'),
    part(parts, 'hour'),
    part(parts, 'minute'),
    part(parts, 'second'),
  );
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a calendar date begins in an IANA time zone (its local midnight), as ISO 8601 UTC
 * with milliseconds: where a club's day starts, for bounding a period of club dates.
 *
 * @example
 * startOfDayInZone('2026-11-28', 'Asia/Shanghai') // '2026-11-27T16:00:00.000Z'
 */
export function startOfDayInZone(date: IsoDate, timeZone: string): IsoInstant {
  const midnightUtc = toDayNumber(date) * 86_400_000;
  // Twice: the offset at the first guess may differ from the one at local midnight (a DST change).
  const guess = midnightUtc - zoneOffsetMs(midnightUtc, timeZone);
  return new Date(midnightUtc - zoneOffsetMs(guess, timeZone)).toISOString();
}
