import type {
  AllianceCounty,
  AlliancePenalty,
  BudgetPlan,
  Dealer,
  DealerReview,
  MonthlyDealerReport,
  PayStatement,
  SalesCentre,
  SalesMonth,
  Salesperson,
  VisitNoteRecord,
  WeeklyVisitList,
} from '@clubkit/core/alliance';
import type { Page } from '@clubkit/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tables } from '../db/schema.js';
import {
  issuePaths,
  problem,
  ok,
  openAllianceCentres,
  startTestServer,
  type TestResponse,
  type TestServer,
} from '../test-support.js';

let t: TestServer;
/** Keys: the Baoding centre's staff, two of its salespeople, and the Changshu centre's staff. */
let centre: string;
let li: string;
let wang: string;
let changshu: string;
let liId: string;
let wangId: string;

const qualifying = {
  dealerSales: 700,
  marketSales: 1000,
  selectedDealersSales: 8000,
  primaryDealerSales: 10000,
  agreementSigned: true,
};

function post(path: string, body: unknown, key = centre, headers: Record<string, string> = {}): Promise<TestResponse> {
  return t.call('POST', path, { key, body, headers });
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
async function county(body: Record<string, unknown>, key = centre): Promise<AllianceCounty> {
  return ok(
    await post(
      '/v1/alliance/counties',
      { centreId: 'ctr_baoding', population: 300_000, monthlyPerThousand: 4, ...body },
      key,
    ),
    201,
  );
}
async function dealer(countyId: string, name: string, key = centre, qualification = qualifying): Promise<Dealer> {
  return ok(await post('/v1/alliance/dealers', { countyId, name, appliedOn: '2026-01-05', qualification }, key), 201);
}

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-11-27T04:00:00Z') });
  // Baoding's alliance was founded on 1 June 2026: its first half-year ends on 30 November.
  ({ centre, li, wang, changshu, liId, wangId } = await openAllianceCentres(t, {
    foundedOn: '2026-06-01',
    startedOn: '2026-06-01',
  }));
});
afterAll(() => t.close());

describe('sales centres', () => {
  it('are opened by the club only, once under the id it chose, and each centre lists its own', async () => {
    const refused = await post('/v1/alliance/centres', { id: 'ctr_tianjin', name: '天津' });
    expect([refused.status, problem(refused).code]).toEqual([403, 'access/forbidden']);
    const again = await post('/v1/alliance/centres', { id: 'ctr_baoding', name: '保定' }, t.keys.admin.secret);
    expect([again.status, problem(again).code]).toEqual([409, 'alliance/already-recorded']);
    expect(await rows('sales_centres')).toBe(2);
    const own = ok<Page<SalesCentre>>(await get('/v1/alliance/centres'));
    expect(own.data.map((c) => [c.id, c.name])).toEqual([['ctr_baoding', '保定銷售中心']]);
    expect(ok<Page<SalesCentre>>(await get('/v1/alliance/centres', li)).data.map((c) => c.id)).toEqual(['ctr_baoding']);
    const all = ok<Page<SalesCentre>>(await get('/v1/alliance/centres', t.keys.admin.secret));
    expect(all.data.map((c) => c.id).sort()).toEqual(['ctr_baoding', 'ctr_changshu']);
  });
});

