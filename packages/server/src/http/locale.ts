import type { ClubLocale } from '@clubkit/core';

/**
 * Picks zh-Hant, zh-Hans or en from an `Accept-Language` header, honouring q-values.
 * zh-TW, zh-HK and zh-MO read Traditional; zh-CN, zh-SG and a bare zh read Simplified.
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
    if (tag === 'zh-hant' || /^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
    if (tag === 'zh' || /^zh-(hans|cn|sg|my)\b/.test(tag)) return 'zh-Hans';
    if (tag === 'en' || tag.startsWith('en-') || tag === '*') return 'en';
  }
  return 'en';
}
