import type { ApiKey, Branch, CreatedApiKey, MemberCardView, MemberSession, Page, Staff } from '@clubkit/core/api';
import { issueCardNumber, type Member, type Membership } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../http/auth.js';
import { KeyStore } from '../services/keys.js';
import { insertRecords } from '../store/records.js';
import {
  issuePaths,
  problem,
  startTestServer,
  testBranches,
  type TestResponse,
  type TestServer,
} from '../test-support.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const created = (res: TestResponse) => res.body as CreatedApiKey;
const keyPage = (res: TestResponse) => res.body as Page<ApiKey>;
const branchPage = (res: TestResponse) => res.body as Page<Branch>;

/** Creates a key through the API as the admin. */
function createKey(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.call('POST', '/v1/keys', { key: t.keys.admin.secret, body, headers });
}

/** Every key the admin can list, across pages. */
async function allKeys(query = ''): Promise<ApiKey[]> {
  const keys: ApiKey[] = [];
  let cursor: string | null = null;
  do {
    const res = await t.call('GET', `/v1/keys?limit=3${query}${cursor ? `&cursor=${cursor}` : ''}`, {
      key: t.keys.admin.secret,
    });
    expect(res.status).toBe(200);
    keys.push(...keyPage(res).data);
    cursor = keyPage(res).nextCursor;
  } while (cursor);
  return keys;
}

