import type { Assessment, AssessmentSheet, Dealer, RewardFund } from '@clubkit/core/alliance';
import type { Page } from '@clubkit/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tables } from '../db/schema.js';
import {
  ok,
  openAllianceCentres,
  problem,
  refused,
  startTestServer,
  type TestResponse,
  type TestServer,
} from '../test-support.js';

let t: TestServer;
/** Keys: the Baoding centre's staff, its salesperson Li, and the Changshu centre's staff. */
let centre: string;
let li: string;
let changshu: string;
let wang: string;
let member: Dealer;
let othersDealer: Dealer;

function post(path: string, body: unknown, key = centre): Promise<TestResponse> {
  return t.call('POST', path, { key, body });
}
function get(path: string, key = centre): Promise<TestResponse> {
  return t.call('GET', path, { key });
}
async function rows(table: keyof Tables): Promise<number> {
  const row = await t.server.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const items = (points: [number, number, number]) => [
  { key: 'sales-volume', label: '銷量達成', points: points[0] },
  { key: 'pricing', label: '價格執行', points: points[1] },
  { key: 'reports', label: '報表及時', points: points[2] },
];
const bands = [
  { minScore: 60, rewardFen: 100_000 },
  { minScore: 90, rewardFen: 300_000 },
];
const scores = (a: number, b: number, c: number) => [
  { key: 'sales-volume', score: a },
  { key: 'pricing', score: b },
  { key: 'reports', score: c },
];
const decide = (a: Assessment, body: Record<string, unknown>, key = centre) =>
  post(`/v1/alliance/assessments/${a.id}/decisions`, { outcome: 'signed', signerName: '簽核人', ...body }, key);

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-07-08T04:00:00Z') });
  const staff = await openAllianceCentres(t);
  ({ centre, li, wang, changshu } = staff);
  const { liId, wangId } = staff;
  const county = async (name: string, salespersonId: string) =>
    ok<{ id: string }>(
      await post('/v1/alliance/counties', {
        centreId: 'ctr_baoding',
        name,
        population: 300_000,
        monthlyPerThousand: 4,
        salespersonId,
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
  const dealer = async (countyId: string, name: string) =>
    ok<Dealer>(await post('/v1/alliance/dealers', { countyId, name, appliedOn: '2026-01-05', qualification }), 201);
  member = await dealer(await county('清苑', liId), '清苑副食');
  othersDealer = await dealer(await county('滿城', wangId), '滿城商行');
});
afterAll(() => t.close());

describe('assessment sheets', () => {
  it('refuses a dealer’s assessment before the centre publishes a sheet', async () => {
    const res = await post('/v1/alliance/assessments', {
      dealerId: member.id,
      halfYear: '2026-H1',
      scores: scores(1, 1, 1),
    });
    expect(refused(res)).toEqual([409, 'alliance/no-sheet']);
  });

  it('refuses items adding up to 99 or 101 points and publishes 100 as version 1', async () => {
    for (const points of [
      [50, 30, 19],
      [50, 30, 21],
    ] as [number, number, number][]) {
      const res = await post('/v1/alliance/assessment-sheets', {
        centreId: 'ctr_baoding',
        items: items(points),
        bands,
      });
      expect(refused(res)).toEqual([422, 'alliance/sheet-not-100']);
    }
    expect(await rows('assessment_sheets')).toBe(0);
    const v1 = ok<AssessmentSheet>(
      await post('/v1/alliance/assessment-sheets', { centreId: 'ctr_baoding', items: items([50, 30, 20]), bands }),
      201,
    );
    expect([v1.version, v1.centreId]).toEqual([1, 'ctr_baoding']);
  });

  it('is published by the centre’s staff only, and read by its salespeople too', async () => {
    const body = { centreId: 'ctr_baoding', items: items([50, 30, 20]), bands };
    expect(refused(await post('/v1/alliance/assessment-sheets', body, li))).toEqual([403, 'access/forbidden']);
    expect(refused(await post('/v1/alliance/assessment-sheets', body, changshu))).toEqual([403, 'access/forbidden']);
    const seen = ok<Page<AssessmentSheet>>(await get('/v1/alliance/assessment-sheets', li));
    expect(seen.data.map((s) => s.version)).toEqual([1]);
    expect(ok<Page<AssessmentSheet>>(await get('/v1/alliance/assessment-sheets', changshu)).data).toEqual([]);
  });
});

describe('assessments', () => {
  let a: Assessment;

  it('opens on the current sheet with the director’s scores, refusing an item above its points', async () => {
    const over = await post(
      '/v1/alliance/assessments',
      { dealerId: member.id, halfYear: '2026-H1', scores: scores(51, 30, 20) },
      li,
    );
    expect(refused(over)).toEqual([422, 'alliance/score-above-points']);
    expect(problem(over).detail).toBe('sales-volume scores at most 50 points, not 51');
    a = ok<Assessment>(
      await post(
        '/v1/alliance/assessments',
        { dealerId: member.id, halfYear: '2026-H1', scores: scores(50, 28, 18) },
        li,
      ),
      201,
    );
    expect(a).toMatchObject({ totalScore: 96, rewardFen: 300_000, awaiting: 'director', status: 'in-progress' });
    expect(a.sheet.version).toBe(1);
    const again = await post('/v1/alliance/assessments', {
      dealerId: member.id,
      halfYear: '2026-H1',
      scores: scores(1, 1, 1),
    });
    expect(refused(again)).toEqual([409, 'alliance/already-recorded']);
  });

  it('keeps another salesperson and another centre out of the dealer’s assessment', async () => {
    expect(refused(await get(`/v1/alliance/assessments/${a.id}`, wang))).toEqual([404, 'not-found']);
    expect(refused(await get(`/v1/alliance/assessments/${a.id}`, changshu))).toEqual([404, 'not-found']);
    expect(refused(await decide(a, { step: 'director' }, wang))).toEqual([404, 'not-found']);
    const foreign = await post(
      '/v1/alliance/assessments',
      { dealerId: othersDealer.id, halfYear: '2026-H1', scores: scores(1, 1, 1) },
      li,
    );
    expect(refused(foreign)).toEqual([404, 'not-found']);
    expect(ok<Page<Assessment>>(await get('/v1/alliance/assessments', wang)).data).toEqual([]);
  });

  it('refuses a step out of order', async () => {
    const res = await decide(a, { step: 'branch' });
    expect(refused(res)).toEqual([409, 'alliance/step-out-of-order']);
    expect(problem(res).detail).toContain('the director step is awaited, not branch');
  });

  it('keeps sheet version 1 after version 2 is published', async () => {
    ok(
      await post('/v1/alliance/assessment-sheets', { centreId: 'ctr_baoding', items: items([40, 40, 20]), bands }),
      201,
    );
    // 50 on sales volume fits version 1, not version 2's 40.
    a = ok<Assessment>(await decide(a, { step: 'director', signerName: '李主任', scores: scores(50, 30, 20) }, li));
    expect([a.sheet.version, a.totalScore, a.awaiting]).toEqual([1, 100, 'deputy']);
    const fresh = ok<Assessment>(await get(`/v1/alliance/assessments/${a.id}`));
    expect(fresh.sheet.items.map((i) => i.points)).toEqual([50, 30, 20]);
  });

  it('lets the salesperson sign the scoring steps but only the centre sign branch, region and sales centre', async () => {
    a = ok<Assessment>(await decide(a, { step: 'deputy', signerName: '張副主任' }, li));
    expect(a.awaiting).toBe('branch');
    expect(refused(await decide(a, { step: 'branch' }, li))).toEqual([403, 'access/forbidden']);
    a = ok<Assessment>(await decide(a, { step: 'branch', signerName: '保定分公司 劉經理' }));
    expect(a.signatures.map((s) => [s.step, s.signerName])).toEqual([
      ['director', '李主任'],
      ['deputy', '張副主任'],
      ['branch', '保定分公司 劉經理'],
    ]);
    expect(a.signatures.every((s) => s.enteredBy.startsWith('key:') && s.at === '2026-07-08T04:00:00.000Z')).toBe(true);
  });

  it('sends a refused step back with its reason to the step before, which signs again', async () => {
    const noReason = await decide(a, { outcome: 'refused', step: 'region' });
    expect(refused(noReason)).toEqual([400, 'invalid-input']);
    a = ok<Assessment>(
      await decide(a, {
        outcome: 'refused',
        step: 'region',
        signerName: '華北大區 周',
        reason: '價格執行無走訪筆記佐證',
      }),
    );
    expect([a.awaiting, a.returned]).toEqual(['branch', { from: 'region', reason: '價格執行無走訪筆記佐證' }]);
    const listed = ok<Page<Assessment>>(await get('/v1/alliance/assessments?awaiting=branch'));
    expect(listed.data.map((x) => x.id)).toEqual([a.id]);
    a = ok<Assessment>(await decide(a, { step: 'branch' }));
    a = ok<Assessment>(await decide(a, { step: 'region' }));
    expect([a.awaiting, a.returned]).toEqual(['sales-centre', null]);
  });

  it('refuses filing a reward beyond the fund’s remainder, then files it and pays it from the fund', async () => {
    const noFund = await decide(a, { step: 'sales-centre' });
    expect(refused(noFund)).toEqual([409, 'alliance/reward-exceeds-fund']);
    const fund = ok<RewardFund>(
      await post('/v1/alliance/reward-funds', { centreId: 'ctr_baoding', halfYear: '2026-H1', budgetedFen: 299_999 }),
      201,
    );
    expect([fund.budgetedFen, fund.paidFen, fund.leftFen]).toEqual([299_999, 0, 299_999]);
    const short = await decide(a, { step: 'sales-centre' });
    expect(refused(short)).toEqual([409, 'alliance/reward-exceeds-fund']);
    expect(problem(short).detail).toContain('300000 fen is more than the 299999 fen left');
    expect(ok<Assessment>(await get(`/v1/alliance/assessments/${a.id}`)).awaiting).toBe('sales-centre');
    const again = await post('/v1/alliance/reward-funds', {
      centreId: 'ctr_baoding',
      halfYear: '2026-H1',
      budgetedFen: 1,
    });
    expect(refused(again)).toEqual([409, 'alliance/already-recorded']);
    ok(
      await post('/v1/alliance/reward-funds', { centreId: 'ctr_baoding', halfYear: '2026-H2', budgetedFen: 400_000 }),
      201,
    );
    // The H2 fund does not pay an H1 assessment.
    expect(refused(await decide(a, { step: 'sales-centre' }))).toEqual([409, 'alliance/reward-exceeds-fund']);
    const raised = ok<RewardFund>(await post(`/v1/alliance/reward-funds/${fund.id}/budget`, { budgetedFen: 300_000 }));
    expect(raised.leftFen).toBe(300_000);
    a = ok<Assessment>(await decide(a, { step: 'sales-centre', signerName: '銷售中心 陳' }));
    expect([a.status, a.awaiting]).toEqual(['filed', null]);
    const paid = ok<Page<RewardFund>>(await get('/v1/alliance/reward-funds?halfYear=2026-H1')).data[0];
    expect([paid?.budgetedFen, paid?.paidFen, paid?.leftFen]).toEqual([300_000, 300_000, 0]);
    const below = await post(`/v1/alliance/reward-funds/${fund.id}/budget`, { budgetedFen: 299_999 });
    expect(refused(below)).toEqual([400, 'invalid-input']);
    // A salesperson does not see the centre's funds.
    expect(refused(await post(`/v1/alliance/reward-funds/${fund.id}/budget`, { budgetedFen: 1 }, li))).toEqual([
      404,
      'not-found',
    ]);
  });

  it('files an assessment whose reward fits and shows the fund budgeted, paid and left', async () => {
    const other = ok<Assessment>(
      await post('/v1/alliance/assessments', { dealerId: member.id, halfYear: '2026-H2', scores: scores(40, 20, 10) }),
      201,
    );
    expect([other.sheet.version, other.totalScore, other.rewardFen]).toEqual([2, 70, 100_000]);
    let b = other;
    for (const step of ['director', 'deputy', 'branch', 'region', 'sales-centre']) b = ok(await decide(b, { step }));
    expect([b.status, b.awaiting, b.filedAt]).toEqual(['filed', null, '2026-07-08T04:00:00.000Z']);
    const funds = ok<Page<RewardFund>>(await get('/v1/alliance/reward-funds?halfYear=2026-H2'));
    expect(funds.data.map((f) => [f.budgetedFen, f.paidFen, f.leftFen])).toEqual([[400_000, 100_000, 300_000]]);
    expect(funds.data[0]?.payments).toEqual([
      { assessmentId: b.id, dealerId: member.id, amountFen: 100_000, paidAt: '2026-07-08T04:00:00.000Z' },
    ]);
    expect(refused(await decide(b, { step: 'sales-centre' }))).toEqual([409, 'alliance/step-out-of-order']);
    // Listed in id order; under the test's fixed clock two ids of one millisecond order by their random part.
    const filed = ok<Page<Assessment>>(await get('/v1/alliance/assessments?status=filed')).data.map((x) => x.id);
    expect(filed).toEqual([a.id, b.id].sort());
  });

  it('keeps the reward funds to the centre’s staff', async () => {
    expect(ok<Page<RewardFund>>(await get('/v1/alliance/reward-funds', li)).data).toEqual([]);
    const res = await post(
      '/v1/alliance/reward-funds',
      { centreId: 'ctr_baoding', halfYear: '2027-H1', budgetedFen: 1 },
      li,
    );
    expect(refused(res)).toEqual([403, 'access/forbidden']);
    expect(ok<Page<RewardFund>>(await get('/v1/alliance/reward-funds', changshu)).data).toEqual([]);
  });
});
