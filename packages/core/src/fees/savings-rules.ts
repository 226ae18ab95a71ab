// The savings estimate's rule without its input check: no zod, so that a browser that estimates
// over offers the Club API already checked (the VIP offer widget) does not carry the schemas.
import type { Merchant } from '../merchants/merchant.js';
import type { Offer } from '../merchants/offer.js';
import { bestOfferOn, compareOffers } from '../merchants/offer-rules.js';
import { MERCHANT_CATEGORIES, type MerchantCategory } from '../merchants/category.js';
import { divideHalfUp } from '../shared/money.js';
import type { Tier } from '../shared/tier.js';
import type { CategorySaving, SavingsEstimate } from './savings.js';

/** Purchases a year assumed in a category when `visitsPerYear` does not say: one a month. */
export const DEFAULT_VISITS_PER_YEAR = 12;

/** The input of {@link estimateYearlySavingsOn}: `estimateYearlySavings`'s, checked, with its defaults filled in. */
export interface CheckedSavingsEstimateInput {
  /** Expected spend per category over a year, in fen; categories left out are not counted. */
  readonly spendFen: Readonly<Partial<Record<MerchantCategory, number>>>;
  /** Purchases a year per category (at least 1); 12 for a category left out. */
  readonly visitsPerYear?: Readonly<Partial<Record<MerchantCategory, number>>>;
  /** The partner merchants whose offers count. */
  readonly merchants: readonly Merchant[];
  /** The tier the member would hold. */
  readonly tier: Tier;
  /** The yearly fee the savings are compared with, in fen. */
  readonly feeFen: number;
  /** The day whose offers count. */
  readonly date: string;
}

interface Best {
  merchant: Merchant;
  offer: Offer;
  savingFen: number;
}

function bestInCategory(merchants: readonly Merchant[], amountFen: number, tier: Tier, date: string): Best | undefined {
  let best: Best | undefined;
  for (const merchant of merchants) {
    const found = bestOfferOn(merchant.offers, amountFen, tier, date);
    if (found === null) continue;
    const order = best === undefined ? -1 : compareOffers(found.offer, found.savingFen, best.offer, best.savingFen);
    if (order < 0 || (order === 0 && best !== undefined && merchant.id < best.merchant.id)) {
      best = { merchant, offer: found.offer, savingFen: found.savingFen };
    }
  }
  return best;
}

/**
 * The rule of `estimateYearlySavings`, for input already checked, such as merchants from an API
 * answer and amounts a widget has parsed: no input check, and no default filled in.
 *
 * @example
 * estimateYearlySavingsOn({ spendFen: { 'car-wash': 120000 }, merchants, tier: 'vip', feeFen: 36500, date: '2026-11-27' })
 */
export function estimateYearlySavingsOn(input: CheckedSavingsEstimateInput): SavingsEstimate {
  const { spendFen, visitsPerYear, merchants, tier, feeFen, date } = input;

  const byCategoryMerchants = new Map<MerchantCategory, Merchant[]>();
  for (const merchant of merchants) {
    if (spendFen[merchant.category] === undefined) continue;
    const list = byCategoryMerchants.get(merchant.category);
    if (list) list.push(merchant);
    else byCategoryMerchants.set(merchant.category, [merchant]);
  }

  const byCategory: CategorySaving[] = [];
  let savingsFen = 0;
  for (const category of MERCHANT_CATEGORIES) {
    const spend = spendFen[category];
    if (spend === undefined) continue;
    const visits = visitsPerYear?.[category] ?? DEFAULT_VISITS_PER_YEAR;
    const perPurchaseFen = divideHalfUp(spend, visits);
    const best = bestInCategory(byCategoryMerchants.get(category) ?? [], perPurchaseFen, tier, date);
    const savingFen = best === undefined ? 0 : best.savingFen * visits;
    savingsFen += savingFen;
    byCategory.push(
      best === undefined
        ? { category, spendFen: spend, visits, savingFen }
        : { category, spendFen: spend, visits, savingFen, merchantId: best.merchant.id, offerId: best.offer.id },
    );
  }
  const netFen = savingsFen - feeFen;
  return { savingsFen, feeFen, netFen, worthIt: netFen > 0, byCategory };
}
