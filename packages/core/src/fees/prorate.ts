import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { daysBetween } from '../shared/calendar.js';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { multiplyDivideHalfUp } from '../shared/money.js';
import { DAYS_PER_FEE_YEAR, VIP_ANNUAL_FEE_FEN } from './annual-fee.js';

/** Input of {@link proratedFee}: a yearly fee and the days `from` (inclusive) to `to` (exclusive). */
export const ProratedFeeInput = z
  .object({
    /**
     * The yearly fee, in fen.
     * @default 36500 (the VIP card fee)
     */
    annualFeeFen: z._default(NonNegativeFen, VIP_ANNUAL_FEE_FEN),
    /** The first day charged or refunded. */
    from: IsoDate,
    /** The day after the last day charged or refunded; not before `from`. */
    to: IsoDate,
  })
  .check(z.refine((input) => input.to >= input.from, { error: 'to must not be before from', path: ['to'] }));
/** Input of {@link proratedFee}. */
export type ProratedFeeInput = z.input<typeof ProratedFeeInput>;

/**
 * The part of a yearly fee for the whole days from `from` up to (not including) `to`: days ×
 * fee / 365, rounded half-up to the fen once. Used for mid-term upgrades and refunds on
 * cancellation (SPEC decision: prorated by whole days). A 365-day span costs exactly the fee.
 *
 * @example
 * proratedFee({ from: '2026-03-01', to: '2026-12-01' }) // 27500: 275 days at 100 fen
 * proratedFee({ annualFeeFen: 10000, from: '2026-01-01', to: '2026-01-02' }) // 27 (27.397…)
 */
export function proratedFee(input: ProratedFeeInput): number {
  const { annualFeeFen, from, to } = parseInput(ProratedFeeInput, input, 'prorated fee input');
  return multiplyDivideHalfUp(daysBetween(from, to), annualFeeFen, DAYS_PER_FEE_YEAR);
}
