import * as z from 'zod/mini';
import { addDays, addMonths } from '../shared/calendar.js';
import { IsoDate } from '../shared/dates.js';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { IsoMonth } from './compliance.js';
import { weekOf } from './reports.js';

// The alliance's time rules (A1 考核及獎罰規定 1 and 3): the visit fund exists only in the
// alliance's first half-year, and the member visit list goes to the sales centre weekly in that
// half-year and monthly after it. Both are counted from the day the alliance was founded.

/** The visit fund a month during the alliance's first half-year: 500 CNY, in fen. */
export const VISIT_FUND_FEN = 50_000;
/** The length of the alliance's first half-year (成立初期, 時間半年), in calendar months. */
export const FIRST_HALF_YEAR_MONTHS = 6;

/** How often the member visit list (《聯銷體成員走訪一覽表》) goes to the sales centre. */
export const VisitListCadence = {
  /** Every week, Monday to Sunday: in the alliance's first half-year. */
  weekly: 'weekly',
  /** Once a calendar month: after the first half-year. */
  monthly: 'monthly',
} as const;
/** How often the member visit list goes to the sales centre. */
export type VisitListCadence = (typeof VisitListCadence)[keyof typeof VisitListCadence];

/** The alliance's first half-year: from its founding day through `lastDay`, both inclusive. */
export const FirstHalfYear = z.object({
  /** The day the alliance was founded. */
  from: IsoDate,
  /** The half-year's last day: six calendar months on, less a day. */
  lastDay: IsoDate,
});
/** The alliance's first half-year. */
export type FirstHalfYear = z.infer<typeof FirstHalfYear>;

/**
 * The alliance's first half-year: from the founding day to the day before the same day six
 * calendar months later (calendar arithmetic: founded on 08-31, the half-year ends on 02-27).
 *
 * @example
 * firstHalfYear('2026-08-01') // { from: '2026-08-01', lastDay: '2027-01-31' }
 */
export function firstHalfYear(foundedOn: string): FirstHalfYear {
  const from = parseInput(IsoDate, foundedOn, 'foundedOn');
  return { from, lastDay: addDays(addMonths(from, FIRST_HALF_YEAR_MONTHS), -1) };
}

/** Whether a day lies in the alliance's first half-year: on or after the founding day, through its last day. */
export function inFirstHalfYear(foundedOn: string, date: string): boolean {
  const { from, lastDay } = firstHalfYear(foundedOn);
  const day = parseInput(IsoDate, date, 'date');
  return from <= day && day <= lastDay;
}

/** The last day of a month, `YYYY-MM` → `YYYY-MM-DD`. */
export function monthEnd(month: IsoMonth): string {
  return addDays(addMonths(`${month}-01`, 1), -1);
}

/**
 * The visit fund of a salesperson's month: 500 CNY when the month's pay is counted (its last
 * day) inside the alliance's first half-year and the salesperson had started by then; nothing
 * otherwise. Whatever the founding day, that is six months of fund: the founding month and the
 * five after it.
 *
 * @example
 * visitFundFor({ foundedOn: '2026-08-01', startedOn: '2026-08-15' }, '2027-01') // 50_000: counted on 01-31, the half-year's last day
 * visitFundFor({ foundedOn: '2026-08-01', startedOn: '2026-08-15' }, '2027-02') // 0
 */
export function visitFundFor(dates: { foundedOn: string; startedOn: string }, month: IsoMonth): number {
  const countedOn = monthEnd(parseInput(IsoMonth, month, 'month'));
  const started = parseInput(IsoDate, dates.startedOn, 'startedOn') <= countedOn;
  return started && inFirstHalfYear(dates.foundedOn, countedOn) ? VISIT_FUND_FEN : 0;
}

/** One member visit list the sales centre receives, and the days it covers. */
export const VisitListPeriod = z.object({
  cadence: z.enum([VisitListCadence.weekly, VisitListCadence.monthly]),
  /** The first day the list covers. */
  from: IsoDate,
  /** The last day it covers; the list is due once this day is over. */
  to: IsoDate,
});
/** One member visit list the sales centre receives. */
export type VisitListPeriod = z.infer<typeof VisitListPeriod>;

