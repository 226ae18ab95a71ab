/**
 * The words sample merchants are made of: the club's three places in Xishuangbanna (A5's "two
 * counties and one city"), trade words by category and brand-like first words.
 */
import type { MerchantCategory } from '../merchants/category.js';

/** The demo's three places: A5's "two counties and one city" in Xishuangbanna. */
export const SAMPLE_PLACES = [
  {
    code: 'jinghong',
    name: '景洪市',
    prefix: '景洪',
    centre: { lat: 22.0094, lng: 100.7977 },
    share: 0.5,
    streets: ['宣慰大道', '勐泐大道', '曼聽路', '嘎蘭中路', '景德路', '民航路', '勐海路', '告莊西雙景'],
  },
  {
    code: 'menghai',
    name: '勐海縣',
    prefix: '勐海',
    centre: { lat: 21.9575, lng: 100.4525 },
    share: 0.25,
    streets: ['象山路', '佛雙路', '茶城大道', '勐海大道', '曼賀路'],
  },
  {
    code: 'mengla',
    name: '勐臘縣',
    prefix: '勐臘',
    centre: { lat: 21.4816, lng: 101.565 },
    share: 0.25,
    streets: ['勐臘大道', '金城大道', '曼莊路', '磨憨口岸路', '南腊河路'],
  },
] as const;

/** Words for merchant names by category: a trade word each name is built around. */
export const TRADE_WORDS: Readonly<Record<MerchantCategory, readonly string[]>> = {
  'call-centre': ['24小時呼叫中心', '車主服務熱線'],
  'roadside-rescue': ['道路救援', '緊急救援站'],
  towing: ['拖車服務', '清障拖車'],
  repair: ['汽車維修', '汽修廠', '鈑金噴漆'],
  maintenance: ['汽車保養', '快修快保', '機油保養中心'],
  'car-wash': ['洗車', '精洗車坊', '自助洗車'],
  detailing: ['汽車美容', '鍍晶美容', '貼膜改色'],
  rental: ['租車', '汽車租賃'],
  insurance: ['保險代理', '車險服務'],
  information: ['汽車資訊諮詢', '車務代辦'],
  hotel: ['大酒店', '精品酒店', '客棧'],
  flight: ['機票代售', '航空票務'],
  flowers: ['鮮花', '花藝'],
  dining: ['傣味餐廳', '米線店', '燒烤', '咖啡館', '茶餐廳'],
  ktv: ['KTV', '量販KTV'],
  shopping: ['購物中心', '便利店', '超市'],
  fitness: ['健身中心', '瑜伽館'],
  beauty: ['美容美髮', 'SPA會館'],
  laundry: ['洗衣店', '乾洗店'],
  'health-check': ['體檢中心', '健康管理中心'],
};

/** Brand-like first words of merchant names. */
export const BRAND_WORDS = [
  '版納',
  '瀾滄',
  '孔雀',
  '勐泐',
  '金象',
  '雨林',
  '傣鄉',
  '普洱',
  '星光',
  '順達',
  '恆通',
  '永安',
  '佳美',
  '悅來',
  '鴻運',
  '新城',
  '鳳凰',
  '綠洲',
  '天成',
  '吉祥',
];
