import { ClubLocale } from '../shared/money.js';
import { parseOneOf } from '../shared/invalid-input.js';

/** The services partner merchants offer members (A5 §1–2): car services first, then lifestyle. */
export const MerchantCategory = {
  callCentre: 'call-centre',
  roadsideRescue: 'roadside-rescue',
  towing: 'towing',
  repair: 'repair',
  maintenance: 'maintenance',
  carWash: 'car-wash',
  detailing: 'detailing',
  rental: 'rental',
  insurance: 'insurance',
  information: 'information',
  hotel: 'hotel',
  flight: 'flight',
  flowers: 'flowers',
  dining: 'dining',
  ktv: 'ktv',
  shopping: 'shopping',
  fitness: 'fitness',
  beauty: 'beauty',
  laundry: 'laundry',
  healthCheck: 'health-check',
} as const;
/** A merchant category. */
export type MerchantCategory = (typeof MerchantCategory)[keyof typeof MerchantCategory];

/** Every merchant category, in declaration order. */
export const MERCHANT_CATEGORIES: readonly MerchantCategory[] = Object.values(MerchantCategory);

/** The two families of merchant categories. */
export const CategoryGroup = { car: 'car', lifestyle: 'lifestyle' } as const;
/** A family of merchant categories. */
export type CategoryGroup = (typeof CategoryGroup)[keyof typeof CategoryGroup];

interface CategoryInfo {
  readonly group: CategoryGroup;
  readonly labels: Readonly<Record<ClubLocale, string>>;
}

/**
 * Labels use the words of the source (A5 §1–2), in Traditional terms in zh-Hant (資訊, 諮詢 for
 * the source's 信息咨詢); zh-Hans keeps the mainland words in simplified characters.
 */
const CATEGORY_INFO: Readonly<Record<MerchantCategory, CategoryInfo>> = {
  'call-centre': {
    group: 'car',
    labels: { 'zh-Hant': '24小時呼叫服務', 'zh-Hans': '24小时呼叫服务', en: '24-hour call centre' },
  },
  'roadside-rescue': { group: 'car', labels: { 'zh-Hant': '緊急救援', 'zh-Hans': '紧急救援', en: 'Roadside rescue' } },
  towing: { group: 'car', labels: { 'zh-Hant': '拖車', 'zh-Hans': '拖车', en: 'Towing' } },
  repair: { group: 'car', labels: { 'zh-Hant': '汽車修理', 'zh-Hans': '汽车修理', en: 'Repair' } },
  maintenance: { group: 'car', labels: { 'zh-Hant': '汽車養護', 'zh-Hans': '汽车养护', en: 'Maintenance' } },
  'car-wash': { group: 'car', labels: { 'zh-Hant': '洗車', 'zh-Hans': '洗车', en: 'Car wash' } },
  detailing: { group: 'car', labels: { 'zh-Hant': '汽車美容', 'zh-Hans': '汽车美容', en: 'Detailing' } },
  rental: { group: 'car', labels: { 'zh-Hant': '汽車租賃', 'zh-Hans': '汽车租赁', en: 'Car rental' } },
  insurance: { group: 'car', labels: { 'zh-Hant': '汽車保險', 'zh-Hans': '汽车保险', en: 'Car insurance' } },
  information: {
    group: 'car',
    labels: { 'zh-Hant': '汽車資訊諮詢', 'zh-Hans': '汽车信息咨询', en: 'Motoring information' },
  },
  hotel: { group: 'lifestyle', labels: { 'zh-Hant': '酒店', 'zh-Hans': '酒店', en: 'Hotels' } },
  flight: { group: 'lifestyle', labels: { 'zh-Hant': '機票預訂', 'zh-Hans': '机票预订', en: 'Flights' } },
  flowers: { group: 'lifestyle', labels: { 'zh-Hant': '鮮花預訂', 'zh-Hans': '鲜花预订', en: 'Flowers' } },
  dining: { group: 'lifestyle', labels: { 'zh-Hant': '餐飲', 'zh-Hans': '餐饮', en: 'Dining' } },
  ktv: { group: 'lifestyle', labels: { 'zh-Hant': 'KTV', 'zh-Hans': 'KTV', en: 'KTV' } },
  shopping: { group: 'lifestyle', labels: { 'zh-Hant': '購物', 'zh-Hans': '购物', en: 'Shopping' } },
  fitness: { group: 'lifestyle', labels: { 'zh-Hant': '健身', 'zh-Hans': '健身', en: 'Fitness' } },
  beauty: { group: 'lifestyle', labels: { 'zh-Hant': '美容', 'zh-Hans': '美容', en: 'Beauty' } },
  laundry: { group: 'lifestyle', labels: { 'zh-Hant': '洗衣', 'zh-Hans': '洗衣', en: 'Laundry' } },
  'health-check': { group: 'lifestyle', labels: { 'zh-Hant': '體檢', 'zh-Hans': '体检', en: 'Health checks' } },
};

/** The built-in locales, which the labels of categories and regions are written in. @internal */
export const LOCALES: readonly ClubLocale[] = [ClubLocale.zhHant, ClubLocale.zhHans, ClubLocale.en];

/**
 * The display label of a category in one of the built-in locales.
 *
 * @param locale - `zh-Hant` (default), `zh-Hans` or `en`
 * @example
 * categoryLabel('car-wash', 'zh-Hant') // '洗車'
 * categoryLabel('car-wash', 'en') // 'Car wash'
 */
export function categoryLabel(category: MerchantCategory, locale: ClubLocale = 'zh-Hant'): string {
  const info = CATEGORY_INFO[parseOneOf(MERCHANT_CATEGORIES, category, 'merchant category')];
  return info.labels[parseOneOf(LOCALES, locale, 'locale')];
}

/**
 * Whether a category is a car service or a lifestyle service.
 *
 * @example
 * categoryGroup('towing') // 'car'
 * categoryGroup('ktv') // 'lifestyle'
 */
export function categoryGroup(category: MerchantCategory): CategoryGroup {
  return CATEGORY_INFO[parseOneOf(MERCHANT_CATEGORIES, category, 'merchant category')].group;
}

/** Every label of a category in the three built-in locales. @internal */
export function categoryLabels(category: MerchantCategory): readonly string[] {
  const labels = CATEGORY_INFO[category].labels;
  return [labels['zh-Hant'], labels['zh-Hans'], labels.en];
}
