/**
 * `@clubkit/core/merchants/category-labels/zh-hans`: the merchant categories' names in Simplified
 * Chinese, the labels `categoryLabel(category, 'zh-Hans')` gives. One module per locale, with no
 * import but a type, so that a bundle carries only the locales it ships and a locale loaded on
 * demand brings nothing else with it; `@clubkit/core/merchants` does not re-export it, since a
 * bundler that splits code puts into a page's first file every module an entry reaches and a lazy
 * chunk uses.
 *
 * @module
 */
import type { MerchantCategory } from './category.js';

/** The merchant categories' labels in Simplified Chinese, in the mainland words of the source (A5 §1–2). */
export const CATEGORY_LABELS_ZH_HANS: Readonly<Record<MerchantCategory, string>> = {
  'call-centre': '24小时呼叫服务',
  'roadside-rescue': '紧急救援',
  towing: '拖车',
  repair: '汽车修理',
  maintenance: '汽车养护',
  'car-wash': '洗车',
  detailing: '汽车美容',
  rental: '汽车租赁',
  insurance: '汽车保险',
  information: '汽车信息咨询',
  hotel: '酒店',
  flight: '机票预订',
  flowers: '鲜花预订',
  dining: '餐饮',
  ktv: 'KTV',
  shopping: '购物',
  fitness: '健身',
  beauty: '美容',
  laundry: '洗衣',
  'health-check': '体检',
};
