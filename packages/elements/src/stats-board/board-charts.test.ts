import { createClubTransport } from '@clubkit/client';
import { campaignSentence } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { barLength, boardSections, chartTop, scaleTop } from './board-charts.js';
import { statsBoardClient } from './client.js';
import { statsBoardZhHant } from './messages.js';
import { StatsBoardController, StatsBoardStatus, type StatsBoardReport } from './stats-board-controller.js';

describe('scaleTop', () => {
  it('rounds a maximum up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([1, 3, 9, 11, 21, 37, 240, 251, 999].map(scaleTop)).toEqual([1, 5, 10, 20, 25, 50, 250, 500, 1000]);
  });

  it('gives a chart of zeros a scale of 1', () => {
    expect(scaleTop(0)).toBe(1);
    expect(scaleTop(Number.NaN)).toBe(1);
  });
});

describe('barLength', () => {
  it('is the value’s share of the scale, within 0 and 100', () => {
    expect(barLength(25, 50)).toBe(50);
    expect(barLength(80, 50)).toBe(100);
    expect(barLength(-1, 50)).toBe(0);
  });

  it('draws no bar for a rate with nothing to divide by', () => {
    expect(barLength(null, 1)).toBe(0);
  });
});

describe('boardSections', () => {
  let api: TestApi;
  let report: StatsBoardReport;
  beforeAll(async () => {
    api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), complaints: 30 });
    const token = await api.staffToken({ role: 'admin' });
    const client = statsBoardClient(
      createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
    );
    const board = new StatsBoardController(
      {
        addController: () => undefined,
        removeController: () => undefined,
        requestUpdate: () => undefined,
        updateComplete: Promise.resolve(true),
      },
      () => client,
      { today: () => '2026-11-27' },
    );
    await board.reload();
    if (board.state.status !== StatsBoardStatus.ready) throw new Error('the board did not load');
    report = board.state.report;
  });
  afterAll(() => api.close());

  const format = {
    bucket: (b: { key: string }) => b.key,
    date: (d: string) => d,
    month: (m: string) => m,
    campaigns: (r: Parameters<typeof campaignSentence>[0]) => campaignSentence(r, 'zh-Hant'),
  };

  it('writes each chart’s table from the report’s own numbers', () => {
    const sections = boardSections(report, statsBoardZhHant, format);
    expect(sections.map((s) => s.id)).toEqual(['members', 'desk', 'alliance', 'revenue']);
    const members = report.sections.members;
    if (!members) throw new Error('no member section');
    const byBranch = sections[0]?.charts.find((c) => c.id === 'members-by-branch');
    expect(byBranch?.values).toEqual(members.stats.byBranch.map((b) => [b.byTier.standard, b.byTier.vip, b.total]));
    expect(byBranch?.total).toEqual([members.stats.byTier.standard, members.stats.byTier.vip, members.stats.total]);
    const applications = sections[0]?.charts.find((c) => c.id === 'applications');
    expect(applications?.rows.map((r) => r.key)).toEqual(report.buckets.map((b) => b.key));
    const complaints = sections[1]?.charts[0];
    expect(complaints?.total?.[0]).toBe(report.sections.desk?.complaints.total);
    expect(complaints?.bars.map((i) => complaints.columns[i]?.unit)).toEqual(['rate', 'rate']);
  });

  it('sets the VIP card’s revenue beside the plan month by month, in fen, with the totals of the report', () => {
    const revenue = report.sections.revenue?.stats;
    if (!revenue) throw new Error('no revenue section');
    const section = boardSections(report, statsBoardZhHant, format).find((s) => s.id === 'revenue');
    const billed = section?.charts.find((c) => c.id === 'revenue-billed');
    expect(billed?.rows.map((r) => r.key)).toEqual(revenue.months.map((m) => m.month));
    expect(billed?.values).toEqual(revenue.months.map((m) => [m.billedFen, m.plan?.billedFen ?? null, m.refundedFen]));
    expect(billed?.total).toEqual([revenue.totals.billedFen, revenue.planTotals.billedFen, revenue.totals.refundedFen]);
    expect(billed?.bars.map((i) => billed.columns[i]?.unit)).toEqual(['money', 'money']);
    const recognized = section?.charts.find((c) => c.id === 'revenue-recognized');
    expect(recognized?.total?.[0]).toBe(revenue.totals.recognizedFen);
    expect(section?.note).toBe(statsBoardZhHant.statsPlanFrom(revenue.planFrom));
    expect(section?.figures[0]).toEqual({
      label: statsBoardZhHant.statsBilled,
      value: revenue.totals.billedFen,
      unit: 'money',
    });
  });

  it('sets the other income beside the card’s fees month by month: activities, group buying, advertising and the income of all', () => {
    const revenue = report.sections.revenue?.stats;
    if (!revenue) throw new Error('no revenue section');
    const section = boardSections(report, statsBoardZhHant, format).find((s) => s.id === 'revenue');
    const other = section?.charts.find((c) => c.id === 'revenue-other');
    expect(other?.columns.map((c) => c.label)).toEqual(['活動', '惠購', '廣告', '總收入']);
    expect(other?.values).toEqual(
      revenue.months.map((m) => [m.activitiesFen, m.groupBuyingFen, m.advertisingFen, m.incomeFen]),
    );
    expect(other?.total).toEqual([
      revenue.totals.activitiesFen,
      revenue.totals.groupBuyingFen,
      revenue.totals.advertisingFen,
      revenue.totals.incomeFen,
    ]);
  });

  it('counts applications per campaign as of the period’s last day, with the club report’s sentence', () => {
    const members = report.sections.members;
    if (!members) throw new Error('no member section');
    const { campaigns } = members;
    expect(campaigns.asOf).toBe('2026-11-27');
    expect(campaigns.campaigns.map((c) => c.campaign.name)).toEqual(['新車主招募', '銀行卡友專享']);
    const chart = boardSections(report, statsBoardZhHant, format)[0]?.charts.find((c) => c.id === 'campaigns');
    expect(chart?.rows.map((r) => r.label)).toEqual(['新車主招募', '銀行卡友專享']);
    expect(chart?.values).toEqual(campaigns.campaigns.map((c) => [c.submitted, c.approved, c.rejected]));
    const submitted = campaigns.campaigns.reduce((sum, c) => sum + c.submitted, 0);
    expect(chart?.total?.[0]).toBe(submitted);
    expect(submitted).toBeGreaterThan(0);
    expect(chart?.summary).toBe(campaignSentence(campaigns, 'zh-Hant'));
    expect(chart?.summary).toMatch(
      /^截止到2026年11月27日，「新車主招募」和「銀行卡友專享」共提出會員申請\d+人次，審批通過\d+人。$/,
    );
    // No campaign started by the day: no chart.
    const none = { ...report, sections: { members: { ...members, campaigns: { ...campaigns, campaigns: [] } } } };
    expect(boardSections(none, statsBoardZhHant, format)[0]?.charts.map((c) => c.id)).not.toContain('campaigns');
  });

  it('draws rates against 100 % and counts against a round number above the largest bar', () => {
    const [members, desk] = boardSections(report, statsBoardZhHant, format);
    const byBranch = members?.charts[0];
    if (!byBranch || !desk?.charts[0]) throw new Error('charts missing');
    expect(chartTop(desk.charts[0])).toBe(1);
    const largest = Math.max(...byBranch.values.flatMap((row) => [row[0] ?? 0, row[1] ?? 0]));
    expect(chartTop(byBranch)).toBe(scaleTop(largest));
    expect(chartTop(byBranch)).toBeGreaterThanOrEqual(largest);
  });

  it('gives no network completion for an alliance with no county counted, and the rate once there is one', () => {
    const alliance = report.sections.alliance;
    if (!alliance) throw new Error('no alliance section');
    const figure = (network: typeof alliance.stats.network) =>
      boardSections(
        { ...report, sections: { alliance: { ...alliance, stats: { ...alliance.stats, network } } } },
        statsBoardZhHant,
        format,
      )[0]?.figures[0]?.value;
    expect(figure({ covered: 0, counted: 0, completion: 1 })).toBeNull();
    expect(figure({ covered: 3, counted: 4, completion: 0.75 })).toBe(0.75);
  });

  it('leaves out the sections the report does not have', () => {
    const onlyMembers = report.sections.members ? { members: report.sections.members } : {};
    expect(boardSections({ ...report, sections: onlyMembers }, statsBoardZhHant, format).map((s) => s.id)).toEqual([
      'members',
    ]);
  });
});
