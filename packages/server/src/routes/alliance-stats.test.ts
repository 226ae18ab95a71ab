import {
  inDevelopmentOn,
  wasMemberOn,
  type AllianceCounty,
  type Dealer,
  type SalesMonth,
  type Salesperson,
} from '@clubkit/core/alliance';
import type { Page } from '@clubkit/core/api';
import { allianceMarketStats, type AllianceMarketStats } from '@clubkit/core/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, ok, startTestServer, type TestServer } from '../test-support.js';

let t: TestServer;
let admin: string;
let li: Salesperson;
let wang: Salesperson;
let liKey: string;

const qualification = {
  dealerSales: 700,
  marketSales: 1000,
  selectedDealersSales: 8000,
  primaryDealerSales: 10000,
  agreementSigned: true,
};

const post = async <T>(path: string, body: unknown, key = admin) =>
  ok<T>(await t.call('POST', path, { key, body }), 201);
const get = async <T>(path: string, key = admin) => ok<T>(await t.call('GET', path, { key }));

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-11-27T04:00:00Z') });
  admin = t.keys.admin.secret;
  for (const [id, name] of [
    ['ctr_baoding', '保定'],
    ['ctr_changshu', '常熟'],
  ])
    await post('/v1/alliance/centres', { id, name });
  const salesperson = (centreId: string, name: string) =>
    post<Salesperson>('/v1/alliance/salespeople', { centreId, name, baseFen: 200_000, startedOn: '2026-06-01' });
  li = await salesperson('ctr_baoding', '李');
  wang = await salesperson('ctr_baoding', '王');
  const zhou = await salesperson('ctr_changshu', '周');
  liKey = (
    await t.server.createKey({
      kind: 'secret',
      principal: { role: 'alliance', centreId: 'ctr_baoding', salespersonId: li.id },
    })
  ).secret;

  const county = (centreId: string, name: string, extra: Record<string, unknown>) =>
    post<AllianceCounty>('/v1/alliance/counties', {
      centreId,
      name,
      population: 100_000,
      monthlyPerThousand: 10,
      ...extra,
    });
  const dealer = (countyId: string, appliedOn: string) =>
    post<Dealer>('/v1/alliance/dealers', { countyId, name: `經銷商 ${appliedOn}`, appliedOn, qualification });
  const sales = (d: Dealer, rows: [string, number, number?][]) =>
    Promise.all(
      rows.map(([month, value, market]) =>
        post(`/v1/alliance/dealers/${d.id}/sales`, {
          month,
          sales: value,
          ...(market === undefined ? {} : { marketSales: market }),
        }),
      ),
    );

  const c1 = await county('ctr_baoding', '清苑', { salespersonId: li.id });
  await county('ctr_baoding', '安國', { salespersonId: li.id, developmentStartedOn: '2026-09-15' }); // blank, developing
  const c3 = await county('ctr_baoding', '定州', { salespersonId: wang.id });
  const c4 = await county('ctr_baoding', '蠡縣', { salespersonId: wang.id, developmentStartedOn: '2026-08-01' });
  const c5 = await county('ctr_baoding', '徐水', {}); // nobody's territory yet
  const c6 = await county('ctr_changshu', '虞山', { salespersonId: zhou.id });

  const d1 = await dealer(c1.id, '2026-01-05');
  const d2 = await dealer(c1.id, '2026-03-01');
  const d3 = await dealer(c3.id, '2026-02-01');
  const d4 = await dealer(c4.id, '2026-10-05');
  const d5 = await dealer(c5.id, '2026-01-05');
  const d6 = await dealer(c6.id, '2026-01-05');
  await sales(d1, [
    ['2026-08', 700], // exactly 70 % of the county's 1,000: fine
    ['2026-09', 699],
    ['2026-10', 1200],
  ]);
  await sales(d2, [
    ['2026-09', 300, 500],
    ['2026-10', 0, 0], // no market: never short
  ]);
  await sales(d3, [
    ['2026-08', 100],
    ['2026-09', 200],
    ['2026-10', 300],
  ]);
  await sales(d4, [['2026-10', 900]]);
  await sales(d5, [['2026-09', 650]]);
  await sales(d6, [['2026-09', 10]]);
  // Three months short: revoked today, 2026-11-27.
  const review = await t.call('POST', `/v1/alliance/dealers/${d3.id}/review`, { key: admin });
  expect(review.status).toBe(200);
});
afterAll(() => t.close());

/** Everything stored, read through the API, as core's in-memory report takes it. */
async function stored() {
  const counties = (await get<Page<AllianceCounty>>('/v1/alliance/counties?limit=100')).data;
  const dealers = (await get<Page<Dealer>>('/v1/alliance/dealers?limit=100')).data;
  const months = (
    await Promise.all(dealers.map((d) => get<SalesMonth[]>(`/v1/alliance/dealers/${d.id}/sales`)))
  ).flat();
  return { counties, dealers, months };
}

