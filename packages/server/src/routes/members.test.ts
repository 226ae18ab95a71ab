import type { ApplicationApprovalResult, MemberRecord, MemberSession, Page, RenewalResult } from '@clubkit/core';
import {
  issueCardNumber,
  type Member,
  type MemberCard,
  type Membership,
  type MembershipApplication,
} from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../store/records.js';
import { at, issuePaths, problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

/** The club's calendar day the test clock is on; every reading moves it a millisecond on, so ids sort by creation. */
let day = '2026-06-01';
let tick = 0;
const clock = () => new Date(Date.parse(`${day}T04:00:00Z`) + tick++);

const north = { branchId: 'br_north', applicant: { name: '陳美玲', phone: '13800138000' } };
const terms = (start: string, end: string, number = 'PDAA2026000001') => ({ number, start, end });

/** The bodies of the membership routes, as the API contract types them. */
const application = (res: TestResponse) => res.body as MembershipApplication;
const approval = (res: TestResponse) => res.body as ApplicationApprovalResult;
const renewal = (res: TestResponse) => res.body as RenewalResult;
const membershipOf = (res: TestResponse) => res.body as Membership;
const memberRecord = (res: TestResponse) => res.body as MemberRecord;
const cardsOf = (res: TestResponse) => res.body as MemberCard[];

/** A server of its own for one block of tests, with the test clock. */
function useServer(): () => TestServer {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ clock });
  });
  afterAll(() => t.close());
  return () => t;
}

/** Submits an application (north operator by default). */
function apply(t: TestServer, body: Record<string, unknown>, key = t.keys.north.secret) {
  return t.call('POST', '/v1/applications', { key, body });
}

/** Applies and approves: a member with a membership on `plate`. */
async function enrol(t: TestServer, plate: string, extra: Record<string, unknown> = {}) {
  const applied = await apply(
    t,
    { ...north, plate, policy: terms('2026-01-01', '2026-12-31'), ...extra },
    t.keys.admin.secret,
  );
  expect(applied.status).toBe(201);
  const approved = await t.call('POST', `/v1/applications/${application(applied).id}/approve`, {
    key: t.keys.admin.secret,
  });
  expect(approved.status).toBe(200);
  return approval(approved);
}

/** The tables an approval writes to. */
const DECIDED_ROWS = ['members', 'vehicles', 'policies', 'memberships', 'cards'] as const;

