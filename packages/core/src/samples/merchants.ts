import { addDays } from '../shared/calendar.js';
import type { SeededRandom } from '../shared/random.js';
import { MERCHANT_CATEGORIES, type MerchantCategory } from '../merchants/category.js';
import type { Merchant } from '../merchants/merchant.js';
import type { Offer } from '../merchants/offer.js';
import { BRAND_WORDS, SAMPLE_PLACES, TRADE_WORDS } from './words.js';

/** Typical purchase sizes by category, in fen: what sample offers are scaled to. */
const TYPICAL_FEN: Partial<Record<MerchantCategory, number>> = {
  'car-wash': 4000,
  detailing: 60000,
  maintenance: 50000,
  repair: 150000,
  towing: 30000,
  hotel: 40000,
  dining: 15000,
  ktv: 30000,
  fitness: 20000,
  beauty: 25000,
  'health-check': 80000,
  rental: 30000,
  flight: 120000,
  shopping: 20000,
};

/** A validity window around `today`: mostly running, some ended, some not started. */
function validity(random: SeededRandom, today: string): { validFrom: string; validUntil: string } {
  const validFrom = addDays(today, random.int(-200, 20));
  return { validFrom, validUntil: addDays(validFrom, random.int(0, 500)) };
}

/** What {@link sampleOffer} needs: the offer's id, its merchant's category and the day it is made for. */
export interface SampleOfferOptions {
  /** The offer's id. */
  id: string;
  /** The merchant's category: what the amounts are scaled to. */
  category: MerchantCategory;
  /** `YYYY-MM-DD`: limited offers are valid in a window around this day. */
  today: string;
}

/**
 * A plausible offer for a merchant of `category`, drawn from `random`: a percentage (some capped),
 * an amount off above a minimum spend, or a member price, scaled to the category's typical
 * purchase; a quarter are for VIP members only and a fifth valid in a window around `today`.
 */
export function sampleOffer(random: SeededRandom, { id, category, today }: SampleOfferOptions): Offer {
  const typical = TYPICAL_FEN[category] ?? 20000;
  const limits = {
    ...(random.chance(0.25) ? { tiers: ['vip' as const] } : {}),
    ...(random.chance(0.2) ? validity(random, today) : {}),
  };
  const roll = random.next();
  if (roll < 0.45) {
    const percentOff = random.pick([5, 8, 10, 12, 15, 20, 30]);
    return {
      id,
      kind: 'percent',
      title: `會員${(100 - percentOff) / 10}折`,
      percentOff,
      ...(random.chance(0.5) ? { capFen: Math.round(typical / 2 / 100) * 100 } : {}),
      ...limits,
    };
  }
  if (roll < 0.8) {
    const amountOffFen = Math.max(500, Math.round((typical * random.pick([0.05, 0.1, 0.15])) / 500) * 500);
    const minSpendFen = Math.round((typical * random.pick([0.5, 1, 2])) / 1000) * 1000;
    return {
      id,
      kind: 'amount',
      title: `滿${minSpendFen / 100}減${amountOffFen / 100}`,
      amountOffFen,
      minSpendFen,
      ...limits,
    };
  }
  const listPriceFen = Math.round(typical / 100) * 100;
  const memberPriceFen = Math.round((listPriceFen * random.pick([0.6, 0.7, 0.8, 0.9])) / 100) * 100;
  return { id, kind: 'price', title: `會員價${memberPriceFen / 100}元`, listPriceFen, memberPriceFen, ...limits };
}

/** What {@link sampleMerchants} needs. */
export interface SampleMerchantsOptions {
  /** How many merchants. */
  count: number;
  /** `YYYY-MM-DD`: the day the offers' validity windows are placed around. */
  today: string;
  /** Mints the id of a new record: called with `'mch'` for a merchant and `'off'` for an offer. */
  newId: (prefix: 'mch' | 'off') => string;
}

/**
 * `count` plausible merchants across the club's three places (half in Jinghong, a quarter each
 * in Menghai and Mengla), of every category, with Chinese names and addresses, 95 % with a
 * location near their town's centre and each with 1–3 {@link sampleOffer offers}. Everything is
 * drawn from `random`, so the same seed gives the same merchants: the reference server's demo
 * data, and data for tests and benchmarks.
 *
 * @example
 * const merchants = sampleMerchants(seededRandom(42), {
 *   count: 1000,
 *   today: '2026-11-27',
 *   newId: (prefix) => `${prefix}_${crypto.randomUUID()}`,
 * });
 */
export function sampleMerchants(random: SeededRandom, { count, today, newId }: SampleMerchantsOptions): Merchant[] {
  const [jinghong, menghai, mengla] = SAMPLE_PLACES;
  const merchants: Merchant[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    const place = roll < jinghong.share ? jinghong : roll < jinghong.share + menghai.share ? menghai : mengla;
    const category = random.pick(MERCHANT_CATEGORIES);
    const street = random.pick(place.streets);
    const town = random.chance(0.3) ? place.prefix : '';
    const name = `${town}${random.pick(BRAND_WORDS)}${random.pick(TRADE_WORDS[category])}（${street.slice(0, 2)}店）`;
    const offers = Array.from({ length: random.int(1, 3) }, () =>
      sampleOffer(random, { id: newId('off'), category, today }),
    );
    merchants.push({
      id: newId('mch'),
      name: name.slice(0, 80),
      category,
      region: place.code,
      address: `雲南省西雙版納州${place.name}${street}${random.int(1, 399)}號`,
      ...(random.chance(0.95)
        ? {
            location: {
              lat: +(place.centre.lat + (random.next() - 0.5) * 0.12).toFixed(5),
              lng: +(place.centre.lng + (random.next() - 0.5) * 0.12).toFixed(5),
            },
          }
        : {}),
      phone: `0691-${random.int(2000000, 8999999)}`,
      offers,
    });
  }
  return merchants;
}