async function keyRows(): Promise<number> {
  const row = await t.server.db
    .selectFrom('api_keys')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A CORS preflight from `origin`: true when the server allows it. */
async function preflightAllowed(origin: string): Promise<boolean> {
  const res = await fetch(`${t.url}/v1/merchants`, {
    method: 'OPTIONS',
    headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' },
  });
  return res.headers.get('access-control-allow-origin') === origin;
}

/** A member of `br_north` with a membership, stored directly. */
async function storedMember(id: string): Promise<Member> {
  const member: Member = { id, name: '陳美玲', phone: '13800138000', branchId: 'br_north' };
  const membershipId = `mem_${id.slice(4)}`;
  const membership: Membership = {
    id: membershipId,
    memberId: id,
    branchId: 'br_north',
    tier: 'standard',
    plate: `雲K${id.slice(-5).toUpperCase()}`,
    policyId: `pol_${id.slice(4)}`,
    memberSince: '2020-01-01',
    validFrom: '2020-01-01',
    activeUntil: '2099-12-31',
    validUntil: '2100-01-10',
    graceDays: 10,
    card: {
      id: `card_${id.slice(4)}`,
      number: issueCardNumber('62188', 900_000 + Number(id.slice(-3))),
      membershipId,
      memberId: id,
      tier: 'standard',
      status: 'active',
      issuedOn: '2020-01-01',
    },
  };
  await insertRecords(t.server.db, 'member', [member]);
  await insertRecords(t.server.db, 'membership', [membership]);
  return member;
}

describe('branches', () => {
  it('opens a branch with an id the server mints, and lists it after the others in id order', async () => {
    const res = await t.call('POST', '/v1/branches', {
      key: t.keys.admin.secret,
      body: { name: '  勐臘 branch ', region: 'mengla' },
    });
    expect(res.status).toBe(201);
    const branch = res.body as Branch;
    expect(branch).toEqual({
      id: expect.stringMatching(/^br_[0-9A-Z]{26}$/) as unknown,
      name: '勐臘 branch',
      region: 'mengla',
    });
    const first = await t.call('GET', '/v1/branches?limit=2', { key: t.keys.admin.secret });
    expect(first.status).toBe(200);
    expect(branchPage(first).data).toHaveLength(2);
    const rest = await t.call('GET', `/v1/branches?limit=2&cursor=${branchPage(first).nextCursor ?? ''}`, {
      key: t.keys.admin.secret,
    });
    const ids = [...branchPage(first).data, ...branchPage(rest).data].map((b) => b.id);
    expect(ids).toEqual([...testBranches.map((b) => b.id), branch.id].sort());
  });

  it('renames a branch and moves it to another region; the member card view shows the new name', async () => {
    const member = await storedMember('mbr_branchview001');
    const session = await t.call('POST', '/v1/member-sessions', {
      key: t.keys.admin.secret,
      body: { memberId: member.id },
    });
    const token = (session.body as MemberSession).token;
    const res = await t.call('PATCH', '/v1/branches/br_north', {
      key: t.keys.admin.secret,
      body: { name: 'North branch (Jinghong)' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: 'br_north', name: 'North branch (Jinghong)', region: 'jinghong' });
    const moved = await t.call('PATCH', '/v1/branches/br_north', {
      key: t.keys.admin.secret,
      body: { region: 'xishuangbanna' },
    });
    expect(moved.body).toEqual({ id: 'br_north', name: 'North branch (Jinghong)', region: 'xishuangbanna' });
    const card = await t.call('GET', '/v1/me/card', { key: token });
    expect(card.status, card.text).toBe(200);
    expect((card.body as MemberCardView).branch).toEqual(moved.body);
    await t.call('PATCH', '/v1/branches/br_north', {
      key: t.keys.admin.secret,
      body: { name: 'North branch', region: 'jinghong' },
    });
  });

  it('answers 404 for an unknown branch and 400 for an empty name or a bad id', async () => {
    const unknown = await t.call('PATCH', '/v1/branches/br_nowhere', { key: t.keys.admin.secret, body: { name: 'X' } });
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
    const empty = await t.call('POST', '/v1/branches', { key: t.keys.admin.secret, body: { name: '  ', region: 'x' } });
    expect([empty.status, issuePaths(empty)]).toEqual([400, [['name']]]);
    const badId = await t.call('PATCH', '/v1/branches/mbr_1', { key: t.keys.admin.secret, body: { name: 'X' } });
    expect([badId.status, issuePaths(badId)]).toEqual([400, [['path', 'id']]]);
  });

  it('keeps branches to the admin: a branch operator hears 403 even about its own branch', async () => {
    for (const [method, path, body] of [
      ['GET', '/v1/branches', undefined],
      ['POST', '/v1/branches', { name: 'Mine', region: 'x' }],
      ['PATCH', '/v1/branches/br_north', { name: 'Mine' }],
    ] as const) {
      const res = await t.call(method, path, { key: t.keys.north.secret, ...(body ? { body } : {}) });
      expect([res.status, problem(res).code], `${method} ${path}`).toEqual([403, 'access/forbidden']);
    }
  });
});

describe('API keys', () => {
  it('issues a publishable key for origins, usable at once, its secret in the 201 answer only', async () => {
    const origin = 'https://bank-one.example';
    expect(await preflightAllowed(origin)).toBe(false);
    const res = await createKey({
      kind: 'publishable',
      allowedOrigins: [origin],
      label: 'Bank one',
      complaintQuota: 50,
    });
    expect(res.status).toBe(201);
    const key = created(res);
    expect(key).toEqual({
      id: expect.stringMatching(/^key_/) as unknown,
      kind: 'publishable',
      principal: { role: 'public' },
      allowedOrigins: [origin],
      label: 'Bank one',
      createdAt: expect.any(String) as unknown,
      revokedAt: null,
      complaintQuota: 50,
      secret: expect.stringMatching(/^pk_/) as unknown,
    });
    expect(await preflightAllowed(origin)).toBe(true);
    const directory = await t.call('GET', '/v1/merchants?limit=1', {
      key: key.secret,
      headers: { Origin: origin },
    });
    expect(directory.status).toBe(200);
    // The list shows the key, never its secret nor its digest.
    const list = await t.call('GET', '/v1/keys?limit=100', { key: t.keys.admin.secret });
    expect(list.text).not.toContain(key.secret);
    expect(list.text).not.toContain(hashSecret(key.secret));
    expect(list.text).not.toContain(t.keys.admin.secret);
    const { secret, ...shown } = key;
    expect(secret).toMatch(/^pk_/);
    expect(keyPage(list).data.find((k) => k.id === key.id)).toEqual(shown);
    for (const listed of keyPage(list).data)
      expect(Object.keys(listed).sort()).toEqual(
        ['allowedOrigins', 'complaintQuota', 'createdAt', 'id', 'kind', 'label', 'principal', 'revokedAt'].sort(),
      );
  });

  it('issues a secret key acting as a branch operator for a partner back end, with the origins of its sessions', async () => {
    const res = await createKey({
      kind: 'secret',
      principal: { role: 'branch', branchId: 'br_south' },
      allowedOrigins: ['https://bank-two.example'],
      label: 'Bank two back end',
    });
    expect(res.status).toBe(201);
    const key = created(res);
    expect(key).toMatchObject({
      kind: 'secret',
      principal: { role: 'branch', branchId: 'br_south' },
      complaintQuota: null,
    });
    expect(key.secret).toMatch(/^sk_/);
    const members = await t.call('GET', '/v1/members', { key: key.secret });
    expect(members.status).toBe(200);
    const branches = await t.call('GET', '/v1/branches', { key: key.secret });
    expect(branches.status).toBe(403);
  });

  it('refuses a key for a branch that does not exist, and writes none', async () => {
    const before = await keyRows();
    const res = await createKey({ kind: 'secret', principal: { role: 'branch', branchId: 'br_nowhere' } });
    expect([res.status, problem(res).code, problem(res).detail]).toEqual([404, 'not-found', 'No branch br_nowhere.']);
    expect(await keyRows()).toBe(before);
  });

  it.each([
    ['a demo key', { kind: 'publishable', allowedOrigins: ['https://a.example'], demo: true }, 'Unknown field demo'],
    [
      'a secret chosen by the caller',
      { kind: 'secret', principal: { role: 'admin' }, secret: `sk_${'x'.repeat(40)}` },
      'Unknown field secret',
    ],
    [
      'a publishable key acting as staff',
      { kind: 'publishable', allowedOrigins: ['https://a.example'], principal: { role: 'admin' } },
      'Unknown field principal',
    ],
    ['a publishable key without origins', { kind: 'publishable', allowedOrigins: [] }, [['allowedOrigins']]],
    ['a secret key without a principal', { kind: 'secret' }, [['principal']]],
    [
      'a secret key acting as a member',
      { kind: 'secret', principal: { role: 'member', memberId: 'mbr_1' } },
      [['principal', 'role']],
    ],
    [
      'a path after an origin',
      { kind: 'publishable', allowedOrigins: ['https://a.example/page'] },
      [['allowedOrigins', 0]],
    ],
    [
      'a quota on a secret key',
      { kind: 'secret', principal: { role: 'admin' }, complaintQuota: 5 },
      'Unknown field complaintQuota',
    ],
    ['another kind', { kind: 'master', principal: { role: 'admin' } }, [['kind']]],
  ])('refuses %s with 400 and the field, and writes none', async (_, body, issue) => {
    const before = await keyRows();
    const res = await createKey(body);
    expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
    // A field the body may not carry at all is named by the issue at the body's root.
    if (typeof issue === 'string') expect(problem(res).issues).toMatchObject([{ path: [], message: issue }]);
    else expect(issuePaths(res)).toEqual(issue);
    expect(await keyRows()).toBe(before);
  });

  it('makes one key of a request retried with its Idempotency-Key, and replays the first answer', async () => {
    const before = await keyRows();
    const headers = { 'Idempotency-Key': 'create-key-0000000001' };
    const body = { kind: 'secret', principal: { role: 'admin' }, label: 'retried' };
    const first = await createKey(body, headers);
    const second = await createKey(body, headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.text).toBe(first.text);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await keyRows()).toBe(before + 1);
  });

  it('revokes a key: refused at once though just used, its member and staff sessions ended, revoked once', async () => {
    const partner = created(await createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'partner' }));
    const member = await storedMember('mbr_revokedkey001');
    const session = await t.call('POST', '/v1/member-sessions', { key: partner.secret, body: { memberId: member.id } });
    expect(session.status).toBe(201);
    const memberToken = (session.body as MemberSession).token;
    const staff = (
      await t.call('POST', '/v1/staff', { key: partner.secret, body: { name: '林秀英', principal: { role: 'admin' } } })
    ).body as Staff;
    const staffSession = await t.call('POST', '/v1/staff-sessions', {
      key: partner.secret,
      body: { staffId: staff.id },
    });
    const staffToken = (staffSession.body as { token: string }).token;
    // Both sessions and the key work (and the key is now in the authenticator's cache).
    const before = await t.call('GET', '/v1/me/card', { key: memberToken });
    expect(before.status, before.text).toBe(200);
    expect((await t.call('GET', '/v1/staff-sessions/current', { key: staffToken })).status).toBe(200);
    expect((await t.call('GET', '/v1/keys?limit=1', { key: partner.secret })).status).toBe(200);

    const revoked = await t.call('DELETE', `/v1/keys/${partner.id}`, { key: t.keys.admin.secret });
    expect(revoked.status).toBe(204);
    const refused = await t.call('GET', '/v1/keys?limit=1', { key: partner.secret });
    expect([refused.status, problem(refused).code]).toEqual([401, 'auth/invalid-key']);
    const card = await t.call('GET', '/v1/me/card', { key: memberToken });
    expect([card.status, problem(card).code]).toEqual([401, 'auth/session-expired']);
    const operatorConsole = await t.call('GET', '/v1/staff-sessions/current', { key: staffToken });
    expect([operatorConsole.status, problem(operatorConsole).code]).toEqual([401, 'auth/session-expired']);

    const listed = (await allKeys('&status=revoked')).find((k) => k.id === partner.id);
    expect(listed?.revokedAt).toEqual(expect.any(String));
    expect((await allKeys('&status=live')).map((k) => k.id)).not.toContain(partner.id);
    const again = await t.call('DELETE', `/v1/keys/${partner.id}`, { key: t.keys.admin.secret });
    expect([again.status, problem(again).code]).toEqual([404, 'not-found']);
    const unknown = await t.call('DELETE', '/v1/keys/key_0UNKNOWN000000', { key: t.keys.admin.secret });
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
  });

  it('stops allowing an origin once no live key allows it, and only then', async () => {
    const origin = 'https://bank-three.example';
    const one = created(await createKey({ kind: 'publishable', allowedOrigins: [origin] }));
    const two = created(await createKey({ kind: 'publishable', allowedOrigins: [origin, 'https://other.example'] }));
    expect(await preflightAllowed(origin)).toBe(true);
    await t.call('DELETE', `/v1/keys/${one.id}`, { key: t.keys.admin.secret });
    expect(await preflightAllowed(origin)).toBe(true);
    await t.call('DELETE', `/v1/keys/${two.id}`, { key: t.keys.admin.secret });
    expect(await preflightAllowed(origin)).toBe(false);
    expect(await preflightAllowed('https://other.example')).toBe(false);
  });

  it('lists keys oldest first in pages, of one kind, and records who made them in the audit log', async () => {
    const keys = await allKeys();
    expect(keys.map((k) => k.id)).toEqual(keys.map((k) => k.id).sort());
    expect(keys.map((k) => k.id)).toEqual(expect.arrayContaining(Object.values(t.keys).map((k) => k.id)));
    const publishable = await allKeys('&kind=publishable');
    expect(publishable.length).toBeGreaterThan(0);
    expect(publishable.every((k) => k.kind === 'publishable' && k.principal.role === 'public')).toBe(true);
    const audit = await t.call('GET', `/v1/audit?actor=key:${t.keys.admin.id}&limit=100`, { key: t.keys.admin.secret });
    const operations = (audit.body as Page<{ operationId: string }>).data.map((e) => e.operationId);
    expect(operations).toEqual(expect.arrayContaining(['createKey', 'revokeKey', 'createBranch', 'updateBranch']));
  });

  it('lets an admin staff session manage keys, and keeps them from every other role', async () => {
    const staff = (
      await t.call('POST', '/v1/staff', {
        key: t.keys.admin.secret,
        body: { name: '系統管理員', principal: { role: 'admin' } },
      })
    ).body as Staff;
    const session = await t.call('POST', '/v1/staff-sessions', {
      key: t.keys.admin.secret,
      body: { staffId: staff.id },
    });
    const token = (session.body as { token: string }).token;
    const res = await t.call('POST', '/v1/keys', {
      key: token,
      body: { kind: 'publishable', allowedOrigins: ['https://portal.example.com'] },
    });
    expect(res.status).toBe(201);
    for (const key of [t.keys.north, t.keys.merchant, t.keys.desk, t.keys.alliance]) {
      const refused = await t.call('DELETE', `/v1/keys/${created(res).id}`, { key: key.secret });
      expect([refused.status, problem(refused).code]).toEqual([403, 'access/forbidden']);
    }
  });
});

