import * as z from 'zod/mini';
import { IsoInstant } from '../shared/dates.js';
import { ClubError, INVALID_INPUT } from '../shared/errors.js';
import { NonNegativeFen } from '../shared/fen.js';
import { entityId, IdPrefix } from '../shared/ids.js';
import { parseInput } from '../shared/parse.js';
import { HalfYear, halfYearOf } from './assessment-sheet.js';
import type { Assessment } from './assessment.js';
import { IsoMonth } from './compliance.js';
import { AllianceErrorCode } from './errors.js';
import type { AlliancePenalty } from './ledger.js';

// The half-year's reward fund (每半年一次獎勵, A1 優惠政策 3; budgeted at 4 ‰ of sales a year in
// 費用預算): what the sales centre sets aside for the half-year, the fines credited to it (所有罰金
// 納入獎勵基金, A1 考核及獎罰規定 6), what it has paid out to filed assessments, and what is left.
// A reward larger than what is left is refused.

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

/** The penalty kinds whose fines the reward fund receives: a salesperson's late and missing reports. */
export const FUND_FINE_KINDS = ['late-report', 'missing-report'] as const;

/** One fine credited to the fund: a recorded late or missing report's penalty. */
export const FineCredit = z.object({
  penaltyId: entityId(IdPrefix.alliancePenalty),
  kind: z.enum(FUND_FINE_KINDS),
  salespersonId: entityId(IdPrefix.salesperson),
  /** The pay month the fine was taken from; it falls in the fund's half-year. */
  month: IsoMonth,
  amountFen: NonNegativeFen,
});
/** One fine credited to the fund. */
export type FineCredit = z.infer<typeof FineCredit>;

/** A sales centre's reward fund for one half-year: budgeted, fines in, paid, left, and each entry. */
export const RewardFund = z.object({
  id: entityId(IdPrefix.rewardFund),
  centreId: entityId(IdPrefix.salesCentre),
  halfYear: HalfYear,
  budgetedFen: NonNegativeFen,
  /** The fines credited, added up. */
  finesFen: NonNegativeFen,
  /** The payments added up. */
  paidFen: NonNegativeFen,
  /** budgeted + fines − paid: never below 0. */
  leftFen: NonNegativeFen,
  fines: z.array(FineCredit),
  payments: z.array(RewardPayment),
  createdAt: IsoInstant,
});
/** A sales centre's reward fund for one half-year. */
export type RewardFund = z.infer<typeof RewardFund>;

/**
 * The half-year whose reward fund a recorded penalty feeds, with its credit: a late or missing
 * report's fine goes to the fund of the half-year of the pay month it was taken from (遲報一次扣50元，
 * 漏報一次扣200元 … 所有罰金納入獎勵基金). A counterfeit fine feeds none (null): the dealer pays it to
 * the maker under the anti-counterfeit agreement, 80 % to the whistle-blower.
 *
 * @example
 * fundFineOf({ kind: 'late-report', month: '2026-06', … }) // { halfYear: '2026-H1', credit: { amountFen: 5000, … } }
 * fundFineOf({ kind: 'late-report', month: '2026-07', … })?.halfYear // '2026-H2'
 */
export function fundFineOf(penalty: AlliancePenalty): { halfYear: HalfYear; credit: FineCredit } | null {
  if (penalty.kind === 'counterfeit' || penalty.salespersonId === null) return null;
  const halfYear = halfYearOf(`${penalty.month}-01`);
  const credit = {
    penaltyId: penalty.id,
    kind: penalty.kind,
    salespersonId: penalty.salespersonId,
    month: penalty.month,
    amountFen: penalty.amountFen,
  };
  return { halfYear, credit };
}

/**
 * The fund with a recorded penalty's fine credited: a report fine of the fund's centre and
 * half-year adds to `finesFen` and `leftFen`, once (a penalty already credited is not counted
 * again). Any other penalty leaves the fund as it is.
 */
export function creditFine(fund: RewardFund, penalty: AlliancePenalty): RewardFund {
  const fine = fundFineOf(penalty);
  if (fine === null || fine.halfYear !== fund.halfYear || penalty.centreId !== fund.centreId) return fund;
  if (fund.fines.some((f) => f.penaltyId === penalty.id)) return fund;
  return {
    ...fund,
    finesFen: fund.finesFen + fine.credit.amountFen,
    leftFen: fund.leftFen + fine.credit.amountFen,
    fines: [...fund.fines, fine.credit],
  };
}

/**
 * Opens a half-year's reward fund with nothing paid from it yet, crediting the fines of the
 * centre's penalties recorded before it (those of another half-year or kind are left out).
 */
export function openRewardFund(
  input: NewRewardFund,
  options: { id: string; now: string },
  penalties: readonly AlliancePenalty[] = [],
): RewardFund {
  const body = parseInput(NewRewardFund, input, 'reward fund');
  const fund: RewardFund = {
    id: options.id,
    ...body,
    finesFen: 0,
    paidFen: 0,
    leftFen: body.budgetedFen,
    fines: [],
    payments: [],
    createdAt: options.now,
  };
  return penalties.reduce(creditFine, fund);
}

/**
 * The fund with a new budget: raised when the half-year's rewards need more, or lowered so long
 * as the budget and the fines still cover what is already paid (`invalid-input` at `budgetedFen`
 * below that).
 */
export function reviseRewardFund(fund: RewardFund, budgetedFen: number): RewardFund {
  const budget = parseInput(NonNegativeFen, budgetedFen, 'budget');
  const lowest = Math.max(0, fund.paidFen - fund.finesFen);
  if (budget < lowest) {
    const message = `Expected at least ${lowest} fen: ${fund.paidFen} fen paid, ${fund.finesFen} fen of fines in`;
    throw new ClubError(INVALID_INPUT, `A reward fund's budget cannot fall below what it has paid: ${message}`, {
      issues: [{ path: ['budgetedFen'], code: 'too_small', message }],
    });
  }
  return { ...fund, budgetedFen: budget, leftFen: budget + fund.finesFen - fund.paidFen };
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
