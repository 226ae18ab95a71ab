import { yuan } from '@clubkit/core/shared';
import type { MerchantCategory } from '@clubkit/core/merchants';
import { isAmountYuan, parseAmountYuan } from '../shared/amount.js';

/** Why a monthly spend field was refused. */
export const SpendIssue = {
  /** Not an amount of yuan (letters, two decimal points…). */
  notAmount: 'not-amount',
  /** More than two decimals, negative or beyond the directory's largest purchase. */
  outOfRange: 'out-of-range',
} as const;
/** Why a monthly spend field was refused. */
export type SpendIssue = (typeof SpendIssue)[keyof typeof SpendIssue];

/** What {@link yearlySpend} made of the fields: the yearly spend in fen, or the fields it refused. */
export type YearlySpend =
  | {
      ok: true;
      spendFen: Partial<Record<MerchantCategory, number>>;
      monthlyFen: Partial<Record<MerchantCategory, number>>;
    }
  | { ok: false; issues: Partial<Record<MerchantCategory, SpendIssue>> };

/**
 * Reads what a visitor typed as their monthly spend per category (yuan, as the merchant
 * directory reads an amount: full-width digits, `¥`, thousands separators) into exact fen, and
 * the yearly spend core's `estimateYearlySavings` takes: twelve months. Empty fields are left
 * out; a field that is not an amount of whole fen is refused.
 *
 * @example
 * yearlySpend({ 'car-wash': '１２０', dining: '' })
 * // { ok: true, monthlyFen: { 'car-wash': 12000 }, spendFen: { 'car-wash': 144000 } }
 */
export function yearlySpend(fields: Partial<Record<MerchantCategory, string>>): YearlySpend {
  const spendFen: Partial<Record<MerchantCategory, number>> = {};
  const monthlyFen: Partial<Record<MerchantCategory, number>> = {};
  const issues: Partial<Record<MerchantCategory, SpendIssue>> = {};
  for (const [category, text] of Object.entries(fields) as [MerchantCategory, string][]) {
    const amount = parseAmountYuan(text);
    if (amount === undefined) continue;
    if (Number.isNaN(amount)) issues[category] = SpendIssue.notAmount;
    else if (!isAmountYuan(amount)) issues[category] = SpendIssue.outOfRange;
    else {
      monthlyFen[category] = yuan(amount);
      spendFen[category] = yuan(amount) * 12;
    }
  }
  return Object.keys(issues).length > 0 ? { ok: false, issues } : { ok: true, spendFen, monthlyFen };
}