/**
 * The visit list that covers a day: weekly (Monday to Sunday) through the first half-year,
 * monthly (the calendar month) after it. The lists meet at the half-year's end without a gap or
 * an overlap: the week holding the last day stops there, and the first monthly list starts the
 * day after. A day before the founding is in no list (null).
 *
 * Decision (A1 考核及獎罰規定 3: "每周…匯總傳真至銷售中心 (聯銷體成立初期半年內, 超過半年, 每月匯總傳真一次)"):
 * after the half-year the sales centre requires one list a month; a weekly list is then not
 * required of it, but not refused either, since the salesperson still hands the region a list
 * every week (操作程序 4) and the weekly report stays available for that.
 *
 * @example
 * visitListPeriodOn('2026-08-01', '2027-01-31') // { cadence: 'weekly', from: '2027-01-25', to: '2027-01-31' }
 * visitListPeriodOn('2026-08-01', '2027-02-01') // { cadence: 'monthly', from: '2027-02-01', to: '2027-02-28' }
 */
export function visitListPeriodOn(foundedOn: string, date: string): VisitListPeriod | null {
  const { from: founded, lastDay } = firstHalfYear(foundedOn);
  const day = parseInput(IsoDate, date, 'date');
  if (day < founded) return null;
  if (day <= lastDay) {
    const { weekStart, weekEnd } = weekOf(day);
    return {
      cadence: VisitListCadence.weekly,
      from: weekStart < founded ? founded : weekStart,
      to: weekEnd > lastDay ? lastDay : weekEnd,
    };
  }
  const first = `${day.slice(0, 7)}-01`;
  const after = addDays(lastDay, 1);
  return { cadence: VisitListCadence.monthly, from: first < after ? after : first, to: monthEnd(day.slice(0, 7)) };
}

/**
 * The visit lists the sales centre receives for a month: every list whose last day falls in it,
 * in order. In the first half-year that is each week ending in the month (and the short week
 * ending on the half-year's last day); after it, the month's one list.
 *
 * @example
 * visitListsDue('2026-08-01', '2027-02') // [{ cadence: 'monthly', from: '2027-02-01', to: '2027-02-28' }]
 */
export function visitListsDue(foundedOn: string, month: IsoMonth): VisitListPeriod[] {
  const m = parseInput(IsoMonth, month, 'month');
  const last = monthEnd(m);
  const lists: VisitListPeriod[] = [];
  for (let day = `${m}-01`; day <= last;) {
    const period = visitListPeriodOn(foundedOn, day);
    if (period === null) {
      day = addDays(day, 1);
      continue;
    }
    if (period.to <= last) lists.push(period);
    day = addDays(period.to, 1);
  }
  return lists;
}

/** The alliance's time rules as they apply on a day, for the sales centre. */
export const AllianceCalendar = z.object({
  /** The sales centre whose alliance it is. */
  centreId: z.string(),
  /** The day asked about. */
  on: IsoDate,
  /** The alliance's first half-year. */
  firstHalfYear: FirstHalfYear,
  /** True when `on` lies in it. */
  inFirstHalfYear: z.boolean(),
  /** The visit fund a salesperson's month ending on `on` would carry: 500 CNY in the first half-year, else 0. */
  visitFundFen: NonNegativeFen,
  /** The visit list covering `on`, or null before the founding. */
  visitList: z.nullable(VisitListPeriod),
  /** The lists the sales centre receives for the month of `on`. */
  listsDue: z.array(VisitListPeriod),
});
/** The alliance's time rules as they apply on a day. */
export type AllianceCalendar = z.infer<typeof AllianceCalendar>;

/** The alliance's time rules on a day: its first half-year, the visit fund then, and the visit lists due. */
export function allianceCalendar(centre: { id: string; foundedOn: string }, on: string): AllianceCalendar {
  const day = parseInput(IsoDate, on, 'on');
  const half = firstHalfYear(centre.foundedOn);
  const inHalf = half.from <= day && day <= half.lastDay;
  return {
    centreId: centre.id,
    on: day,
    firstHalfYear: half,
    inFirstHalfYear: inHalf,
    visitFundFen: inHalf ? VISIT_FUND_FEN : 0,
    visitList: visitListPeriodOn(centre.foundedOn, day),
    listsDue: visitListsDue(centre.foundedOn, day.slice(0, 7)),
  };
}
