import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { HalfYear } from './assessment-sheet.js';
import type { Assessment } from './assessment.js';
import { AllianceErrorCode } from './errors.js';

// The half-year's reward fund (每半年一次獎勵, A1 優惠政策 3; budgeted at 4 ‰ of sales a year in
// 費用預算): what the sales centre sets aside for the half-year, what it has paid out to filed
// assessments, and what is left. A reward larger than what is left is refused.

/** Body of a half-year's reward fund: the sales centre, the half-year and the amount budgeted. */
export const NewRewardFund = z.object({
  centreId: entityId(IdPrefix.salesCentre),
  halfYear: HalfYear,
  budgetedFen: NonNegativeFen,
});
/** Body of a half-year's reward fund. */
export type NewRewardFund = z.infer<typeof NewRewardFund>;

/** One reward paid from the fund to a filed assessment's dealer. */
export const RewardPayment = z.object({
  assessmentId: entityId(IdPrefix.assessment),
  dealerId: entityId(IdPrefix.dealer),
  amountFen: NonNegativeFen,
  paidAt: IsoInstant,
});
/** One reward paid from the fund. */
export type RewardPayment = z.infer<typeof RewardPayment>;

/** A sales centre's reward fund for one half-year: budgeted, paid, left, and each payment. */
export const RewardFund = z.object({
  id: entityId(IdPrefix.rewardFund),
  centreId: entityId(IdPrefix.salesCentre),
  halfYear: HalfYear,
  budgetedFen: NonNegativeFen,
  /** The payments added up. */
  paidFen: NonNegativeFen,
  /** budgeted − paid: never below 0. */
  leftFen: NonNegativeFen,
  payments: z.array(RewardPayment),
  createdAt: IsoInstant,
});
/** A sales centre's reward fund for one half-year. */
export type RewardFund = z.infer<typeof RewardFund>;

/** Opens a half-year's reward fund with nothing paid from it yet. */
export function openRewardFund(input: NewRewardFund, options: { id: string; now: string }): RewardFund {
  const body = parseInput(NewRewardFund, input, 'reward fund');
  return { id: options.id, ...body, paidFen: 0, leftFen: body.budgetedFen, payments: [], createdAt: options.now };
}

/**
 * The fund with a new budget: raised when the half-year's rewards need more, or lowered to no less
 * than what is already paid (`invalid-input` at `budgetedFen` below it).
 */
export function reviseRewardFund(fund: RewardFund, budgetedFen: number): RewardFund {
  const budget = parseInput(NonNegativeFen, budgetedFen, 'budget');
  if (budget < fund.paidFen) {
    const message = `Expected at least the ${fund.paidFen} fen already paid`;
    throw new ClubError(INVALID_INPUT, `A reward fund's budget cannot fall below what it has paid: ${message}`, {
      issues: [{ path: ['budgetedFen'], code: 'too_small', message }],
    });
  }
  return { ...fund, budgetedFen: budget, leftFen: budget - fund.paidFen };
}

/**
 * Pays a filed assessment's reward from its half-year's fund (null when the centre has none for
 * it: nothing is left). A reward of 0 pays nothing and leaves the fund as it is. Throws
 * `alliance/reward-exceeds-fund` for a reward larger than what is left.
 *
 * @example
 * payReward(fund, assessment, '2026-07-20T08:00:00.000Z') // fund with paidFen + reward, leftFen − reward
 */
export function payReward(
  fund: RewardFund | null,
  assessment: Pick<Assessment, 'id' | 'dealerId' | 'halfYear' | 'rewardFen'>,
  now: string,
): RewardFund | null {
  const amountFen = assessment.rewardFen;
  if (amountFen === 0) return fund;
  const leftFen = fund?.leftFen ?? 0;
  if (fund === null || amountFen > leftFen) {
    throw new ClubError(
      AllianceErrorCode.rewardExceedsFund,
      `A reward of ${amountFen} fen is more than the ${leftFen} fen left of the ${assessment.halfYear} reward fund`,
      { details: { amountFen, leftFen, halfYear: assessment.halfYear } },
    );
  }
  const payment = { assessmentId: assessment.id, dealerId: assessment.dealerId, amountFen, paidAt: now };
  return {
    ...fund,
    paidFen: fund.paidFen + amountFen,
    leftFen: leftFen - amountFen,
    payments: [...fund.payments, payment],
  };
}
