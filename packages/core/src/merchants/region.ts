import type { ClubLocale } from '../shared/money.js';
import { LOCALES } from './category.js';
import { parseOneOf } from '../shared/invalid-input.js';
import { REGION_NAMES_EN } from './region-names-en.js';
import { REGION_NAMES_ZH_HANS } from './region-names-zh-hans.js';
import { REGION_NAMES_ZH_HANT } from './region-names-zh-hant.js';
import { regionName } from './region-name.js';

/** The regions the club covers (A5: "two counties and one city" in Xishuangbanna), by code. */
export const ClubRegion = { jinghong: 'jinghong', menghai: 'menghai', mengla: 'mengla' } as const;
/** A region the club covers. */
export type ClubRegion = (typeof ClubRegion)[keyof typeof ClubRegion];

/** Every region the club covers, in declaration order. */
export const CLUB_REGIONS: readonly ClubRegion[] = [ClubRegion.jinghong, ClubRegion.menghai, ClubRegion.mengla];

const NAMES: Readonly<Record<ClubLocale, Readonly<Record<ClubRegion, string>>>> = {
  'zh-Hant': REGION_NAMES_ZH_HANT,
  'zh-Hans': REGION_NAMES_ZH_HANS,
  en: REGION_NAMES_EN,
};

/**
 * A region's name in one of the built-in locales; `undefined` for a code the club does not
 * cover, so that a page never shows a raw code (it leaves the region out or gives its own label).
 *
 * @param locale - `zh-Hant` (default), `zh-Hans` or `en`
 * @example
 * regionLabel('menghai', 'zh-Hans') // '勐海县'
 * regionLabel('menghai', 'en') // 'Menghai'
 * regionLabel('atlantis', 'en') // undefined
 */
export function regionLabel(code: string, locale: ClubLocale = 'zh-Hant'): string | undefined {
  return regionName(NAMES[parseOneOf(LOCALES, locale, 'locale')], code);
}
