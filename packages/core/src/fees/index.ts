/**
 * The VIP card fee: prorating, billing anniversaries and the "it pays for itself" estimate
 * (A5 §2, §4).
 * @module
 */
export { DAYS_PER_FEE_YEAR, VIP_ANNUAL_FEE_FEN } from './annual-fee.js';
export { nextAnniversary } from './anniversary.js';
export { ProratedFeeInput, proratedFee } from './prorate.js';
export { type CheckedSavingsEstimateInput, estimateYearlySavingsOn } from './savings-rules.js';
export {
  CategorySaving,
  DEFAULT_VISITS_PER_YEAR,
  estimateYearlySavings,
  SavingsEstimate,
  SavingsEstimateInput,
} from './savings.js';
