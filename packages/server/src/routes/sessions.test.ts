import { issueCardNumber, startMembership, type Member } from '@clubkit/core/membership';
import type { MemberCardView, MemberSession } from '@clubkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../store/records.js';
import { at, issuePaths, problem, startTestServer, TEST_ORIGIN, type TestServer } from '../test-support.js';

let t: TestServer;
let now = new Date('2026-11-27T04:00:00Z');
const north: Member = { id: 'mbr_north1', name: '陳美玲', phone: '13800138000', branchId: 'br_north' };
const south: Member = { id: 'mbr_south1', name: '李強', phone: '13900139000', branchId: 'br_south' };

beforeAll(async () => {
  t = await startTestServer({ clock: () => now });
  const policy = {
    id: 'pol_n1',
    number: 'P-1',
    memberId: north.id,
    branchId: 'br_north',
    plate: '雲K8A123',
    start: '2026-01-01',
    end: '2026-11-20',
  };
  const membership = startMembership(
    {
      id: 'mem_n1',
      memberId: north.id,
      branchId: 'br_north',
      tier: 'vip',
      policy,
      card: { id: 'card_n1', number: issueCardNumber('62188', 1) },
    },
    '2026-01-01',
  );
  await insertRecords(t.server.db, 'member', [north, south]);
  await insertRecords(t.server.db, 'policy', [policy]);
  await insertRecords(t.server.db, 'membership', [membership]);
  await insertRecords(t.server.db, 'card', [membership.card]);
});
afterAll(() => t.close());

async function session(memberId: string, key = t.keys.admin.secret) {
  const res = await t.call('POST', '/v1/member-sessions', { key, body: { memberId } });
  return res;
}

/** The token of a new session for `memberId`. */
async function tokenFor(memberId: string): Promise<string> {
  return ((await session(memberId)).body as MemberSession).token;
}

describe('POST /v1/member-sessions', () => {
  it('mints a 15-minute token for a member with the admin key', async () => {
    const res = await session(north.id);
    expect(res.status).toBe(201);
    expect((res.body as MemberSession).token).toMatch(/^ms_[A-Za-z0-9_-]{40,}$/);
    expect(res.body).toMatchObject({ memberId: north.id, expiresAt: '2026-11-27T04:15:00.000Z' });
  });

  it('lets a branch operator sign in only its own members, hiding the others', async () => {
    expect((await session(north.id, t.keys.north.secret)).status).toBe(201);
    const other = await session(south.id, t.keys.north.secret);
    expect(other.status).toBe(404);
    expect(problem(other).code).toBe('not-found');
  });

  it('refuses merchant operators, publishable keys and missing keys', async () => {
    expect(problem(await session(north.id, t.keys.merchant.secret)).code).toBe('access/forbidden');
    const pk = await session(north.id, t.keys.publishable.secret);
    expect([pk.status, problem(pk).code]).toEqual([403, 'access/forbidden']);
    const none = await t.call('POST', '/v1/member-sessions', { body: { memberId: north.id } });
    expect([none.status, problem(none).code]).toEqual([401, 'auth/missing-key']);
  });

  it('answers 404 for an unknown member and 400 for a malformed id', async () => {
    expect((await session('mbr_nobody')).status).toBe(404);
    const bad = await session('someone');
    expect(bad.status).toBe(400);
    expect(at(issuePaths(bad), 0)).toEqual(['memberId']);
  });
});

describe('the signed-in member', () => {
  it('reads itself and its card with the session token', async () => {
    const token = await tokenFor(north.id);
    const me = await t.call('GET', '/v1/me', { key: token });
    expect(me.body).toEqual(north);
    const card = await t.call('GET', '/v1/me/card', { key: token });
    expect(card.status).toBe(200);
    const view = card.body as MemberCardView;
    expect(view.holder).toEqual({ id: north.id, name: '陳美玲' });
    expect(view.branch).toMatchObject({ id: 'br_north', name: 'North branch' });
    expect(view.membership).toMatchObject({ id: 'mem_n1', plate: '雲K8A123', validUntil: '2026-11-30' });
    expect(view.today).toBe('2026-11-27');
  });

  it('gets 404 for a card when it has no membership', async () => {
    const token = await tokenFor(south.id);
    expect((await t.call('GET', '/v1/me/card', { key: token })).status).toBe(404);
  });

  it('refuses /v1/me with a secret or publishable key', async () => {
    expect((await t.call('GET', '/v1/me', { key: t.keys.admin.secret })).status).toBe(403);
    expect((await t.call('GET', '/v1/me', { key: t.keys.publishable.secret })).status).toBe(403);
  });

  it('treats an expired session as 401 auth/session-expired', async () => {
    const token = await tokenFor(north.id);
    now = new Date('2026-11-27T04:15:00Z');
    try {
      const res = await t.call('GET', '/v1/me', { key: token });
      expect([res.status, problem(res).code]).toEqual([401, 'auth/session-expired']);
    } finally {
      now = new Date('2026-11-27T04:00:00Z');
    }
  });

  it('refuses a token that was never issued', async () => {
    const res = await t.call('GET', '/v1/me', { key: `ms_${'x'.repeat(43)}` });
    expect([res.status, problem(res).code]).toEqual([401, 'auth/session-expired']);
  });

  it('accepts a session only from the origins of the key that minted it', async () => {
    const token = await tokenFor(north.id);
    const allowed = await t.call('GET', '/v1/me', { key: token, headers: { Origin: TEST_ORIGIN } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(TEST_ORIGIN);
    const other = await t.call('GET', '/v1/me', { key: token, headers: { Origin: 'https://evil.example' } });
    expect([other.status, problem(other).code]).toEqual([403, 'auth/origin-not-allowed']);
  });
});
