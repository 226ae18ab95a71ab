import { isClubError } from '@clubkit/core';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../db/connect.js';
import { KeyStore } from '../services/keys.js';
import { MerchantDirectory } from '../services/merchant-directory.js';
import { getRecord, insertRecord } from '../store/records.js';
import type { ClubEnv } from './env.js';
import { HttpProblem, statusForCode } from './problem.js';
import { defineRoute, type RouteSpec } from './route.js';
import { routeHandler, type RouteRuntime } from './transaction.js';

let opened: OpenDatabase;
let runtime: RouteRuntime;
const events: string[] = [];
const writes: Date[] = [];
const NOW = new Date('2026-11-27T17:30:00Z');

beforeAll(async () => {
  opened = await openDatabase(':memory:');
  const { db, engine, migration } = opened;
  runtime = {
    db,
    timeZone: 'Asia/Shanghai',
    services: {
      merchants: new MerchantDirectory(db),
      keys: new KeyStore(
        db,
        () => NOW,
        () => {},
      ),
      timeZone: 'Asia/Shanghai',
      cardPrefix: '62188',
      sessionTtlSeconds: 900,
      staffSessionTtlSeconds: 3600,
      engine,
      migration,
    },
    afterWrite: (now) => void writes.push(now),
  };
});
afterAll(() => opened.close());

const createBranch = defineRoute({
  method: 'post',
  path: '/branches',
  operationId: 'createBranch',
  summary: 'test',
  tag: 'test',
  credentials: [],
  body: z.object({ id: z.string(), fail: z.optional(z.boolean()) }),
  responses: {},
  async handler({ body, db, afterCommit }) {
    await insertRecord(db, 'branch', { id: body.id, name: body.id, region: 'north' });
    afterCommit(() => events.push(`created ${body.id}`));
    if (body.fail) throw new HttpProblem(409, 'test/failed', 'refused after the insert');
    return { status: 201, body: { id: body.id, at: new Date().toISOString() } };
  },
});

const readToday = defineRoute({
  method: 'get',
  path: '/today/:name',
  operationId: 'readToday',
  summary: 'test',
  tag: 'test',
  credentials: [],
  params: z.object({ name: z.string().check(z.minLength(3)) }),
  responses: {},
  handler({ params, today, afterCommit }) {
    afterCommit(() => events.push(`read ${params.name}`));
    return { status: 200, body: { name: params.name, today } };
  },
});

function app(...specs: RouteSpec[]) {
  const hono = new Hono<ClubEnv>();
  hono.use('*', async (c, next) => {
    c.set('now', NOW);
    c.set('caller', null);
    c.set('locale', 'en');
    c.set('requestId', 'req_test');
    await next();
  });
  for (const spec of specs) hono.on(spec.method.toUpperCase(), spec.path, routeHandler(spec, runtime));
  hono.onError((error, c) => {
    if (error instanceof HttpProblem) return c.json({ code: error.code }, error.status as 400);
    if (isClubError(error)) return c.json({ code: error.code }, statusForCode(error.code) as 400);
    throw error;
  });
  return hono;
}

const post = (id: string, headers: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
  app(createBranch).request('/branches', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ id, ...extra }),
  });

describe('routeHandler', () => {
  it('runs a read with parsed params and the club date, then its afterCommit callbacks', async () => {
    const res = await app(readToday).request('/today/anna');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ name: 'anna', today: '2026-11-28' });
    expect(events).toContain('read anna');
  });

  it('refuses params that fail the route schema before the handler runs', async () => {
    events.length = 0;
    const res = await app(readToday).request('/today/al');
    expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([400, 'invalid-input']);
    expect(events).toEqual([]);
  });

  it('commits a write, runs its afterCommit callbacks and reports the write', async () => {
    writes.length = 0;
    const res = await post('br_one');
    expect(res.status).toBe(201);
    expect(await getRecord(runtime.db, 'branch', 'br_one')).toMatchObject({ id: 'br_one' });
    expect(events).toContain('created br_one');
    expect(writes).toEqual([NOW]);
  });

  it('rolls a failed write back and skips its afterCommit callbacks', async () => {
    events.length = 0;
    const res = await post('br_failed', {}, { fail: true });
    expect(res.status).toBe(409);
    expect(await getRecord(runtime.db, 'branch', 'br_failed')).toBeUndefined();
    expect(events).toEqual([]);
  });

  it('replays the stored response of an Idempotency-Key without running the handler again', async () => {
    const first = await post('br_idem', { 'Idempotency-Key': 'idem-000000000001' });
    events.length = 0;
    const again = await post('br_idem', { 'Idempotency-Key': 'idem-000000000001' });
    expect(again.status).toBe(201);
    expect(await again.text()).toBe(await first.text());
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(events).toEqual([]);
  });

  it('answers 409 when a key comes back with another body, and 400 for a malformed key', async () => {
    await post('br_key_a', { 'Idempotency-Key': 'idem-000000000002' });
    expect((await post('br_key_b', { 'Idempotency-Key': 'idem-000000000002' })).status).toBe(409);
    expect((await post('br_key_c', { 'Idempotency-Key': 'has spaces' })).status).toBe(400);
  });
});
