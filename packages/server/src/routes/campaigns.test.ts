import type { Page } from '@clubkit/core/api';
import {
  campaignSentence,
  type Campaign,
  type CampaignReport,
  type MembershipApplication,
} from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

/** The club's calendar day the test clock is on (noon in Asia/Shanghai). */
let day = '2026-03-01';
let tick = 0;
const clock = () => new Date(Date.parse(`${day}T04:00:00Z`) + tick++);

let t: TestServer;
let spring: Campaign;
let bank: Campaign;
let plates = 0;
const campaignOf = (res: TestResponse) => res.body as Campaign;
const applicationOf = (res: TestResponse) => res.body as MembershipApplication;
const reportOf = (res: TestResponse) => res.body as CampaignReport;

/** Submits an application of a branch, naming a campaign or none. */
function apply(branch: 'north' | 'south', campaignId?: string) {
  plates += 1;
  return t.call('POST', '/v1/applications', {
    key: t.keys[branch].secret,
    body: {
      branchId: `br_${branch}`,
      applicant: { name: '陳美玲', phone: '13800138000' },
      plate: `雲A${String(10000 + plates)}`,
      policy: { number: `PDAA2026${String(plates).padStart(6, '0')}`, start: '2026-01-01', end: '2026-12-31' },
      ...(campaignId ? { campaignId } : {}),
    },
  });
}
const decide = (id: string, how: 'approve' | 'reject') =>
  t.call('POST', `/v1/applications/${id}/${how}`, {
    key: t.keys.admin.secret,
    ...(how === 'reject' ? { body: { reason: '保單資料不符' } } : {}),
  });

beforeAll(async () => {
  t = await startTestServer({ clock });
  const create = async (body: object) =>
    campaignOf(await t.call('POST', '/v1/campaigns', { key: t.keys.admin.secret, body }));
  spring = await create({ name: '春季車主招募', from: '2026-03-01', to: '2026-03-31' });
  bank = await create({ name: '銀行卡友專享', from: '2026-03-15', to: '2026-04-15' });
});
afterAll(() => t.close());

describe('campaigns', () => {
  it('are set up by the admin and read by the branches, by the day they run', async () => {
    expect(spring).toMatchObject({ name: '春季車主招募', from: '2026-03-01', to: '2026-03-31' });
    expect(spring.id).toMatch(/^cpg_/);
    const branch = await t.call('POST', '/v1/campaigns', {
      key: t.keys.north.secret,
      body: { name: 'x', from: '2026-03-01', to: '2026-03-02' },
    });
    expect([branch.status, problem(branch).code]).toEqual([403, 'access/forbidden']);
    const running = await t.call('GET', '/v1/campaigns?runningOn=2026-04-01', { key: t.keys.north.secret });
    expect((running.body as Page<Campaign>).data.map((c) => c.id)).toEqual([bank.id]);
    expect(campaignOf(await t.call('GET', `/v1/campaigns/${spring.id}`, { key: t.keys.south.secret })).name).toBe(
      '春季車主招募',
    );
    expect((await t.call('GET', '/v1/campaigns/cpg_nope', { key: t.keys.admin.secret })).status).toBe(404);
    for (const key of [t.keys.desk, t.keys.merchant, t.keys.alliance]) {
      expect((await t.call('GET', '/v1/campaigns', { key: key.secret })).status).toBe(403);
    }
  });

  it('refuses a campaign that ends before it starts, with the issue at its end', async () => {
    const res = await t.call('POST', '/v1/campaigns', {
      key: t.keys.admin.secret,
      body: { name: '倒轉', from: '2026-03-02', to: '2026-03-01' },
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual([['to']]);
  });

  it('keeps the campaign an application names, and refuses one that does not run that day or does not exist', async () => {
    const res = await apply('north', spring.id);
    expect(res.status, res.text).toBe(201);
    expect(applicationOf(res).campaignId).toBe(spring.id);
    const early = await apply('north', bank.id);
    expect([early.status, problem(early).code]).toEqual([422, 'membership/campaign-not-running']);
    const unknown = await apply('north', 'cpg_nope');
    expect(unknown.status).toBe(400);
    expect(issuePaths(unknown)).toEqual([['campaignId']]);
    const count = await t.server.db.selectFrom('applications').select('campaign_id').execute();
    expect(count.map((row) => row.campaign_id)).toEqual([spring.id]);
  });
});

describe('the campaign report', () => {
  it('counts applications and decisions per campaign as of a day, every started campaign listed', async () => {
    // 1 March: one spring application already (above). 20 March: three more, and one of the bank's.
    day = '2026-03-20';
    const springApps = [
      await apply('north', spring.id),
      await apply('south', spring.id),
      await apply('south', spring.id),
    ];
    const bankApp = await apply('north', bank.id);
    await apply('north'); // no campaign: not counted
    expect([...springApps, bankApp].every((r) => r.status === 201)).toBe(true);
    const [a, b] = springApps.map(applicationOf);
    // 25 March: one approved, one rejected.
    day = '2026-03-25';
    expect((await decide(a?.id ?? '', 'approve')).status).toBe(200);
    expect((await decide(b?.id ?? '', 'reject')).status).toBe(200);

    day = '2026-04-30';
    const before = reportOf(await t.call('GET', '/v1/stats/campaigns?asOf=2026-03-10', { key: t.keys.admin.secret }));
    expect(before.campaigns.map((c) => [c.campaign.id, c.submitted, c.approved, c.rejected])).toEqual([
      [spring.id, 1, 0, 0],
    ]);

    const midway = reportOf(await t.call('GET', '/v1/stats/campaigns?asOf=2026-03-20', { key: t.keys.admin.secret }));
    expect(midway.campaigns.map((c) => [c.campaign.name, c.submitted, c.approved, c.rejected])).toEqual([
      ['春季車主招募', 4, 0, 0],
      ['銀行卡友專享', 1, 0, 0],
    ]);
    const now = reportOf(await t.call('GET', '/v1/stats/campaigns', { key: t.keys.admin.secret }));
    expect(now.asOf).toBe('2026-04-30');
    expect(now.campaigns.map((c) => [c.submitted, c.approved, c.rejected])).toEqual([
      [4, 1, 1],
      [1, 0, 0],
    ]);
    expect(campaignSentence(now)).toBe(
      '截止到2026年4月30日，「春季車主招募」和「銀行卡友專享」共提出會員申請5人次，審批通過1人。',
    );
  });

  it("gives a branch operator its own branch's applications only", async () => {
    const south = reportOf(await t.call('GET', '/v1/stats/campaigns?asOf=2026-04-30', { key: t.keys.south.secret }));
    expect(south.campaigns.map((c) => [c.submitted, c.approved, c.rejected])).toEqual([
      [2, 0, 1],
      [0, 0, 0],
    ]);
    for (const key of [t.keys.desk, t.keys.merchant]) {
      const res = await t.call('GET', '/v1/stats/campaigns', { key: key.secret });
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    expect((await t.call('GET', '/v1/stats/campaigns?asOf=2026-02-30', { key: t.keys.admin.secret })).status).toBe(400);
  });
});
