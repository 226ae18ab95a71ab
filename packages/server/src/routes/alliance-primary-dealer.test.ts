import type { AllianceStanding, Dealer, PrimaryDealership } from '@clubkit/core/alliance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
/** Keys: the club, the Baoding centre's staff, its salesperson Li, and the Changshu centre's staff. */
let admin: string;
let baoding: string;
let li: string;
let changshu: string;
let qingyuan: Dealer;
let mancheng: Dealer;
let notQualified: Dealer;
let changshuDealer: Dealer;

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T names the contract type the test expects.
function ok<T>(res: TestResponse, status = 200): T {
  expect(res.status, res.text).toBe(status);
  return res.body as T;
}
function refused(res: TestResponse): [number, string] {
  return [res.status, problem(res).code];
}
const primary = (on = '', key = baoding, centre = 'ctr_baoding') =>
  t.call('GET', `/v1/alliance/centres/${centre}/primary-dealer${on ? `?on=${on}` : ''}`, { key });
const replace = (body: unknown, key = baoding, centre = 'ctr_baoding') =>
  t.call('POST', `/v1/alliance/centres/${centre}/primary-dealer`, { key, body });

const qualification = {
  dealerSales: 700,
  marketSales: 1000,
  selectedDealersSales: 8000,
  primaryDealerSales: 10_000,
  agreementSigned: true,
};

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-11-27T04:00:00Z') });
  admin = t.keys.admin.secret;
  baoding = t.keys.alliance.secret;
  const post = (path: string, body: unknown, key = admin) => t.call('POST', path, { key, body });
  ok(
    await post('/v1/alliance/centres', {
      id: 'ctr_baoding',
      name: '保定銷售中心',
      foundedOn: '2026-03-01',
      primaryDealer: '保定糖酒公司',
    }),
    201,
  );
  ok(await post('/v1/alliance/centres', { id: 'ctr_changshu', name: '常熟銷售中心', foundedOn: '2026-03-01' }), 201);
  const liId = ok<{ id: string }>(
    await post('/v1/alliance/salespeople', {
      centreId: 'ctr_baoding',
      name: '李業務',
      baseFen: 200_000,
      startedOn: '2026-03-01',
    }),
    201,
  ).id;
  li = (
    await t.server.createKey({
      kind: 'secret',
      principal: { role: 'alliance', centreId: 'ctr_baoding', salespersonId: liId },
    })
  ).secret;
  changshu = (await t.server.createKey({ kind: 'secret', principal: { role: 'alliance', centreId: 'ctr_changshu' } }))
    .secret;
  const county = async (centreId: string, name: string) =>
    ok<{ id: string }>(
      await post('/v1/alliance/counties', {
        centreId,
        name,
        population: 300_000,
        monthlyPerThousand: 4,
        salespersonId: centreId === 'ctr_baoding' ? liId : undefined,
      }),
      201,
    ).id;
  const dealer = async (countyId: string, name: string, appliedOn = '2026-04-01', q = qualification) =>
    ok<Dealer>(await post('/v1/alliance/dealers', { countyId, name, appliedOn, qualification: q }), 201);
  const qy = await county('ctr_baoding', '清苑');
  qingyuan = await dealer(qy, '清苑副食');
  mancheng = await dealer(await county('ctr_baoding', '滿城'), '滿城商貿', '2026-11-01');
  notQualified = await dealer(qy, '清苑小賣部', '2026-04-01', { ...qualification, agreementSigned: false });
  changshuDealer = await dealer(await county('ctr_changshu', '虞山'), '虞山副食');
});
afterAll(() => t.close());

describe('GET /v1/alliance/centres/{id}/primary-dealer', () => {
  it('names the primary dealer given when the centre opened, from its founding day', async () => {
    const answer = ok<PrimaryDealership>(await primary());
    expect(answer.current).toMatchObject({ name: '保定糖酒公司', dealerId: null, since: '2026-03-01', ended: null });
    expect(answer.history).toHaveLength(1);
    expect([answer.on, answer.primaryOn?.name]).toEqual(['2026-11-27', '保定糖酒公司']);
  });

  it('stands the centre in as its own primary dealer when none was named', async () => {
    const answer = ok<PrimaryDealership>(await primary('', changshu, 'ctr_changshu'));
    expect(answer.current?.name).toBe('常熟銷售中心');
  });

  it('has nobody primary before the founding day', async () => {
    expect(ok<PrimaryDealership>(await primary('2026-02-28')).primaryOn).toBeNull();
  });

  it('lets a salesperson read it, answers another centre’s staff 404 and a desk operator 403', async () => {
    expect(ok<PrimaryDealership>(await primary('', li)).current?.name).toBe('保定糖酒公司');
    expect(refused(await primary('', changshu))).toEqual([404, 'not-found']);
    expect(refused(await primary('', t.keys.desk.secret))).toEqual([403, 'access/forbidden']);
    expect(refused(await primary('', admin, 'ctr_unknown'))).toEqual([404, 'not-found']);
    expect(refused(await primary('2026-02-30'))).toEqual([400, 'invalid-input']);
  });
});

