import type { AuditEntry, Page, Staff, StaffSession, StaffSessionInfo } from '@clubkit/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePaths, problem, startTestServer, TEST_ORIGIN, type TestServer } from '../test-support.js';

let t: TestServer;
let now = new Date('2026-11-30T02:00:00Z');

beforeAll(async () => {
  t = await startTestServer({ clock: () => now });
});
afterAll(() => t.close());

const admin = () => t.keys.admin.secret;

async function createStaff(body: unknown, key = admin(), headers: Record<string, string> = {}) {
  return t.call('POST', '/v1/staff', { key, body, headers });
}

async function staffOf(body: unknown): Promise<Staff> {
  const res = await createStaff(body);
  expect(res.status, res.text).toBe(201);
  return res.body as Staff;
}

async function signIn(staffId: string, key = admin()): Promise<string> {
  const res = await t.call('POST', '/v1/staff-sessions', { key, body: { staffId } });
  expect(res.status, res.text).toBe(201);
  return (res.body as StaffSession).token;
}

async function rows(table: 'staff' | 'staff_sessions' | 'audit_log'): Promise<number> {
  const { n } = await t.server.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

describe('staff accounts', () => {
  it('creates a person with a role and its scope, active, and reads them back', async () => {
    const staff = await staffOf({ name: ' 陳美玲 ', principal: { role: 'desk', propertyId: 'prp_garden' } });
    expect(staff).toMatchObject({
      name: '陳美玲',
      principal: { role: 'desk', propertyId: 'prp_garden' },
      status: 'active',
      createdAt: now.toISOString(),
    });
    expect(staff.id).toMatch(/^stf_/);
    const read = await t.call('GET', `/v1/staff/${staff.id}`, { key: admin() });
    expect(read.body).toEqual(staff);
  });

  it('takes every staff role and refuses the member and public roles, storing nothing', async () => {
    for (const principal of [
      { role: 'admin' },
      { role: 'branch', branchId: 'br_north' },
      { role: 'merchant', merchantId: 'mch_owned' },
      { role: 'desk' },
      { role: 'alliance', centreId: 'ctr_baoding', salespersonId: 'slp_li' },
    ]) {
      expect((await createStaff({ name: 'x', principal })).status).toBe(201);
    }
    const before = await rows('staff');
    for (const principal of [
      { role: 'member', memberId: 'mbr_1' },
      { role: 'public' },
      { role: 'branch' },
      { role: 'alliance', centreId: 'br_north' },
    ]) {
      const res = await createStaff({ name: 'x', principal });
      expect(res.status).toBe(400);
      expect(problem(res).code).toBe('invalid-input');
      expect(issuePaths(res)[0]?.[0]).toBe('principal');
    }
    expect((await createStaff({ name: '   ', principal: { role: 'admin' } })).status).toBe(400);
    expect(await rows('staff')).toBe(before);
  });

  it('lists accounts by role and status, paged', async () => {
    await staffOf({ name: '王小明', principal: { role: 'branch', branchId: 'br_south' } });
    const branch = await t.call('GET', '/v1/staff?role=branch&limit=100', { key: admin() });
    const data = (branch.body as Page<Staff>).data;
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((s) => s.principal.role === 'branch')).toBe(true);
    const page = await t.call('GET', '/v1/staff?limit=1', { key: admin() });
    expect((page.body as Page<Staff>).nextCursor).not.toBeNull();
    expect((await t.call('GET', '/v1/staff?role=owner', { key: admin() })).status).toBe(400);
  });

  it('answers 404 for an unknown account and 400 for an id that is not a staff id', async () => {
    expect((await t.call('GET', '/v1/staff/stf_nobody', { key: admin() })).status).toBe(404);
    expect((await t.call('GET', '/v1/staff/mbr_1', { key: admin() })).status).toBe(400);
    expect((await t.call('PATCH', '/v1/staff/stf_nobody', { key: admin(), body: { name: 'x' } })).status).toBe(404);
  });

  it('is managed by an administrator only', async () => {
    for (const key of [t.keys.north.secret, t.keys.merchant.secret, t.keys.desk.secret, t.keys.alliance.secret]) {
      const res = await createStaff({ name: 'x', principal: { role: 'admin' } }, key);
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
      expect((await t.call('GET', '/v1/staff', { key })).status).toBe(403);
    }
  });

  it('creates one account for a retried request and replays the first answer', async () => {
    const before = await rows('staff');
    const headers = { 'Idempotency-Key': 'staff-create-0001' };
    const body = { name: '趙敏', principal: { role: 'merchant', merchantId: 'mch_tea' } };
    const first = await createStaff(body, admin(), headers);
    const again = await createStaff(body, admin(), headers);
    expect(first.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await rows('staff')).toBe(before + 1);
    const other = await createStaff({ ...body, name: '趙敏敏' }, admin(), headers);
    expect([other.status, problem(other).code]).toEqual([409, 'idempotency/key-reused']);
    expect(await rows('staff')).toBe(before + 1);
  });
});