/** How many rows `table` holds. */
async function countRows(t: TestServer, table: (typeof DECIDED_ROWS)[number]): Promise<number> {
  const row = await t.server.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A member session token for `memberId`. */
async function sessionFor(t: TestServer, memberId: string): Promise<string> {
  const res = await t.call('POST', '/v1/member-sessions', { key: t.keys.admin.secret, body: { memberId } });
  return (res.body as MemberSession).token;
}

describe('the membership life cycle: apply, approve, renew, cancel', () => {
  const server = useServer();
  let t: TestServer;
  let applicationId: string;
  let memberId: string;
  let first: Membership;
  let second: Membership;
  beforeAll(() => {
    t = server();
    day = '2026-06-01';
  });

  it('submits an application with the plate normalised and the submitting key recorded', async () => {
    const res = await apply(t, { ...north, plate: '雲ｋ·8a 123', policy: terms('2026-01-01', '2026-12-31') });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      branchId: 'br_north',
      tier: 'standard',
      plate: '雲K8A123',
      status: 'submitted',
      submittedBy: `key:${t.keys.north.id}`,
    });
    expect(application(res).id).toMatch(/^app_/);
    expect(application(res).decidedAt).toBeUndefined();
    applicationId = application(res).id;
  });

  it('approves it into a new member, vehicle, policy and active membership with the first card', async () => {
    const res = await t.call('POST', `/v1/applications/${applicationId}/approve`, { key: t.keys.admin.secret });
    expect(res.status).toBe(200);
    const approved = approval(res);
    expect(approved.application).toMatchObject({
      id: applicationId,
      status: 'approved',
      decidedBy: `key:${t.keys.admin.id}`,
    });
    expect(approved.member).toMatchObject({ name: '陳美玲', phone: '13800138000', branchId: 'br_north' });
    expect(approved.membership).toMatchObject({
      memberId: approved.member.id,
      branchId: 'br_north',
      plate: '雲K8A123',
      memberSince: '2026-01-01',
      activeUntil: '2026-12-31',
      validUntil: '2027-01-10',
      card: { number: issueCardNumber('62188', 1), status: 'active', issuedOn: '2026-06-01' },
    });
    memberId = approved.member.id;
    first = approved.membership;
    const record = await t.call('GET', `/v1/members/${memberId}`, { key: t.keys.north.secret });
    expect(record.status).toBe(200);
    expect(memberRecord(record).vehicles.map((v) => v.plate)).toEqual(['雲K8A123']);
    expect(memberRecord(record).policies).toMatchObject([
      { number: 'PDAA2026000001', start: '2026-01-01', end: '2026-12-31', branchId: 'br_north' },
    ]);
    expect(memberRecord(record).memberships).toEqual([approved.membership]);
    expect(
      application(await t.call('GET', `/v1/applications/${applicationId}`, { key: t.keys.north.secret })).status,
    ).toBe('approved');
  });

  it('keeps the membership continuous when renewed in grace, re-issuing the card', async () => {
    day = '2027-01-05';
    const res = await t.call('POST', `/v1/memberships/${first.id}/renew`, {
      key: t.keys.north.secret,
      body: { policy: terms('2027-01-01', '2027-12-31', 'PDAA2027000001') },
    });
    expect(res.status).toBe(200);
    const renewed = renewal(res);
    expect(renewed.continuous).toBe(true);
    expect(renewed.membership).toMatchObject({
      id: first.id,
      memberSince: '2026-01-01',
      activeUntil: '2027-12-31',
      validUntil: '2028-01-10',
    });
    expect(renewed.membership.card).toMatchObject({
      number: issueCardNumber('62188', 2),
      status: 'active',
      issuedOn: '2027-01-05',
    });
    expect(renewed.previousCard).toMatchObject({
      id: first.card.id,
      status: 'superseded',
      supersededOn: '2027-01-05',
    });
    const stored = await t.call('GET', `/v1/memberships/${first.id}`, { key: t.keys.admin.secret });
    expect(stored.body).toEqual(renewed.membership);
    const cards = await t.call('GET', `/v1/members/${memberId}/cards`, { key: t.keys.admin.secret });
    expect(cardsOf(cards).map((c) => c.status)).toEqual(['active', 'superseded']);
    expect(at(cardsOf(cards), 0)).toEqual(renewed.membership.card);
  });

  it('starts a new membership, renewed from the old one, when renewed after expiry', async () => {
    day = '2028-01-20';
    const res = await t.call('POST', `/v1/memberships/${first.id}/renew`, {
      key: t.keys.admin.secret,
      body: { policy: terms('2028-01-15', '2029-01-14', 'PDAA2028000001') },
    });
    expect(res.status).toBe(200);
    const renewed = renewal(res);
    expect(renewed.continuous).toBe(false);
    expect(renewed.membership.id).not.toBe(first.id);
    expect(renewed.membership).toMatchObject({
      renewedFrom: first.id,
      memberSince: '2028-01-15',
      validUntil: '2029-01-24',
      card: { number: issueCardNumber('62188', 3) },
    });
    second = renewed.membership;
    const old = await t.call('GET', `/v1/memberships/${first.id}`, { key: t.keys.admin.secret });
    expect(membershipOf(old).card).toMatchObject({ status: 'superseded', supersededOn: '2028-01-20' });
    const record = await t.call('GET', `/v1/members/${memberId}`, { key: t.keys.admin.secret });
    expect(memberRecord(record).memberships.map((m) => m.id)).toEqual([first.id, second.id]);
    expect(memberRecord(record).policies).toHaveLength(3);
    expect(memberRecord(record).vehicles).toHaveLength(1);
  });

  it('cancels the membership with its card, once', async () => {
    const res = await t.call('POST', `/v1/memberships/${second.id}/cancel`, { key: t.keys.admin.secret });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: second.id,
      cancelledOn: '2028-01-20',
      card: { status: 'cancelled', cancelledOn: '2028-01-20' },
    });
    const cards = await t.call('GET', `/v1/members/${memberId}/cards`, { key: t.keys.admin.secret });
    expect(cardsOf(cards).map((c) => c.status)).toEqual(['cancelled', 'superseded', 'superseded']);
    const again = await t.call('POST', `/v1/memberships/${second.id}/cancel`, { key: t.keys.admin.secret });
    expect([again.status, problem(again).code]).toEqual([409, 'membership/cancelled']);
    const renew = await t.call('POST', `/v1/memberships/${second.id}/renew`, {
      key: t.keys.admin.secret,
      body: { policy: terms('2029-01-15', '2030-01-14') },
    });
    expect([renew.status, problem(renew).code]).toEqual([409, 'membership/cancelled']);
  });
});

