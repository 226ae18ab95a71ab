import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComplaintReceipt } from '@clubkit/core/api';
import type { MerchantHit } from '@clubkit/core/merchants';
import type { MerchantStats } from '@clubkit/core/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClubServer, type ClubServer, type ClubServerOptions } from './app.js';
import type { CreatedKey } from './services/keys.js';
import { insertRecords } from './store/records.js';
import { testBranches, testDatabase } from './test-support.js';

/**
 * Two API processes over one database, as a load balancer spreads a club's traffic: two app
 * instances, each with its own in-process state (key cache, merchant directory, rate buckets),
 * listening on their own ports over one SQLite file, or one PostgreSQL schema when
 * `DATABASE_URL` names PostgreSQL (the suite's PostgreSQL pass).
 */
interface Cluster {
  a: Process;
  b: Process;
  admin: CreatedKey;
  close(): Promise<void>;
}

interface Process {
  server: ClubServer;
  url: string;
  call(
    method: string,
    path: string,
    init?: { key?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    headers: Headers;
    body: unknown;
  }>;
}

async function sharedDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const database = await testDatabase();
  if (database.url !== ':memory:') return database;
  // Two processes cannot share an in-memory SQLite database; they share a file, as in production.
  const dir = mkdtempSync(join(tmpdir(), 'clubkit-multi-'));
  return {
    url: join(dir, 'club.db'),
    drop: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function startCluster(options: Omit<ClubServerOptions, 'db' | 'keys'> = {}): Promise<Cluster> {
  const database = await sharedDatabase();
  const started: { server: ClubServer; close(): Promise<void> }[] = [];
  const start = async (): Promise<Process> => {
    const server = await createClubServer({ rateLimit: false, logError: () => {}, ...options, db: database.url });
    const listening = await server.listen();
    started.push({ server, close: () => listening.close() });
    return {
      server,
      url: listening.url,
      async call(method, path, { key, body, headers = {} } = {}) {
        const response = await fetch(listening.url + path, {
          method,
          headers: {
            ...(key ? { Authorization: `Bearer ${key}` } : {}),
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        return {
          status: response.status,
          headers: response.headers,
          body: text ? (JSON.parse(text) as unknown) : undefined,
        };
      },
    };
  };
  const a = await start();
  const b = await start();
  await insertRecords(a.server.db, 'branch', testBranches);
  const admin = await a.server.createKey({ kind: 'secret', principal: { role: 'admin' } });
  return {
    a,
    b,
    admin,
    async close() {
      for (const p of started) {
        await p.close();
        await p.server.close();
      }
      await database.drop();
    },
  };
}

const complaint = {
  name: '李先生',
  phone: '13900001111',
  subject: { plate: '雲K12345' },
  content: '道路救援等了兩個多小時才到。',
  channel: 'hotline',
  category: 'service-quality',
  severity: 'normal',
};

describe('two API processes over one database', () => {
  let c: Cluster;
  beforeAll(async () => {
    c = await startCluster();
  });
  afterAll(async () => {
    await c.close();
  });

  it('replays on the other process a retry of a request the first one answered, filing it once', async () => {
    const headers = { 'Idempotency-Key': 'multi-process-retry-0001' };
    const first = await c.a.call('POST', '/v1/complaints', { key: c.admin.secret, body: complaint, headers });
    expect(first.status).toBe(201);
    const retry = await c.b.call('POST', '/v1/complaints', { key: c.admin.secret, body: complaint, headers });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const { reference } = first.body as ComplaintReceipt;
    const rows = await c.b.server.db.selectFrom('complaints').select('id').where('reference', '=', reference).execute();
    expect(rows).toHaveLength(1);
  });

  it('files a request sent to both processes at once exactly once, and both answer with that complaint', async () => {
    const headers = { 'Idempotency-Key': 'multi-process-race-00001' };
    const body = { ...complaint, content: '同時送到兩個進程的投訴。' };
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 === 0 ? c.a : c.b).call('POST', '/v1/complaints', { key: c.admin.secret, body, headers }),
      ),
    );
    expect(answers.map((r) => r.status)).toEqual(Array(6).fill(201));
    const references = new Set(answers.map((r) => (r.body as ComplaintReceipt).reference));
    expect(references.size).toBe(1);
    const rows = await c.a.server.db
      .selectFrom('complaints')
      .select('id')
      .where('reference', 'in', [...references])
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('answers 409 on the other process when a key comes back with another body', async () => {
    const headers = { 'Idempotency-Key': 'multi-process-reuse-0001' };
    expect((await c.a.call('POST', '/v1/complaints', { key: c.admin.secret, body: complaint, headers })).status).toBe(
      201,
    );
    const reused = await c.b.call('POST', '/v1/complaints', {
      key: c.admin.secret,
      body: { ...complaint, content: '另一件事。' },
      headers,
    });
    expect(reused.status).toBe(409);
    expect((reused.body as { code: string }).code).toBe('idempotency/key-reused');
  });

  it('refuses on one process a member session the other process revoked', async () => {
    const member = { id: 'mbr_multi01', name: '王小明', phone: '13600003333', branchId: 'br_north' };
    await insertRecords(c.a.server.db, 'member', [member]);
    const partner = await c.a.server.createKey({ kind: 'secret', principal: { role: 'admin' } });
    const minted = await c.a.call('POST', '/v1/member-sessions', {
      key: partner.secret,
      body: { memberId: member.id },
      headers: { 'Idempotency-Key': 'multi-process-session-01' },
    });
    expect(minted.status).toBe(201);
    const { token } = minted.body as { token: string };
    expect((await c.b.call('GET', '/v1/me', { key: token })).status).toBe(200);
    const ended = await c.a.call('DELETE', `/v1/members/${member.id}/sessions`, { key: partner.secret });
    expect(ended.status).toBeLessThan(300);
    const refused = await c.b.call('GET', '/v1/me', { key: token });
    expect(refused.status).toBe(401);
    expect((refused.body as { code: string }).code).toBe('auth/session-expired');
  });

  it('finds on one process, at once, a merchant written on the other', async () => {
    const search = `/v1/merchants?text=${encodeURIComponent('多進程洗車行')}`;
    // Process B has loaded its directory before the write.
    const before = await c.b.call('GET', search, { key: c.admin.secret });
    expect(before.status).toBe(200);
    expect((before.body as { data: MerchantHit[] }).data).toEqual([]);
    const created = await c.a.call('POST', '/v1/merchants', {
      key: c.admin.secret,
      body: {
        name: '多進程洗車行',
        category: 'car-wash',
        region: 'jinghong',
        address: '景洪市嘎蘭中路9號',
        location: { lat: 22.0, lng: 100.79 },
        phone: '0691-2130000',
      },
      headers: { 'Idempotency-Key': 'multi-process-merchant-1' },
    });
    expect(created.status).toBe(201);
    const after = await c.b.call('GET', search, { key: c.admin.secret });
    expect((after.body as { data: MerchantHit[] }).data.map((h) => h.merchant.name)).toEqual(['多進程洗車行']);
    const renamed = await c.a.call('PATCH', `/v1/merchants/${(created.body as { id: string }).id}`, {
      key: c.admin.secret,
      body: { name: '多進程汽車美容' },
    });
    expect(renamed.status).toBe(200);
    const gone = await c.b.call('GET', search, { key: c.admin.secret });
    expect((gone.body as { data: MerchantHit[] }).data).toEqual([]);
  });

  it('counts in the merchant report on one process, at once, a merchant written on the other', async () => {
    const report = async () => {
      const res = await c.b.call('GET', '/v1/stats/merchants?asOf=2026-12-01', { key: c.admin.secret });
      expect(res.status).toBe(200);
      return res.body as MerchantStats;
    };
    // Process B has answered the report (and kept it) before the write.
    const before = await report();
    const created = await c.a.call('POST', '/v1/merchants', {
      key: c.admin.secret,
      body: {
        name: '多進程鮮花店',
        category: 'flowers',
        region: 'mengla',
        address: '勐臘縣勐臘大道1號',
        phone: '0691-8120000',
        offers: [{ kind: 'percent', title: '鮮花9折', percentOff: 10 }],
      },
      headers: { 'Idempotency-Key': 'multi-process-merchant-report-1' },
    });
    expect(created.status).toBe(201);
    // A write refused after it moved the counter is rolled back with it: the report stays as it was.
    const refused = await c.a.call('PATCH', `/v1/merchants/${(created.body as { id: string }).id}`, {
      key: c.admin.secret,
      body: { category: 'not-a-category' },
    });
    expect(refused.status).toBe(400);
    const after = await report();
    expect(after.total).toEqual({
      merchants: before.total.merchants + 1,
      merchantsWithActiveOffers: before.total.merchantsWithActiveOffers + 1,
      offers: before.total.offers + 1,
      activeOffers: before.total.activeOffers + 1,
    });
    // Another day's report, not asked for before: B counts its offers afresh, and the merchants
    // of each cell, which it kept with the first report, follow the write on A too.
    const otherDay = await c.b.call('GET', '/v1/stats/merchants?asOf=2026-12-02', { key: c.admin.secret });
    expect(otherDay.status).toBe(200);
    expect((otherDay.body as MerchantStats).total.merchants).toBe(before.total.merchants + 1);
    const removed = await c.a.call(
      'DELETE',
      `/v1/merchants/${(created.body as { id: string }).id}/offers/${(created.body as { offers: { id: string }[] }).offers[0]?.id ?? ''}`,
      { key: c.admin.secret },
    );
    expect(removed.status).toBe(204);
    expect((await report()).total).toEqual({
      ...after.total,
      merchantsWithActiveOffers: before.total.merchantsWithActiveOffers,
      offers: before.total.offers,
      activeOffers: before.total.activeOffers,
    });
  });
});

describe('the rate limit of two API processes', () => {
  let c: Cluster;
  beforeAll(async () => {
    // A clock that stands still: no token refills during the test.
    const now = new Date('2026-11-30T08:00:00Z');
    c = await startCluster({ rateLimit: { perSecond: 1, burst: 10, processes: 2 }, clock: () => now });
  });
  afterAll(async () => {
    await c.close();
  });

  it('gives each process half of the burst, so a caller spread over both gets the configured burst in all', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const p = i % 2 === 0 ? c.a : c.b;
      statuses.push((await p.call('GET', '/v1/branches', { key: c.admin.secret })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it('refuses on one process once that process has served its half, whatever the other has left', async () => {
    const key = await c.a.server.createKey({ kind: 'secret', principal: { role: 'admin' } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await c.a.call('GET', '/v1/branches', { key: key.secret })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await c.a.call('GET', '/v1/branches', { key: key.secret });
    expect(limited.headers.get('ratelimit-limit')).toBe('5');
    expect((await c.b.call('GET', '/v1/branches', { key: key.secret })).status).toBe(200);
  });

  it('refuses a number of processes that is not a whole number of at least one', async () => {
    await expect(createClubServer({ db: ':memory:', rateLimit: { processes: 0 } })).rejects.toThrow(/processes/);
    await expect(createClubServer({ db: ':memory:', rateLimit: { burst: 3, processes: 4 } })).rejects.toThrow(
      /burst >= processes/,
    );
  });
});