describe('POST /v1/alliance/centres/{id}/primary-dealer', () => {
  it('refuses a salesperson, who reads it but does not replace it (404, the API’s answer outside one’s scope), and a desk operator (403)', async () => {
    const body = { reason: 'short-of-funds', successor: { kind: 'dealer', name: '新' } };
    expect(refused(await replace(body, li))).toEqual([404, 'not-found']);
    expect(refused(await replace(body, t.keys.desk.secret))).toEqual([403, 'access/forbidden']);
    expect(refused(await replace(body, changshu))).toEqual([404, 'not-found']);
  });

  it('refuses a successor that is not a member on the day: not yet admitted, never qualified, or another centre’s', async () => {
    const member = (dealerId: string, on: string) =>
      replace({ on, reason: 'short-of-funds', successor: { kind: 'member', dealerId } });
    expect(refused(await member(mancheng.id, '2026-10-31'))).toEqual([409, 'alliance/successor-not-a-member']);
    expect(refused(await member(notQualified.id, '2026-11-20'))).toEqual([409, 'alliance/successor-not-a-member']);
    expect(
      refused(
        await replace(
          { on: '2026-11-20', reason: 'short-of-funds', successor: { kind: 'member', dealerId: changshuDealer.id } },
          admin,
        ),
      ),
    ).toEqual([409, 'alliance/successor-not-a-member']);
    // The centre's staff do not see another centre's dealer at all.
    expect(refused(await member(changshuDealer.id, '2026-11-20'))).toEqual([404, 'not-found']);
  });

  it('refuses the same dealer, a day on or before its first, and another reason without a note', async () => {
    const byName = (name: string, on = '2026-11-20') =>
      replace({ on, reason: 'short-of-funds', successor: { kind: 'dealer', name } });
    expect(refused(await byName('保定糖酒公司'))).toEqual([409, 'alliance/same-primary-dealer']);
    expect(refused(await byName('滄州糖酒', '2026-03-01'))).toEqual([409, 'alliance/replacement-out-of-order']);
    const noNote = await replace({
      on: '2026-11-20',
      reason: 'other',
      successor: { kind: 'dealer', name: '滄州糖酒' },
    });
    expect([noNote.status, issuePaths(noNote)]).toEqual([400, [['note']]]);
    const badReason = await replace({ reason: 'bankrupt', successor: { kind: 'dealer', name: '滄州糖酒' } });
    expect([badReason.status, issuePaths(badReason)]).toEqual([400, [['reason']]]);
    expect(ok<PrimaryDealership>(await primary()).history).toHaveLength(1);
  });

  it('develops a member into the primary dealer: primary from the replacement day, its membership ended that day', async () => {
    const after = ok<PrimaryDealership>(
      await replace({
        on: '2026-11-20',
        reason: 'short-of-funds',
        successor: { kind: 'member', dealerId: qingyuan.id },
      }),
    );
    expect(after.current).toMatchObject({ name: '清苑副食', dealerId: qingyuan.id, since: '2026-11-20', ended: null });
    expect(after.history.map((h) => [h.name, h.ended?.on ?? null, h.ended?.reason ?? null])).toEqual([
      ['保定糖酒公司', '2026-11-20', 'short-of-funds'],
      ['清苑副食', null, null],
    ]);
    expect(ok<PrimaryDealership>(await primary('2026-11-19')).primaryOn?.name).toBe('保定糖酒公司');
    expect(ok<PrimaryDealership>(await primary('2026-11-20')).primaryOn?.name).toBe('清苑副食');
    const dealer = ok<Dealer>(await t.call('GET', `/v1/alliance/dealers/${qingyuan.id}`, { key: baoding }));
    expect([dealer.status, dealer.promotedOn]).toEqual(['promoted', '2026-11-20']);
    // No longer a secondary member: its sales are no longer recorded.
    const sales = await t.call('POST', `/v1/alliance/dealers/${qingyuan.id}/sales`, {
      key: baoding,
      body: { month: '2026-11', sales: 500 },
    });
    expect(refused(sales)).toEqual([409, 'alliance/not-a-member']);
    const standing = ok<AllianceStanding>(await t.call('GET', '/v1/alliance/standing?month=2026-11', { key: baoding }));
    expect(standing.dealers.find((d) => d.dealerId === qingyuan.id)?.status).toBe('promoted');
  });

  it('refuses the developed dealer again, and then replaces it by another dealer for a stated reason', async () => {
    const again = await replace({
      on: '2026-12-01',
      reason: 'short-of-funds',
      successor: { kind: 'dealer', name: '清苑副食' },
    });
    expect(refused(again)).toEqual([409, 'alliance/same-primary-dealer']);
    const after = ok<PrimaryDealership>(
      await replace({
        on: '2026-12-01',
        reason: 'other',
        note: '不執行統一供貨價格',
        successor: { kind: 'dealer', name: '滄州糖酒' },
      }),
    );
    expect(after.history.map((h) => h.name)).toEqual(['保定糖酒公司', '清苑副食', '滄州糖酒']);
    expect(after.history[1]?.ended).toEqual({ on: '2026-12-01', reason: 'other', note: '不執行統一供貨價格' });
    expect(after.primaryOn?.name).toBe('滄州糖酒');
  });

  it('keeps another centre’s primary dealer as it was', async () => {
    expect(ok<PrimaryDealership>(await primary('', changshu, 'ctr_changshu')).history).toHaveLength(1);
  });
});