describe('counties and salespeople', () => {
  it('sizes a county’s market by the thousand-person analysis and dates its development period', async () => {
    const qingyuan = await county({
      name: '清苑',
      population: 450_000,
      monthlyPerThousand: 12,
      developmentStartedOn: '2026-11-02',
      salespersonId: liId,
    });
    expect(qingyuan).toMatchObject({
      salespersonId: liId,
      marketVolume: 5400,
      monthlyMarketSales: 5400,
      developmentUntil: '2027-02-02',
    });
    expect(
      ok<Page<AllianceCounty>>(await get(`/v1/alliance/counties?salespersonId=${liId}`)).data.map((c) => c.id),
    ).toContain(qingyuan.id);
  });

  it('refuses a malformed county with every issue and stores nothing', async () => {
    const before = await rows('alliance_counties');
    const res = await post('/v1/alliance/counties', {
      centreId: 'ctr_baoding',
      name: ' ',
      population: -1,
      monthlyPerThousand: 'x',
    });
    expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
    expect(issuePaths(res)).toEqual([['name'], ['population'], ['monthlyPerThousand']]);
    expect(await rows('alliance_counties')).toBe(before);
  });

  it('keeps other centres out: 404 for what they may not read, 403 for what they may not create', async () => {
    const read = await get(`/v1/alliance/salespeople/${liId}`, changshu);
    expect([read.status, problem(read).code]).toEqual([404, 'not-found']);
    const create = await post(
      '/v1/alliance/counties',
      { centreId: 'ctr_baoding', name: '徐水', population: 1, monthlyPerThousand: 1 },
      changshu,
    );
    expect(create.status).toBe(403);
    // A salesperson reads their own record only.
    expect((await get(`/v1/alliance/salespeople/${wangId}`, li)).status).toBe(404);
    expect(ok<Salesperson>(await get(`/v1/alliance/salespeople/${liId}`, li)).name).toBe('李業務');
    expect(ok<Page<Salesperson>>(await get('/v1/alliance/salespeople', li)).data.map((s) => s.id)).toEqual([liId]);
    expect(ok<Page<Salesperson>>(await get('/v1/alliance/salespeople', changshu)).data).toEqual([]);
  });

  it('creates one salesperson for a retried request and refuses the key with another body', async () => {
    const body = { centreId: 'ctr_baoding', name: '趙業務', baseFen: 180_000, startedOn: '2026-11-01' };
    const headers = { 'Idempotency-Key': 'alliance-salesperson-retry-1' };
    const before = await rows('salespeople');
    const first = ok<Salesperson>(await post('/v1/alliance/salespeople', body, centre, headers), 201);
    const retry = await post('/v1/alliance/salespeople', body, centre, headers);
    expect([retry.status, retry.headers.get('Idempotent-Replayed'), (retry.body as Salesperson).id]).toEqual([
      201,
      'true',
      first.id,
    ]);
    const reused = await post('/v1/alliance/salespeople', { ...body, baseFen: 1 }, centre, headers);
    expect([reused.status, problem(reused).code]).toEqual([409, 'idempotency/key-reused']);
    expect(await rows('salespeople')).toBe(before + 1);
  });
});

