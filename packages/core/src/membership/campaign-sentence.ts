import type { ClubLocale } from '../shared/money.js';

// The campaign report's sentence without the report's schema check (the report's schemas, in
// campaign.ts, bring zod): what a browser bundle (the statistics board) takes, given a report the
// Club API checked. `campaignSentence` checks its input, then writes the same sentence.

/** One campaign's counts as the sentence reads them. */
export interface CampaignCounts {
  campaign: { name: string };
  submitted: number;
  approved: number;
}

type Parts = { date: string; names: string; submitted: number; approved: number };

const SENTENCE: Record<ClubLocale, (r: Parts) => string> = {
  'zh-Hant': (r) =>
    `截止到${r.date}，${r.names}共提出會員申請${String(r.submitted)}人次，審批通過${String(r.approved)}人。`,
  'zh-Hans': (r) =>
    `截止到${r.date}，${r.names}共提出会员申请${String(r.submitted)}人次，审批通过${String(r.approved)}人。`,
  en: (r) =>
    `As of ${r.date}, ${r.names} brought ${String(r.submitted)} membership application${r.submitted === 1 ? '' : 's'}, of which ${String(r.approved)} approved.`,
};

/**
 * The sentence of `campaignSentence` for a report already checked (`asOf` a valid `YYYY-MM-DD`,
 * `locale` a built-in locale): the same words, without the check.
 */
export function campaignSentenceOn(
  report: { asOf: string; campaigns: readonly CampaignCounts[] },
  locale: ClubLocale,
): string {
  const { asOf, campaigns } = report;
  const [y = 0, m = 1, d = 1] = asOf.split('-').map(Number);
  const zh = locale !== 'en';
  const date = zh
    ? `${String(y)}年${String(m)}月${String(d)}日`
    : new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  const quoted = campaigns.map((c) => (zh ? `「${c.campaign.name}」` : `“${c.campaign.name}”`));
  const last = quoted.at(-1) ?? '';
  const names = zh
    ? quoted.length <= 1
      ? (quoted[0] ?? (locale === 'zh-Hans' ? '各项活动' : '各項活動'))
      : `${quoted.slice(0, -1).join('、')}和${last}`
    : quoted.length <= 1
      ? (quoted[0] ?? 'the campaigns')
      : `${quoted.slice(0, -1).join(', ')} and ${last}`;
  const submitted = campaigns.reduce((sum, c) => sum + c.submitted, 0);
  const approved = campaigns.reduce((sum, c) => sum + c.approved, 0);
  return SENTENCE[locale]({ date, names, submitted, approved });
}
