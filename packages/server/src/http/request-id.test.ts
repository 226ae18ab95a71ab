import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { ClubEnv } from './env.js';
import { chooseRequestId, requestIdMiddleware } from './request-id.js';

function app() {
  const hono = new Hono<ClubEnv>();
  hono.use('*', requestIdMiddleware());
  hono.get('/ok', (c) => c.text(c.var.requestId));
  hono.get('/raw', (c) => c.body(null, 204));
  hono.get('/boom', () => {
    throw new Error('boom');
  });
  hono.onError((_error, c) => c.text(`failed ${c.var.requestId}`, 500));
  return hono;
}

describe('chooseRequestId', () => {
  it.each(['trace-12345678', 'a.b:c_d-e', 'x'.repeat(128)])('keeps the safe token %s', (id) => {
    expect(chooseRequestId(id)).toBe(id);
  });

  it.each([undefined, '', 'short', 'bad id <script>', 'x'.repeat(129), 'has=equals'])(
    'replaces %s with a fresh req_ id',
    (id) => {
      expect(chooseRequestId(id)).toMatch(/^req_[0-9a-f]{32}$/);
    },
  );

  it('mints a different id each time', () => {
    expect(chooseRequestId(undefined)).not.toBe(chooseRequestId(undefined));
  });
});

describe('requestIdMiddleware', () => {
  it('exposes the kept id to handlers and echoes it in X-Request-Id', async () => {
    const res = await app().request('/ok', { headers: { 'X-Request-Id': 'trace-12345678' } });
    expect(await res.text()).toBe('trace-12345678');
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
  });

  it('echoes a fresh id when the incoming one is refused', async () => {
    const res = await app().request('/ok', { headers: { 'X-Request-Id': 'bad id <script>' } });
    const id = await res.text();
    expect(id).toMatch(/^req_[0-9a-f]{32}$/);
    expect(res.headers.get('x-request-id')).toBe(id);
  });

  it('echoes the id on empty responses and on errors', async () => {
    const empty = await app().request('/raw');
    expect(empty.headers.get('x-request-id')).toMatch(/^req_/);
    const failed = await app().request('/boom', { headers: { 'X-Request-Id': 'trace-failing1' } });
    expect([failed.status, await failed.text(), failed.headers.get('x-request-id')]).toEqual([
      500,
      'failed trace-failing1',
      'trace-failing1',
    ]);
  });
});
