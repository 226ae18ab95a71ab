/**
 * `@clubkit/core/merchants/category-labels/zh-hant`: the merchant categories' names in Traditional
 * Chinese, the labels `categoryLabel(category, 'zh-Hant')` gives. One module per locale, with no
 * import but a type, so that a bundle carries only the locales it ships and a locale loaded on
 * demand brings nothing else with it; `@clubkit/core/merchants` does not re-export it, since a
 * bundler that splits code puts into a page's first file every module an entry reaches and a lazy
 * chunk uses.
 *
 * @module
 */
import type { MerchantCategory } from './category.js';

/** The merchant categories' labels in Traditional Chinese, in Traditional terms (資訊, 諮詢 for the source's 信息咨詢). */
export const CATEGORY_LABELS_ZH_HANT: Readonly<Record<MerchantCategory, string>> = {
  'call-centre': '24小時呼叫服務',
  'roadside-rescue': '緊急救援',
  towing: '拖車',
  repair: '汽車修理',
  maintenance: '汽車養護',
  'car-wash': '洗車',
  detailing: '汽車美容',
  rental: '汽車租賃',
  insurance: '汽車保險',
  information: '汽車資訊諮詢',
  hotel: '酒店',
  flight: '機票預訂',
  flowers: '鮮花預訂',
  dining: '餐飲',
  ktv: 'KTV',
  shopping: '購物',
  fitness: '健身',
  beauty: '美容',
  laundry: '洗衣',
  'health-check': '體檢',
};
