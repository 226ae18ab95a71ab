import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { MerchantCategorySchema } from './category-schema.js';
import { CATEGORY_LABELS_EN } from './category-labels-en.js';
import { CATEGORY_LABELS_ZH_HANS } from './category-labels-zh-hans.js';
import { CATEGORY_LABELS_ZH_HANT } from './category-labels-zh-hant.js';
import { categoryLabel } from './category-label.js';
import { categoryGroup, MERCHANT_CATEGORIES, MerchantCategory } from './category.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isClubError(e) ? e.code : 'not a ClubError';
  }
  return undefined;
}

describe('MerchantCategory', () => {
  it('lists the ten car services and ten lifestyle services of the source', () => {
    expect(MERCHANT_CATEGORIES).toHaveLength(20);
    expect(MERCHANT_CATEGORIES.filter((c) => categoryGroup(c) === 'car')).toHaveLength(10);
    expect(MERCHANT_CATEGORIES.filter((c) => categoryGroup(c) === 'lifestyle')).toHaveLength(10);
  });

  it('accepts every category in its schema and refuses others', () => {
    for (const category of MERCHANT_CATEGORIES) expect(MerchantCategorySchema.safeParse(category).success).toBe(true);
    expect(MerchantCategorySchema.safeParse('casino').success).toBe(false);
  });
});

describe('categoryLabel', () => {
  it('uses the words of the source in traditional and simplified Chinese', () => {
    expect(categoryLabel(MerchantCategory.carWash, 'zh-Hant')).toBe('洗車');
    expect(categoryLabel(MerchantCategory.carWash, 'zh-Hans')).toBe('洗车');
    expect(categoryLabel(MerchantCategory.healthCheck, 'zh-Hant')).toBe('體檢');
    expect(categoryLabel(MerchantCategory.roadsideRescue, 'en')).toBe('Roadside rescue');
  });

  it('reads each locale from its own table, which names every category in declaration order', () => {
    for (const [locale, table] of [
      ['zh-Hant', CATEGORY_LABELS_ZH_HANT],
      ['zh-Hans', CATEGORY_LABELS_ZH_HANS],
      ['en', CATEGORY_LABELS_EN],
    ] as const) {
      expect(Object.keys(table)).toEqual([...MERCHANT_CATEGORIES]);
      for (const category of MERCHANT_CATEGORIES) expect(categoryLabel(category, locale)).toBe(table[category]);
    }
  });

  it('defaults to zh-Hant', () => {
    expect(categoryLabel('towing')).toBe(categoryLabel('towing', 'zh-Hant'));
  });

  it('has a distinct, non-empty label for every category in every locale', () => {
    for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      const labels = MERCHANT_CATEGORIES.map((c) => categoryLabel(c, locale));
      expect(labels.every((l) => l.length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
  });

  it('refuses an unknown category or locale with invalid-input', () => {
    expect(codeOf(() => categoryLabel('casino' as MerchantCategory, 'en'))).toBe('invalid-input');
    expect(codeOf(() => categoryLabel('towing', 'fr' as 'en'))).toBe('invalid-input');
  });
});

describe('categoryGroup', () => {
  it('puts car services in car and the rest in lifestyle', () => {
    expect(categoryGroup('towing')).toBe('car');
    expect(categoryGroup('information')).toBe('car');
    expect(categoryGroup('ktv')).toBe('lifestyle');
    expect(categoryGroup('hotel')).toBe('lifestyle');
  });

  it('refuses an unknown category with invalid-input', () => {
    expect(codeOf(() => categoryGroup('casino' as MerchantCategory))).toBe('invalid-input');
  });
});
