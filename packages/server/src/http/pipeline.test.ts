import type { MemberSession } from '@clubkit/core';
import type { Member } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../store/records.js';
import { problem, startTestServer, TEST_ORIGIN, type TestServer } from '../test-support.js';

let t: TestServer;
const member: Member = { id: 'mbr_idem1', name: '王小明', phone: '13800138000', branchId: 'br_north' };
const other: Member = { id: 'mbr_idem2', name: '李強', phone: '13900139000', branchId: 'br_north' };

beforeAll(async () => {
  t = await startTestServer();
  await insertRecords(t.server.db, 'member', [member, other]);
});
afterAll(() => t.close());

const mint = (key: string, memberId = member.id, headers: Record<string, string> = {}) =>
  t.call('POST', '/v1/member-sessions', {
    key: t.keys.admin.secret,
    body: { memberId },
    headers: { 'Idempotency-Key': key, ...headers },
  });

async function sessionRows() {
  const row = await t.server.db
    .selectFrom('member_sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

describe('Idempotency-Key', () => {
  it('replays the first response byte for byte and does not execute twice', async () => {
    const before = await sessionRows();
    const first = await mint('idem-replay-000001');
    const second = await mint('idem-replay-000001');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await sessionRows()).toBe(before + 1);
  });

  it('answers 409 idempotency/key-reused when the key comes back with another body', async () => {
    await mint('idem-reuse-0000001');
    const res = await mint('idem-reuse-0000001', other.id);
    expect([res.status, problem(res).code]).toEqual([409, 'idempotency/key-reused']);
  });

  it('scopes keys to the caller: another key may use the same Idempotency-Key', async () => {
    const a = await mint('idem-scope-0000001');
    const b = await t.call('POST', '/v1/member-sessions', {
      key: t.keys.north.secret,
      body: { memberId: member.id },
      headers: { 'Idempotency-Key': 'idem-scope-0000001' },
    });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect((b.body as MemberSession).token).not.toBe((a.body as MemberSession).token);
  });

  it('never executes two concurrent requests with one key', async () => {
    const before = await sessionRows();
    const results = await Promise.all(Array.from({ length: 8 }, () => mint('idem-concurrent-1')));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((r) => r.text)).size).toBe(1);
    expect(await sessionRows()).toBe(before + 1);
  });

  it('does not store failures, so a corrected request with the same key executes', async () => {
    const bad = await mint('idem-fail-00000001', 'mbr_missing');
    expect(bad.status).toBe(404);
    const good = await mint('idem-fail-00000001');
    expect(good.status).toBe(201);
  });

  it('refuses a malformed key', async () => {
    const res = await mint('has spaces in it');
    expect([res.status, problem(res).code]).toEqual([400, 'idempotency/invalid-key']);
    expect((await mint('fifteen-chars-x')).status).toBe(400);
    expect((await mint('x'.repeat(256))).status).toBe(400);
  });

  it('expires stored responses after 24 hours', async () => {
    let now = new Date('2026-11-27T00:00:00Z');
    const s = await startTestServer({ clock: () => now });
    try {
      await insertRecords(s.server.db, 'member', [member]);
      const call = () =>
        s.call('POST', '/v1/member-sessions', {
          key: s.keys.admin.secret,
          body: { memberId: member.id },
          headers: { 'Idempotency-Key': 'idem-ttl-000000001' },
        });
      const first = await call();
      now = new Date('2026-11-27T23:59:59Z');
      expect((await call()).text).toBe(first.text);
      now = new Date('2026-11-28T00:00:01Z');
      expect((await call()).text).not.toBe(first.text);
    } finally {
      await s.close();
    }
  });
});

