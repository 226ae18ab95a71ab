import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem, startTestServer, type TestServer } from '../test-support.js';
import type { Caller, ClubEnv } from './env.js';
import { HttpProblem } from './problem.js';
import { clientAddress, RateLimiter, rateLimitId, rateLimitMiddleware } from './rate-limit.js';

const secret: Caller = { kind: 'secret', principal: { role: 'admin' }, id: 'key_admin', allowedOrigins: [] };
const publishable: Caller = { kind: 'publishable', principal: { role: 'public' }, id: 'key_pub', allowedOrigins: [] };
const session: Caller = {
  kind: 'session',
  principal: { role: 'member', memberId: 'mbr_1' },
  id: 'session:mbr_1',
  allowedOrigins: [],
};

function app(limiter: RateLimiter, caller: Caller | null, at: () => Date, address = () => '10.0.0.1') {
  const hono = new Hono<ClubEnv>();
  hono.use('*', async (c, next) => {
    c.set('caller', caller);
    c.set('now', at());
    await next();
  });
  hono.use('*', rateLimitMiddleware(limiter, address));
  hono.get('/', (c) => c.text('ok'));
  hono.onError((error, c) => {
    if (!(error instanceof HttpProblem)) throw error;
    return c.json({ code: error.code }, error.status as 429, error.extra.headers);
  });
  return hono;
}

describe('rateLimitId', () => {
  it('counts secret keys and member sessions as one caller each, wherever they connect from', () => {
    expect(rateLimitId(secret, '10.0.0.1')).toBe('key_admin');
    expect(rateLimitId(session, '10.0.0.2')).toBe('session:mbr_1');
  });

  it('counts publishable keys and anonymous calls per connecting address', () => {
    expect(rateLimitId(publishable, '10.0.0.1')).toBe('key_pub@10.0.0.1');
    expect(rateLimitId(null, '10.0.0.1')).toBe('anonymous@10.0.0.1');
  });
});

describe('clientAddress', () => {
  it('answers local when the app runs without a Node socket (called through fetch)', async () => {
    const hono = new Hono();
    hono.get('/', (c) => c.text(clientAddress(c)));
    expect(await (await hono.request('/')).text()).toBe('local');
  });
});

describe('rateLimitMiddleware', () => {
  it('lets a caller spend its burst, then answers 429 with Retry-After and the limit', async () => {
    const now = new Date('2026-11-27T00:00:00Z');
    const hono = app(new RateLimiter({ perSecond: 1, burst: 2 }), secret, () => now);
    expect((await hono.request('/')).status).toBe(200);
    expect((await hono.request('/')).status).toBe(200);
    const limited = await hono.request('/');
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ code: 'rate-limited' });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('ratelimit-limit')).toBe('2');
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('refills the bucket with the request clock', async () => {
    let now = new Date('2026-11-27T00:00:00Z');
    const hono = app(new RateLimiter({ perSecond: 1, burst: 1 }), secret, () => now);
    expect((await hono.request('/')).status).toBe(200);
    expect((await hono.request('/')).status).toBe(429);
    now = new Date('2026-11-27T00:00:01Z');
    expect((await hono.request('/')).status).toBe(200);
  });

  it('gives visitors of a partner site behind different addresses their own buckets', async () => {
    const limiter = new RateLimiter({ perSecond: 1, burst: 1 });
    const now = () => new Date('2026-11-27T00:00:00Z');
    expect((await app(limiter, publishable, now, () => '10.0.0.1').request('/')).status).toBe(200);
    expect((await app(limiter, publishable, now, () => '10.0.0.2').request('/')).status).toBe(200);
    expect((await app(limiter, publishable, now, () => '10.0.0.1').request('/')).status).toBe(429);
  });
});

describe('the rate limit on the real server', () => {
  let s: TestServer;
  const now = new Date('2026-11-27T00:00:00Z');
  beforeAll(async () => {
    s = await startTestServer({ clock: () => now, rateLimit: { perSecond: 1, burst: 10 } });
  });
  afterAll(() => s.close());

  it('counts failed authentication against the address: guessed keys end in 429, not in endless 401s', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await s.call('GET', '/v1/members', { key: `sk_${String(i).padStart(43, 'a')}` })).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(20).fill(429));
    const missing = await s.call('GET', '/v1/members');
    expect([missing.status, problem(missing).code]).toEqual([429, 'rate-limited']);
    expect(Number(missing.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // A valid key has a bucket of its own: the flood of bad ones does not lock it out.
    expect((await s.call('GET', '/v1/members', { key: s.keys.admin.secret })).status).toBe(200);
  });

  it('counts unknown routes against the address', async () => {
    const other = await startTestServer({ clock: () => now, rateLimit: { perSecond: 1, burst: 5 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await other.call('GET', `/v1/probe-${i}`)).status);
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429]);
    } finally {
      await other.close();
    }
  });
});
