import type { AllianceCounty, AllianceStanding, Dealer, Salesperson } from '@clubkit/core/alliance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, ok, startTestServer, type TestServer } from '../test-support.js';

let t: TestServer;
let centre: string;
let li: string;
let changshu: string;
const ids: Record<string, string> = {};
let qingyuan: string;

const qualifying = {
  dealerSales: 700,
  marketSales: 1000,
  selectedDealersSales: 8000,
  primaryDealerSales: 10000,
  agreementSigned: true,
};

const post = (path: string, body: unknown, key = centre) => t.call('POST', path, { key, body });
const standing = (query: string, key = centre) => t.call('GET', `/v1/alliance/standing${query}`, { key });

/** Records a dealer's sales months, each against a market of 100. */
async function sales(dealer: string, figures: Record<string, number>): Promise<void> {
  for (const [month, sold] of Object.entries(figures))
    ok(await post(`/v1/alliance/dealers/${ids[dealer] ?? ''}/sales`, { month, sales: sold, marketSales: 100 }), 201);
}

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-11-27T04:00:00Z') });
  centre = t.keys.alliance.secret;
  const admin = t.keys.admin.secret;
  ok(await post('/v1/alliance/centres', { id: 'ctr_baoding', name: '保定銷售中心' }, admin), 201);
  ok(await post('/v1/alliance/centres', { id: 'ctr_changshu', name: '常熟銷售中心' }, admin), 201);
  const salesperson = ok<Salesperson>(
    await post('/v1/alliance/salespeople', {
      centreId: 'ctr_baoding',
      name: '李業務',
      baseFen: 200_000,
      startedOn: '2026-06-01',
    }),
    201,
  );
  li = (
    await t.server.createKey({
      kind: 'secret',
      principal: { role: 'alliance', centreId: 'ctr_baoding', salespersonId: salesperson.id },
    })
  ).secret;
  changshu = (await t.server.createKey({ kind: 'secret', principal: { role: 'alliance', centreId: 'ctr_changshu' } }))
    .secret;
  const county = async (name: string, salespersonId?: string) =>
    ok<AllianceCounty>(
      await post('/v1/alliance/counties', {
        centreId: 'ctr_baoding',
        name,
        population: 300_000,
        monthlyPerThousand: 4,
        ...(salespersonId ? { salespersonId } : {}),
      }),
      201,
    ).id;
  qingyuan = await county('清苑', salesperson.id);
  const mancheng = await county('滿城');
  const dealer = async (key: string, countyId: string, name: string, qualification = qualifying) => {
    ids[key] = ok<Dealer>(
      await post('/v1/alliance/dealers', { countyId, name, appliedOn: '2026-01-05', qualification }),
      201,
    ).id;
  };
  await dealer('steady', qingyuan, '清苑副食');
  await dealer('warned', qingyuan, '清苑糧油');
  await dealer('revocable', mancheng, '滿城商行');
  await dealer('revoked', mancheng, '滿城超市');
  await dealer('unqualified', mancheng, '滿城小賣部', { ...qualifying, dealerSales: 100 });
  await sales('steady', { '2026-09': 90, '2026-10': 70, '2026-11': 85 });
  await sales('warned', { '2026-09': 90, '2026-10': 60, '2026-11': 69 });
  await sales('revocable', { '2026-09': 50, '2026-10': 40, '2026-11': 30 });
  await sales('revoked', { '2026-08': 10, '2026-09': 10, '2026-10': 10 });
  ok(await post(`/v1/alliance/dealers/${ids['revoked'] ?? ''}/review`, {}), 200);
});
afterAll(() => t.close());

const levels = (report: AllianceStanding) => Object.fromEntries(report.dealers.map((d) => [d.name, d.level]));

describe('GET /v1/alliance/standing', () => {
  it('gives each member and revoked dealer its standing in the month by core’s rule, by county, leaving out one that never qualified', async () => {
    const report = ok<AllianceStanding>(await standing('?month=2026-11'));
    expect(report.month).toBe('2026-11');
    expect(levels(report)).toEqual({
      清苑副食: 'met',
      清苑糧油: 'warned',
      滿城商行: 'revocable',
      滿城超市: 'revoked',
    });
    const warned = report.dealers.find((d) => d.name === '清苑糧油');
    expect(warned).toMatchObject({ sales: 69, marketSales: 100, share: 0.69, shortfallStreak: 2 });
    expect(report.dealers.find((d) => d.name === '滿城超市')?.revocation?.reasons).toEqual(['sales-shortfall']);
    // Grouped by county: a county's dealers stand together.
    const counties = report.dealers.map((d) => d.countyId);
    expect(counties).toEqual([...counties].sort());
  });

  it('judges an earlier month on the figures up to it, and a month with none as unreported', async () => {
    expect(levels(ok<AllianceStanding>(await standing('?month=2026-10')))).toMatchObject({
      清苑糧油: 'short',
      滿城商行: 'warned',
    });
    expect(levels(ok<AllianceStanding>(await standing('?month=2026-12')))).toMatchObject({
      清苑副食: 'unreported',
      滿城商行: 'unreported',
    });
  });

  it('shows a salesperson their own counties’ dealers, another centre none, and one county when asked', async () => {
    expect(Object.keys(levels(ok<AllianceStanding>(await standing('?month=2026-11', li)))).sort()).toEqual(
      ['清苑副食', '清苑糧油'].sort(),
    );
    expect(ok<AllianceStanding>(await standing('?month=2026-11', changshu)).dealers).toEqual([]);
    const one = ok<AllianceStanding>(await standing(`?month=2026-11&countyId=${qingyuan}`));
    expect(one.dealers.map((d) => d.name).sort()).toEqual(['清苑副食', '清苑糧油'].sort());
  });

  it('refuses a missing or malformed month with the query field named, and roles outside the alliance', async () => {
    for (const query of ['', '?month=2026-13', '?month=2026-11-01']) {
      const res = await standing(query);
      expect(res.status, query).toBe(400);
      expect(issuePaths(res)).toEqual([['query', 'month']]);
    }
    for (const key of [t.keys.north.secret, t.keys.desk.secret, t.keys.merchant.secret]) {
      const res = await standing('?month=2026-11', key);
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
  });
});
