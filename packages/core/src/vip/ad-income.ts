import * as z from 'zod/mini';
import { addDays, compareDates, daysBetween } from '../shared/calendar.js';
import { IsoDate, IsoInstant } from '../shared/dates.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { multiplyDivideHalfUp } from '../shared/money.js';
import { crossCheck, notBefore } from '../membership/checks.js';

// Advertising income (A5 §4.2 4: "眾多商戶會積極要求加入…這自然會給俱樂部帶來一定比例的廣告收入"): what a
// merchant pays the club to advertise over a period, earned day by day over it.

/** The longest period one advertising income covers: two years and a leap day. */
export const MAX_AD_PERIOD_DAYS = 731;
/** The highest amount of one advertising income: 10 million CNY. */
export const MAX_AD_INCOME_FEN = 1_000_000_000;

/** Advertising income as the administrator records it. */
export const NewAdIncome = z
  .object({
    merchantId: entityId(IdPrefix.merchant),
    /** What the merchant pays for the whole period, in fen. */
    amountFen: z.int().check(z.minimum(1), z.maximum(MAX_AD_INCOME_FEN)),
    /** The first day the advertising runs. */
    from: IsoDate,
    /** The last day, inclusive. */
    to: IsoDate,
    /** What is advertised, and where. */
    note: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  })
  .check(
    notBefore('from', 'to', 'The period must not end before it starts'),
    crossCheck<{ from: string; to: string }>(
      (a) => daysBetween(a.from, a.to) + 1 <= MAX_AD_PERIOD_DAYS,
      `A period covers at most ${String(MAX_AD_PERIOD_DAYS)} days`,
      ['to'],
    ),
  );
/** Advertising income as the administrator records it. */
export type NewAdIncome = z.infer<typeof NewAdIncome>;

/** Advertising income from a merchant over a period. */
export const AdIncome = z.object({
  /** `adv_…` */
  id: entityId(IdPrefix.adIncome),
  merchantId: entityId(IdPrefix.merchant),
  amountFen: z.int().check(z.minimum(1)),
  from: IsoDate,
  to: IsoDate,
  note: z.optional(z.string()),
  recordedAt: IsoInstant,
});
/** Advertising income from a merchant over a period. */
export type AdIncome = z.infer<typeof AdIncome>;

/**
 * What an advertising income earns on each day of its period that falls in `[from, to]`, added to
 * `into` (indexed from `from`): day k of n earns `amount·k/n − amount·(k−1)/n`, rounded half-up,
 * so the n days add up to the amount exactly.
 *
 * @example
 * const days = [0, 0, 0];
 * adIncomeByDay({ amountFen: 100, from: '2026-11-01', to: '2026-11-03' }, '2026-11-01', days) // days: [33, 34, 33]
 */
export function adIncomeByDay(
  income: Pick<AdIncome, 'amountFen' | 'from' | 'to'>,
  from: IsoDate,
  into: number[],
): void {
  const n = daysBetween(income.from, income.to) + 1;
  const earned = (k: number) => multiplyDivideHalfUp(income.amountFen, k, n);
  const first = compareDates(income.from, from) > 0 ? income.from : from;
  for (let day = first; compareDates(day, income.to) <= 0; day = addDays(day, 1)) {
    const i = daysBetween(from, day);
    if (i >= into.length) break;
    const k = daysBetween(income.from, day) + 1;
    into[i] = (into[i] ?? 0) + earned(k) - earned(k - 1);
  }
}