describe('dealers', () => {
  it('admits a dealer at exactly 70 % and 80 %, and keeps one that fails as not qualified', async () => {
    const anguo = await county({ name: '安國', salespersonId: liId });
    const member = await dealer(anguo.id, '安國副食');
    expect(member).toMatchObject({
      status: 'member',
      admittedOn: '2026-01-05',
      salespersonId: liId,
      centreId: 'ctr_baoding',
    });
    const failed = await dealer(anguo.id, '小賣部', centre, {
      ...qualifying,
      selectedDealersSales: 7999,
      agreementSigned: false,
    });
    expect(failed).toMatchObject({
      status: 'not-qualified',
      admittedOn: null,
      qualification: { qualified: false, failures: ['network-share', 'agreement'] },
    });
    const refused = await post(`/v1/alliance/dealers/${failed.id}/sales`, { month: '2026-01', sales: 1 });
    expect([refused.status, problem(refused).code]).toEqual([409, 'alliance/not-a-member']);
  });

  it('revokes a member after three months in a row under 70 % of its market, with the reason', async () => {
    const dingzhou = await county({ name: '定州', population: 100_000, monthlyPerThousand: 10, salespersonId: liId });
    const d = await dealer(dingzhou.id, '定州糧油');
    const month = (m: string, sales: number) => post(`/v1/alliance/dealers/${d.id}/sales`, { month: m, sales });
    // The county's market is 1,000 cases a month.
    expect(ok<SalesMonth>(await month('2026-08', 600), 201)).toMatchObject({
      marketSales: 1000,
      countyId: dingzhou.id,
    });
    ok(await month('2026-09', 699), 201);
    const twice = await month('2026-09', 800);
    expect([twice.status, problem(twice).code]).toEqual([409, 'alliance/already-recorded']);
    const early = ok<DealerReview>(await post(`/v1/alliance/dealers/${d.id}/review`, undefined));
    expect([early.review.currentShortfallStreak, early.dealer.status]).toEqual([2, 'member']);
    ok(await month('2026-10', 500), 201);
    const review = ok<DealerReview>(await post(`/v1/alliance/dealers/${d.id}/review`, undefined));
    expect(review.review).toEqual({
      revoke: true,
      reasons: ['sales-shortfall'],
      shortfallStreak: 3,
      currentShortfallStreak: 3,
    });
    expect(review.dealer).toMatchObject({
      status: 'revoked',
      revocation: { on: '2026-11-27', reasons: ['sales-shortfall'] },
    });
    expect(ok<Dealer>(await get(`/v1/alliance/dealers/${d.id}`)).status).toBe('revoked');
    expect(ok<SalesMonth[]>(await get(`/v1/alliance/dealers/${d.id}/sales`)).map((m) => m.month)).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
  });

  it('revokes a member whose breach was recorded, at its next review', async () => {
    const xushui = await county({ name: '徐水', salespersonId: wangId });
    const d = await dealer(xushui.id, '徐水商行');
    const bad = await post(`/v1/alliance/dealers/${d.id}/violations`, { kind: 'dumping' });
    expect([bad.status, issuePaths(bad)]).toEqual([400, [['kind']]]);
    const breached = ok<Dealer>(
      await post(`/v1/alliance/dealers/${d.id}/violations`, {
        kind: 'off-channel-purchase',
        on: '2026-11-20',
        note: '向他人進貨',
      }),
    );
    expect(breached.violations).toHaveLength(1);
    const review = ok<DealerReview>(await post(`/v1/alliance/dealers/${d.id}/review`, undefined, wang));
    expect(review.dealer.revocation).toEqual({ on: '2026-11-27', reasons: ['off-channel-purchase'] });
  });

  it('shows a salesperson only their own counties’ dealers and sales; the rest answer 404', async () => {
    const lixian = await county({ name: '蠡縣', salespersonId: wangId });
    const theirs = await dealer(lixian.id, '蠡縣副食');
    const mine = ok<Page<Dealer>>(await get('/v1/alliance/dealers?limit=100', li)).data;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.salespersonId === liId)).toBe(true);
    for (const path of [`/v1/alliance/dealers/${theirs.id}`, `/v1/alliance/dealers/${theirs.id}/sales`]) {
      const res = await get(path, li);
      expect([res.status, problem(res).code], path).toEqual([404, 'not-found']);
      expect((await get(path, changshu)).status, path).toBe(404);
      expect((await get(path, wang)).status, path).toBe(200);
    }
    // A salesperson cannot place a dealer in someone else's county either.
    expect(
      (await post('/v1/alliance/dealers', { countyId: lixian.id, name: 'x', qualification: qualifying }, li)).status,
    ).toBe(404);
    const all = ok<Page<Dealer>>(await get('/v1/alliance/dealers?limit=100')).data;
    expect(all.map((d) => d.id)).toEqual(expect.arrayContaining([theirs.id, ...mine.map((d) => d.id)]));
    expect(ok<Page<Dealer>>(await get('/v1/alliance/dealers', changshu)).data).toEqual([]);
  });
});

