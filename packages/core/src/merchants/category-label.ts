import type { ClubLocale } from '../shared/money.js';
import { parseOneOf } from '../shared/invalid-input.js';
import { CATEGORY_LABELS_EN } from './category-labels-en.js';
import { CATEGORY_LABELS_ZH_HANS } from './category-labels-zh-hans.js';
import { CATEGORY_LABELS_ZH_HANT } from './category-labels-zh-hant.js';
import { LOCALES, MERCHANT_CATEGORIES, type MerchantCategory } from './category.js';

// Apart from the categories themselves (category.ts), so that a bundle that lists the categories
// but names them from one locale's table does not reach the other locales' tables.

/**
 * Labels use the words of the source (A5 §1–2), in Traditional terms in zh-Hant (資訊, 諮詢 for
 * the source's 信息咨詢); zh-Hans keeps the mainland words in simplified characters. One table per
 * locale, in a module of its own (`CATEGORY_LABELS_…`), so that a widget ships only its locale's.
 */
const CATEGORY_LABELS: Readonly<Record<ClubLocale, Readonly<Record<MerchantCategory, string>>>> = {
  'zh-Hant': CATEGORY_LABELS_ZH_HANT,
  'zh-Hans': CATEGORY_LABELS_ZH_HANS,
  en: CATEGORY_LABELS_EN,
};

/**
 * The display label of a category in one of the built-in locales.
 *
 * @param locale - `zh-Hant` (default), `zh-Hans` or `en`
 * @example
 * categoryLabel('car-wash', 'zh-Hant') // '洗車'
 * categoryLabel('car-wash', 'en') // 'Car wash'
 */
export function categoryLabel(category: MerchantCategory, locale: ClubLocale = 'zh-Hant'): string {
  const known = parseOneOf(MERCHANT_CATEGORIES, category, 'merchant category');
  return CATEGORY_LABELS[parseOneOf(LOCALES, locale, 'locale')][known];
}

/** Every label of a category in the three built-in locales. @internal */
export function categoryLabels(category: MerchantCategory): readonly string[] {
  return [CATEGORY_LABELS_ZH_HANT[category], CATEGORY_LABELS_ZH_HANS[category], CATEGORY_LABELS_EN[category]];
}
