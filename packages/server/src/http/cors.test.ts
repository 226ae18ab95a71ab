import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { corsMiddleware } from './cors.js';
import type { ClubEnv } from './env.js';
import { requestIdMiddleware } from './request-id.js';

const KNOWN = 'https://partner.example';

function app(known: Set<string> = new Set([KNOWN])) {
  const hono = new Hono<ClubEnv>();
  hono.use('*', requestIdMiddleware());
  hono.use(
    '*',
    corsMiddleware((origin) => known.has(origin)),
  );
  hono.get('/v1/things', (c) => c.json({ ok: true }));
  hono.get('/v1/fails', (c) => c.json({ code: 'nope' }, 403));
  return hono;
}

const preflight = (origin?: string) =>
  app().request('/v1/things', {
    method: 'OPTIONS',
    headers: { 'Access-Control-Request-Method': 'GET', ...(origin ? { Origin: origin } : {}) },
  });

describe('corsMiddleware preflight', () => {
  it('answers an allowed origin with 204, the origin, methods, headers and max-age', async () => {
    const res = await preflight(KNOWN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(KNOWN);
    expect(res.headers.get('access-control-allow-methods')?.split(/,\s*/)).toEqual([
      'GET',
      'POST',
      'PATCH',
      'PUT',
      'DELETE',
    ]);
    expect(res.headers.get('access-control-allow-headers')?.split(/,\s*/)).toEqual([
      'Authorization',
      'Content-Type',
      'Idempotency-Key',
      'Accept-Language',
      'X-Request-Id',
    ]);
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('answers an origin no key allows with a bare 204 and no CORS headers', async () => {
    const res = await preflight('https://evil.example');
    expect(res.status).toBe(204);
    expect([...res.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('answers a preflight without an origin with a bare 204', async () => {
    const res = await preflight();
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('corsMiddleware on requests', () => {
  it('allows an allowed origin to read the response and its exposed headers', async () => {
    const res = await app().request('/v1/things', { headers: { Origin: KNOWN } });
    expect(res.headers.get('access-control-allow-origin')).toBe(KNOWN);
    expect(res.headers.get('access-control-expose-headers')?.split(/,\s*/)).toEqual([
      'X-Request-Id',
      'Retry-After',
      'Idempotent-Replayed',
      'RateLimit-Limit',
      'RateLimit-Remaining',
    ]);
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('keeps the CORS headers on error responses', async () => {
    const res = await app().request('/v1/fails', { headers: { Origin: KNOWN } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBe(KNOWN);
  });

  it('adds nothing for an unknown origin or a request without one', async () => {
    const cases: Record<string, string>[] = [{ Origin: 'https://evil.example' }, {}];
    for (const headers of cases) {
      const res = await app().request('/v1/things', { headers });
      expect(res.status).toBe(200);
      expect([...res.headers.keys()].filter((k) => k.startsWith('access-control-') || k === 'vary')).toEqual([]);
    }
  });

  it('asks about the origin on every request, so a newly allowed origin works at once', async () => {
    const known = new Set<string>();
    const hono = app(known);
    expect(
      (await hono.request('/v1/things', { headers: { Origin: KNOWN } })).headers.get('access-control-allow-origin'),
    ).toBeNull();
    known.add(KNOWN);
    expect(
      (await hono.request('/v1/things', { headers: { Origin: KNOWN } })).headers.get('access-control-allow-origin'),
    ).toBe(KNOWN);
  });
});
