import { addDays, addMonths, compareDates } from '@clubkit/core/shared';

/** A statistics period: club dates `YYYY-MM-DD`, both inclusive. */
export interface StatsPeriod {
  from: string;
  to: string;
}

/** One slice of a period that a chart shows as one bar: a calendar month (or year) clipped to the period. */
export interface PeriodBucket {
  /** `YYYY-MM` for a month, `YYYY` for a year. */
  key: string;
  unit: 'month' | 'year';
  /** The slice's first day within the period. */
  from: string;
  /** The slice's last day within the period. */
  to: string;
}

/** The most months a period is shown by month; a longer one is shown by year. */
export const MAX_MONTH_BUCKETS = 24;
/** The longest period the board shows, in calendar years touched. */
export const MAX_YEAR_BUCKETS = 10;

/** Why a period cannot be shown; `ok` when it can. */
export const PeriodProblem = {
  ok: 'ok',
  /** A bound is not a calendar date. */
  invalid: 'invalid',
  /** `to` is before `from`. */
  reversed: 'reversed',
  /** It touches more than {@link MAX_YEAR_BUCKETS} calendar years. */
  tooLong: 'too-long',
} as const;
/** A verdict of {@link checkPeriod}. */
export type PeriodProblem = (typeof PeriodProblem)[keyof typeof PeriodProblem];

const isDate = (value: string): boolean => {
  try {
    // compareDates reads both as calendar dates and throws for anything else.
    return compareDates(value, value) === 0;
  } catch {
    return false;
  }
};

/**
 * The board's default period: the last twelve months, from the first day of the month eleven
 * months before `today`'s through `today` (a year of months, the current one so far), so the
 * charts over time have twelve bars and the current month is in them.
 *
 * @example
 * defaultPeriod('2026-11-27') // { from: '2025-12-01', to: '2026-11-27' }
 */
export function defaultPeriod(today: string): StatsPeriod {
  return { from: addMonths(`${today.slice(0, 7)}-01`, -11), to: today };
}

/** Whether the board can show `period`, and if not, why. */
export function checkPeriod(period: StatsPeriod): PeriodProblem {
  if (!isDate(period.from) || !isDate(period.to)) return PeriodProblem.invalid;
  if (compareDates(period.to, period.from) < 0) return PeriodProblem.reversed;
  if (Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) >= MAX_YEAR_BUCKETS) return PeriodProblem.tooLong;
  return PeriodProblem.ok;
}

const monthsTouched = ({ from, to }: StatsPeriod): number =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

/**
 * The slices a period's charts over time are drawn in, oldest first: its calendar months, the
 * first and last clipped to the period, or its calendar years when it touches more than
 * {@link MAX_MONTH_BUCKETS} months. They cover the period exactly, without overlap, so counts
 * over the slices add up to the period's. Throws for a period {@link checkPeriod} refuses.
 *
 * @example
 * periodBuckets({ from: '2026-01-15', to: '2026-03-10' }).map((b) => [b.from, b.to])
 * // [['2026-01-15', '2026-01-31'], ['2026-02-01', '2026-02-28'], ['2026-03-01', '2026-03-10']]
 */
export function periodBuckets(period: StatsPeriod): PeriodBucket[] {
  const problem = checkPeriod(period);
  if (problem !== PeriodProblem.ok)
    throw new RangeError(`Cannot slice the period ${period.from}…${period.to}: ${problem}`);
  const byYear = monthsTouched(period) > MAX_MONTH_BUCKETS;
  const buckets: PeriodBucket[] = [];
  let start = period.from;
  while (compareDates(start, period.to) <= 0) {
    const next = byYear ? `${Number(start.slice(0, 4)) + 1}-01-01` : addMonths(`${start.slice(0, 7)}-01`, 1);
    const end = addDays(next, -1);
    const to = compareDates(end, period.to) < 0 ? end : period.to;
    buckets.push({
      key: byYear ? start.slice(0, 4) : start.slice(0, 7),
      unit: byYear ? 'year' : 'month',
      from: start,
      to,
    });
    start = next;
  }
  return buckets;
}
