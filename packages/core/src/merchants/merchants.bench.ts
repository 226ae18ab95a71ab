import { bench, describe } from 'vitest';
import { bestOffer } from './best-offer.js';
import { generateMerchants, generateOffers } from './fixtures.js';
import { searchMerchants } from './search.js';

const merchants = generateMerchants(10_000, 42);
const offers = generateOffers(50, 7);
const purchase = { amountFen: 30_000, tier: 'vip', date: '2026-11-27' } as const;
const jinghong = { lat: 22.0094, lng: 100.7975 };

// Warm the per-merchant caches, as a long-lived directory page would.
searchMerchants(merchants, { text: '景洪' });

describe('searchMerchants over 10,000 merchants', () => {
  bench('text query "景洪 洗車"', () => {
    searchMerchants(merchants, { text: '景洪 洗車' });
  });

  bench('broad text query "景洪" (thousands of hits)', () => {
    searchMerchants(merchants, { text: '景洪' });
  });

  bench('category + region filter', () => {
    searchMerchants(merchants, { category: 'repair', region: 'menghai' });
  });

  bench('distance sort within 5 km, top 20', () => {
    searchMerchants(merchants, { near: { ...jinghong, radiusKm: 5 }, sort: 'distance', limit: 20 });
  });

  bench('distance sort of all merchants', () => {
    searchMerchants(merchants, { near: jinghong, sort: 'distance' });
  });

  bench('best saving sort for a purchase', () => {
    searchMerchants(merchants, { category: 'dining', purchase, sort: 'bestSaving' });
  });
});

// A national directory: 200,000 merchants in 30 cities 2° apart, as the server's scale bench has them.
const national = generateMerchants(200_000, 43).map((m, i) => {
  const city = i % 30;
  return m.location
    ? { ...m, location: { lat: m.location.lat + (city % 6) * 2, lng: m.location.lng + Math.floor(city / 6) * 2 } }
    : m;
});
searchMerchants(national, { near: { ...jinghong, radiusKm: 3 } });
let spot = 0;

describe('searchMerchants over 200,000 merchants', () => {
  bench('within 3 km of a point that moves each call, top 20', () => {
    spot = (spot + 1) % 100;
    const near = { lat: jinghong.lat + spot / 2000, lng: jinghong.lng + spot / 2000, radiusKm: 3 };
    searchMerchants(national, { near, limit: 20 });
  });

  bench('text query "洗車" in one city', () => {
    searchMerchants(national, { text: '洗車', region: 'jinghong' });
  });
});

// A directory reloaded after a merchant's write: the same merchants in a new list, one of them a new
// object. Its first search with many hits indexes the new list and ranks its names.
let written = 0;
describe('searchMerchants over 200,000 merchants, the first search after one was written', () => {
  bench('text query "洗車" in one city, on a new list with one merchant changed', () => {
    written = (written + 1) % national.length;
    const changed = national.slice();
    changed[written] = { ...(national[written] as (typeof national)[number]), name: `新${String(written)}` };
    searchMerchants(changed, { text: '洗車', region: 'jinghong' });
  });
});

describe('bestOffer', () => {
  bench('over 50 offers', () => {
    bestOffer(offers, purchase);
  });
});
