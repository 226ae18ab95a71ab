import type { AllianceCalendar, SalesCentre } from '@clubkit/core/alliance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, ok, startTestServer, type TestServer } from '../test-support.js';

let t: TestServer;
let admin: string;
let baoding: string;
let changshu: string;

const calendar = (on: string, key = baoding, centre = 'ctr_baoding') =>
  t.call('GET', `/v1/alliance/centres/${centre}/calendar${on ? `?on=${on}` : ''}`, { key });

beforeAll(async () => {
  t = await startTestServer({ clock: () => new Date('2026-11-27T04:00:00Z') });
  admin = t.keys.admin.secret;
  baoding = t.keys.alliance.secret; // the staff of ctr_baoding
  changshu = (await t.server.createKey({ kind: 'secret', principal: { role: 'alliance', centreId: 'ctr_changshu' } }))
    .secret;
  const open = (body: object) => t.call('POST', '/v1/alliance/centres', { key: admin, body });
  ok(await open({ id: 'ctr_baoding', name: '保定銷售中心', foundedOn: '2026-08-01' }), 201);
  ok(await open({ id: 'ctr_changshu', name: '常熟銷售中心' }), 201);
});
afterAll(() => t.close());

describe('the alliance’s founding day', () => {
  it('is stored with the sales centre, and is the day it is opened when left out', async () => {
    const page = ok<{ data: SalesCentre[] }>(await t.call('GET', '/v1/alliance/centres', { key: admin }));
    expect(Object.fromEntries(page.data.map((c) => [c.id, c.foundedOn]))).toEqual({
      ctr_baoding: '2026-08-01',
      ctr_changshu: '2026-11-27',
    });
  });

  it('refuses a founding day that is not a calendar date', async () => {
    const res = await t.call('POST', '/v1/alliance/centres', {
      key: admin,
      body: { id: 'ctr_tianjin', name: '天津銷售中心', foundedOn: '2026-02-30' },
    });
    expect([res.status, issuePaths(res)]).toEqual([400, [['foundedOn']]]);
  });
});

describe('GET /v1/alliance/centres/{id}/calendar', () => {
  it('pays the visit fund and asks for weekly lists through the first half-year’s last day', async () => {
    const last = ok<AllianceCalendar>(await calendar('2027-01-31'));
    expect(last).toMatchObject({
      centreId: 'ctr_baoding',
      firstHalfYear: { from: '2026-08-01', lastDay: '2027-01-31' },
      inFirstHalfYear: true,
      visitFundFen: 50_000,
      visitList: { cadence: 'weekly', from: '2027-01-25', to: '2027-01-31' },
    });
    expect(last.listsDue.every((l) => l.cadence === 'weekly')).toBe(true);
  });

  it('stops the fund and asks for one monthly list from the day after', async () => {
    expect(ok<AllianceCalendar>(await calendar('2027-02-01'))).toMatchObject({
      inFirstHalfYear: false,
      visitFundFen: 0,
      visitList: { cadence: 'monthly', from: '2027-02-01', to: '2027-02-28' },
      listsDue: [{ cadence: 'monthly', from: '2027-02-01', to: '2027-02-28' }],
    });
  });

  it('answers for the club’s today when no day is given', async () => {
    expect(ok<AllianceCalendar>(await calendar(''))).toMatchObject({ on: '2026-11-27', inFirstHalfYear: true });
  });

  it('has no visit list before the founding day', async () => {
    expect(ok<AllianceCalendar>(await calendar('2026-07-31'))).toMatchObject({
      inFirstHalfYear: false,
      visitFundFen: 0,
      visitList: null,
      listsDue: [],
    });
  });

  it('refuses a day that is not a calendar date (400)', async () => {
    const res = await calendar('2027-02-29');
    expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
  });

  it('shows a centre its own calendar only: another centre’s answers 404, an unknown one 404', async () => {
    expect((await calendar('2026-11-27', changshu)).status).toBe(404);
    expect(ok<AllianceCalendar>(await calendar('2026-11-27', changshu, 'ctr_changshu')).firstHalfYear.from).toBe(
      '2026-11-27',
    );
    const unknown = await calendar('2026-11-27', admin, 'ctr_unknown');
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
  });

  it('is the club’s and the alliance staff’s only: a desk operator hears 403', async () => {
    const res = await calendar('2026-11-27', t.keys.desk.secret);
    expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
  });
});

describe('PATCH /v1/alliance/centres/{id}', () => {
  const patch = (body: unknown, key = admin, centre = 'ctr_changshu') =>
    t.call('PATCH', `/v1/alliance/centres/${centre}`, { key, body });

  it('lets the club correct the founding day, and the calendar follows it at once', async () => {
    const changed = ok<SalesCentre>(await patch({ foundedOn: '2026-03-01' }));
    expect(changed).toMatchObject({ id: 'ctr_changshu', name: '常熟銷售中心', foundedOn: '2026-03-01' });
    const today = ok<AllianceCalendar>(await calendar('2026-11-27', changshu, 'ctr_changshu'));
    expect([today.firstHalfYear.lastDay, today.inFirstHalfYear, today.visitFundFen]).toEqual(['2026-08-31', false, 0]);
  });

  it('refuses the centre’s own staff (403), a malformed day (400) and an unknown centre (404)', async () => {
    const own = await patch({ foundedOn: '2026-01-01' }, changshu);
    expect([own.status, problem(own).code]).toEqual([403, 'access/forbidden']);
    const malformed = await patch({ foundedOn: '2026-13-01' });
    expect([malformed.status, issuePaths(malformed)]).toEqual([400, [['foundedOn']]]);
    const unknown = await patch({ foundedOn: '2026-01-01' }, admin, 'ctr_unknown');
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
    const centres = ok<{ data: SalesCentre[] }>(await t.call('GET', '/v1/alliance/centres', { key: changshu }));
    expect(centres.data.map((c) => c.foundedOn)).toEqual(['2026-03-01']);
  });
});
