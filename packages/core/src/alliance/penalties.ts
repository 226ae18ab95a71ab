import * as z from 'zod/mini';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { toSafeFen } from './exact.js';

/** The penalty for one late report: 50 CNY, in fen. */
export const LATE_REPORT_PENALTY_FEN = 5_000;
/** The penalty for one missing report: 200 CNY, in fen. */
export const MISSING_REPORT_PENALTY_FEN = 20_000;

/** Input of {@link reportPenalties}: a salesperson's late and missing reports in a pay period. */
export const ReportPenaltiesInput = z.object({
  /**
   * Reports handed in late.
   * @default 0
   */
  lateReports: z._default(z.int().check(z.minimum(0)), 0),
  /**
   * Reports never handed in.
   * @default 0
   */
  missingReports: z._default(z.int().check(z.minimum(0)), 0),
});
/** Input of {@link reportPenalties}. */
export type ReportPenaltiesInput = z.input<typeof ReportPenaltiesInput>;

/** A salesperson's report penalties, in fen; all of it goes to the region's reward fund. */
export const ReportPenalties = z.object({
  /** Late reports × 50 CNY. */
  lateFen: NonNegativeFen,
  /** Missing reports × 200 CNY. */
  missingFen: NonNegativeFen,
  /** The sum, owed to the reward fund. */
  totalFen: NonNegativeFen,
});
/** A salesperson's report penalties. */
export type ReportPenalties = z.infer<typeof ReportPenalties>;

/**
 * The penalties for late (50 CNY each) and missing (200 CNY each) reports. They are taken from
 * the visit fund when it is paid out (see `salespersonPay`) and, like every fine, go to the
 * region's reward fund. A falsified report is not fined: the salesperson is recalled.
 *
 * @example
 * reportPenalties({ lateReports: 1, missingReports: 2 }) // { lateFen: 5000, missingFen: 40000, totalFen: 45000 }
 */
export function reportPenalties(input: ReportPenaltiesInput): ReportPenalties {
  const p = parseInput(ReportPenaltiesInput, input, 'report penalties input');
  const late = BigInt(p.lateReports) * BigInt(LATE_REPORT_PENALTY_FEN);
  const missing = BigInt(p.missingReports) * BigInt(MISSING_REPORT_PENALTY_FEN);
  return {
    lateFen: toSafeFen(late, 'lateFen'),
    missingFen: toSafeFen(missing, 'missingFen'),
    totalFen: toSafeFen(late + missing, 'totalFen'),
  };
}
