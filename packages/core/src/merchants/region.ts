import { ClubLocale } from '../shared/money.js';
import { parseOneOf } from '../shared/invalid-input.js';

/** The regions the club covers (A5: "two counties and one city" in Xishuangbanna), by code. */
export const ClubRegion = { jinghong: 'jinghong', menghai: 'menghai', mengla: 'mengla' } as const;
/** A region the club covers. */
export type ClubRegion = (typeof ClubRegion)[keyof typeof ClubRegion];

/** Every region the club covers, in declaration order. */
export const CLUB_REGIONS: readonly ClubRegion[] = Object.values(ClubRegion);

/**
 * The regions' names as each locale writes them: Traditional and Simplified characters, and the
 * pinyin place names in English (without "City" or "County", as road signs and maps give them).
 */
const REGION_LABELS: Readonly<Record<ClubRegion, Readonly<Record<ClubLocale, string>>>> = {
  jinghong: { 'zh-Hant': '景洪市', 'zh-Hans': '景洪市', en: 'Jinghong' },
  menghai: { 'zh-Hant': '勐海縣', 'zh-Hans': '勐海县', en: 'Menghai' },
  mengla: { 'zh-Hant': '勐臘縣', 'zh-Hans': '勐腊县', en: 'Mengla' },
};

const LOCALES: readonly ClubLocale[] = [ClubLocale.zhHant, ClubLocale.zhHans, ClubLocale.en];

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
  const labels = Object.hasOwn(REGION_LABELS, code) ? REGION_LABELS[code as ClubRegion] : undefined;
  return labels?.[parseOneOf(LOCALES, locale, 'locale')];
}
