import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { priceFromList, type ServicePrice } from './service-price.js';

const hood: ServicePrice = {
  id: 'spr_hood',
  name: 'Range hood cleaning',
  priceFen: 12_000,
  chargeUnit: 'per visit',
  active: true,
  updatedAt: '2026-11-27T08:00:00.000Z',
};

function codeOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return { code: e.code, details: e.details };
    throw e;
  }
  return undefined;
}

describe('priceFromList', () => {
  it('prices a quantity of an active line', () => {
    expect(priceFromList(hood)).toBe(12_000);
    expect(priceFromList(hood, 3)).toBe(36_000);
  });

  it('refuses a retired line and an unknown one', () => {
    expect(codeOf(() => priceFromList({ ...hood, active: false }))).toEqual({
      code: 'paid-service/price-unavailable',
      details: { priceId: 'spr_hood' },
    });
    expect(codeOf(() => priceFromList(undefined, 1, 'spr_gone'))?.details).toEqual({ priceId: 'spr_gone' });
  });

  it('refuses a renovation fine’s line for a paid service', () => {
    expect(codeOf(() => priceFromList({ ...hood, violation: 'noise' }))?.code).toBe('paid-service/price-unavailable');
  });

  it('refuses a quantity below one', () => {
    expect(codeOf(() => priceFromList(hood, 0))?.code).toBe('invalid-input');
  });
});