describe('staff sessions', () => {
  it('mints a one-hour token with an admin secret key, which then acts with the staff member’s role', async () => {
    const staff = await staffOf({ name: '陳美玲', principal: { role: 'branch', branchId: 'br_north' } });
    const res = await t.call('POST', '/v1/staff-sessions', { key: admin(), body: { staffId: staff.id } });
    expect(res.status).toBe(201);
    const session = res.body as StaffSession;
    expect(session.token).toMatch(/^ss_[A-Za-z0-9_-]{40,}$/);
    expect(session).toMatchObject({
      staffId: staff.id,
      principal: { role: 'branch', branchId: 'br_north' },
      expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
    });
    const current = await t.call('GET', '/v1/staff-sessions/current', { key: session.token });
    expect(current.body as StaffSessionInfo).toMatchObject({ staff: { id: staff.id }, modules: ['members', 'stats'] });
    // A branch operator's session lists members but may not manage staff.
    expect((await t.call('GET', '/v1/members', { key: session.token })).status).toBe(200);
    expect((await t.call('GET', '/v1/staff', { key: session.token })).status).toBe(403);
    // Only a secret key mints sessions: not a session, not a branch key.
    expect(
      (await t.call('POST', '/v1/staff-sessions', { key: session.token, body: { staffId: staff.id } })).status,
    ).toBe(403);
    expect(
      (await t.call('POST', '/v1/staff-sessions', { key: t.keys.north.secret, body: { staffId: staff.id } })).status,
    ).toBe(403);
  });

  it('refuses to sign in an unknown or disabled account', async () => {
    expect((await t.call('POST', '/v1/staff-sessions', { key: admin(), body: { staffId: 'stf_nobody' } })).status).toBe(
      404,
    );
    const staff = await staffOf({ name: '停用', principal: { role: 'admin' } });
    await t.call('PATCH', `/v1/staff/${staff.id}`, { key: admin(), body: { status: 'disabled' } });
    const sessions = await rows('staff_sessions');
    const res = await t.call('POST', '/v1/staff-sessions', { key: admin(), body: { staffId: staff.id } });
    expect([res.status, problem(res).code]).toEqual([409, 'staff/disabled']);
    expect(await rows('staff_sessions')).toBe(sessions);
  });

  it('ends every session of an account when it is disabled, and lets it sign in again once enabled', async () => {
    const staff = await staffOf({ name: '林', principal: { role: 'admin' } });
    const first = await signIn(staff.id);
    const second = await signIn(staff.id);
    expect((await t.call('GET', '/v1/staff-sessions/current', { key: first })).status).toBe(200);
    const disabled = await t.call('PATCH', `/v1/staff/${staff.id}`, { key: admin(), body: { status: 'disabled' } });
    expect((disabled.body as Staff).status).toBe('disabled');
    for (const token of [first, second]) {
      const res = await t.call('GET', '/v1/staff-sessions/current', { key: token });
      expect([res.status, problem(res).code]).toEqual([401, 'auth/session-expired']);
    }
    await t.call('PATCH', `/v1/staff/${staff.id}`, { key: admin(), body: { status: 'active' } });
    expect((await t.call('GET', '/v1/staff-sessions/current', { key: first })).status).toBe(401);
    expect((await t.call('GET', '/v1/staff-sessions/current', { key: await signIn(staff.id) })).status).toBe(200);
  });

  it('ends the sessions of an account whose role changes, so no session acts with the old role', async () => {
    const staff = await staffOf({ name: '周', principal: { role: 'branch', branchId: 'br_north' } });
    const token = await signIn(staff.id);
    await t.call('PATCH', `/v1/staff/${staff.id}`, {
      key: admin(),
      body: { principal: { role: 'branch', branchId: 'br_south' } },
    });
    expect((await t.call('GET', '/v1/members', { key: token })).status).toBe(401);
    const fresh = await signIn(staff.id);
    const current = await t.call('GET', '/v1/staff-sessions/current', { key: fresh });
    expect((current.body as StaffSessionInfo).staff.principal).toEqual({ role: 'branch', branchId: 'br_south' });
  });

  it('ends a session on sign-out, at its expiry, and when the key that minted it is revoked', async () => {
    const staff = await staffOf({ name: '吳', principal: { role: 'admin' } });
    const out = await signIn(staff.id);
    expect((await t.call('DELETE', '/v1/staff-sessions/current', { key: out })).status).toBe(204);
    expect((await t.call('GET', '/v1/staff-sessions/current', { key: out })).status).toBe(401);

    const expiring = await signIn(staff.id);
    const saved = now;
    now = new Date(now.getTime() + 3_600_000);
    expect((await t.call('GET', '/v1/staff-sessions/current', { key: expiring })).status).toBe(401);
    now = saved;

    const minter = await t.server.createKey({ kind: 'secret', principal: { role: 'admin' } });
    const minted = await signIn(staff.id, minter.secret);
    expect((await t.call('GET', '/v1/staff-sessions/current', { key: minted })).status).toBe(200);
    await t.server.revokeKey(minter.id);
    expect((await t.call('GET', '/v1/staff-sessions/current', { key: minted })).status).toBe(401);
  });

  it('is used from the browser origins the minting key allows, and refused from others', async () => {
    const staff = await staffOf({ name: '鄭', principal: { role: 'admin' } });
    // The test admin key allows TEST_ORIGIN: its sessions may be used there.
    const token = await signIn(staff.id);
    const allowed = await t.call('GET', '/v1/staff-sessions/current', { key: token, headers: { Origin: TEST_ORIGIN } });
    expect(allowed.status).toBe(200);
    const other = await t.call('GET', '/v1/staff-sessions/current', {
      key: token,
      headers: { Origin: 'https://evil.example.com' },
    });
    expect([other.status, problem(other).code]).toEqual([403, 'auth/origin-not-allowed']);
  });

  it('refuses a made-up session token', async () => {
    const res = await t.call('GET', '/v1/staff-sessions/current', { key: `ss_${'x'.repeat(43)}` });
    expect([res.status, problem(res).code]).toEqual([401, 'auth/session-expired']);
  });
});

