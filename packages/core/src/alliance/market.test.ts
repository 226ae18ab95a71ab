import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DealersPerCounty, marketVolume, suggestedDealerCount } from './market.js';
import { errorOf } from '../shared/fixtures.js';

describe('marketVolume', () => {
  it('scales monthly consumption per thousand people by the population', () => {
    expect(marketVolume({ population: 450_000, monthlyPerThousand: 12 })).toBe(5400);
    expect(marketVolume({ population: 1000, monthlyPerThousand: 7.5 })).toBe(7.5);
  });

  it('gives no volume for an empty county', () => {
    expect(marketVolume({ population: 0, monthlyPerThousand: 30 })).toBe(0);
  });

  it('grows in proportion to the population', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1000 }),
        (population, perThousand) => {
          const once = marketVolume({ population, monthlyPerThousand: perThousand });
          const twice = marketVolume({ population: population * 2, monthlyPerThousand: perThousand });
          return twice === once * 2;
        },
      ),
    );
  });

  it('refuses a fractional population and a negative consumption with their paths', () => {
    const e = errorOf(() => marketVolume({ population: 1.5, monthlyPerThousand: -1 }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['population', 'monthlyPerThousand']);
  });
});

describe('suggestedDealerCount', () => {
  it('suggests one dealer while one can carry the whole market', () => {
    expect(suggestedDealerCount({ marketVolume: 0, volumePerDealer: 3000 })).toBe(1);
    expect(suggestedDealerCount({ marketVolume: 3000, volumePerDealer: 3000 })).toBe(1);
  });

  it('suggests two dealers once the market is larger than one can carry, and never more', () => {
    expect(suggestedDealerCount({ marketVolume: 3001, volumePerDealer: 3000 })).toBe(2);
    expect(suggestedDealerCount({ marketVolume: 1_000_000, volumePerDealer: 3000 })).toBe(DealersPerCounty.max);
  });

  it('refuses a dealer capacity of zero', () => {
    const e = errorOf(() => suggestedDealerCount({ marketVolume: 10, volumePerDealer: 0 }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]?.path).toEqual(['volumePerDealer']);
  });
});
