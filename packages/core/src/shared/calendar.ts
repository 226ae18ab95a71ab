import { ClubError, INVALID_INPUT } from './errors.js';
import type { IsoDate, IsoInstant } from './dates.js';

// Calendar arithmetic on ISO dates, without their schemas (dates.ts): a page can count days
// without carrying zod.

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or undefined when it is not a calendar date. */
function dayNumberOf(date: unknown): number | undefined {
  const m = typeof date === 'string' ? DATE.exec(date) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const back = new Date(0);
  back.setUTCFullYear(y, mo - 1, d);
  const ms = back.getTime();
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d
    ? ms / DAY_MS
    : undefined;
}

/**
 * Whether a value is a calendar date written `YYYY-MM-DD`: the dates the `IsoDate` schema
 * accepts, checked without zod (a form in a page can ask before it sends).
 *
 * @example
 * isCalendarDate('2028-02-29') // true
 * isCalendarDate('2026-02-29') // false: 2026 is not a leap year
 * isCalendarDate('2026/11/27') // false
 */
export function isCalendarDate(value: unknown): value is IsoDate {
  return dayNumberOf(value) !== undefined;
}

/** Days since 1970-01-01 for a valid ISO date; throws `invalid-input` otherwise. @internal */
export function toDayNumber(date: string): number {
  const day = dayNumberOf(date);
  if (day !== undefined) return day;
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

/** How far from UTC a zone's clock can be, with a margin: no zone is more than 14 hours off. */
const ZONE_REACH_MS = 15 * 3_600_000;

/**
 * The first instant (to the millisecond) of a calendar date in an IANA time zone: from it on,
 * `dateInZone` gives `date` or later, and before it an earlier date. A period of club dates
 * `from`–`to` is thus the instants from `startOfDayInZone(from)` up to, not including,
 * `startOfDayInZone(addDays(to, 1))`, which a database can compare stored instants with.
 *
 * @example
 * startOfDayInZone('2026-11-28', 'Asia/Shanghai').toISOString() // '2026-11-27T16:00:00.000Z'
 */
export function startOfDayInZone(date: IsoDate, timeZone: string): Date {
  // Searched for, not computed from an offset: a day that starts at 01:00 (a daylight-saving
  // change at midnight) or that a zone skipped altogether still agrees with `dateInZone`.
  let before = toDayNumber(date) * DAY_MS - ZONE_REACH_MS;
  let onOrAfter = before + 2 * ZONE_REACH_MS;
  while (onOrAfter - before > 1) {
    const mid = Math.floor((before + onOrAfter) / 2);
    if (dateInZone(new Date(mid), timeZone) < date) before = mid;
    else onOrAfter = mid;
  }
  return new Date(onOrAfter);
}
