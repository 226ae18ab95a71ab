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

/** The family of each category: the source's car services first, then its lifestyle services. */
const CATEGORY_GROUPS: Readonly<Record<MerchantCategory, CategoryGroup>> = {
  'call-centre': 'car',
  'roadside-rescue': 'car',
  towing: 'car',
  repair: 'car',
  maintenance: 'car',
  'car-wash': 'car',
  detailing: 'car',
  rental: 'car',
  insurance: 'car',
  information: 'car',
  hotel: 'lifestyle',
  flight: 'lifestyle',
  flowers: 'lifestyle',
  dining: 'lifestyle',
  ktv: 'lifestyle',
  shopping: 'lifestyle',
  fitness: 'lifestyle',
  beauty: 'lifestyle',
  laundry: 'lifestyle',
  'health-check': 'lifestyle',
};

/** The built-in locales, which the labels of categories and regions are written in. @internal */
export const LOCALES: readonly ClubLocale[] = [ClubLocale.zhHant, ClubLocale.zhHans, ClubLocale.en];

/**
 * Whether a category is a car service or a lifestyle service.
 *
 * @example
 * categoryGroup('towing') // 'car'
 * categoryGroup('ktv') // 'lifestyle'
 */
export function categoryGroup(category: MerchantCategory): CategoryGroup {
  return CATEGORY_GROUPS[parseOneOf(MERCHANT_CATEGORIES, category, 'merchant category')];
}
