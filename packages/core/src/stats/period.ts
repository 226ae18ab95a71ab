import * as z from 'zod/mini';
import { addDays, startOfDayInZone } from '../shared/calendar.js';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { parseInput } from '../shared/parse.js';

/** A statistics period in club dates: `from` and `to` both inclusive, either open-ended. */
export const StatsPeriod = z.object({
  from: z.optional(IsoDate),
  to: z.optional(IsoDate),
  /** The club's IANA time zone, where its days begin and end, e.g. `Asia/Shanghai`. */
  timeZone: z.string().check(z.minLength(1)),
});
/** A statistics period. */
export type StatsPeriod = z.infer<typeof StatsPeriod>;

/** A period as instants: from `start` (inclusive) to `end` (exclusive), either open. */
export interface PeriodBounds {
  start?: IsoInstant | undefined;
  end?: IsoInstant | undefined;
}

/**
 * The instants that bound a period of club dates: the start of `from` and the start of the day
 * after `to`, in the club's time zone. A record belongs to the period when its instant lies in
 * `[start, end)`; a database query and the in-memory reports use the same bounds.
 *
 * @example
 * periodBounds({ from: '2026-11-01', to: '2026-11-30', timeZone: 'Asia/Shanghai' })
 * // { start: '2026-10-31T16:00:00.000Z', end: '2026-11-30T16:00:00.000Z' }
 */
export function periodBounds(period: StatsPeriod): PeriodBounds {
  const { from, to, timeZone } = parseInput(StatsPeriod, period, 'period');
  return {
    start: from === undefined ? undefined : startOfDayInZone(from, timeZone).toISOString(),
    end: to === undefined ? undefined : startOfDayInZone(addDays(to, 1), timeZone).toISOString(),
  };
}

/** Whether an instant lies in the bounds. @internal */
export function withinBounds(at: IsoInstant, bounds: PeriodBounds): boolean {
  const ms = Date.parse(at);
  return (
    (bounds.start === undefined || ms >= Date.parse(bounds.start)) &&
    (bounds.end === undefined || ms < Date.parse(bounds.end))
  );
}