/** Core's `allianceMarketStats` over the same records, filtered as the query asks. */
async function inMemory(
  scope: { centreId?: string; salespersonId?: string },
  period: { from?: string; to?: string; asOf: string },
): Promise<AllianceMarketStats> {
  const { counties, dealers, months } = await stored();
  const inScope = (r: { centreId: string; salespersonId: string | null }) =>
    (scope.centreId === undefined || r.centreId === scope.centreId) &&
    (scope.salespersonId === undefined || r.salespersonId === scope.salespersonId);
  const inPeriod = (m: SalesMonth) =>
    (period.from === undefined || m.month >= period.from.slice(0, 7)) &&
    (period.to === undefined || m.month <= period.to.slice(0, 7));
  return allianceMarketStats({
    months: months.filter((m) => inScope(m) && inPeriod(m)),
    counties: counties.filter(inScope).map((c) => ({
      countyId: c.id,
      salespersonId: c.salespersonId,
      hasMember: dealers.some((d) => d.countyId === c.id && wasMemberOn(d, period.asOf)),
      inDevelopment: inDevelopmentOn(c, period.asOf),
    })),
  });
}

describe('GET /v1/stats/alliance', () => {
  const periods = [
    { query: '', period: { asOf: '2026-11-27' } },
    { query: '?from=2026-09-01&to=2026-10-31', period: { from: '2026-09-01', to: '2026-10-31', asOf: '2026-10-31' } },
    { query: '?to=2026-09-30&asOf=2026-10-01', period: { to: '2026-09-30', asOf: '2026-10-01' } },
  ];

  it.each(periods)(
    'sums in SQL exactly what core’s allianceMarketStats computes ($query)',
    async ({ query, period }) => {
      expect(await get<AllianceMarketStats>(`/v1/stats/alliance${query}`)).toEqual(await inMemory({}, period));
      const sep = query ? '&' : '?';
      expect(await get<AllianceMarketStats>(`/v1/stats/alliance${query}${sep}centreId=ctr_baoding`)).toEqual(
        await inMemory({ centreId: 'ctr_baoding' }, period),
      );
      expect(await get<AllianceMarketStats>(`/v1/stats/alliance${query}`, t.keys.alliance.secret)).toEqual(
        await inMemory({ centreId: 'ctr_baoding' }, period),
      );
      expect(await get<AllianceMarketStats>(`/v1/stats/alliance${query}`, liKey)).toEqual(
        await inMemory({ centreId: 'ctr_baoding', salespersonId: li.id }, period),
      );
    },
  );

  it('reports each salesperson’s sales against the market and network completion as of the day asked', async () => {
    const now = await get<AllianceMarketStats>('/v1/stats/alliance?centreId=ctr_baoding');
    const liNow = now.salespeople.find((s) => s.salespersonId === li.id);
    // Li: 清苑 covered; 安國 blank and still developing (until 2026-12-15), left out.
    expect(liNow).toMatchObject({
      counties: 2,
      dealers: 2,
      dealerMonths: 5,
      dealerMonthsBelow70: 2,
      sales: 2899,
      marketSales: 3500,
      network: { covered: 1, counted: 1, completion: 1 },
    });
    // Wang: 定州's member was revoked today; 蠡縣's joined on 2026-10-05.
    expect(now.salespeople.find((s) => s.salespersonId === wang.id)?.network).toEqual({
      covered: 1,
      counted: 2,
      completion: 0.5,
    });
    const september = await get<AllianceMarketStats>('/v1/stats/alliance?centreId=ctr_baoding&asOf=2026-09-30');
    expect(september.salespeople.find((s) => s.salespersonId === wang.id)?.network).toEqual({
      covered: 1,
      counted: 1,
      completion: 1,
    });
    expect(now.counties.find((c) => c.salespersonId === null)).toMatchObject({ hasMember: true, sales: 650 });
    expect(now.months.map((m) => [m.month, m.dealers, m.dealersBelow70])).toEqual([
      ['2026-08', 2, 1],
      ['2026-09', 4, 4],
      ['2026-10', 4, 1],
    ]);
  });

  it('shows a salesperson only their counties and another centre none of Baoding’s', async () => {
    const own = await get<AllianceMarketStats>('/v1/stats/alliance', liKey);
    expect(own.salespeople.map((s) => s.salespersonId)).toEqual([li.id]);
    expect(own.counties.every((c) => c.salespersonId === li.id)).toBe(true);
    const changshu = (
      await t.server.createKey({ kind: 'secret', principal: { role: 'alliance', centreId: 'ctr_changshu' } })
    ).secret;
    const theirs = await get<AllianceMarketStats>('/v1/stats/alliance?centreId=ctr_baoding', changshu);
    expect([theirs.counties, theirs.months]).toEqual([[], []]);
  });

  it('refuses a period that ends before it starts, and other roles', async () => {
    const res = await t.call('GET', '/v1/stats/alliance?from=2026-10-01&to=2026-09-01', { key: admin });
    expect([res.status, issuePaths(res)]).toEqual([400, [['query', 'to']]]);
    expect((await t.call('GET', '/v1/stats/alliance', { key: t.keys.north.secret })).status).toBe(403);
  });
});
