import type { MerchantCategory } from './category.js';

// One module per locale: see category-labels-zh-hant.ts.

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
