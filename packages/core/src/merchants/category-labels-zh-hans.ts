import type { MerchantCategory } from './category.js';

// One module per locale: see category-labels-zh-hant.ts.

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
