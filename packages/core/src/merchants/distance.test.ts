import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { distanceKm } from './distance.js';

const EARTH_RADIUS_KM = 6371.0088;
const point = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('distanceKm', () => {
  it('is zero from a point to itself', () => {
    expect(distanceKm({ lat: 22.0094, lng: 100.7975 }, { lat: 22.0094, lng: 100.7975 })).toBe(0);
  });

  it('measures one degree of a meridian as 1/360 of the circumference', () => {
    expect(distanceKm({ lat: 21, lng: 100.8 }, { lat: 22, lng: 100.8 })).toBeCloseTo(
      (2 * Math.PI * EARTH_RADIUS_KM) / 360,
      6,
    );
  });

  it('measures pole to pole as half the circumference', () => {
    expect(distanceKm({ lat: 90, lng: 0 }, { lat: -90, lng: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it('is symmetric, non-negative and at most half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = distanceKm(a, b);
        return d >= 0 && d <= Math.PI * EARTH_RADIUS_KM + 1e-9 && Math.abs(d - distanceKm(b, a)) < 1e-9;
      }),
    );
  });

  it('refuses coordinates outside the globe with invalid-input', () => {
    let error: unknown;
    try {
      distanceKm({ lat: 91, lng: 0 }, { lat: 0, lng: 0 });
    } catch (e) {
      error = e;
    }
    expect(isClubError(error) && error.code).toBe('invalid-input');
    expect(() => distanceKm({ lat: 0, lng: 0 }, { lat: 0, lng: -180.5 })).toThrow(/lng/);
  });
});