describe('KeyStore in a request transaction', () => {
  it('leaves no key and no origin when the transaction rolls back, and knows the key only once applied', async () => {
    let changes = 0;
    const store = new KeyStore(
      t.server.db,
      () => new Date(),
      () => changes++,
    );
    await store.refreshOrigins();
    const origin = 'https://rolled-back.example';
    const before = await keyRows();
    const failure = await t.server.db
      .transaction()
      .execute(async (db) => {
        const key = await store.create({ kind: 'publishable', allowedOrigins: [origin] }, { db, now: new Date() });
        expect(key.secret).toMatch(/^pk_/);
        throw new Error('the request failed after the write');
      })
      .catch((error: unknown) => error);
    expect((failure as Error).message).toBe('the request failed after the write');
    expect(await keyRows()).toBe(before);
    expect([store.isKnownOrigin(origin), changes]).toEqual([false, 0]);

    const committed = await t.server.db
      .transaction()
      .execute((db) => store.create({ kind: 'publishable', allowedOrigins: [origin] }, { db, now: new Date() }));
    expect([store.isKnownOrigin(origin), changes]).toEqual([false, 0]);
    store.applied({ added: committed.allowedOrigins });
    expect([store.isKnownOrigin(origin), changes]).toEqual([true, 1]);
    const revoked = await t.server.db
      .transaction()
      .execute((db) => store.revoke(committed.id, { db, now: new Date() }));
    expect(revoked).toEqual({ allowedOrigins: [origin] });
    store.applied({ removed: revoked?.allowedOrigins ?? [] });
    expect([store.isKnownOrigin(origin), changes]).toEqual([false, 2]);
    expect(await t.server.revokeKey(committed.id)).toBe(false);
  });
});