describe('authentication', () => {
  it('refuses a malformed Authorization header and unknown keys with 401', async () => {
    const malformed = await t.call('GET', '/v1/me', { headers: { Authorization: 'Basic abc' } });
    expect([malformed.status, problem(malformed).code]).toEqual([401, 'auth/invalid-key']);
    const unknown = await t.call('GET', '/v1/me', { key: `sk_${'a'.repeat(43)}` });
    expect([unknown.status, problem(unknown).code]).toEqual([401, 'auth/invalid-key']);
  });

  it('refuses a secret key sent from a browser origin', async () => {
    const res = await t.call('POST', '/v1/member-sessions', {
      key: t.keys.admin.secret,
      body: { memberId: member.id },
      headers: { Origin: TEST_ORIGIN },
    });
    expect([res.status, problem(res).code]).toEqual([403, 'auth/secret-key-in-browser']);
  });

  it('refuses a key from the moment it is revoked', async () => {
    const key = await t.server.createKey({ kind: 'secret', principal: { role: 'branch', branchId: 'br_north' } });
    expect((await t.call('GET', '/v1/members', { key: key.secret })).status).toBe(200);
    expect(await t.server.revokeKey(key.id)).toBe(true);
    const res = await t.call('GET', '/v1/members', { key: key.secret });
    expect([res.status, problem(res).code]).toEqual([401, 'auth/invalid-key']);
    expect(await t.server.revokeKey(key.id)).toBe(false);
  });

  it('stores keys only as hashes', async () => {
    const rows = await t.server.db.selectFrom('api_keys').select(['hash']).execute();
    const secrets = Object.values(t.keys).map((k) => k.secret);
    for (const row of rows) expect(secrets).not.toContain(row.hash);
    expect(rows.length).toBeGreaterThanOrEqual(secrets.length);
  });
});

describe('request bodies', () => {
  it('answers malformed JSON with 400 invalid-json', async () => {
    const res = await t.call('POST', '/v1/member-sessions', { key: t.keys.admin.secret, rawBody: '{"memberId":' });
    expect([res.status, problem(res).code]).toEqual([400, 'invalid-json']);
  });

  it('answers a non-JSON content type with 415', async () => {
    const res = await t.call('POST', '/v1/member-sessions', {
      key: t.keys.admin.secret,
      rawBody: 'memberId=x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect([res.status, problem(res).code]).toEqual([415, 'unsupported-media-type']);
  });

  it('does not echo the Content-Type, the body or the parser’s view of it in the error', async () => {
    const marker = 'probe-7f3a';
    const media = await t.call('POST', '/v1/member-sessions', {
      key: t.keys.admin.secret,
      rawBody: 'memberId=x',
      headers: { 'Content-Type': `text/${marker}` },
    });
    expect(media.status).toBe(415);
    expect(media.text).not.toContain(marker);
    const json = await t.call('POST', '/v1/member-sessions', {
      key: t.keys.admin.secret,
      rawBody: `{"memberId": ${marker}`,
    });
    expect([json.status, problem(json).code]).toEqual([400, 'invalid-json']);
    expect(json.text).not.toContain(marker);
    expect(problem(json).detail).toBe('The request body is not valid JSON.');
    const origin = await t.call('GET', '/v1/merchants', {
      key: t.keys.publishable.secret,
      headers: { Origin: `https://${marker}.example` },
    });
    expect(origin.status).toBe(403);
    expect(origin.text).not.toContain(marker);
  });

  it('answers a body over 64 KiB with 413 before parsing it', async () => {
    const res = await t.call('POST', '/v1/member-sessions', {
      key: t.keys.admin.secret,
      rawBody: JSON.stringify({ memberId: member.id, pad: 'x'.repeat(70_000) }),
    });
    expect([res.status, problem(res).code]).toEqual([413, 'payload-too-large']);
  });

  it('drops unknown fields instead of storing them', async () => {
    const res = await t.call('POST', '/v1/member-sessions', {
      key: t.keys.admin.secret,
      body: { memberId: member.id, role: 'admin' },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body as MemberSession).sort()).toEqual(['expiresAt', 'memberId', 'token']);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a key spends its burst, and lets it go again later', async () => {
    let now = new Date('2026-11-27T00:00:00Z');
    const s = await startTestServer({ clock: () => now, rateLimit: { perSecond: 1, burst: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await s.call('GET', '/v1/me', { key: s.keys.admin.secret })).status);
      expect(statuses.slice(0, 3)).toEqual([403, 403, 403]);
      const limited = await s.call('GET', '/v1/me', { key: s.keys.admin.secret });
      expect([limited.status, problem(limited).code]).toEqual([429, 'rate-limited']);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      const otherKey = await s.call('GET', '/v1/me', { key: s.keys.north.secret });
      expect(otherKey.status).toBe(403);
      now = new Date('2026-11-27T00:00:05Z');
      expect((await s.call('GET', '/v1/me', { key: s.keys.admin.secret })).status).toBe(403);
    } finally {
      await s.close();
    }
  });
});
