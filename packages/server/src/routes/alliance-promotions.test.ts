import type { Promotion, PromotionEnrolment } from '@clubkit/core/alliance';
import type { Page } from '@clubkit/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  issuePaths,
  ok,
  openAllianceCentres,
  openAllianceDealers,
  qualifyingDealer,
  refused,
  startTestServer,
  type TestServer,
} from '../test-support.js';

let t: TestServer;
/** Keys: the Baoding centre's staff, its salesperson Li, the Changshu centre's staff and the club's admin. */
let centre: string;
let li: string;
let changshu: string;
let admin: string;
/** The club's day: every request is answered as on it. */
let day = '2026-11-20';
/** Dealer ids by name. */
let dealers: Record<string, string>;
let winter: Promotion;

const post = (path: string, body: unknown, key = centre) => t.call('POST', path, { key, body });
const get = (path: string, key = centre) => t.call('GET', path, { key });
const enrol = (dealer: string, key = centre, promotion = winter.id) =>
  post(`/v1/alliance/promotions/${promotion}/enrolments`, { dealerId: dealers[dealer] ?? dealer }, key);
const pay = (enrolment: PromotionEnrolment, key = centre) =>
  post(`/v1/alliance/promotions/${enrolment.promotionId}/enrolments/${enrolment.id}/reward`, undefined, key);
const enrolments = async (key = centre) =>
  ok<Page<PromotionEnrolment>>(await get(`/v1/alliance/promotions/${winter.id}/enrolments`, key)).data;

/** Revokes a dealer today for buying from another primary dealer. */
async function revoke(dealer: string): Promise<void> {
  const id = dealers[dealer] ?? '';
  ok(
    await post(`/v1/alliance/dealers/${id}/violations`, { kind: 'off-channel-purchase', on: day, note: '向他人進貨' }),
  );
  ok(await post(`/v1/alliance/dealers/${id}/review`, undefined));
}

beforeAll(async () => {
  let tick = 0;
  t = await startTestServer({ clock: () => new Date(Date.parse(`${day}T04:00:00Z`) + tick++) });
  admin = t.keys.admin.secret;
  const staff = await openAllianceCentres(t, { startedOn: '2026-06-01' });
  ({ centre, li, changshu } = staff);
  ({ dealers } = await openAllianceDealers(t, staff));
  const taicang = ok<{ id: string }>(
    await post(
      '/v1/alliance/counties',
      { centreId: 'ctr_changshu', name: '太倉', population: 300_000, monthlyPerThousand: 4 },
      changshu,
    ),
    201,
  ).id;
  dealers['太倉商行'] = ok<{ id: string }>(
    await post(
      '/v1/alliance/dealers',
      { countyId: taicang, name: '太倉商行', appliedOn: '2026-01-05', qualification: qualifyingDealer },
      changshu,
    ),
    201,
  ).id;
  await revoke('滿城超市');
});
afterAll(() => t.close());

describe('setting up a promotion', () => {
  it('lets the centre’s staff set one up, which its salespeople read and another centre does not see', async () => {
    winter = ok<Promotion>(
      await post('/v1/alliance/promotions', {
        centreId: 'ctr_baoding',
        title: '冬季有獎訂貨',
        from: '2026-12-01',
        to: '2026-12-31',
        rewardFen: 50_000,
        description: '每訂100箱贈10箱',
      }),
      201,
    );
    expect(winter).toMatchObject({ centreId: 'ctr_baoding', rewardFen: 50_000, description: '每訂100箱贈10箱' });
    expect(ok<Promotion>(await get(`/v1/alliance/promotions/${winter.id}`, li))).toEqual(winter);
    expect(ok<Page<Promotion>>(await get('/v1/alliance/promotions', li)).data).toEqual([winter]);
    expect(refused(await get(`/v1/alliance/promotions/${winter.id}`, changshu))).toEqual([404, 'not-found']);
    expect(ok<Page<Promotion>>(await get('/v1/alliance/promotions', changshu)).data).toEqual([]);
    expect(ok<Page<Promotion>>(await get('/v1/alliance/promotions', admin)).data).toEqual([winter]);
  });

  it('refuses a salesperson, another centre’s staff, a backwards period and a reward of nothing', async () => {
    const body = {
      centreId: 'ctr_baoding',
      title: '春節促銷',
      from: '2027-01-20',
      to: '2027-02-10',
      rewardFen: 20_000,
    };
    expect(refused(await post('/v1/alliance/promotions', body, li))).toEqual([403, 'access/forbidden']);
    expect(refused(await post('/v1/alliance/promotions', body, changshu))).toEqual([403, 'access/forbidden']);
    const backwards = await post('/v1/alliance/promotions', { ...body, to: '2027-01-19' });
    expect([backwards.status, issuePaths(backwards)]).toEqual([400, [['to']]]);
    const nothing = await post('/v1/alliance/promotions', { ...body, rewardFen: 0 });
    expect([nothing.status, issuePaths(nothing)]).toEqual([400, [['description']]]);
  });
});

