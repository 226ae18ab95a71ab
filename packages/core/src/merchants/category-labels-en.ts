/**
 * `@clubkit/core/merchants/category-labels/en`: the merchant categories' names in English, the
 * labels `categoryLabel(category, 'en')` gives. One module per locale, with no import but a type,
 * so that a bundle carries only the locales it ships and a locale loaded on demand brings nothing
 * else with it; `@clubkit/core/merchants` does not re-export it, since a bundler that splits code
 * puts into a page's first file every module an entry reaches and a lazy chunk uses.
 *
 * @module
 */
import type { MerchantCategory } from './category.js';

/** The merchant categories' labels in English. */
export const CATEGORY_LABELS_EN: Readonly<Record<MerchantCategory, string>> = {
  'call-centre': '24-hour call centre',
  'roadside-rescue': 'Roadside rescue',
  towing: 'Towing',
  repair: 'Repair',
  maintenance: 'Maintenance',
  'car-wash': 'Car wash',
  detailing: 'Detailing',
  rental: 'Car rental',
  insurance: 'Car insurance',
  information: 'Motoring information',
  hotel: 'Hotels',
  flight: 'Flights',
  flowers: 'Flowers',
  dining: 'Dining',
  ktv: 'KTV',
  shopping: 'Shopping',
  fitness: 'Fitness',
  beauty: 'Beauty',
  laundry: 'Laundry',
  'health-check': 'Health checks',
};
