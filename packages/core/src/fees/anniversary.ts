import { IsoDate } from '../shared/dates.js';
import { addMonths } from '../shared/calendar.js';
import { parseInput } from '../shared/parse.js';

/**
 * The next billing date of a yearly membership: the first anniversary of `joinedOn` that is
 * after `today`. A 02-29 join date falls on 02-28 in common years and back on 02-29 in leap
 * years. When `today` is before `joinedOn`, that is the first anniversary.
 *
 * @example
 * nextAnniversary('2024-02-29', '2026-01-10') // '2026-02-28'
 * nextAnniversary('2025-06-01', '2026-06-01') // '2027-06-01': the anniversary itself is billed today
 */
export function nextAnniversary(joinedOn: IsoDate, today: IsoDate): IsoDate {
  const joined = parseInput(IsoDate, joinedOn, 'joinedOn');
  const now = parseInput(IsoDate, today, 'today');
  // Anniversaries are counted from the join date each time, so a clamped 02-28 does not stick.
  let years = Math.max(1, Number(now.slice(0, 4)) - Number(joined.slice(0, 4)));
  let next = addMonths(joined, 12 * years);
  while (next <= now) {
    years += 1;
    next = addMonths(joined, 12 * years);
  }
  return next;
}
