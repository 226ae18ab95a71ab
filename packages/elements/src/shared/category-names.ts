import type { MerchantCategory } from '@clubkit/core/merchants';
import { CATEGORY_LABELS_ZH_HANT } from '@clubkit/core/merchants/category-labels/zh-hant';

/**
 * The merchant categories' names, shared by the widgets that show a merchant's category (the
 * directory, the VIP offer, the offer manager). Each built-in locale's are core's own table
 * (`CATEGORY_LABELS_…`), which its locale file brings: a page ships only its locale's names.
 */
export interface CategoryMessages {
  /** Each merchant category's name, e.g. `{ 'car-wash': '洗車', … }`. */
  categoryNames: Readonly<Record<MerchantCategory, string>>;
}

/** The categories' names in Traditional Chinese. */
export const categoryNamesZhHant: CategoryMessages = { categoryNames: CATEGORY_LABELS_ZH_HANT };

/**
 * A category's name from the messages; the category's code itself when they do not name it (a
 * category newer than this build, or a custom locale's table that leaves one out).
 */
export function categoryName(messages: CategoryMessages, category: string): string {
  return Object.hasOwn(messages.categoryNames, category)
    ? messages.categoryNames[category as MerchantCategory]
    : category;
}