describe('enrolling dealers', () => {
  it('takes no enrolment before the first day, and one on the first day', async () => {
    day = '2026-11-30';
    expect(refused(await enrol('清苑副食', li))).toEqual([409, 'alliance/outside-promotion-period']);
    day = '2026-12-01';
    const first = ok<PromotionEnrolment>(await enrol('清苑副食', li), 201);
    expect(first).toMatchObject({ dealerId: dealers['清苑副食'], enrolledOn: '2026-12-01', reward: null });
    expect(first.salespersonId).not.toBeNull();
  });

  it('refuses a second enrolment of the same dealer, whoever asks', async () => {
    expect(refused(await enrol('清苑副食', li))).toEqual([409, 'alliance/already-enrolled']);
    expect(refused(await enrol('清苑副食'))).toEqual([409, 'alliance/already-enrolled']);
  });

  it('refuses a revoked dealer and one that never qualified', async () => {
    expect(refused(await enrol('滿城超市'))).toEqual([409, 'alliance/not-a-member']);
    expect(refused(await enrol('滿城小賣部'))).toEqual([409, 'alliance/not-a-member']);
  });

  it('refuses another centre’s dealer, and another centre’s staff on this promotion', async () => {
    expect(refused(await enrol('太倉商行'))).toEqual([404, 'not-found']);
    expect(refused(await enrol('太倉商行', admin))).toEqual([409, 'alliance/not-a-member']);
    expect(refused(await enrol('太倉商行', changshu))).toEqual([404, 'not-found']);
  });

  it('keeps a salesperson to their own counties’ dealers', async () => {
    expect(refused(await enrol('滿城商行', li))).toEqual([404, 'not-found']);
    ok(await enrol('滿城商行'), 201);
  });

  it('takes an enrolment on the last day and none after it', async () => {
    day = '2027-01-01';
    expect(refused(await enrol('清苑糧油', li))).toEqual([409, 'alliance/outside-promotion-period']);
    day = '2026-12-31';
    ok(await enrol('清苑糧油', li), 201);
  });

  it('lists every enrolment for the centre and a salesperson’s own dealers for them', async () => {
    const names = (list: PromotionEnrolment[]) =>
      list.map((e) => Object.keys(dealers).find((n) => dealers[n] === e.dealerId));
    expect(names(await enrolments())).toEqual(['清苑副食', '滿城商行', '清苑糧油']);
    expect(names(await enrolments(li))).toEqual(['清苑副食', '清苑糧油']);
    expect(refused(await get(`/v1/alliance/promotions/${winter.id}/enrolments`, changshu))).toEqual([404, 'not-found']);
  });
});

describe('paying the rewards', () => {
  it('pays a member its reward once, on the pay day, by the centre’s staff only', async () => {
    day = '2027-01-05';
    const [first] = await enrolments();
    if (!first) throw new Error('no enrolment');
    expect(refused(await pay(first, li))).toEqual([404, 'not-found']);
    expect(refused(await pay(first, changshu))).toEqual([404, 'not-found']);
    const paid = ok<PromotionEnrolment>(await pay(first));
    expect(paid.reward).toMatchObject({ paidOn: '2027-01-05', amountFen: 50_000 });
    expect(refused(await pay(first))).toEqual([409, 'alliance/reward-already-paid']);
    expect((await enrolments())[0]?.reward?.amountFen).toBe(50_000);
  });

  it('pays none to a dealer revoked after it enrolled, and leaves its reward unpaid', async () => {
    await revoke('滿城商行');
    const enrolment = (await enrolments()).find((e) => e.dealerId === dealers['滿城商行']);
    if (!enrolment) throw new Error('no enrolment');
    expect(refused(await pay(enrolment))).toEqual([409, 'alliance/not-a-member']);
    expect((await enrolments()).find((e) => e.id === enrolment.id)?.reward).toBeNull();
  });

  it('answers 404 for an enrolment paid under another promotion’s path', async () => {
    const other = ok<Promotion>(
      await post('/v1/alliance/promotions', {
        centreId: 'ctr_baoding',
        title: '春節促銷',
        from: '2027-01-01',
        to: '2027-01-31',
        rewardFen: 20_000,
      }),
      201,
    );
    const [enrolment] = await enrolments(li);
    if (!enrolment) throw new Error('no enrolment');
    expect(refused(await pay({ ...enrolment, promotionId: other.id }))).toEqual([404, 'not-found']);
  });
});
