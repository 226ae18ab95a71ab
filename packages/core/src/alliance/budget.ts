import * as z from 'zod/mini';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { divideHalfUpExact } from '../shared/money.js';
import { decimalRatio, isShortDecimal, toSafeFen } from './exact.js';

const Count = z.int().check(z.minimum(0));

/** Input of {@link allianceBudget}: one market's alliance budget for one year (A1 "費用預算"). */
export const AllianceBudgetInput = z.object({
  /** The market's expected annual sales, in fen. */
  annualSalesFen: NonNegativeFen,
  /** Bronze "designated sales point" plaques to make this year; a one-off cost, so 0 once every member has one. */
  plaques: Count,
  /**
   * The reward pool as per-mille of annual sales, at most six decimals.
   * @default 4
   */
  rewardPerMille: z._default(
    z
      .number()
      .check(
        z.minimum(0),
        z.maximum(1000),
        z.refine(isShortDecimal, { error: 'Must have at most six decimal places' }),
      ),
    4,
  ),
  /**
   * Member meetings a year.
   * @default 2
   */
  meetings: z._default(Count, 2),
  /**
   * The cost of one meeting, in fen.
   * @default 200000 (2,000 CNY)
   */
  meetingCostFen: z._default(NonNegativeFen, 200_000),
  /**
   * The cost of one plaque, in fen.
   * @default 20000 (200 CNY)
   */
  plaqueCostFen: z._default(NonNegativeFen, 20_000),
  /**
   * Other costs, in fen.
   * @default 200000 (2,000 CNY)
   */
  otherFen: z._default(NonNegativeFen, 200_000),
});
/** Input of {@link allianceBudget}; every field but sales and plaques has a default. */
export type AllianceBudgetInput = z.input<typeof AllianceBudgetInput>;

/** A market's alliance budget for one year, line by line, in fen. */
export const AllianceBudget = z.object({
  /** The half-yearly rewards: annual sales × per-mille, rounded half-up to the fen. */
  rewardFen: NonNegativeFen,
  /** Meetings × cost per meeting. */
  meetingsFen: NonNegativeFen,
  /** Plaques × cost per plaque. */
  plaquesFen: NonNegativeFen,
  /** Other costs. */
  otherFen: NonNegativeFen,
  /** The sum of the lines. */
  totalFen: NonNegativeFen,
});
/** A market's alliance budget for one year. */
export type AllianceBudget = z.infer<typeof AllianceBudget>;

/**
 * A market's yearly alliance budget: reward = annual sales × 4 ‰, plus meetings, plaques and
 * other costs. Exact integer arithmetic; the reward is the only line that rounds.
 *
 * @example
 * // Baoding: sales 10,000,000 CNY, 20 plaques → 50,000 CNY
 * allianceBudget({ annualSalesFen: yuan(10_000_000), plaques: 20 }).totalFen // 5_000_000
 */
export function allianceBudget(input: AllianceBudgetInput): AllianceBudget {
  const b = parseInput(AllianceBudgetInput, input, 'alliance budget input');
  const [num, den] = decimalRatio(b.rewardPerMille);
  const reward = divideHalfUpExact(BigInt(b.annualSalesFen) * num, den * 1000n);
  const meetings = BigInt(b.meetings) * BigInt(b.meetingCostFen);
  const plaques = BigInt(b.plaques) * BigInt(b.plaqueCostFen);
  const total = reward + meetings + plaques + BigInt(b.otherFen);
  return {
    rewardFen: toSafeFen(reward, 'rewardFen'),
    meetingsFen: toSafeFen(meetings, 'meetingsFen'),
    plaquesFen: toSafeFen(plaques, 'plaquesFen'),
    otherFen: b.otherFen,
    totalFen: toSafeFen(total, 'totalFen'),
  };
}
