import type { ClubRegion } from './region.js';

/** The club's regions' names in Simplified Chinese (one module per locale: see region-names-zh-hant.ts). */
export const REGION_NAMES_ZH_HANS: Readonly<Record<ClubRegion, string>> = {
  jinghong: '景洪市',
  menghai: '勐海县',
  mengla: '勐腊县',
};
