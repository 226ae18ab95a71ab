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

describe('ending member sessions', () => {
  it('DELETE /v1/member-sessions/current ends the session at once: its token then gets 401 on /v1/me', async () => {
    const token = await tokenFor(north.id);
    const other = await tokenFor(north.id);
    expect((await t.call('GET', '/v1/me', { key: token })).status).toBe(200);
    const ended = await t.call('DELETE', '/v1/member-sessions/current', { key: token });
    expect([ended.status, ended.text]).toEqual([204, '']);
    for (const path of ['/v1/me', '/v1/me/card', '/v1/me/complaints']) {
      const res = await t.call('GET', path, { key: token });
      expect([res.status, problem(res).code], path).toEqual([401, 'auth/session-expired']);
      expect(res.text, path).not.toContain(north.phone);
    }
    // Only that session: the member's other session (another tab) carries on.
    expect((await t.call('GET', '/v1/me', { key: other })).status).toBe(200);
    expect((await t.call('DELETE', '/v1/member-sessions/current', { key: token })).status).toBe(401);
  });

  it('DELETE /v1/member-sessions/current takes only a member session', async () => {
    const res = await t.call('DELETE', '/v1/member-sessions/current', { key: t.keys.admin.secret });
    expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    const none = await t.call('DELETE', '/v1/member-sessions/current');
    expect([none.status, problem(none).code]).toEqual([401, 'auth/missing-key']);
  });

  it('ends the session from the page (its allowed origin) too', async () => {
    const token = await tokenFor(north.id);
    const ended = await t.call('DELETE', '/v1/member-sessions/current', {
      key: token,
      headers: { Origin: TEST_ORIGIN },
    });
    expect(ended.status).toBe(204);
    expect((await t.call('GET', '/v1/me', { key: token })).status).toBe(401);
  });

  it('DELETE /v1/members/:id/sessions ends every session of that member with the secret key', async () => {
    const tokens = [await tokenFor(north.id), await tokenFor(north.id)];
    const southToken = await tokenFor(south.id);
    const ended = await t.call('DELETE', `/v1/members/${north.id}/sessions`, { key: t.keys.admin.secret });
    expect(ended.status).toBe(204);
    for (const token of tokens) expect((await t.call('GET', '/v1/me', { key: token })).status).toBe(401);
    expect((await t.call('GET', '/v1/me', { key: southToken })).status).toBe(200);
    // Again, with none left: still 204.
    expect((await t.call('DELETE', `/v1/members/${north.id}/sessions`, { key: t.keys.admin.secret })).status).toBe(204);
  });

  it('lets a branch key end only its own members’ sessions, hiding the others', async () => {
    const southToken = await tokenFor(south.id);
    const other = await t.call('DELETE', `/v1/members/${south.id}/sessions`, { key: t.keys.north.secret });
    expect([other.status, problem(other).code]).toEqual([404, 'not-found']);
    expect((await t.call('GET', '/v1/me', { key: southToken })).status).toBe(200);
    const own = await t.call('DELETE', `/v1/members/${south.id}/sessions`, { key: t.keys.south.secret });
    expect(own.status).toBe(204);
    expect((await t.call('GET', '/v1/me', { key: southToken })).status).toBe(401);
  });

  it('refuses the member’s own token, a publishable key and merchant keys on DELETE /v1/members/:id/sessions', async () => {
    const token = await tokenFor(north.id);
    const path = `/v1/members/${north.id}/sessions`;
    expect(problem(await t.call('DELETE', path, { key: token })).code).toBe('access/forbidden');
    expect(problem(await t.call('DELETE', path, { key: t.keys.publishable.secret })).code).toBe('access/forbidden');
    expect(problem(await t.call('DELETE', path, { key: t.keys.merchant.secret })).code).toBe('access/forbidden');
    expect((await t.call('GET', '/v1/me', { key: token })).status).toBe(200);
    expect((await t.call('DELETE', '/v1/members/mbr_nobody/sessions', { key: t.keys.admin.secret })).status).toBe(404);
    const bad = await t.call('DELETE', '/v1/members/someone/sessions', { key: t.keys.admin.secret });
    expect([bad.status, at(issuePaths(bad), 0)]).toEqual([400, ['path', 'id']]);
  });

  it('ends the sessions a key minted when that key is revoked, and no others', async () => {
    const key = await t.server.createKey({ kind: 'secret', principal: { role: 'branch', branchId: 'br_north' } });
    const minted = ((await session(north.id, key.secret)).body as MemberSession).token;
    const byAdmin = await tokenFor(north.id);
    expect((await t.call('GET', '/v1/me', { key: minted })).status).toBe(200);
    expect(await t.server.revokeKey(key.id)).toBe(true);
    const res = await t.call('GET', '/v1/me', { key: minted });
    expect([res.status, problem(res).code]).toEqual([401, 'auth/session-expired']);
    expect((await t.call('GET', '/v1/me', { key: byAdmin })).status).toBe(200);
  });
});
