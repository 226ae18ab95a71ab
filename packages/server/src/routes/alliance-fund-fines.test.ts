import type { AlliancePenalty, Dealer, RewardFund, Salesperson } from '@clubkit/core/alliance';
import type { Page } from '@clubkit/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem, ok, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

// 遲報一次扣50元，漏報一次扣200元 … 所有罰金納入獎勵基金 (A1): a salesperson's report fines are
// credited to the reward fund of their month's half-year, whether the fund is set before or after.

let t: TestServer;
let centre: string;
let li: string;
let liId: string;
let changshuLi: string;
let dealer: Dealer;

function post(path: string, body: unknown, key = centre): Promise<TestResponse> {
  return t.call('POST', path, { key, body });
}
function get(path: string, key = centre): Promise<TestResponse> {
  return t.call('GET', path, { key });
}
const fine = (kind: 'late-report' | 'missing-report', month: string, salespersonId = liId, key = centre) =>
  post('/v1/alliance/penalties', { kind, salespersonId, month }, key);
const fundOf = async (halfYear: string, key = centre) =>
  ok<Page<RewardFund>>(await get(`/v1/alliance/reward-funds?halfYear=${halfYear}`, key)).data[0];
const ledger = (f: RewardFund | undefined) => [f?.budgetedFen, f?.finesFen, f?.paidFen, f?.leftFen];

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-07-08T04:00:00Z') });
  centre = t.keys.alliance.secret;
  const admin = t.keys.admin.secret;
  ok(await post('/v1/alliance/centres', { id: 'ctr_baoding', name: '保定銷售中心' }, admin), 201);
  ok(await post('/v1/alliance/centres', { id: 'ctr_changshu', name: '常熟銷售中心' }, admin), 201);
  const salesperson = async (centreId: string, key: string) =>
    ok<Salesperson>(
      await post(
        '/v1/alliance/salespeople',
        { centreId, name: '李業務', baseFen: 200_000, startedOn: '2026-01-01' },
        key,
      ),
      201,
    ).id;
  liId = await salesperson('ctr_baoding', centre);
  li = (
    await t.server.createKey({
      kind: 'secret',
      principal: { role: 'alliance', centreId: 'ctr_baoding', salespersonId: liId },
    })
  ).secret;
  const changshu = (
    await t.server.createKey({ kind: 'secret', principal: { role: 'alliance', centreId: 'ctr_changshu' } })
  ).secret;
  changshuLi = await salesperson('ctr_changshu', changshu);
  const county = ok<{ id: string }>(
    await post('/v1/alliance/counties', {
      centreId: 'ctr_baoding',
      name: '清苑',
      population: 300_000,
      monthlyPerThousand: 4,
      salespersonId: liId,
    }),
    201,
  ).id;
  const qualification = {
    dealerSales: 700,
    marketSales: 1000,
    selectedDealersSales: 8000,
    primaryDealerSales: 10000,
    agreementSigned: true,
  };
  dealer = ok<Dealer>(
    await post('/v1/alliance/dealers', { countyId: county, name: '清苑副食', appliedOn: '2026-01-05', qualification }),
    201,
  );
});
afterAll(() => t.close());

describe('fines feeding the half-year reward fund', () => {
  it('credits the fines recorded before the fund to it when it is set, those of June but not of July', async () => {
    const late = ok<AlliancePenalty>(await fine('late-report', '2026-01'), 201);
    const missing = ok<AlliancePenalty>(await fine('missing-report', '2026-06', liId, li), 201);
    ok(await fine('missing-report', '2026-07'), 201);
    const fund = ok<RewardFund>(
      await post('/v1/alliance/reward-funds', { centreId: 'ctr_baoding', halfYear: '2026-H1', budgetedFen: 100_000 }),
      201,
    );
    expect(ledger(fund)).toEqual([100_000, 25_000, 0, 125_000]);
    expect(fund.fines.map((f) => [f.penaltyId, f.kind, f.month, f.amountFen])).toEqual([
      [late.id, 'late-report', '2026-01', 5_000],
      [missing.id, 'missing-report', '2026-06', 20_000],
    ]);
  });

  it('credits a fine recorded after the fund is set to the fund of its half-year', async () => {
    const h2 = ok<RewardFund>(
      await post('/v1/alliance/reward-funds', { centreId: 'ctr_baoding', halfYear: '2026-H2', budgetedFen: 0 }),
      201,
    );
    expect(ledger(h2)).toEqual([0, 20_000, 0, 20_000]);
    ok(await fine('late-report', '2026-12'), 201);
    ok(await fine('late-report', '2026-06'), 201);
    expect(ledger(await fundOf('2026-H2'))).toEqual([0, 25_000, 0, 25_000]);
    expect(ledger(await fundOf('2026-H1'))).toEqual([100_000, 30_000, 0, 130_000]);
  });

  it('does not credit a counterfeit fine, nor another centre’s report fine', async () => {
    const res = await post('/v1/alliance/penalties', {
      kind: 'counterfeit',
      dealerId: dealer.id,
      fineFen: 5_000_000,
      on: '2026-03-02',
      whistleblower: '匿名',
    });
    expect(ok<AlliancePenalty>(res, 201).amountFen).toBe(5_000_000);
    const changshu = (
      await t.server.createKey({ kind: 'secret', principal: { role: 'alliance', centreId: 'ctr_changshu' } })
    ).secret;
    ok(await fine('missing-report', '2026-02', changshuLi, changshu), 201);
    expect(ledger(await fundOf('2026-H1'))).toEqual([100_000, 30_000, 0, 130_000]);
  });

  it('refuses a fine it cannot record and credits nothing for it', async () => {
    const res = await fine('late-report', '2026-13');
    expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
    expect(ledger(await fundOf('2026-H1'))).toEqual([100_000, 30_000, 0, 130_000]);
  });

  it('pays a filed reward from the budget and fines together, and keeps the budget above what fines leave paid', async () => {
    ok(
      await post('/v1/alliance/assessment-sheets', {
        centreId: 'ctr_baoding',
        items: [{ key: 'sales-volume', label: '銷量達成', points: 100 }],
        bands: [{ minScore: 90, rewardFen: 130_000 }],
      }),
      201,
    );
    let a = ok<{ id: string; status: string }>(
      await post('/v1/alliance/assessments', {
        dealerId: dealer.id,
        halfYear: '2026-H1',
        scores: [{ key: 'sales-volume', score: 95 }],
      }),
      201,
    );
    for (const step of ['director', 'deputy', 'branch', 'region', 'sales-centre'])
      a = ok(
        await post(`/v1/alliance/assessments/${a.id}/decisions`, { outcome: 'signed', step, signerName: '簽核人' }),
      );
    expect(a.status).toBe('filed');
    const fund = await fundOf('2026-H1');
    expect(ledger(fund)).toEqual([100_000, 30_000, 130_000, 0]);
    const below = await post(`/v1/alliance/reward-funds/${fund?.id ?? ''}/budget`, { budgetedFen: 99_999 });
    expect([below.status, problem(below).code]).toEqual([400, 'invalid-input']);
    const raised = ok<RewardFund>(
      await post(`/v1/alliance/reward-funds/${fund?.id ?? ''}/budget`, { budgetedFen: 150_000 }),
    );
    expect(ledger(raised)).toEqual([150_000, 30_000, 130_000, 50_000]);
  });
});
