import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import { campaignSentenceOn } from './campaign-sentence.js';
import {
  assertCampaignRuns,
  Campaign,
  campaignRunsOn,
  campaignSentence,
  NewCampaign,
  type CampaignReport,
} from './campaign.js';

const spring: Campaign = { id: 'cpg_spring', name: '春季車主招募', from: '2026-03-01', to: '2026-05-31' };
const bank: Campaign = { id: 'cpg_bank', name: '銀行卡友專享', from: '2026-04-15', to: '2026-04-15' };

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isClubError(e)) return e;
    throw e;
  }
  throw new Error('expected a ClubError');
}

describe('campaigns', () => {
  it('runs from its first to its last day, both included', () => {
    expect(campaignRunsOn(spring, '2026-02-28')).toBe(false);
    expect(campaignRunsOn(spring, '2026-03-01')).toBe(true);
    expect(campaignRunsOn(spring, '2026-05-31')).toBe(true);
    expect(campaignRunsOn(spring, '2026-06-01')).toBe(false);
    // A one-day campaign runs on its day.
    expect(campaignRunsOn(bank, '2026-04-15')).toBe(true);
  });

  it('refuses an application on a day the campaign does not run, with the days in the details', () => {
    expect(() => assertCampaignRuns(spring, '2026-05-31')).not.toThrow();
    const e = errorOf(() => assertCampaignRuns(spring, '2026-06-01'));
    expect(e.code).toBe('membership/campaign-not-running');
    expect(e.details).toEqual({ campaignId: 'cpg_spring', from: '2026-03-01', to: '2026-05-31', date: '2026-06-01' });
  });

  it('refuses a campaign that ends before it starts, or has no name', () => {
    expect(NewCampaign.safeParse({ name: 'x', from: '2026-03-02', to: '2026-03-01' }).success).toBe(false);
    expect(NewCampaign.safeParse({ name: '  ', from: '2026-03-01', to: '2026-03-01' }).success).toBe(false);
    expect(NewCampaign.parse({ name: ' 春季 ', from: '2026-03-01', to: '2026-03-01' }).name).toBe('春季');
  });
});

describe('campaignSentence', () => {
  const report: CampaignReport = {
    asOf: '2026-11-30',
    campaigns: [
      { campaign: spring, submitted: 100, approved: 80, rejected: 5 },
      { campaign: bank, submitted: 20, approved: 18, rejected: 1 },
    ],
  };

  it("writes the club report's own sentence over the campaigns together", () => {
    expect(campaignSentence(report)).toBe(
      '截止到2026年11月30日，「春季車主招募」和「銀行卡友專享」共提出會員申請120人次，審批通過98人。',
    );
    expect(campaignSentence(report, 'zh-Hans')).toBe(
      '截止到2026年11月30日，「春季車主招募」和「銀行卡友專享」共提出会员申请120人次，审批通过98人。',
    );
    expect(campaignSentence(report, 'en')).toBe(
      'As of 30 November 2026, “春季車主招募” and “銀行卡友專享” brought 120 membership applications, of which 98 approved.',
    );
  });

  it('names one campaign alone, three with 、 and 和, and none as every campaign', () => {
    const one = { ...report, campaigns: report.campaigns.slice(0, 1) };
    expect(campaignSentence(one)).toBe('截止到2026年11月30日，「春季車主招募」共提出會員申請100人次，審批通過80人。');
    const third = { campaign: { ...bank, id: 'cpg_3', name: '老友推薦' }, submitted: 1, approved: 0, rejected: 0 };
    expect(campaignSentence({ ...report, campaigns: [...report.campaigns, third] })).toContain(
      '「春季車主招募」、「銀行卡友專享」和「老友推薦」共提出會員申請121人次',
    );
    expect(campaignSentence({ asOf: '2026-01-05', campaigns: [] }, 'en')).toBe(
      'As of 5 January 2026, the campaigns brought 0 membership applications, of which 0 approved.',
    );
  });

  it('refuses a report with a bad day or count, and an unknown locale', () => {
    expect(errorOf(() => campaignSentence({ ...report, asOf: '2026-13-01' })).code).toBe('invalid-input');
    expect(
      errorOf(() =>
        campaignSentence({ ...report, campaigns: [{ campaign: spring, submitted: -1, approved: 0, rejected: 0 }] }),
      ).code,
    ).toBe('invalid-input');
    expect(errorOf(() => campaignSentence(report, 'fr' as 'en')).code).toBe('invalid-input');
  });
});

describe('campaignSentenceOn', () => {
  it('writes the same sentence as campaignSentence for a checked report, in every locale', () => {
    const report: CampaignReport = {
      asOf: '2026-02-03',
      campaigns: [{ campaign: spring, submitted: 1, approved: 1, rejected: 0 }],
    };
    for (const locale of ['zh-Hant', 'zh-Hans', 'en'] as const)
      expect(campaignSentenceOn(report, locale)).toBe(campaignSentence(report, locale));
    expect(campaignSentenceOn(report, 'en')).toBe(
      'As of 3 February 2026, “春季車主招募” brought 1 membership application, of which 1 approved.',
    );
  });
});
