import type { AllianceStanding } from '@clubkit/core/alliance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  issuePaths,
  problem,
  ok,
  openAllianceCentres,
  openAllianceDealers,
  startTestServer,
  type TestServer,
} from '../test-support.js';

let t: TestServer;
let centre: string;
let li: string;
let changshu: string;
/** Dealer ids by name. */
let dealers: Record<string, string>;
let qingyuan: string;

const post = (path: string, body: unknown, key = centre) => t.call('POST', path, { key, body });
const standing = (query: string, key = centre) => t.call('GET', `/v1/alliance/standing${query}`, { key });

/** Records a dealer's sales months, each against a market of 100. */
async function sales(dealer: string, figures: Record<string, number>): Promise<void> {
  for (const [month, sold] of Object.entries(figures))
    ok(
      await post(`/v1/alliance/dealers/${dealers[dealer] ?? ''}/sales`, { month, sales: sold, marketSales: 100 }),
      201,
    );
}

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-11-27T04:00:00Z') });
  const staff = await openAllianceCentres(t, { startedOn: '2026-06-01' });
  ({ centre, li, changshu } = staff);
  ({ qingyuan, dealers } = await openAllianceDealers(t, staff));
  await sales('清苑副食', { '2026-09': 90, '2026-10': 70, '2026-11': 85 });
  await sales('清苑糧油', { '2026-09': 90, '2026-10': 60, '2026-11': 69 });
  await sales('滿城商行', { '2026-09': 50, '2026-10': 40, '2026-11': 30 });
  await sales('滿城超市', { '2026-08': 10, '2026-09': 10, '2026-10': 10 });
  ok(await post(`/v1/alliance/dealers/${dealers['滿城超市'] ?? ''}/review`, {}), 200);
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
