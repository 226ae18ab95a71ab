import type { ClubRegion } from './region.js';

// One module per locale, with no imports, so that a bundle carries only the locales it ships
// and a locale loaded on demand brings nothing else with it.

/** The club's regions' names in Traditional Chinese. */
export const REGION_NAMES_ZH_HANT: Readonly<Record<ClubRegion, string>> = {
  jinghong: '景洪市',
  menghai: '勐海縣',
  mengla: '勐臘縣',
};
