import type { Page } from '@clubkit/core/api';
import type { Handbook, NewHandbook } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, TEST_ORIGIN, type TestServer } from '../test-support.js';

/** The club's calendar day the test clock is on (noon in Asia/Shanghai). */
let day = '2026-12-01';
let tick = 0;
const clock = () => new Date(Date.parse(`${day}T04:00:00Z`) + tick++);

let t: TestServer;

const draft = (over: Partial<NewHandbook> = {}): NewHandbook => ({
  title: '會員手冊',
  lang: 'zh-Hant',
  effectiveFrom: day,
  sections: [{ heading: '會員卡和會員手冊', body: '客戶俱樂部按照「一車一會員」的原則發放會員卡和會員手冊。' }],
  rights: ['享受客戶俱樂部提供的相關服務', '對客戶俱樂部所提供的服務有建議權'],
  duties: ['客戶之間相互幫助、協助的義務'],
  ...over,
});
const publish = (body: unknown, key = t.keys.admin.secret) => t.call('POST', '/v1/handbook/versions', { key, body });
/** Reads the handbook in force as a partner page does: its publishable key from an allowed origin. */
const readPublic = (headers: Record<string, string> = {}) =>
  t.call('GET', '/v1/handbook', { key: t.keys.publishable.secret, headers: { Origin: TEST_ORIGIN, ...headers } });

beforeAll(async () => {
  t = await startTestServer({ clock });
});
afterAll(() => t.close());

describe('the member handbook', () => {
  it('is not there before the club publishes one: 404 handbook/none-in-force', async () => {
    const res = await readPublic();
    expect([res.status, problem(res).code]).toEqual([404, 'handbook/none-in-force']);
  });

  it('is published by the admin and read at once with a publishable key, rights and duties in order', async () => {
    const res = await publish(draft());
    expect(res.status).toBe(201);
    const published = res.body as Handbook;
    expect(published).toMatchObject({ version: 1, effectiveFrom: '2026-12-01' });
    expect(published.id).toMatch(/^hbk_/);
    const read = await readPublic();
    expect(read.status).toBe(200);
    expect(read.body).toEqual(published);
  });

  it('is refused to every publisher but the admin, and to a publishable key, with 403', async () => {
    for (const key of [t.keys.north.secret, t.keys.desk.secret, t.keys.merchant.secret]) {
      const res = await publish(draft({ effectiveFrom: '2026-12-10' }), key);
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    const pk = await t.call('POST', '/v1/handbook/versions', {
      key: t.keys.publishable.secret,
      headers: { Origin: TEST_ORIGIN },
      body: draft({ effectiveFrom: '2026-12-10' }),
    });
    expect(pk.status).toBe(403);
  });

  it('refuses a text unfit to show with 400 at its field', async () => {
    const res = await publish(draft({ rights: [], duties: ['互助\u0007'] }));
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(expect.arrayContaining([['rights'], ['duties', 0]]));
  });

  it('refuses a version dated before today with 422 membership/handbook-backdated', async () => {
    const res = await publish(draft({ effectiveFrom: '2026-11-30' }));
    expect([res.status, problem(res).code]).toEqual([422, 'membership/handbook-backdated']);
  });

  it('keeps the current version until a newer one’s day, then serves the newer one', async () => {
    const next = await publish(draft({ title: '會員手冊（二〇二七年版）', effectiveFrom: '2027-01-01' }));
    expect(next.status).toBe(201);
    expect((next.body as Handbook).version).toBe(2);
    // Published today, in force from its day: the card still shows version 1 until then.
    expect(((await readPublic()).body as Handbook).version).toBe(1);
    // A version may not then be slipped in before the scheduled one.
    const before = await publish(draft({ effectiveFrom: '2026-12-15' }));
    expect([before.status, problem(before).code]).toEqual([422, 'membership/handbook-backdated']);
    day = '2026-12-31';
    expect(((await readPublic()).body as Handbook).version).toBe(1);
    day = '2027-01-01';
    const read = (await readPublic()).body as Handbook;
    expect([read.version, read.title]).toEqual([2, '會員手冊（二〇二七年版）']);
  });

  it('is read with a back end’s secret key as well', async () => {
    const res = await t.call('GET', '/v1/handbook', { key: t.keys.north.secret });
    expect(res.status).toBe(200);
  });

  it('lists every version, the scheduled ones too, to the admin only', async () => {
    const res = await t.call('GET', '/v1/handbook/versions', { key: t.keys.admin.secret });
    expect(res.status).toBe(200);
    expect((res.body as Page<Handbook>).data.map((h) => h.version)).toEqual([1, 2]);
    const branch = await t.call('GET', '/v1/handbook/versions', { key: t.keys.north.secret });
    expect(branch.status).toBe(403);
  });

  it('gives two publishes at once different versions, or refuses the second with 409 handbook/version-taken', async () => {
    const both = await Promise.all([
      publish(draft({ effectiveFrom: '2027-02-01' })),
      publish(draft({ effectiveFrom: '2027-02-01', title: '會員手冊（修訂）' })),
    ]);
    const published = both.filter((r) => r.status === 201).map((r) => (r.body as Handbook).version);
    const refused = both.filter((r) => r.status !== 201).map((r) => [r.status, problem(r).code]);
    expect(published.length).toBeGreaterThanOrEqual(1);
    expect(new Set(published).size).toBe(published.length);
    expect(published.sort()).toEqual([3, 4].slice(0, published.length));
    expect(refused).toEqual(refused.map(() => [409, 'handbook/version-taken']));
  });

  it('answers a read that names the ETag it holds with 304 and no body, until a newer version takes effect', async () => {
    const first = await readPublic();
    const etag = first.headers.get('ETag') ?? '';
    expect([first.status, etag]).toEqual([200, expect.stringMatching(/^"[^"]+"$/)]);
    expect(first.headers.get('Cache-Control')).toBe('no-cache');
    const again = await readPublic({ 'If-None-Match': etag });
    expect([again.status, again.text, again.headers.get('ETag')]).toEqual([304, '', etag]);
    // The partner page's browser still may read the answer: the 304 keeps its CORS headers.
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe(TEST_ORIGIN);
    const other = await readPublic({ 'If-None-Match': '"another"' });
    expect([other.status, (other.body as Handbook).version]).toEqual([200, (first.body as Handbook).version]);
    expect((await publish(draft({ title: '會員手冊（三月版）', effectiveFrom: '2027-03-01' }))).status).toBe(201);
    expect((await readPublic({ 'If-None-Match': etag })).status).toBe(304);
    day = '2027-03-01';
    const newer = await readPublic({ 'If-None-Match': etag });
    expect([newer.status, (newer.body as Handbook).title]).toEqual([200, '會員手冊（三月版）']);
    expect(newer.headers.get('ETag')).not.toBe(etag);
  });

  it('answers If-None-Match on a missing handbook and a refused caller with their problem, not 304', async () => {
    const refused = await t.call('GET', '/v1/handbook', { key: 'pk_unknown', headers: { 'If-None-Match': '*' } });
    expect(refused.status).toBe(401);
  });
});