describe('visit notes and reports', () => {
  it('builds the weekly visit list and the monthly purchase report from notes and purchases', async () => {
    const mancheng = await county({ name: '滿城', salespersonId: liId });
    const qingyuan = await dealer(mancheng.id, '清苑副食', li);
    const manchengDealer = await dealer(mancheng.id, '滿城商店', li);
    const note = ok<VisitNoteRecord>(
      await post(
        '/v1/alliance/visit-notes',
        {
          dealerId: qingyuan.id,
          date: '2026-11-24',
          kind: 'visit',
          sales: '節前備貨充足',
          suggestions: '希望增加促銷物料',
        },
        li,
      ),
      201,
    );
    expect(note).toMatchObject({ centreId: 'ctr_baoding', salespersonId: liId });
    ok(
      await post('/v1/alliance/visit-notes', { dealerId: manchengDealer.id, date: '2026-11-26', kind: 'call' }, li),
      201,
    );
    ok(
      await post(
        '/v1/alliance/purchases',
        { dealerId: qingyuan.id, date: '2026-11-05', amountFen: 1_800_000, quantity: 400 },
        li,
      ),
      201,
    );
    const weekly = ok<WeeklyVisitList>(await get('/v1/alliance/reports/weekly?week=2026-11-27', li));
    expect(weekly.weekStart).toBe('2026-11-23');
    expect(weekly.entries.map((e) => [e.dealerId, e.visits, e.calls])).toEqual(
      [
        [qingyuan.id, 1, 0],
        [manchengDealer.id, 0, 1],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    const monthly = ok<MonthlyDealerReport>(
      await get(`/v1/alliance/reports/monthly?month=2026-11&salespersonId=${liId}`),
    );
    expect(monthly.rows.find((r) => r.dealerId === qingyuan.id)).toMatchObject({
      purchasesFen: 1_800_000,
      quantity: 400,
      visits: 1,
    });
    expect(monthly.notVisited).toContain(manchengDealer.id);
    expect(monthly.notVisited).not.toContain(qingyuan.id);
    expect(monthly.notCalled).toContain(qingyuan.id);
    // Wang sees none of Li's notes.
    expect(ok<WeeklyVisitList>(await get('/v1/alliance/reports/weekly?week=2026-11-27', wang)).entries).toEqual([]);
    expect(ok<Page<VisitNoteRecord>>(await get('/v1/alliance/visit-notes', wang)).data).toEqual([]);
    expect(
      ok<Page<VisitNoteRecord>>(await get(`/v1/alliance/visit-notes?dealerId=${qingyuan.id}`, li)).data,
    ).toHaveLength(1);
  });

  it('refuses a report without its period and a note about a dealer out of scope', async () => {
    const res = await get('/v1/alliance/reports/weekly');
    expect([res.status, issuePaths(res)]).toEqual([400, [['query', 'week']]]);
    const month = await get('/v1/alliance/reports/monthly?month=2026-13');
    expect(issuePaths(month)).toEqual([['query', 'month']]);
    const [theirs] = ok<Page<Dealer>>(await get('/v1/alliance/dealers', wang)).data;
    const before = await rows('visit_notes');
    const note = await post(
      '/v1/alliance/visit-notes',
      { dealerId: theirs?.id, date: '2026-11-24', kind: 'visit' },
      li,
    );
    expect(note.status).toBe(404);
    expect(await rows('visit_notes')).toBe(before);
  });
});

describe('pay and penalties', () => {
  it('pays the source example: base 2,000 CNY, 20 counties, 4 without a member → 2,380 CNY', async () => {
    const zhao = ok<Salesperson>(
      await post('/v1/alliance/salespeople', {
        centreId: 'ctr_baoding',
        name: '孫業務',
        baseFen: 200_000,
        startedOn: '2026-06-01',
      }),
      201,
    );
    for (let i = 1; i <= 20; i++) {
      const c = await county({ name: `縣${i}`, salespersonId: zhao.id });
      if (i > 4) await dealer(c.id, `經銷商${i}`);
    }
    const august = ok<PayStatement>(await get(`/v1/alliance/salespeople/${zhao.id}/pay?month=2026-08`));
    expect(august).toMatchObject({
      network: { covered: 16, counted: 20, completion: 0.8 },
      pay: { fixedFen: 140_000, networkFen: 48_000, visitFundFen: 50_000, deductionsFen: 0, totalFen: 238_000 },
    });
    // One late and one missing report: 250 CNY out of the visit fund.
    for (const kind of ['late-report', 'missing-report'])
      ok(await post('/v1/alliance/penalties', { kind, salespersonId: zhao.id, month: '2026-08' }), 201);
    const fined = ok<PayStatement>(await get(`/v1/alliance/salespeople/${zhao.id}/pay?month=2026-08`));
    expect([fined.lateReports, fined.missingReports, fined.pay.deductionsFen, fined.pay.totalFen]).toEqual([
      1, 1, 25_000, 213_000,
    ]);
    // November is counted on the first half-year's last day and still carries the fund; December does not.
    const november = ok<PayStatement>(await get(`/v1/alliance/salespeople/${zhao.id}/pay?month=2026-11`));
    expect([november.pay.visitFundFen, november.visitFundUntil]).toEqual([50_000, '2026-11-30']);
    expect(ok<PayStatement>(await get(`/v1/alliance/salespeople/${zhao.id}/pay?month=2026-12`)).pay.visitFundFen).toBe(
      0,
    );
  });

  it('refuses a statement for a salesperson without a county, and one asked of another’s pay', async () => {
    const lone = ok<Salesperson>(
      await post('/v1/alliance/salespeople', {
        centreId: 'ctr_baoding',
        name: '周業務',
        baseFen: 1,
        startedOn: '2026-06-01',
      }),
      201,
    );
    const res = await get(`/v1/alliance/salespeople/${lone.id}/pay?month=2026-08`);
    expect([res.status, problem(res).code]).toEqual([422, 'alliance/no-counties']);
    expect((await get(`/v1/alliance/salespeople/${liId}/pay?month=2026-08`, wang)).status).toBe(404);
    expect((await get(`/v1/alliance/salespeople/${liId}/pay?month=2026-08`, li)).status).toBe(200);
  });

  it('refuses a pay statement for a month that is not YYYY-MM (400), and for an unknown salesperson (404)', async () => {
    for (const month of ['2026-13', '2026-8', '2026-08-01', '']) {
      const res = await get(`/v1/alliance/salespeople/${liId}/pay?month=${month}`);
      expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
    }
    expect((await get(`/v1/alliance/salespeople/${liId}/pay`)).status).toBe(400);
    const unknown = await get('/v1/alliance/salespeople/slp_unknown/pay?month=2026-08');
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
  });

  it('fines a counterfeit seller at least 50,000 CNY, 80 % to the whistle-blower, and records the breach', async () => {
    const [d] = ok<Page<Dealer>>(await get('/v1/alliance/dealers?status=member', li)).data;
    if (!d) throw new Error('Li has a member');
    const before = await rows('alliance_penalties');
    const low = await post('/v1/alliance/penalties', {
      kind: 'counterfeit',
      dealerId: d.id,
      fineFen: 4_999_999,
      on: '2026-11-20',
    });
    expect([low.status, problem(low).code]).toEqual([422, 'alliance/fine-below-minimum']);
    const malformed = await post('/v1/alliance/penalties', { kind: 'counterfeit', dealerId: d.id, fineFen: -1 });
    expect([malformed.status, issuePaths(malformed)]).toEqual([400, [['fineFen'], ['on']]]);
    expect(await rows('alliance_penalties')).toBe(before);
    const fine = ok<AlliancePenalty>(
      await post('/v1/alliance/penalties', {
        kind: 'counterfeit',
        dealerId: d.id,
        fineFen: 5_000_000,
        on: '2026-11-20',
        whistleblower: '王先生',
      }),
      201,
    );
    expect(fine).toMatchObject({
      salespersonId: liId,
      month: '2026-11',
      split: { fineFen: 5_000_000, whistleblowerRewardFen: 4_000_000, retainedFen: 1_000_000 },
    });
    const fined = ok<Dealer>(await get(`/v1/alliance/dealers/${d.id}`));
    expect(fined.violations.map((v) => v.kind)).toContain('counterfeit');
    // The agreement takes the plaque back as well as the fine; the refused fine above took nothing.
    expect(fined.plaque).toEqual({ issuedOn: d.admittedOn, withdrawnOn: '2026-11-20' });
    expect(d.plaque.withdrawnOn).toBeNull();
    const own = ok<Page<AlliancePenalty>>(await get('/v1/alliance/penalties?kind=counterfeit', li)).data;
    expect(own.map((p) => p.id)).toEqual([fine.id]);
    expect(ok<Page<AlliancePenalty>>(await get('/v1/alliance/penalties', wang)).data).toEqual([]);
  });
});

describe('budgets', () => {
  it('budgets Baoding 50,000 CNY and Changshu 52,400 CNY, one budget a centre a year', async () => {
    const baoding = ok<BudgetPlan>(
      await post('/v1/alliance/budgets', {
        centreId: 'ctr_baoding',
        year: 2026,
        annualSalesFen: 1_000_000_000,
        plaques: 20,
      }),
      201,
    );
    expect(baoding.budget).toEqual({
      rewardFen: 4_000_000,
      meetingsFen: 400_000,
      plaquesFen: 400_000,
      otherFen: 200_000,
      totalFen: 5_000_000,
    });
    const body = { centreId: 'ctr_changshu', year: 2026, annualSalesFen: 1_000_000_000, plaques: 32 };
    expect((await post('/v1/alliance/budgets', body)).status).toBe(403);
    expect(ok<BudgetPlan>(await post('/v1/alliance/budgets', body, changshu), 201).budget.totalFen).toBe(5_240_000);
    const again = await post('/v1/alliance/budgets', { ...body, plaques: 0 }, changshu);
    expect([again.status, problem(again).code]).toEqual([409, 'alliance/already-recorded']);
    expect(ok<Page<BudgetPlan>>(await get('/v1/alliance/budgets?year=2026')).data.map((b) => b.centreId)).toEqual([
      'ctr_baoding',
    ]);
    expect(ok<Page<BudgetPlan>>(await get('/v1/alliance/budgets', li)).data).toEqual([]);
    expect(ok<Page<BudgetPlan>>(await get('/v1/alliance/budgets', t.keys.admin.secret)).data).toHaveLength(2);
    expect(await rows('alliance_budgets')).toBe(2);
  });
});
