import * as z from 'zod/mini';
import { parseInput } from '../shared/parse.js';
import { ratioAtLeast } from './exact.js';

/** Why a secondary dealer does not qualify for the alliance (A1 "成員確認資格"). */
export const QualificationFailure = {
  /** The dealer sells less than 70 % of its market's sales. */
  marketShare: 'market-share',
  /** The selected dealers together sell less than 80 % of the primary dealer's sales. */
  networkShare: 'network-share',
  /** The dealer has not signed the anti-counterfeit agreement. */
  agreement: 'agreement',
} as const;
/** A reason a dealer does not qualify. */
export type QualificationFailure = (typeof QualificationFailure)[keyof typeof QualificationFailure];

/** A member's minimum share of its market: 70 %, as an exact fraction. @internal */
export const MIN_MARKET_SHARE: readonly [bigint, bigint] = [7n, 10n];
/** The selected members' minimum share of the primary dealer's sales: 80 %. @internal */
export const MIN_NETWORK_SHARE: readonly [bigint, bigint] = [8n, 10n];

const Sales = z.int().check(z.minimum(0));
const PositiveSales = z.int().check(z.minimum(1));

/**
 * Input of {@link checkQualification}. Sales are non-negative integers in one unit of your choice
 * (fen or cases), the same unit for every field; the two totals compared against must be positive.
 */
export const QualificationInput = z.object({
  /** The candidate dealer's sales over the period. */
  dealerSales: Sales,
  /** All sales of the brand in the dealer's market over the same period. */
  marketSales: PositiveSales,
  /** The total sales of every dealer selected for the alliance under this primary dealer. */
  selectedDealersSales: Sales,
  /** The primary dealer's sales over the same period. */
  primaryDealerSales: PositiveSales,
  /** Whether the dealer has signed the agreement not to sell counterfeit products. */
  agreementSigned: z.boolean(),
});
/** Input of {@link checkQualification}. */
export type QualificationInput = z.infer<typeof QualificationInput>;

/** The outcome of {@link checkQualification}. */
export const QualificationResult = z.object({
  /** True when there is no failure. */
  qualified: z.boolean(),
  /** Every condition the dealer misses, in the order market share, network share, agreement. */
  failures: z.array(
    z.enum([QualificationFailure.marketShare, QualificationFailure.networkShare, QualificationFailure.agreement]),
  ),
  /** dealerSales / marketSales, for display; the decision itself is exact. */
  marketShare: z.number(),
  /** selectedDealersSales / primaryDealerSales, for display; the decision itself is exact. */
  networkShare: z.number(),
});
/** The outcome of {@link checkQualification}. */
export type QualificationResult = z.infer<typeof QualificationResult>;

/**
 * Checks a secondary dealer against the alliance's membership conditions: at least 70 % of its
 * market's sales, selected dealers together at least 80 % of the primary dealer's sales, and
 * the anti-counterfeit agreement signed. Exactly 70 % and exactly 80 % qualify; shares are
 * compared in exact integer arithmetic.
 *
 * @example
 * checkQualification({ dealerSales: 700, marketSales: 1000, selectedDealersSales: 8000,
 *   primaryDealerSales: 10000, agreementSigned: true }) // { qualified: true, failures: [], marketShare: 0.7, networkShare: 0.8 }
 */
export function checkQualification(input: QualificationInput): QualificationResult {
  const q = parseInput(QualificationInput, input, 'qualification input');
  const failures: QualificationFailure[] = [];
  if (!ratioAtLeast(q.dealerSales, q.marketSales, ...MIN_MARKET_SHARE)) failures.push(QualificationFailure.marketShare);
  if (!ratioAtLeast(q.selectedDealersSales, q.primaryDealerSales, ...MIN_NETWORK_SHARE))
    failures.push(QualificationFailure.networkShare);
  if (!q.agreementSigned) failures.push(QualificationFailure.agreement);
  return {
    qualified: failures.length === 0,
    failures,
    marketShare: q.dealerSales / q.marketSales,
    networkShare: q.selectedDealersSales / q.primaryDealerSales,
  };
}
