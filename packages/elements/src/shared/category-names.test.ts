import { CATEGORY_LABELS_EN } from '@clubkit/core/merchants/category-labels/en';
import { CATEGORY_LABELS_ZH_HANS } from '@clubkit/core/merchants/category-labels/zh-hans';
import { CATEGORY_LABELS_ZH_HANT } from '@clubkit/core/merchants/category-labels/zh-hant';
import { describe, expect, it } from 'vitest';
import { directoryEn } from '../merchant-directory/locales/en.js';
import { directoryZhHans } from '../merchant-directory/locales/zh-hans.js';
import { directoryZhHant } from '../merchant-directory/messages.js';
import { offerManagerEn } from '../offer-manager/locales/en.js';
import { offerManagerZhHans } from '../offer-manager/locales/zh-hans.js';
import { offerManagerZhHant } from '../offer-manager/messages.js';
import { vipOfferEn } from '../vip-offer/locales/en.js';
import { vipOfferZhHans } from '../vip-offer/locales/zh-hans.js';
import { vipOfferZhHant } from '../vip-offer/messages.js';
import { categoryName, categoryNamesZhHant } from './category-names.js';

describe('categoryName', () => {
  it('names a category from the messages’ table', () => {
    expect(categoryName(categoryNamesZhHant, 'car-wash')).toBe('洗車');
    expect(categoryNamesZhHant.categoryNames).toBe(CATEGORY_LABELS_ZH_HANT);
  });

  it('shows a category the table does not name by its code, never an inherited property', () => {
    expect(categoryName(categoryNamesZhHant, 'space-travel')).toBe('space-travel');
    expect(categoryName(categoryNamesZhHant, 'constructor')).toBe('constructor');
    expect(categoryName({ categoryNames: { towing: 'Remorquage' } as never }, 'repair')).toBe('repair');
  });

  it('gives every widget that names categories core’s table of each built-in locale, not a copy', () => {
    for (const messages of [directoryZhHant, vipOfferZhHant, offerManagerZhHant])
      expect(messages.categoryNames).toBe(CATEGORY_LABELS_ZH_HANT);
    for (const messages of [directoryZhHans, vipOfferZhHans, offerManagerZhHans])
      expect(messages.categoryNames).toBe(CATEGORY_LABELS_ZH_HANS);
    for (const messages of [directoryEn, vipOfferEn, offerManagerEn])
      expect(messages.categoryNames).toBe(CATEGORY_LABELS_EN);
  });
});
