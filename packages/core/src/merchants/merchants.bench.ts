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

describe('bestOffer', () => {
  bench('over 50 offers', () => {
    bestOffer(offers, purchase);
  });
});
