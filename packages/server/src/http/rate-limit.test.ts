import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
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
