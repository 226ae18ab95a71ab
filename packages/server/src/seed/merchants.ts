import { MERCHANT_CATEGORIES, type Merchant, type MerchantCategory, type Offer } from '@clubkit/core/merchants';
import { addDays, type SeededRandom } from '@clubkit/core';
import { brandWords, regions, tradeWords } from './words.js';

/** Typical purchase sizes by category, in fen: what offers are scaled to. */
const typicalFen: Partial<Record<MerchantCategory, number>> = {
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

/** A validity window around today: mostly running, some ended, some not started. */
function validity(rng: SeededRandom, today: string): { validFrom: string; validUntil: string } {
  const validFrom = addDays(today, rng.int(-200, 20));
  return { validFrom, validUntil: addDays(validFrom, rng.int(0, 500)) };
}

function offerFor(rng: SeededRandom, id: string, category: MerchantCategory, today: string): Offer {
  const typical = typicalFen[category] ?? 20000;
  const limits = {
    ...(rng.chance(0.25) ? { tiers: ['vip' as const] } : {}),
    ...(rng.chance(0.2) ? validity(rng, today) : {}),
  };
  const roll = rng.next();
  if (roll < 0.45) {
    const percentOff = rng.pick([5, 8, 10, 12, 15, 20, 30]);
    return {
      id,
      kind: 'percent',
      title: `會員${(100 - percentOff) / 10}折`,
      percentOff,
      ...(rng.chance(0.5) ? { capFen: Math.round(typical / 2 / 100) * 100 } : {}),
      ...limits,
    };
  }
  if (roll < 0.8) {
    const amountOffFen = Math.max(500, Math.round((typical * rng.pick([0.05, 0.1, 0.15])) / 500) * 500);
    const minSpendFen = Math.round((typical * rng.pick([0.5, 1, 2])) / 1000) * 1000;
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
  const memberPriceFen = Math.round((listPriceFen * rng.pick([0.6, 0.7, 0.8, 0.9])) / 100) * 100;
  return { id, kind: 'price', title: `會員價${memberPriceFen / 100}元`, listPriceFen, memberPriceFen, ...limits };
}

/** `count` merchants across the demo's three places, each with 1–3 offers. */
export function demoMerchants(
  rng: SeededRandom,
  count: number,
  today: string,
  newId: (prefix: string) => string,
): Merchant[] {
  const merchants: Merchant[] = [];
  for (let i = 0; i < count; i++) {
    const roll = rng.next();
    const region =
      roll < regions[0].share ? regions[0] : roll < regions[0].share + regions[1].share ? regions[1] : regions[2];
    const category = rng.pick(MERCHANT_CATEGORIES);
    const street = rng.pick(region.streets);
    const name = `${rng.pick(brandWords)}${rng.pick(tradeWords[category])}（${street.slice(0, 2)}店）`;
    const offers = Array.from({ length: rng.int(1, 3) }, () => offerFor(rng, newId('off'), category, today));
    merchants.push({
      id: newId('mch'),
      name: name.slice(0, 80),
      category,
      region: region.code,
      address: `雲南省西雙版納州${region.name}${street}${rng.int(1, 399)}號`,
      ...(rng.chance(0.95)
        ? {
            location: {
              lat: +(region.centre.lat + (rng.next() - 0.5) * 0.12).toFixed(5),
              lng: +(region.centre.lng + (rng.next() - 0.5) * 0.12).toFixed(5),
            },
          }
        : {}),
      phone: `0691-${rng.int(2000000, 8999999)}`,
      offers,
    });
  }
  return merchants;
}
