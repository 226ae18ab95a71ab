import * as z from 'zod/mini';
import { ClubError } from '../shared/errors.js';
import { NonNegativeFen } from '../shared/fen.js';
import { parseInput } from '../shared/parse.js';
import { AllianceErrorCode } from './errors.js';
import { divideHalfUpExact } from '../shared/money.js';

/** The smallest fine for selling counterfeits under the agreement: 50,000 CNY, in fen. */
export const MIN_COUNTERFEIT_FINE_FEN = 5_000_000;

/** Input of {@link counterfeitPenalty}. */
export const CounterfeitPenaltyInput = z.object({
  /** The fine the dealer pays, in fen; at least {@link MIN_COUNTERFEIT_FINE_FEN}. */
  fineFen: NonNegativeFen,
});
/** Input of {@link counterfeitPenalty}. */
export type CounterfeitPenaltyInput = z.infer<typeof CounterfeitPenaltyInput>;

/** How a counterfeit fine is split, in fen. */
export const CounterfeitPenalty = z.object({
  /** The whole fine. */
  fineFen: NonNegativeFen,
  /** 80 % of the fine, rounded half-up to the fen, paid to whoever reported the dealer. */
  whistleblowerRewardFen: NonNegativeFen,
  /** What the maker keeps: the fine less the reward. */
  retainedFen: NonNegativeFen,
});
/** How a counterfeit fine is split. */
export type CounterfeitPenalty = z.infer<typeof CounterfeitPenalty>;

/**
 * Splits the fine a dealer pays for selling counterfeits (A1 anti-counterfeit agreement): at
 * least 50,000 CNY, 80 % of it to the whistle-blower. A smaller fine throws
 * `alliance/fine-below-minimum`.
 *
 * @example
 * counterfeitPenalty({ fineFen: 5_000_000 }) // { fineFen: 5_000_000, whistleblowerRewardFen: 4_000_000, retainedFen: 1_000_000 }
 */
export function counterfeitPenalty(input: CounterfeitPenaltyInput): CounterfeitPenalty {
  const { fineFen } = parseInput(CounterfeitPenaltyInput, input, 'counterfeit penalty input');
  if (fineFen < MIN_COUNTERFEIT_FINE_FEN) {
    throw new ClubError(
      AllianceErrorCode.fineBelowMinimum,
      `A counterfeit fine must be at least 50,000 CNY (${MIN_COUNTERFEIT_FINE_FEN} fen), got ${fineFen} fen`,
      { details: { fineFen, minimumFen: MIN_COUNTERFEIT_FINE_FEN } },
    );
  }
  const reward = Number(divideHalfUpExact(BigInt(fineFen) * 8n, 10n));
  return { fineFen, whistleblowerRewardFen: reward, retainedFen: fineFen - reward };
}
