import type { ClubLocale } from './money.js';

/**
 * The built-in locale a language tag reads as: zh-Hant for zh-Hant, zh-TW, zh-HK and zh-MO;
 * zh-Hans for a bare zh, zh-Hans, zh-CN, zh-SG and zh-MY; en for anything else.
 *
 * @example
 * matchLocale('zh-TW') // 'zh-Hant'
 * matchLocale('fr') // 'en'
 */
export function matchLocale(tag: string): ClubLocale {
  return localeOf(tag.trim().toLowerCase()) ?? 'en';
}

function localeOf(tag: string): ClubLocale | undefined {
  if (tag === 'zh-hant' || /^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
  if (tag === 'zh' || /^zh-(hans|cn|sg|my)\b/.test(tag)) return 'zh-Hans';
  if (tag === 'en' || tag.startsWith('en-') || tag === '*') return 'en';
  return undefined;
}

/**
 * Picks zh-Hant, zh-Hans or en from an `Accept-Language` header, honouring q-values: the first
 * range by preference that one of them answers; en when none does.
 *
 * @example
 * negotiateLocale('fr;q=1, zh-TW;q=0.8, en;q=0.5') // 'zh-Hant'
 */
export function negotiateLocale(header: string | undefined): ClubLocale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const locale = localeOf(tag);
    if (locale) return locale;
  }
  return 'en';
}
