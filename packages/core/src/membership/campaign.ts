import * as z from 'zod/mini';
import { IsoDate } from '../shared/dates.js';
import { IdPrefix, entityId } from '../shared/ids.js';
import { parseOneOf } from '../shared/invalid-input.js';
import { ClubLocale } from '../shared/money.js';
import { parseInput } from '../shared/parse.js';
import { notBefore } from './checks.js';
import { campaignSentenceOn } from './campaign-sentence.js';
import { membershipError, MembershipErrorCode } from './errors.js';

// The club's marketing activities (A2 §1's report: "XX年XX月XX日至XX年XX月XX日，俱樂部相繼開展了
// 「XXXX」和「XXX」等營銷活動 … 截止到XX年XX月XX號共提出會員申請XXX人次，審批通過XXX人"): each
// runs between two dates, an application may name the one it came from, and the report counts
// applications and approvals per campaign as of a date.

/** A campaign as the club sets it up: its name and the days it runs, both included. */
export const NewCampaign = z
  .object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    /** The first day, `YYYY-MM-DD`. */
    from: IsoDate,
    /** The last day, `YYYY-MM-DD`, on or after `from`. */
    to: IsoDate,
  })
  .check(notBefore('from', 'to', 'A campaign must not end before it starts'));
/** A new campaign. */
export type NewCampaign = z.infer<typeof NewCampaign>;

/** A marketing campaign of the club. */
export const Campaign = z.object({
  /** `cpg_…` */
  id: entityId(IdPrefix.campaign),
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  from: IsoDate,
  to: IsoDate,
});
/** A marketing campaign. */
export type Campaign = z.infer<typeof Campaign>;

/** Whether the campaign runs on `date` (a club date, `YYYY-MM-DD`). */
export function campaignRunsOn(campaign: Pick<Campaign, 'from' | 'to'>, date: string): boolean {
  return campaign.from <= date && date <= campaign.to;
}

/**
 * Checks that an application submitted on `date` (a club date) may name `campaign`: the campaign
 * runs that day.
 *
 * @throws ClubError `membership/campaign-not-running` (details: `{ campaignId, from, to, date }`).
 */
export function assertCampaignRuns(campaign: Campaign, date: string): void {
  if (!campaignRunsOn(campaign, date)) {
    throw membershipError(
      MembershipErrorCode.campaignNotRunning,
      `Campaign ${campaign.id} runs from ${campaign.from} to ${campaign.to}, not on ${date}`,
      { campaignId: campaign.id, from: campaign.from, to: campaign.to, date },
    );
  }
}

/** One campaign's applications as of a day: submitted by then, and of those decided by then. */
export const CampaignTally = z.object({
  campaign: Campaign,
  /** Applications naming the campaign submitted on or before the day ("提出會員申請 … 人次"). */
  submitted: z.int().check(z.minimum(0)),
  /** Of those, approved on or before the day ("審批通過 … 人"). */
  approved: z.int().check(z.minimum(0)),
  /** Of those, rejected on or before the day. */
  rejected: z.int().check(z.minimum(0)),
});
/** One campaign's applications as of a day. */
export type CampaignTally = z.infer<typeof CampaignTally>;

/** The campaign report: every campaign that had started by `asOf`, with its tally. */
export const CampaignReport = z.object({
  /** The day the counts are taken on (A2's 截止到). */
  asOf: IsoDate,
  campaigns: z.array(CampaignTally),
});
/** The campaign report. */
export type CampaignReport = z.infer<typeof CampaignReport>;

/**
 * The report's sentence as the club's own report writes it (A2 §1), over the given campaigns
 * together: names in 「」 (or quotes in English), the day written out, the sums of submitted and
 * approved applications.
 *
 * @example
 * campaignSentence(report, 'zh-Hant')
 * // '截止到2026年11月30日，「春季車主招募」和「銀行卡友專享」共提出會員申請120人次，審批通過98人。'
 */
export function campaignSentence(report: CampaignReport, locale: ClubLocale = 'zh-Hant'): string {
  const checked = parseInput(CampaignReport, report, 'campaign report');
  return campaignSentenceOn(
    checked,
    parseOneOf([ClubLocale.zhHant, ClubLocale.zhHans, ClubLocale.en], locale, 'locale'),
  );
}
