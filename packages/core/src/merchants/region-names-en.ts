import type { ClubRegion } from './region.js';

/**
 * The club's regions' names in English: pinyin place names, without "City" or "County", as road
 * signs and maps give them (one module per locale: see region-names-zh-hant.ts).
 */
export const REGION_NAMES_EN: Readonly<Record<ClubRegion, string>> = {
  jinghong: 'Jinghong',
  menghai: 'Menghai',
  mengla: 'Mengla',
};
