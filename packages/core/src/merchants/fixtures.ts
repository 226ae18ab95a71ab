/**
 * Deterministic merchant and offer generators for tests and benchmarks: realistic names and
 * addresses in Jinghong, Menghai and Mengla (Xishuangbanna, the club's region in A5).
 * Not part of the public entry.
 */
import type { Tier } from '../shared/tier.js';
import { MERCHANT_CATEGORIES, type MerchantCategory } from './category.js';
import type { Merchant } from './merchant.js';
import type { Offer } from './offer.js';
import { seededRandom, type SeededRandom as Random } from '../shared/random.js';

/** The seeded generator fixtures use: core's, so that fixtures and the demo data draw alike. */
export { seededRandom, type SeededRandom as Random } from '../shared/random.js';

interface Place {
  readonly region: string;
  readonly prefix: string;
  readonly town: string;
  readonly roads: readonly string[];
  readonly centre: { readonly lat: number; readonly lng: number };
  readonly areaCode: string;
}

const PLACES: readonly Place[] = [
  {
    region: 'jinghong',
    prefix: '景洪',
    town: '景洪市',
    roads: ['宣慰大道', '勐泐大道', '民族路', '嘎蘭南路', '曼聽路', '勐海路', '江北大道', '告莊西雙景路'],
    centre: { lat: 22.0094, lng: 100.7975 },
    areaCode: '0691',
  },
  {
    region: 'menghai',
    prefix: '勐海',
    town: '勐海縣勐海鎮',
    roads: ['象山路', '佛雙路', '曼真路', '茶城大道', '景觀大道'],
    centre: { lat: 21.9573, lng: 100.4523 },
    areaCode: '0691',
  },
  {
    region: 'mengla',
    prefix: '勐臘',
    town: '勐臘縣勐臘鎮',
    roads: ['曼龍代路', '新興路', '勐潤路', '南腊河路', '金塔路'],
    centre: { lat: 21.4594, lng: 101.5646 },
    areaCode: '0691',
  },
];

const BRANDS = [
  '天人',
  '金孔雀',
  '瀾滄江',
  '版納',
  '雨林',
  '傣家',
  '鳳尾竹',
  '普洱',
  '告莊',
  '曼聽',
  '彩雲',
  '橄欖壩',
  '象山',
  '星光',
  '鴻運',
];

const SUFFIXES: Readonly<Record<MerchantCategory, readonly string[]>> = {
  'call-centre': ['汽車服務熱線', '24小時呼叫中心'],
  'roadside-rescue': ['道路救援隊', '緊急救援站'],
  towing: ['拖車服務部', '道路清障拖車'],
  repair: ['汽修廠', '汽車維修中心', '修理廠'],
  maintenance: ['汽車養護中心', '快修保養店'],
  'car-wash': ['洗車行', '精品洗車'],
  detailing: ['汽車美容店', '汽車裝飾美容'],
  rental: ['租車行', '汽車租賃公司'],
  insurance: ['保險代理', '車險服務部'],
  information: ['汽車信息咨詢部', '車友資訊站'],
  hotel: ['大酒店', '賓館', '度假酒店'],
  flight: ['機票代售點', '航空票務'],
  flowers: ['花店', '鮮花坊'],
  dining: ['傣味餐廳', '米線店', '酒家', '燒烤'],
  ktv: ['KTV', '量販KTV'],
  shopping: ['購物中心', '超市', '商行'],
  fitness: ['健身會所', '健身房'],
  beauty: ['美容院', '美髮沙龍'],
  laundry: ['乾洗店', '洗衣坊'],
  'health-check': ['體檢中心', '健康管理中心'],
};

const TIERS: readonly (readonly Tier[] | undefined)[] = [undefined, undefined, undefined, ['vip'], ['standard', 'vip']];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `count` offers with ids `off_<prefix>…`, of every kind, some limited by tier, date and spend. */
export function generateOffers(count: number, seed = 7, prefix = 'g'): Offer[] {
  const random = seededRandom(seed);
  const offers: Offer[] = [];
  for (let i = 0; i < count; i++) offers.push(randomOffer(random, `off_${prefix}${pad(i, 6)}`));
  return offers;
}

function randomOffer(random: Random, id: string): Offer {
  const tiers = random.pick(TIERS);
  const common = {
    id,
    ...(tiers ? { tiers: [...tiers] } : {}),
    ...(random.next() < 0.2
      ? { validFrom: '2026-01-01', validUntil: random.pick(['2026-06-30', '2026-12-31', '2027-12-31']) }
      : {}),
    ...(random.next() < 0.3 ? { minSpendFen: random.int(1, 20) * 1000 } : {}),
  };
  const roll = random.next();
  if (roll < 0.4) {
    const percentOff = random.pick([5, 8, 10, 12.5, 15, 20, 30]);
    return {
      kind: 'percent',
      ...common,
      title: `會員${String(percentOff)}%折扣`,
      percentOff,
      ...(random.next() < 0.5 ? { capFen: random.int(1, 30) * 1000 } : {}),
    };
  }
  if (roll < 0.75) {
    const amountOffFen = random.int(1, 10) * 1000;
    return { kind: 'amount', ...common, title: `滿額立減${String(amountOffFen / 100)}元`, amountOffFen };
  }
  const listPriceFen = random.int(2, 80) * 1000;
  const memberPriceFen = Math.round(listPriceFen * random.pick([0.5, 0.6, 0.75, 0.8, 0.9]));
  return { kind: 'price', ...common, title: '會員特價', listPriceFen, memberPriceFen };
}

/**
 * `count` valid merchants with ids `mch_000001`…, Chinese names and addresses spread over
 * Jinghong, Menghai and Mengla, most with a location, each with 1–3 offers.
 *
 * @example
 * const merchants = generateMerchants(10_000, 42);
 */
export function generateMerchants(count: number, seed = 42): Merchant[] {
  const random = seededRandom(seed);
  const merchants: Merchant[] = [];
  for (let i = 1; i <= count; i++) {
    const place = random.pick(PLACES);
    const category = random.pick(MERCHANT_CATEGORIES);
    const name = `${random.next() < 0.5 ? place.prefix : ''}${random.pick(BRANDS)}${random.pick(SUFFIXES[category])}`;
    const id = `mch_${pad(i, 6)}`;
    const offers: Offer[] = [];
    const offerCount = random.int(1, 3);
    for (let k = 0; k < offerCount; k++) offers.push(randomOffer(random, `off_${pad(i, 6)}_${String(k)}`));
    const merchant: Merchant = {
      id,
      name,
      category,
      region: place.region,
      address: `${place.town}${random.pick(place.roads)}${String(random.int(1, 300))}號`,
      phone: `${place.areaCode}-${String(random.int(2_000_000, 8_999_999))}`,
      offers,
    };
    if (random.next() < 0.9) {
      merchant.location = {
        lat: Math.round((place.centre.lat + (random.next() - 0.5) * 0.12) * 1e6) / 1e6,
        lng: Math.round((place.centre.lng + (random.next() - 0.5) * 0.12) * 1e6) / 1e6,
      };
    }
    merchants.push(merchant);
  }
  return merchants;
}