describe('the audit log', () => {
  it('records every write with the staff member who made it, and lists one staff member’s actions', async () => {
    const staff = await staffOf({ name: '審計', principal: { role: 'admin' } });
    const token = await signIn(staff.id);
    const created = await t.call('POST', '/v1/staff', {
      key: token,
      body: { name: '新人', principal: { role: 'desk' } },
      headers: { 'X-Request-Id': 'audit-trace-0001' },
    });
    expect(created.status).toBe(201);
    // A refused write is no write: it is not recorded.
    expect((await t.call('PATCH', '/v1/staff/stf_nobody', { key: token, body: { name: 'x' } })).status).toBe(404);
    const res = await t.call('GET', `/v1/audit?staffId=${staff.id}`, { key: admin() });
    expect(res.status).toBe(200);
    expect((res.body as Page<AuditEntry>).data).toEqual([
      {
        id: expect.stringMatching(/^aud_/) as string,
        at: now.toISOString(),
        actor: `staff:${staff.id}`,
        staffId: staff.id,
        method: 'POST',
        path: '/v1/staff',
        operationId: 'createStaff',
        status: 201,
        requestId: 'audit-trace-0001',
      },
    ]);
  });

  it('records a key’s writes under the key, and lists them by actor', async () => {
    const res = await t.call('GET', `/v1/audit?actor=key:${t.keys.admin.id}&limit=100`, { key: admin() });
    const entries = (res.body as Page<AuditEntry>).data;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.actor === `key:${t.keys.admin.id}` && e.staffId === null)).toBe(true);
  });

  it('records a replayed retry once', async () => {
    const headers = { 'Idempotency-Key': 'audit-once-000001' };
    const body = { name: '一次', principal: { role: 'admin' } };
    const before = await rows('audit_log');
    await createStaff(body, admin(), headers);
    await createStaff(body, admin(), headers);
    expect(await rows('audit_log')).toBe(before + 1);
  });

  it('is read by an administrator only, and refuses a malformed filter', async () => {
    expect((await t.call('GET', '/v1/audit', { key: t.keys.north.secret })).status).toBe(403);
    expect((await t.call('GET', '/v1/audit?actor=root', { key: admin() })).status).toBe(400);
    expect((await t.call('GET', '/v1/audit?staffId=mbr_1', { key: admin() })).status).toBe(400);
  });
});
