import { parseInput } from '../shared/parse.js';
import { GeoPoint } from './merchant.js';

/** The mean earth radius, km (IUGG). */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Km per degree of latitude: no two points are closer than their latitudes are apart. @internal */
export const KM_PER_DEGREE_LATITUDE = EARTH_RADIUS_KM * RAD;

/** {@link distanceKm} on already-validated points. @internal */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/**
 * The great-circle (haversine) distance between two points, in km.
 *
 * @example
 * distanceKm({ lat: 22.0094, lng: 100.7975 }, { lat: 21.9573, lng: 100.4523 }) // ≈ 36 (Jinghong to Menghai)
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const p = parseInput(GeoPoint, a, 'point');
  const q = parseInput(GeoPoint, b, 'point');
  return haversineKm(p.lat, p.lng, q.lat, q.lng);
}
