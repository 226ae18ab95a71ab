import type { Health } from '@clubkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem, startTestServer, TEST_ORIGIN, type OpenApiDocument, type TestServer } from '../test-support.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('GET /v1/health', () => {
  it('answers 200 without a key, and names neither the engine nor the migration', async () => {
    const res = await t.call('GET', '/v1/health');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body as Health).sort()).toEqual(['status', 'time']);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
  });

  it('answers 200 to a publishable key as to a secret key, and states the engine and migration only to the secret key', async () => {
    const pub = await t.call('GET', '/v1/health', { key: t.keys.publishable.secret });
    expect([pub.status, Object.keys(pub.body as Health).sort()]).toEqual([200, ['status', 'time']]);
    const secret = await t.call('GET', '/v1/health', { key: t.keys.north.secret });
    expect(secret.status).toBe(200);
    expect(secret.body).toMatchObject({ status: 'ok', migration: t.server.migration });
    expect(['sqlite', 'postgres']).toContain((secret.body as Health).database);
  });
});

describe('errors as problem documents', () => {
  it('answers an unknown route with a 404 problem carrying the request id', async () => {
    const res = await t.call('GET', '/v1/nowhere', { headers: { 'X-Request-Id': 'trace-12345678' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      status: 404,
      code: 'not-found',
      requestId: 'trace-12345678',
      instance: '/v1/nowhere',
    });
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
  });

  it('localises the title from Accept-Language', async () => {
    const hant = await t.call('GET', '/v1/nowhere', { headers: { 'Accept-Language': 'zh-TW,zh;q=0.9' } });
    const hans = await t.call('GET', '/v1/nowhere', { headers: { 'Accept-Language': 'zh-CN' } });
    const en = await t.call('GET', '/v1/nowhere', { headers: { 'Accept-Language': 'fr, en;q=0.5' } });
    expect(problem(hant).title).toBe('找不到所要求的資料。');
    expect(problem(hans).title).toBe('找不到所请求的数据。');
    expect(problem(en).title).toBe('Nothing was found here.');
  });

  it('replaces a request id that is not a safe token', async () => {
    const res = await t.call('GET', '/v1/nowhere', { headers: { 'X-Request-Id': 'bad id <script>' } });
    expect(problem(res).requestId).toMatch(/^req_[0-9a-f]{32}$/);
  });
});

describe('CORS', () => {
  it('answers a preflight from an origin some key allows', async () => {
    const res = await fetch(`${t.url}/v1/merchants`, {
      method: 'OPTIONS',
      headers: { Origin: TEST_ORIGIN, 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(TEST_ORIGIN);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/);
  });

  it('gives an unknown origin no CORS headers', async () => {
    const res = await fetch(`${t.url}/v1/merchants`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document that lists every route', async () => {
    const res = await t.call('GET', '/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as OpenApiDocument;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/v1/health']?.get?.operationId).toBe('getHealth');
  });
});