describe('one car, one member', () => {
  const server = useServer();
  beforeAll(() => {
    day = '2026-06-01';
  });

  it('refuses an application for a car that backs a valid membership, however the plate is typed', async () => {
    const t = server();
    await enrol(t, '粵B12345');
    const res = await apply(t, { ...north, plate: '粵ｂ-123 45', policy: terms('2026-03-01', '2027-02-28') });
    expect([res.status, problem(res).code]).toEqual([409, 'membership/duplicate-vehicle']);
  });

  it('refuses the second of two approvals for one car, leaving it submitted and no card number used', async () => {
    const t = server();
    const a = await apply(t, { ...north, plate: '粵B00001', policy: terms('2026-01-01', '2026-12-31') });
    const b = await apply(t, {
      ...north,
      applicant: { name: '李強', phone: '13900139000' },
      plate: '粵B00001',
      policy: terms('2026-01-01', '2026-12-31'),
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    const bId = application(b).id;
    const ok = await t.call('POST', `/v1/applications/${application(a).id}/approve`, { key: t.keys.admin.secret });
    expect(approval(ok).membership.card.number).toBe(issueCardNumber('62188', 2));
    const refused = await t.call('POST', `/v1/applications/${bId}/approve`, { key: t.keys.admin.secret });
    expect([refused.status, problem(refused).code]).toEqual([409, 'membership/duplicate-vehicle']);
    expect(application(await t.call('GET', `/v1/applications/${bId}`, { key: t.keys.admin.secret })).status).toBe(
      'submitted',
    );

    await t.call('POST', `/v1/memberships/${approval(ok).membership.id}/cancel`, { key: t.keys.admin.secret });
    const after = await t.call('POST', `/v1/applications/${bId}/approve`, { key: t.keys.admin.secret });
    expect(after.status).toBe(200);
    expect(approval(after).membership.card.number).toBe(issueCardNumber('62188', 3));
  });

  it('refuses a late renewal when the car has meanwhile joined under another member', async () => {
    const t = server();
    day = '2025-06-01';
    const old = await enrol(t, '粵C00001', { policy: terms('2025-01-01', '2025-12-31') });
    day = '2026-03-01';
    await enrol(t, '粵C00001', {
      applicant: { name: '王芳', phone: '13700137000' },
      policy: terms('2026-02-01', '2027-01-31'),
    });
    const res = await t.call('POST', `/v1/memberships/${old.membership.id}/renew`, {
      key: t.keys.admin.secret,
      body: { policy: terms('2026-02-15', '2027-02-14') },
    });
    expect([res.status, problem(res).code]).toEqual([409, 'membership/duplicate-vehicle']);
  });

  it('tells a branch applying with another branch’s car only that it is taken: no membership, branch or state', async () => {
    const t = server();
    const held = await enrol(t, '粵D55555', { branchId: 'br_south' });
    const res = await apply(t, { ...north, plate: '粵D55555', policy: terms('2026-03-01', '2027-02-28') });
    expect([res.status, problem(res).code]).toEqual([409, 'membership/duplicate-vehicle']);
    for (const secret of [held.membership.id, 'mem_', 'br_south', 'active', 'pending', 'grace'])
      expect(res.text).not.toContain(secret);
    // What a direct read of that membership gives the same branch: nothing.
    const read = await t.call('GET', `/v1/memberships/${held.membership.id}`, { key: t.keys.north.secret });
    expect(read.status).toBe(404);
  });
});

describe('POST /v1/applications: input and access', () => {
  const server = useServer();
  const valid = { ...north, plate: '雲A11111', policy: terms('2026-01-01', '2026-12-31') };
  beforeAll(() => {
    day = '2026-06-01';
  });

  it.each([
    ['a missing applicant', { ...valid, applicant: undefined }, ['applicant']],
    ['an impossible date', { ...valid, policy: terms('2026-02-30', '2026-12-31') }, ['policy', 'start']],
    ['a policy that ends before it starts', { ...valid, policy: terms('2026-06-01', '2026-05-31') }, ['policy', 'end']],
    ['a plate with other characters', { ...valid, plate: '雲A@111' }, ['plate']],
    ['a plate of only separators', { ...valid, plate: ' - ' }, ['plate']],
    ['a malformed branch id', { ...valid, branchId: 'north' }, ['branchId']],
    ['a bad phone', { ...valid, applicant: { name: '陳', phone: 'call me' } }, ['applicant', 'phone']],
  ])('answers 400 with the issue path for %s', async (_, body, path) => {
    const t = server();
    const res = await apply(t, body, t.keys.admin.secret);
    expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
    expect(issuePaths(res)).toContainEqual(path);
  });

  it('lets the admin apply for any branch and a branch operator only for its own', async () => {
    const t = server();
    expect((await apply(t, { ...valid, branchId: 'br_south' }, t.keys.admin.secret)).status).toBe(201);
    expect((await apply(t, { ...valid, branchId: 'br_south' }, t.keys.south.secret)).status).toBe(201);
    const other = await apply(t, { ...valid, branchId: 'br_south' }, t.keys.north.secret);
    expect([other.status, problem(other).code]).toEqual([403, 'access/forbidden']);
  });

  it('refuses merchant and publishable keys, member sessions and missing keys', async () => {
    const t = server();
    expect((await apply(t, valid, t.keys.merchant.secret)).status).toBe(403);
    expect((await apply(t, valid, t.keys.publishable.secret)).status).toBe(403);
    const { member } = await enrol(t, '雲A22222');
    expect((await apply(t, valid, await sessionFor(t, member.id))).status).toBe(403);
    const none = await t.call('POST', '/v1/applications', { body: valid });
    expect([none.status, problem(none).code]).toEqual([401, 'auth/missing-key']);
  });

  it('answers 404 for an unknown branch or member, and for another branch’s member', async () => {
    const t = server();
    expect((await apply(t, { ...valid, branchId: 'br_nowhere' }, t.keys.admin.secret)).status).toBe(404);
    expect((await apply(t, { ...valid, memberId: 'mbr_nobody' })).status).toBe(404);
    const { member } = await enrol(t, '雲A33333', { branchId: 'br_south' });
    const res = await apply(t, { ...valid, memberId: member.id }, t.keys.north.secret);
    expect([res.status, problem(res).code]).toEqual([404, 'not-found']);
  });
});

describe('deciding applications', () => {
  const server = useServer();
  const submit = async (t: TestServer, plate: string, policy = terms('2026-01-01', '2026-12-31')) =>
    application(await apply(t, { ...north, plate, policy })).id;
  const decide = (t: TestServer, id: string, how: 'approve' | 'reject', key = t.keys.admin.secret, body?: unknown) =>
    t.call('POST', `/v1/applications/${id}/${how}`, { key, ...(body === undefined ? {} : { body }) });
  beforeAll(() => {
    day = '2026-06-01';
  });

  it('refuses to decide an application twice', async () => {
    const t = server();
    const approved = await submit(t, '滇A00001');
    expect((await decide(t, approved, 'approve')).status).toBe(200);
    for (const res of [
      await decide(t, approved, 'approve'),
      await decide(t, approved, 'reject', t.keys.admin.secret, { reason: 'late' }),
    ]) {
      expect([res.status, problem(res).code]).toEqual([409, 'membership/application-decided']);
    }
  });

  it('rejects with a reason, after which the application cannot be approved', async () => {
    const t = server();
    const id = await submit(t, '滇A00002');
    const res = await decide(t, id, 'reject', t.keys.admin.secret, { reason: '保單資料與行駛證不符' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      status: 'rejected',
      rejectionReason: '保單資料與行駛證不符',
      decidedBy: `key:${t.keys.admin.id}`,
    });
    expect(problem(await decide(t, id, 'approve')).code).toBe('membership/application-decided');
  });

  it('answers 400 for a rejection without a reason', async () => {
    const t = server();
    const id = await submit(t, '滇A00003');
    for (const body of [{}, { reason: '' }]) {
      const res = await decide(t, id, 'reject', t.keys.admin.secret, body);
      expect(res.status).toBe(400);
      expect(at(issuePaths(res), 0)).toEqual(['reason']);
    }
  });

  it('replays an approval retried with the same Idempotency-Key', async () => {
    const t = server();
    const id = await submit(t, '滇A00004');
    const headers = { 'Idempotency-Key': `approve-${id}` };
    const once = await t.call('POST', `/v1/applications/${id}/approve`, { key: t.keys.admin.secret, headers });
    const twice = await t.call('POST', `/v1/applications/${id}/approve`, { key: t.keys.admin.secret, headers });
    expect([once.status, twice.status]).toEqual([200, 200]);
    expect(twice.headers.get('idempotent-replayed')).toBe('true');
    expect(approval(twice).membership.id).toBe(approval(once).membership.id);
  });

  it('refuses to approve a policy whose validity is over, and keeps the application submitted', async () => {
    const t = server();
    const id = await submit(t, '滇A00005', terms('2025-01-01', '2025-12-31'));
    const res = await decide(t, id, 'approve');
    expect([res.status, problem(res).code]).toEqual([422, 'membership/policy-expired']);
    expect(application(await t.call('GET', `/v1/applications/${id}`, { key: t.keys.admin.secret })).status).toBe(
      'submitted',
    );
  });

  it('reuses the member and their vehicle when the applicant already is a member', async () => {
    const t = server();
    const { member, membership } = await enrol(t, '滇A00006');
    await t.call('POST', `/v1/memberships/${membership.id}/cancel`, { key: t.keys.admin.secret });
    const id = application(
      await apply(t, { ...north, memberId: member.id, plate: '滇A00006', policy: terms('2026-05-01', '2027-04-30') }),
    ).id;
    const res = await decide(t, id, 'approve');
    expect(approval(res).member).toEqual(member);
    const record = await t.call('GET', `/v1/members/${member.id}`, { key: t.keys.admin.secret });
    expect(memberRecord(record).vehicles).toHaveLength(1);
    expect(memberRecord(record).memberships).toHaveLength(2);
  });

  it('lets a branch operator approve its own branch’s application into a member it then finds', async () => {
    const t = server();
    const id = await submit(t, '滇A00008');
    const res = await decide(t, id, 'approve', t.keys.north.secret);
    expect(res.status).toBe(200);
    const { application: decided, member, membership } = approval(res);
    expect(decided).toMatchObject({ id, status: 'approved', decidedBy: `key:${t.keys.north.id}` });
    expect(member.branchId).toBe('br_north');
    expect(membership).toMatchObject({ memberId: member.id, branchId: 'br_north' });
    const found = await t.call(
      'GET',
      `/v1/members?q=${encodeURIComponent('陳美玲')}&plate=${encodeURIComponent('滇A00008')}`,
      {
        key: t.keys.north.secret,
      },
    );
    expect(found.status).toBe(200);
    expect((found.body as Page<Member>).data.map((m) => m.id)).toEqual([member.id]);
  });

  it('lets a branch operator reject its own branch’s application with a reason', async () => {
    const t = server();
    const id = await submit(t, '滇A00009');
    const res = await decide(t, id, 'reject', t.keys.north.secret, { reason: '行駛證照片不清' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, status: 'rejected', rejectionReason: '行駛證照片不清' });
  });

  it('answers another branch’s operator 404, as for its members, and changes nothing', async () => {
    const t = server();
    const id = await submit(t, '滇A00010');
    const before = await Promise.all(DECIDED_ROWS.map((table) => countRows(t, table)));
    for (const res of [
      await decide(t, id, 'approve', t.keys.south.secret),
      await decide(t, id, 'reject', t.keys.south.secret, { reason: 'not ours' }),
    ]) {
      expect([res.status, problem(res).code]).toEqual([404, 'not-found']);
      expect(res.text).not.toContain('br_north');
    }
    const after = application(await t.call('GET', `/v1/applications/${id}`, { key: t.keys.admin.secret }));
    expect(after).toMatchObject({ status: 'submitted' });
    expect(after).not.toHaveProperty('decidedBy');
    expect(await Promise.all(DECIDED_ROWS.map((table) => countRows(t, table)))).toEqual(before);
  });

  it('refuses merchant, publishable and member credentials with 403, and 401 without a key', async () => {
    const t = server();
    const id = await submit(t, '滇A00007');
    for (const key of [t.keys.merchant.secret, t.keys.publishable.secret, t.keys.desk.secret]) {
      expect((await decide(t, id, 'approve', key)).status).toBe(403);
      expect((await decide(t, id, 'reject', key, { reason: 'no' })).status).toBe(403);
    }
    expect((await t.call('POST', `/v1/applications/${id}/approve`)).status).toBe(401);
    expect(application(await t.call('GET', `/v1/applications/${id}`, { key: t.keys.admin.secret })).status).toBe(
      'submitted',
    );
  });

  it('answers 404 for an unknown application, to the admin and to a branch operator', async () => {
    const t = server();
    expect((await decide(t, 'app_nothing', 'approve')).status).toBe(404);
    expect((await decide(t, 'app_nothing', 'approve', t.keys.north.secret)).status).toBe(404);
    expect((await decide(t, 'app_nothing', 'approve', t.keys.merchant.secret)).status).toBe(403);
    const bad = await decide(t, 'nothing', 'approve');
    expect(bad.status).toBe(400);
    expect(at(issuePaths(bad), 0)).toEqual(['path', 'id']);
  });
});

describe('reading and listing applications', () => {
  const server = useServer();
  const ids: string[] = [];
  beforeAll(async () => {
    day = '2026-06-01';
    const t = server();
    for (let i = 0; i < 25; i++) {
      const branchId = i % 5 < 3 ? 'br_north' : 'br_south';
      const res = await apply(
        t,
        { ...north, branchId, plate: `瓊A${String(i).padStart(5, '0')}`, policy: terms('2026-01-01', '2026-12-31') },
        t.keys.admin.secret,
      );
      ids.push(application(res).id);
    }
    for (const id of ids.slice(0, 3))
      await t.call('POST', `/v1/applications/${id}/reject`, {
        key: t.keys.admin.secret,
        body: { reason: 'duplicate' },
      });
  });

  async function allPages(t: TestServer, query: string, key: string) {
    const pages: { id: string; branchId: string }[][] = [];
    let cursor: string | null = null;
    do {
      const res = await t.call('GET', `/v1/applications?${query}${cursor ? `&cursor=${cursor}` : ''}`, { key });
      expect(res.status).toBe(200);
      const page = res.body as Page<MembershipApplication>;
      pages.push(page.data);
      cursor = page.nextCursor;
    } while (cursor);
    return pages;
  }

  it('walks 25 applications in pages of 10 with cursors, in submission order', async () => {
    const t = server();
    const pages = await allPages(t, 'limit=10', t.keys.admin.secret);
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat().map((a) => a.id)).toEqual(ids);
  });

  it('shows a branch operator only its own branch’s applications', async () => {
    const t = server();
    const pages = await allPages(t, 'limit=10', t.keys.north.secret);
    expect(pages.map((p) => p.length)).toEqual([10, 5]);
    expect(new Set(pages.flat().map((a) => a.branchId))).toEqual(new Set(['br_north']));
  });

  it('filters by status', async () => {
    const t = server();
    const rejected = await t.call('GET', '/v1/applications?status=rejected', { key: t.keys.admin.secret });
    expect((rejected.body as Page<MembershipApplication>).data.map((a) => a.id)).toEqual(ids.slice(0, 3));
    const submitted = await t.call('GET', '/v1/applications?status=submitted&limit=100', { key: t.keys.admin.secret });
    expect((submitted.body as Page<MembershipApplication>).data).toHaveLength(22);
  });

  it('answers 400 for a bad status, limit or cursor', async () => {
    const t = server();
    const status = await t.call('GET', '/v1/applications?status=pending', { key: t.keys.admin.secret });
    expect(at(issuePaths(status), 0)).toEqual(['query', 'status']);
    const limit = await t.call('GET', '/v1/applications?limit=0', { key: t.keys.admin.secret });
    expect(at(issuePaths(limit), 0)).toEqual(['query', 'limit']);
    const cursor = await t.call('GET', '/v1/applications?cursor=not-a-cursor', { key: t.keys.admin.secret });
    expect([cursor.status, problem(cursor).code]).toEqual([400, 'invalid-cursor']);
  });

  it('lets the admin and the own branch read one application, and hides it from other branches', async () => {
    const t = server();
    const id = at(ids, 0);
    expect((await t.call('GET', `/v1/applications/${id}`, { key: t.keys.admin.secret })).status).toBe(200);
    expect(application(await t.call('GET', `/v1/applications/${id}`, { key: t.keys.north.secret })).id).toBe(id);
    expect((await t.call('GET', `/v1/applications/${id}`, { key: t.keys.south.secret })).status).toBe(404);
    expect((await t.call('GET', '/v1/applications/app_nothing', { key: t.keys.admin.secret })).status).toBe(404);
  });

  it('refuses merchant and publishable keys and missing keys', async () => {
    const t = server();
    for (const path of ['/v1/applications', `/v1/applications/${at(ids, 0)}`]) {
      expect((await t.call('GET', path, { key: t.keys.merchant.secret })).status).toBe(403);
      expect((await t.call('GET', path, { key: t.keys.publishable.secret })).status).toBe(403);
      expect((await t.call('GET', path)).status).toBe(401);
    }
  });
});

describe('members', () => {
  const server = useServer();
  const people: Member[] = [
    { id: 'mbr_a1', name: 'Ann%Lee', phone: '13800000001', branchId: 'br_north' },
    { id: 'mbr_a2', name: 'Ann_Lee', phone: '13800000002', branchId: 'br_north' },
    { id: 'mbr_a3', name: 'ANNXLEE', phone: '13800000003', branchId: 'br_north' },
    { id: 'mbr_a4', name: 'Ann\\Lee', phone: '13800000004', branchId: 'br_south' },
    { id: 'mbr_a5', name: '陳美玲', phone: '+86 139-0000-0005', branchId: 'br_south' },
  ];
  beforeAll(async () => {
    day = '2026-06-01';
    await insertRecords(server().server.db, 'member', people);
  });
  const search = async (t: TestServer, q: string, key = t.keys.admin.secret) =>
    ((await t.call('GET', `/v1/members?q=${encodeURIComponent(q)}`, { key })).body as Page<Member>).data.map(
      (m) => m.id,
    );

  it('pages through members with cursors', async () => {
    const t = server();
    const page = (res: TestResponse) => res.body as Page<Member>;
    const first = await t.call('GET', '/v1/members?limit=2', { key: t.keys.admin.secret });
    expect(page(first).data.map((m) => m.id)).toEqual(['mbr_a1', 'mbr_a2']);
    const second = await t.call('GET', `/v1/members?limit=2&cursor=${String(page(first).nextCursor)}`, {
      key: t.keys.admin.secret,
    });
    const third = await t.call('GET', `/v1/members?limit=2&cursor=${String(page(second).nextCursor)}`, {
      key: t.keys.admin.secret,
    });
    expect([...page(second).data, ...page(third).data].map((m) => m.id)).toEqual(['mbr_a3', 'mbr_a4', 'mbr_a5']);
    expect(page(third).nextCursor).toBeNull();
  });

  it('shows a branch operator only its own members', async () => {
    const t = server();
    expect(await search(t, 'Lee', t.keys.north.secret)).toEqual(['mbr_a1', 'mbr_a2', 'mbr_a3']);
    expect(await search(t, 'Lee', t.keys.south.secret)).toEqual(['mbr_a4']);
  });

  it('searches names and phones, matching %, _ and \\ literally and letters in any case', async () => {
    const t = server();
    expect(await search(t, '%')).toEqual(['mbr_a1']);
    expect(await search(t, '_')).toEqual(['mbr_a2']);
    expect(await search(t, 'n_L')).toEqual(['mbr_a2']);
    expect(await search(t, '\\')).toEqual(['mbr_a4']);
    expect(await search(t, "ann' or 1=1 --")).toEqual([]);
    expect(await search(t, 'annxlee')).toEqual(['mbr_a3']);
    expect(await search(t, '美玲')).toEqual(['mbr_a5']);
    expect(await search(t, '0000-0005')).toEqual(['mbr_a5']);
    const empty = await t.call('GET', '/v1/members?q=', { key: t.keys.admin.secret });
    expect(at(issuePaths(empty), 0)).toEqual(['query', 'q']);
  });

  it('reads a member record for the admin and the own branch, and hides it from others', async () => {
    const t = server();
    const own = await t.call('GET', '/v1/members/mbr_a1', { key: t.keys.north.secret });
    expect(own.body).toEqual({ member: people[0], vehicles: [], policies: [], memberships: [] });
    expect((await t.call('GET', '/v1/members/mbr_a1', { key: t.keys.admin.secret })).status).toBe(200);
    const other = await t.call('GET', '/v1/members/mbr_a1', { key: t.keys.south.secret });
    expect([other.status, problem(other).code]).toEqual([404, 'not-found']);
    expect((await t.call('GET', '/v1/members/mbr_nobody', { key: t.keys.north.secret })).status).toBe(404);
  });

  it('refuses merchant and publishable keys, member sessions and missing keys', async () => {
    const t = server();
    const token = await sessionFor(t, 'mbr_a1');
    for (const path of ['/v1/members', '/v1/members/mbr_a1', '/v1/members/mbr_a1/cards']) {
      expect((await t.call('GET', path, { key: t.keys.merchant.secret })).status).toBe(403);
      expect((await t.call('GET', path, { key: t.keys.publishable.secret })).status).toBe(403);
      expect((await t.call('GET', path, { key: token })).status).toBe(403);
      expect((await t.call('GET', path, { key: `ms_${'x'.repeat(43)}` })).status).toBe(401);
      expect((await t.call('GET', path)).status).toBe(401);
    }
  });

  it('keeps cards to the admin (card management): 403 for branch operators, 404 for an unknown member', async () => {
    const t = server();
    expect((await t.call('GET', '/v1/members/mbr_a1/cards', { key: t.keys.admin.secret })).body).toEqual([]);
    expect((await t.call('GET', '/v1/members/mbr_a1/cards', { key: t.keys.north.secret })).status).toBe(403);
    expect((await t.call('GET', '/v1/members/mbr_nobody/cards', { key: t.keys.admin.secret })).status).toBe(404);
  });
});

describe('memberships: access and renewal refusals', () => {
  const server = useServer();
  let membershipId: string;
  beforeAll(async () => {
    day = '2026-06-01';
    membershipId = (await enrol(server(), '藏A00001')).membership.id;
  });
  const renew = (t: TestServer, body: unknown, key = t.keys.admin.secret) =>
    t.call('POST', `/v1/memberships/${membershipId}/renew`, { key, body });

  it('lets the own branch read and renew, and hides the membership from other branches', async () => {
    const t = server();
    expect((await t.call('GET', `/v1/memberships/${membershipId}`, { key: t.keys.north.secret })).status).toBe(200);
    expect((await t.call('GET', `/v1/memberships/${membershipId}`, { key: t.keys.south.secret })).status).toBe(404);
    expect((await renew(t, { policy: terms('2027-01-01', '2027-12-31') }, t.keys.south.secret)).status).toBe(404);
    expect((await t.call('GET', '/v1/memberships/mem_nothing', { key: t.keys.admin.secret })).status).toBe(404);
    expect((await t.call('GET', `/v1/memberships/${membershipId}`, { key: t.keys.merchant.secret })).status).toBe(403);
  });

  it('lets only the admin cancel', async () => {
    const t = server();
    for (const key of [t.keys.north.secret, t.keys.merchant.secret, t.keys.publishable.secret]) {
      const res = await t.call('POST', `/v1/memberships/${membershipId}/cancel`, { key });
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    expect((await t.call('POST', `/v1/memberships/${membershipId}/cancel`)).status).toBe(401);
    expect((await t.call('POST', '/v1/memberships/mem_nothing/cancel', { key: t.keys.admin.secret })).status).toBe(404);
  });

  it.each([
    ['a policy that does not end later', terms('2026-01-01', '2026-12-31'), 'membership/renewal-not-later'],
    ['a policy that leaves a gap', terms('2027-02-01', '2028-01-31'), 'membership/renewal-gap'],
  ])('answers 422 for %s', async (_, policy, code) => {
    const res = await renew(server(), { policy });
    expect([res.status, problem(res).code]).toEqual([422, code]);
  });

  it('answers 422 for a late renewal whose policy validity is already over', async () => {
    day = '2027-06-01';
    try {
      const res = await renew(server(), { policy: terms('2027-01-01', '2027-05-01') });
      expect([res.status, problem(res).code]).toEqual([422, 'membership/policy-expired']);
    } finally {
      day = '2026-06-01';
    }
  });

  it('answers 400 with issue paths for a bad renewal body', async () => {
    const t = server();
    const backwards = await renew(t, { policy: terms('2027-06-01', '2027-01-01') });
    expect([backwards.status, at(issuePaths(backwards), 0)]).toEqual([400, ['policy', 'end']]);
    const missing = await renew(t, {});
    expect(at(issuePaths(missing), 0)).toEqual(['policy']);
    const date = await renew(t, { policy: terms('2027-01-01', '2027-13-01') });
    expect(at(issuePaths(date), 0)).toEqual(['policy', 'end']);
  });
});
