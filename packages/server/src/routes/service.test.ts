import type { ComplaintReceipt, MemberSession, Page } from '@clubkit/core';
import type { Member } from '@clubkit/core/membership';
import {
  applyComplaintEvent,
  complaintReference,
  createComplaint,
  parseComplaintReference,
  type Complaint,
  type NewComplaintInput,
  type PaidService,
  type RepairOrder,
} from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecord, insertRecords } from '../store/records.js';
import {
  at,
  issuePaths,
  problem,
  startTestServer,
  stringMatching,
  TEST_ORIGIN,
  type OpenApiDocument,
  type TestResponse,
  type TestServer,
} from '../test-support.js';

const HOUR = 3_600_000;
const alice: Member = { id: 'mbr_alice', name: '陳美玲', phone: '13800138000', branchId: 'br_north' };
const bob: Member = { id: 'mbr_bob', name: '李強', phone: '13900139000', branchId: 'br_south' };

const form: NewComplaintInput = {
  name: '王小明',
  subject: { unit: 'A-1203' },
  content: '電梯常停在十二樓。',
  phone: '138 0013 8000',
  category: 'facility',
};
const repairForm = {
  customer: 'ACME Ltd',
  phone: '021-5555-0100',
  unit: 'B-702',
  content: 'Leaking tap',
  appointmentAt: '2026-11-28T02:00:00Z',
  publicItem: false,
};
const paidForm = {
  customer: 'Ms Li',
  phone: '13700137000',
  unit: 'C-301',
  content: 'Clean the range hood',
  quote: { priceFen: 12000, scheduledAt: '2026-11-29T01:00:00Z' },
};

/** A test server whose clock the test moves. */
async function serverAt(iso: string) {
  let now = new Date(iso);
  const t = await startTestServer({ clock: () => now });
  await insertRecords(t.server.db, 'member', [alice, bob]);
  return {
    t,
    at: () => now.toISOString(),
    set: (instant: string) => void (now = new Date(instant)),
    advance: (hours: number) => void (now = new Date(now.getTime() + hours * HOUR)),
  };
}
type Harness = Awaited<ReturnType<typeof serverAt>>;

/** The bodies of the service desk routes, as the API contract types them. */
const receiptOf = (res: TestResponse) => res.body as ComplaintReceipt;
const complaintOf = (res: TestResponse) => res.body as Complaint;
const repairOf = (res: TestResponse) => res.body as RepairOrder;
const paidServiceOf = (res: TestResponse) => res.body as PaidService;

async function sessionToken(t: TestServer, memberId: string): Promise<string> {
  const res = await t.call('POST', '/v1/member-sessions', { key: t.keys.admin.secret, body: { memberId } });
  expect(res.status).toBe(201);
  return (res.body as MemberSession).token;
}

function fileComplaint(t: TestServer, key: string, body: unknown = form, headers: Record<string, string> = {}) {
  return t.call('POST', '/v1/complaints', { key, body, headers });
}

async function newComplaintId(t: TestServer, body: unknown = form): Promise<string> {
  const res = await fileComplaint(t, t.keys.admin.secret, body);
  expect(res.status).toBe(201);
  return receiptOf(res).id;
}

function complaintEvent(t: TestServer, id: string, body: unknown, key = t.keys.admin.secret) {
  return t.call('POST', `/v1/complaints/${id}/events`, { key, body });
}

describe('POST /v1/complaints', () => {
  let h: Harness;
  let t: TestServer;
  beforeAll(async () => {
    h = await serverAt('2026-11-27T02:00:00.000Z');
    t = h.t;
  });
  afterAll(() => t.close());

  it('files a complaint from an allowed partner page and returns only its receipt', async () => {
    const res = await fileComplaint(t, t.keys.publishable.secret, form, { Origin: TEST_ORIGIN });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(TEST_ORIGIN);
    expect(res.body).toEqual({
      id: stringMatching(/^cmp_/),
      reference: stringMatching(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/),
      status: 'received',
      category: 'facility',
      receivedAt: '2026-11-27T02:00:00.000Z',
      followUpBy: '2026-11-28T02:00:00.000Z',
    });
    const stored = await t.call('GET', `/v1/complaints/${receiptOf(res).id}`, { key: t.keys.admin.secret });
    expect(stored.body).toMatchObject({ name: '王小明', channel: 'web', history: [{ type: 'receive', actor: 'web' }] });
    expect(complaintOf(stored).memberId).toBeUndefined();
  });

  it('lets whoever holds the reference and the phone digits read the receipt, with any key', async () => {
    const filed = await fileComplaint(t, t.keys.publishable.secret);
    const path = `/v1/complaint-receipts/${receiptOf(filed).reference}?phoneLast4=8000`;
    for (const key of [t.keys.publishable.secret, t.keys.admin.secret, t.keys.north.secret, t.keys.merchant.secret]) {
      const res = await t.call('GET', path, { key });
      expect(res.status).toBe(200);
      expect(res.body).toEqual(filed.body);
    }
    const bobs = await t.call('GET', path, { key: await sessionToken(t, bob.id) });
    expect([bobs.status, problem(bobs).code]).toEqual([404, 'not-found']);
    const none = await t.call('GET', path);
    expect([none.status, problem(none).code]).toEqual([401, 'auth/missing-key']);
  });

  it('answers 404 for an unknown reference and 400 for a malformed one', async () => {
    const unknown = await t.call('GET', '/v1/complaint-receipts/C20261127-9999', { key: t.keys.publishable.secret });
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
    for (const bad of ['X123', 'C20261332-0001']) {
      const res = await t.call('GET', `/v1/complaint-receipts/${bad}`, { key: t.keys.publishable.secret });
      expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
      expect(issuePaths(res)).toEqual([['path', 'reference']]);
    }
  });

  it("files a member's complaint under the session's member, ignoring a memberId in the body", async () => {
    const token = await sessionToken(t, alice.id);
    // A phone of its own: a repeat of an open complaint from the same phone would be serious.
    const res = await fileComplaint(t, token, { ...form, phone: '021 5555 0101', memberId: bob.id });
    expect(res.status).toBe(201);
    const stored = await t.call('GET', `/v1/complaints/${receiptOf(res).id}`, { key: t.keys.admin.secret });
    expect(stored.body).toMatchObject({
      memberId: alice.id,
      history: [{ type: 'receive', actor: `member:${alice.id}` }],
    });

    const mine = await t.call('GET', '/v1/me/complaints', { key: token });
    expect((mine.body as Page<Complaint>).data.map((c) => c.id)).toContain(receiptOf(res).id);
    const bobs = await t.call('GET', '/v1/me/complaints', { key: await sessionToken(t, bob.id) });
    expect((bobs.body as Page<Complaint>).data.map((c) => c.id)).not.toContain(receiptOf(res).id);
  });

  it("lets a member read their own complaint and hides it from another member's session", async () => {
    const token = await sessionToken(t, alice.id);
    const filed = await fileComplaint(t, token);
    const receiptPath = (res: TestResponse) => `/v1/complaint-receipts/${receiptOf(res).reference}`;
    const own = await t.call('GET', receiptPath(filed), { key: token });
    expect([own.status, own.body]).toEqual([200, filed.body]);
    const other = await t.call('GET', receiptPath(filed), { key: await sessionToken(t, bob.id) });
    expect([other.status, problem(other).code]).toEqual([404, 'not-found']);
    const anonymous = await fileComplaint(t, t.keys.publishable.secret);
    const notHers = await t.call('GET', receiptPath(anonymous), { key: token });
    expect(notHers.status).toBe(404);
    // The whole record, with its history and staff ids, is for staff only.
    const whole = await t.call('GET', `/v1/complaints/${receiptOf(filed).id}`, { key: token });
    expect([whole.status, problem(whole).code]).toEqual([403, 'access/forbidden']);
  });

  it('ignores a memberId sent with a publishable key', async () => {
    const res = await fileComplaint(t, t.keys.publishable.secret, { ...form, memberId: alice.id });
    const stored = await t.call('GET', `/v1/complaints/${receiptOf(res).id}`, { key: t.keys.admin.secret });
    expect(complaintOf(stored).memberId).toBeUndefined();
  });

  it('lets staff log a hotline complaint under their key', async () => {
    const res = await fileComplaint(t, t.keys.admin.secret, {
      ...form,
      channel: 'hotline',
      subject: { plate: '雲K 8A123' },
    });
    expect(res.status).toBe(201);
    const stored = await t.call('GET', `/v1/complaints/${receiptOf(res).id}`, { key: t.keys.admin.secret });
    expect(stored.body).toMatchObject({ channel: 'hotline', history: [{ actor: `key:${t.keys.admin.id}` }] });
  });

  it('starts a serious complaint escalated to the manager, with a 4-hour follow-up', async () => {
    const res = await fileComplaint(t, t.keys.admin.secret, { ...form, severity: 'serious' });
    expect(res.body).toMatchObject({ status: 'escalated', followUpBy: '2026-11-27T06:00:00.000Z' });
    const stored = await t.call('GET', `/v1/complaints/${receiptOf(res).id}`, { key: t.keys.admin.secret });
    expect(complaintOf(stored).escalatedTo).toBe('manager');
    expect(complaintOf(stored).history.map((e: { type: string }) => e.type)).toEqual(['receive', 'escalate']);
  });

  it('refuses branch and merchant operators, and calls without a key', async () => {
    for (const key of [t.keys.north.secret, t.keys.merchant.secret]) {
      const res = await fileComplaint(t, key);
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    const none = await t.call('POST', '/v1/complaints', { body: form });
    expect([none.status, problem(none).code]).toEqual([401, 'auth/missing-key']);
  });

  it('refuses a publishable key from an origin it does not allow', async () => {
    const res = await fileComplaint(t, t.keys.publishable.secret, form, { Origin: 'https://evil.example' });
    expect([res.status, problem(res).code]).toEqual([403, 'auth/origin-not-allowed']);
  });

  it('replays a retried submission instead of filing a second complaint', async () => {
    const headers = { 'Idempotency-Key': 'complaint-retry-1' };
    const first = await fileComplaint(t, t.keys.publishable.secret, form, headers);
    const retry = await fileComplaint(t, t.keys.publishable.secret, form, headers);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const next = await fileComplaint(t, t.keys.publishable.secret);
    expect(receiptOf(next).reference).not.toBe(receiptOf(first).reference);
  });

  it('answers a complaint without unit, plate or card with 400 at subject', async () => {
    const res = await fileComplaint(t, t.keys.publishable.secret, { ...form, subject: {} });
    expect([res.status, problem(res).code]).toEqual([400, 'invalid-input']);
    expect(problem(res).issues).toEqual([
      { path: ['subject'], code: 'required', message: 'Give a unit, a plate or a member card number' },
    ]);
  });

  it('names every bad field of a complaint', async () => {
    const res = await fileComplaint(t, t.keys.publishable.secret, {
      subject: { cardNumber: '1234' },
      content: ' ',
      phone: 'call me',
      category: 'weather',
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(
      expect.arrayContaining([['name'], ['subject', 'cardNumber'], ['content'], ['phone'], ['category']]),
    );
  });

  it('answers malformed JSON, another content type and an oversized body with their problems', async () => {
    const key = t.keys.publishable.secret;
    const broken = await t.call('POST', '/v1/complaints', { key, rawBody: '{"name":' });
    expect([broken.status, problem(broken).code]).toEqual([400, 'invalid-json']);
    const text = await t.call('POST', '/v1/complaints', {
      key,
      rawBody: 'name=x',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect([text.status, problem(text).code]).toEqual([415, 'unsupported-media-type']);
    const huge = await t.call('POST', '/v1/complaints', { key, body: { ...form, content: 'x'.repeat(70 * 1024) } });
    expect([huge.status, problem(huge).code]).toEqual([413, 'payload-too-large']);
  });
});

describe('complaint references', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await serverAt('2026-11-27T15:58:00.000Z');
  });
  afterAll(() => h.t.close());

  it('gives random references with a check character, not a count of the day', async () => {
    const key = h.t.keys.publishable.secret;
    const refs = new Set<string>();
    for (let i = 0; i < 5; i++) refs.add(receiptOf(await fileComplaint(h.t, key)).reference);
    expect(refs.size).toBe(5);
    for (const ref of refs) expect(parseComplaintReference(ref)).toEqual({ status: 'valid', reference: ref });
  });

  it('keeps finding a complaint filed with a dated reference', async () => {
    const imported = createComplaint(form, {
      id: 'cmp_imported1',
      reference: complaintReference('2026-11-28', 2),
      now: h.at(),
      actor: 'import',
    });
    await insertRecord(h.t.server.db, 'complaint', imported);
    for (const typed of ['C20261128-0002', 'c20261128 0002']) {
      const res = await h.t.call('GET', `/v1/complaint-receipts/${encodeURIComponent(typed)}?phoneLast4=8000`, {
        key: h.t.keys.publishable.secret,
      });
      expect([res.status, receiptOf(res).reference]).toEqual([200, 'C20261128-0002']);
    }
  });
});

describe('POST /v1/complaints/:id/events', () => {
  let h: Harness;
  let t: TestServer;
  beforeAll(async () => {
    h = await serverAt('2026-11-27T02:00:00.000Z');
    t = h.t;
  });
  afterAll(() => t.close());

  it('takes a complaint from received through assigned, resolved and followed-up to closed', async () => {
    const filed = await fileComplaint(t, t.keys.publishable.secret);
    const id = receiptOf(filed).id;
    const next = await t.call('GET', `/v1/complaints/${id}/next-events`, { key: t.keys.admin.secret });
    expect(next.body).toEqual({ events: ['assign', 'escalate', 'resolve', 'flagMalicious'] });

    h.advance(1);
    const assigned = await complaintEvent(t, id, {
      type: 'assign',
      department: 'engineering',
      dueAt: '2026-11-29T03:00:00.000Z',
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      department: 'engineering',
      deadline: '2026-11-29T03:00:00.000Z',
    });
    const receipt = await t.call('GET', `/v1/complaint-receipts/${receiptOf(filed).reference}?phoneLast4=8000`, {
      key: t.keys.publishable.secret,
    });
    expect(receipt.body).toMatchObject({ status: 'assigned', followUpBy: '2026-11-29T03:00:00.000Z' });

    h.advance(5);
    const resolved = await complaintEvent(t, id, {
      type: 'resolve',
      resolution: 'Lift cable replaced',
      signedBy: 'eng-head',
    });
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolution: { text: 'Lift cable replaced', signedBy: 'eng-head', at: h.at() },
    });
    const resolvedReceipt = await t.call(
      'GET',
      `/v1/complaint-receipts/${receiptOf(filed).reference}?phoneLast4=8000`,
      {
        key: t.keys.publishable.secret,
      },
    );
    expect(resolvedReceipt.body).toMatchObject({
      status: 'resolved',
      resolution: 'Lift cable replaced',
      resolvedAt: h.at(),
    });

    h.advance(2);
    const followed = await complaintEvent(t, id, { type: 'followUp', satisfied: true, comment: 'Works now' });
    expect(followed.body).toMatchObject({ status: 'followed-up', satisfaction: true });
    const closed = await complaintEvent(t, id, { type: 'close' });
    expect(complaintOf(closed).status).toBe('closed');
    expect(complaintOf(closed).history.map((e: { type: string }) => e.type)).toEqual([
      'receive',
      'assign',
      'resolve',
      'followUp',
      'close',
    ]);
    expect(
      complaintOf(closed)
        .history.slice(1)
        .every((e: { actor: string }) => e.actor === `key:${t.keys.admin.id}`),
    ).toBe(true);

    const stored = await t.call('GET', `/v1/complaints/${id}`, { key: t.keys.admin.secret });
    expect(stored.body).toEqual(closed.body);
  });

  it('refuses to close a complaint before its follow-up, and to resolve a closed one', async () => {
    const id = await newComplaintId(t);
    await complaintEvent(t, id, { type: 'resolve', resolution: 'Fixed', signedBy: 'eng-head' });
    const early = await complaintEvent(t, id, { type: 'close' });
    expect([early.status, problem(early).code]).toEqual([409, 'complaint/follow-up-required']);
    await complaintEvent(t, id, { type: 'followUp', satisfied: true });
    expect((await complaintEvent(t, id, { type: 'close' })).status).toBe(200);
    const again = await complaintEvent(t, id, { type: 'resolve', resolution: 'Fixed again', signedBy: 'eng-head' });
    expect([again.status, problem(again).code]).toEqual([409, 'complaint/invalid-transition']);
    const stored = await t.call('GET', `/v1/complaints/${id}`, { key: t.keys.admin.secret });
    expect(complaintOf(stored).history).toHaveLength(4);
  });

  it('reopens a complaint after an unsatisfied follow-up with a fresh acceptance deadline', async () => {
    const id = await newComplaintId(t);
    await complaintEvent(t, id, { type: 'resolve', resolution: 'Fixed', signedBy: 'eng-head' });
    await complaintEvent(t, id, { type: 'followUp', satisfied: false, comment: 'Still noisy' });
    h.advance(1);
    const reopened = await complaintEvent(t, id, { type: 'reopen', reason: 'Complainant not satisfied' });
    expect(reopened.body).toMatchObject({
      status: 'received',
      deadline: new Date(Date.parse(h.at()) + 24 * HOUR).toISOString(),
    });
    expect(complaintOf(reopened).resolution).toBeUndefined();
  });

  it('records the server’s actor and time, not ones sent in the body', async () => {
    const id = await newComplaintId(t);
    const res = await complaintEvent(t, id, {
      type: 'escalate',
      to: 'general-manager',
      reason: 'VIP member',
      actor: 'mallory',
      at: '2020-01-01T00:00:00Z',
    });
    expect(complaintOf(res).history.at(-1)).toMatchObject({
      type: 'escalate',
      actor: `key:${t.keys.admin.id}`,
      at: h.at(),
    });
  });

  it('checks the whole event and points at its fields', async () => {
    const id = await newComplaintId(t);
    const noDue = await complaintEvent(t, id, { type: 'assign', department: 'engineering' });
    expect([noDue.status, problem(noDue).code]).toEqual([400, 'invalid-input']);
    expect(issuePaths(noDue)).toEqual([['dueAt']]);
    const past = await complaintEvent(t, id, {
      type: 'assign',
      department: 'engineering',
      dueAt: '2026-01-01T00:00:00Z',
    });
    expect(issuePaths(past)).toEqual([['dueAt']]);
    const unknown = await complaintEvent(t, id, { type: 'delete' });
    expect([unknown.status, ...issuePaths(unknown)]).toEqual([400, ['type']]);
  });

  it('keeps a complaint flagged as malicious readable by staff, the member and the reference', async () => {
    const token = await sessionToken(t, alice.id);
    const filed = await fileComplaint(t, token, { ...form, phone: '021 5555 0102', category: 'suggestion' });
    const flagged = await complaintEvent(t, receiptOf(filed).id, {
      type: 'flagMalicious',
      reason: 'Same text twelve times this week',
    });
    expect(flagged.body).toMatchObject({
      status: 'received',
      malicious: { reason: 'Same text twelve times this week', by: `key:${t.keys.admin.id}` },
    });
    for (const [path, key] of [
      [`/v1/complaints/${receiptOf(filed).id}`, t.keys.admin.secret],
      [`/v1/complaint-receipts/${receiptOf(filed).reference}`, token],
      [`/v1/complaint-receipts/${receiptOf(filed).reference}?phoneLast4=0102`, t.keys.publishable.secret],
    ] as const) {
      expect((await t.call('GET', path, { key })).status).toBe(200);
    }
    const twice = await complaintEvent(t, receiptOf(filed).id, { type: 'flagMalicious', reason: 'Again' });
    expect([twice.status, problem(twice).code]).toEqual([409, 'complaint/invalid-transition']);
  });

  it('lets only the admin move complaints along', async () => {
    const id = await newComplaintId(t);
    const event = { type: 'escalate', to: 'manager', reason: 'Check' };
    for (const key of [t.keys.north.secret, t.keys.merchant.secret]) {
      const res = await complaintEvent(t, id, event, key);
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    for (const key of [t.keys.publishable.secret, await sessionToken(t, alice.id)]) {
      const res = await complaintEvent(t, id, event, key);
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    const none = await t.call('POST', `/v1/complaints/${id}/events`, { body: event });
    expect(none.status).toBe(401);
    const nextByBranch = await t.call('GET', `/v1/complaints/${id}/next-events`, { key: t.keys.north.secret });
    expect(nextByBranch.status).toBe(403);
  });

  it('applies concurrent events one after the other, losing none', async () => {
    const id = await newComplaintId(t);
    const departments = ['engineering', 'security', 'cleaning', 'finance', 'management'];
    const results = await Promise.all(
      departments.map((department) =>
        complaintEvent(t, id, { type: 'assign', department, dueAt: '2026-12-01T00:00:00Z' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const stored = await t.call('GET', `/v1/complaints/${id}`, { key: t.keys.admin.secret });
    expect(complaintOf(stored).history).toHaveLength(1 + departments.length);
  });

  it('answers 404 for an unknown complaint and 400 for a malformed id', async () => {
    const unknown = await complaintEvent(t, 'cmp_nothing', { type: 'close' });
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
    expect((await t.call('GET', '/v1/complaints/cmp_nothing/next-events', { key: t.keys.admin.secret })).status).toBe(
      404,
    );
    const malformed = await complaintEvent(t, 'rep_1', { type: 'close' });
    expect([malformed.status, ...issuePaths(malformed)]).toEqual([400, ['path', 'id']]);
  });
});

describe('GET /v1/complaints/:id', () => {
  let h: Harness;
  let t: TestServer;
  beforeAll(async () => {
    h = await serverAt('2026-11-27T02:00:00.000Z');
    t = h.t;
  });
  afterAll(() => t.close());

  it('answers the admin, and refuses operators and publishable keys whether or not the complaint exists', async () => {
    const id = await newComplaintId(t);
    expect((await t.call('GET', `/v1/complaints/${id}`, { key: t.keys.admin.secret })).status).toBe(200);
    for (const target of [id, 'cmp_nothing']) {
      for (const key of [t.keys.north.secret, t.keys.merchant.secret, t.keys.publishable.secret]) {
        const res = await t.call('GET', `/v1/complaints/${target}`, { key });
        expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
      }
    }
    const unknown = await t.call('GET', '/v1/complaints/cmp_nothing', { key: t.keys.admin.secret });
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
    expect((await t.call('GET', `/v1/complaints/${id}`)).status).toBe(401);
  });
});

describe('GET /v1/complaints', () => {
  let h: Harness;
  let t: TestServer;
  const ids: Record<'received' | 'assigned' | 'resolved' | 'alice', string[]> = {
    received: [],
    assigned: [],
    resolved: [],
    alice: [],
  };
  beforeAll(async () => {
    h = await serverAt('2026-11-27T02:00:00.000Z');
    t = h.t;
    for (let i = 0; i < 3; i++) ids.received.push(await newComplaintId(t));
    for (let i = 0; i < 2; i++) {
      const id = await newComplaintId(t);
      await complaintEvent(t, id, { type: 'assign', department: 'cleaning', dueAt: '2026-12-01T00:00:00Z' });
      ids.assigned.push(id);
    }
    const resolved = await newComplaintId(t);
    await complaintEvent(t, resolved, { type: 'resolve', resolution: 'Done', signedBy: 'head' });
    ids.resolved.push(resolved);
    const token = await sessionToken(t, alice.id);
    ids.alice.push(receiptOf(await fileComplaint(t, token)).id);
  });
  afterAll(() => t.close());

  async function allPages(query: string, key = t.keys.admin.secret) {
    const seen: Complaint[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: TestResponse = await t.call('GET', `/v1/complaints?${query}${cursor ? `&cursor=${cursor}` : ''}`, {
        key,
      });
      expect(res.status).toBe(200);
      const page = res.body as Page<Complaint>;
      seen.push(...page.data);
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    return { ids: seen.map((c) => c.id), pages };
  }

  it('pages through every complaint in id order with cursors', async () => {
    const { ids: listed, pages } = await allPages('limit=2');
    const every = [...ids.received, ...ids.assigned, ...ids.resolved, ...ids.alice].sort();
    expect(listed).toEqual(every);
    expect(pages).toBe(4);
  });

  it('filters by status', async () => {
    const { ids: listed } = await allPages('status=assigned&limit=1');
    expect(listed).toEqual([...ids.assigned].sort());
  });

  it('lists the overdue complaints as core judges them, page by page', async () => {
    expect((await allPages('overdue=true')).ids).toEqual([]);
    h.advance(25);
    const { ids: listed, pages } = await allPages('overdue=true&limit=2');
    expect(listed).toEqual([...ids.received, ...ids.alice].sort());
    expect(pages).toBe(2);
    expect((await allPages('overdue=true&status=assigned')).ids).toEqual([]);
  });

  it('refuses operators, publishable keys and member sessions (they read receipts)', async () => {
    const token = await sessionToken(t, alice.id);
    for (const key of [t.keys.north.secret, t.keys.merchant.secret, t.keys.publishable.secret, token]) {
      const res = await t.call('GET', '/v1/complaints', { key });
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
    expect((await t.call('GET', '/v1/complaints')).status).toBe(401);
  });

  it('answers a bad status, limit or cursor with 400', async () => {
    const key = t.keys.admin.secret;
    const status = await t.call('GET', '/v1/complaints?status=lost', { key });
    expect([status.status, ...issuePaths(status)]).toEqual([400, ['query', 'status']]);
    const limit = await t.call('GET', '/v1/complaints?limit=0', { key });
    expect([limit.status, ...issuePaths(limit)]).toEqual([400, ['query', 'limit']]);
    const cursor = await t.call('GET', '/v1/complaints?cursor=nonsense', { key });
    expect([cursor.status, problem(cursor).code]).toEqual([400, 'invalid-cursor']);
  });
});

describe('GET /v1/complaints?overdue=true over many complaints', () => {
  let t: TestServer;
  afterAll(() => t.close());

  it('finds overdue complaints beyond the first rows it scans', async () => {
    ({ t } = await serverAt('2026-11-30T00:00:00.000Z'));
    const importedAt = '2026-11-27T00:00:00.000Z';
    const make = (i: number) =>
      createComplaint(form, {
        id: `cmp_${String(i).padStart(4, '0')}`,
        reference: complaintReference('2026-11-27', i),
        now: importedAt,
        actor: 'import',
      });
    const done = Array.from({ length: 450 }, (_, i) =>
      applyComplaintEvent(make(i + 1), {
        type: 'resolve',
        actor: 'head',
        at: importedAt,
        resolution: 'Done',
        signedBy: 'head',
      }),
    );
    const late = [451, 452, 453].map(make);
    await insertRecords(t.server.db, 'complaint', [
      ...done.slice(0, 300),
      at(late, 0),
      ...done.slice(300),
      at(late, 1),
      at(late, 2),
    ]);
    const first = await t.call('GET', '/v1/complaints?overdue=true&limit=2', { key: t.keys.admin.secret });
    const page = first.body as Page<Complaint>;
    expect(page.data.map((c) => c.id)).toEqual(['cmp_0451', 'cmp_0452']);
    const second = await t.call('GET', `/v1/complaints?overdue=true&limit=2&cursor=${String(page.nextCursor)}`, {
      key: t.keys.admin.secret,
    });
    expect(second.body).toMatchObject({ data: [{ id: 'cmp_0453' }], nextCursor: null });
  });
});

describe('repair orders', () => {
  let h: Harness;
  let t: TestServer;
  beforeAll(async () => {
    h = await serverAt('2026-11-27T02:00:00.000Z');
    t = h.t;
  });
  afterAll(() => t.close());

  const register = (body: unknown = repairForm, key = t.keys.admin.secret) =>
    t.call('POST', '/v1/repairs', { key, body });
  const act = (id: string, body: unknown, key = t.keys.admin.secret) =>
    t.call('POST', `/v1/repairs/${id}/events`, { key, body });

  it('takes a private repair through dispatch, assessment, checked materials, work and sign-off', async () => {
    const created = await register();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...repairForm,
      id: stringMatching(/^rep_/),
      status: 'registered',
      history: [{ type: 'register', actor: `key:${t.keys.admin.id}` }],
    });
    const id = repairOf(created).id;
    h.advance(1);
    expect((await act(id, { type: 'dispatch', receivedBy: 'eng-duty', receivedAt: h.at() })).body).toMatchObject({
      status: 'dispatched',
      receivedBy: 'eng-duty',
    });
    expect(repairOf(await act(id, { type: 'assess', note: 'Replace the cartridge' })).status).toBe('assessed');
    const materials = await act(id, {
      type: 'recordMaterials',
      materials: [{ name: 'Tap cartridge', suppliedByCustomer: true }],
    });
    expect(repairOf(materials).materials).toEqual([
      { name: 'Tap cartridge', suppliedByCustomer: true, check: 'pending' },
    ]);
    const unchecked = await act(id, { type: 'complete', work: 'Cartridge replaced' });
    expect([unchecked.status, problem(unchecked).code]).toEqual([422, 'repair/material-check-failed']);
    await act(id, {
      type: 'recordMaterials',
      materials: [{ name: 'Tap cartridge', suppliedByCustomer: true, check: 'pass' }],
    });
    expect(repairOf(await act(id, { type: 'complete', work: 'Cartridge replaced' })).status).toBe('done');
    const next = await t.call('GET', `/v1/repairs/${id}/next-events`, { key: t.keys.admin.secret });
    expect(next.body).toEqual({ events: ['signOff'] });
    const signed = await act(id, { type: 'signOff', signedBy: 'Mr Chen' });
    expect(signed.body).toMatchObject({ status: 'signed-off', signedOffBy: 'Mr Chen' });
    expect((await t.call('GET', `/v1/repairs/${id}`, { key: t.keys.admin.secret })).body).toEqual(signed.body);
  });

  it('refuses to finish a private repair before the supervisor assessed it', async () => {
    const body = repairOf(await register());
    await act(body.id, { type: 'dispatch', receivedBy: 'eng-duty', receivedAt: h.at() });
    const res = await act(body.id, { type: 'complete', work: 'Done' });
    expect([res.status, problem(res).code]).toEqual([422, 'repair/assessment-required']);
  });

  it('fixes a public item without assessment and refuses to assess it', async () => {
    const body = repairOf(await register({ ...repairForm, publicItem: true }));
    await act(body.id, { type: 'dispatch', receivedBy: 'eng-duty', receivedAt: h.at() });
    const assess = await act(body.id, { type: 'assess' });
    expect([assess.status, problem(assess).code]).toEqual([409, 'repair/invalid-transition']);
    expect(repairOf(await act(body.id, { type: 'complete', work: 'Bulb replaced' })).status).toBe('done');
  });

  it('refuses a sign-off before the work is done', async () => {
    const body = repairOf(await register());
    const res = await act(body.id, { type: 'signOff', signedBy: 'Mr Chen' });
    expect([res.status, problem(res).code]).toEqual([409, 'repair/invalid-transition']);
  });

  it('names the bad fields of an order and of an event', async () => {
    const bad = await register({ ...repairForm, appointmentAt: 'tomorrow', publicItem: undefined });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toEqual(expect.arrayContaining([['appointmentAt'], ['publicItem']]));
    const body = repairOf(await register());
    const event = await act(body.id, { type: 'dispatch' });
    expect(issuePaths(event)).toEqual(expect.arrayContaining([['receivedBy'], ['receivedAt']]));
    const type = await act(body.id, { type: 'explode' });
    expect([type.status, ...issuePaths(type)]).toEqual([400, ['type']]);
  });

  it('pages through repair orders by status', async () => {
    const key = t.keys.admin.secret;
    const page = (res: TestResponse) => res.body as Page<RepairOrder>;
    const first = await t.call('GET', '/v1/repairs?status=registered&limit=1', { key });
    expect(page(first).data).toHaveLength(1);
    expect(at(page(first).data, 0).status).toBe('registered');
    const second = await t.call(
      'GET',
      `/v1/repairs?status=registered&limit=1&cursor=${String(page(first).nextCursor)}`,
      { key },
    );
    expect(at(page(second).data, 0).id > at(page(first).data, 0).id).toBe(true);
    const all = await t.call('GET', '/v1/repairs?limit=100', { key });
    expect(page(all).nextCursor).toBeNull();
    expect(page(all).data.map((r) => r.id)).toEqual([...page(all).data.map((r) => r.id)].sort());
    const bad = await t.call('GET', '/v1/repairs?status=broken', { key });
    expect([bad.status, ...issuePaths(bad)]).toEqual([400, ['query', 'status']]);
  });

  it('serves repair orders to the admin only', async () => {
    const body = repairOf(await register());
    const token = await sessionToken(t, alice.id);
    for (const key of [t.keys.north.secret, t.keys.merchant.secret, t.keys.publishable.secret, token]) {
      for (const [method, path, payload] of [
        ['POST', '/v1/repairs', repairForm],
        ['GET', '/v1/repairs', undefined],
        ['GET', `/v1/repairs/${body.id}`, undefined],
        ['POST', `/v1/repairs/${body.id}/events`, { type: 'cancel', reason: 'x' }],
      ] as const) {
        const res = await t.call(method, path, { key, ...(payload ? { body: payload } : {}) });
        expect([method, path, res.status, problem(res).code]).toEqual([method, path, 403, 'access/forbidden']);
      }
    }
    expect((await t.call('GET', '/v1/repairs')).status).toBe(401);
  });

  it('answers 404 for an unknown order and 400 for a malformed id', async () => {
    expect((await t.call('GET', '/v1/repairs/rep_nothing', { key: t.keys.admin.secret })).status).toBe(404);
    expect((await act('rep_nothing', { type: 'cancel', reason: 'x' })).status).toBe(404);
    const malformed = await t.call('GET', '/v1/repairs/cmp_1', { key: t.keys.admin.secret });
    expect([malformed.status, ...issuePaths(malformed)]).toEqual([400, ['path', 'id']]);
  });
});

describe('paid services', () => {
  let h: Harness;
  let t: TestServer;
  beforeAll(async () => {
    h = await serverAt('2026-11-27T02:00:00.000Z');
    t = h.t;
  });
  afterAll(() => t.close());

  const quote = (body: unknown = paidForm, key = t.keys.admin.secret) =>
    t.call('POST', '/v1/paid-services', { key, body });
  const act = (id: string, body: unknown, key = t.keys.admin.secret) =>
    t.call('POST', `/v1/paid-services/${id}/events`, { key, body });

  it('takes a paid service from the fee notice through rework to charged at the quoted price', async () => {
    const created = await quote();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...paidForm, id: stringMatching(/^psv_/), status: 'quoted' });
    const id = paidServiceOf(created).id;
    expect((await act(id, { type: 'sign', signedBy: 'Ms Li' })).body).toMatchObject({
      status: 'signed',
      feeNoticeSignedBy: 'Ms Li',
    });
    h.advance(24);
    expect(paidServiceOf(await act(id, { type: 'perform' })).status).toBe('performed');
    expect(paidServiceOf(await act(id, { type: 'reject', reason: 'Grease left on the wall' })).status).toBe('rework');
    expect(paidServiceOf(await act(id, { type: 'perform', note: 'Cleaned again' })).status).toBe('performed');
    expect(paidServiceOf(await act(id, { type: 'accept', signedBy: 'Ms Li' })).status).toBe('accepted');
    const charged = await act(id, { type: 'charge', receiptNumber: 'R-0001' });
    expect(charged.body).toMatchObject({
      status: 'charged',
      charged: { amountFen: 12000, at: h.at(), receiptNumber: 'R-0001' },
    });
    const next = await t.call('GET', `/v1/paid-services/${id}/next-events`, { key: t.keys.admin.secret });
    expect(next.body).toEqual({ events: [] });
  });

  it('hands a service the customer will not pay to the responsible staff', async () => {
    const body = paidServiceOf(await quote());
    for (const event of [
      { type: 'sign', signedBy: 'Ms Li' },
      { type: 'perform' },
      { type: 'accept', signedBy: 'Ms Li' },
    ])
      await act(body.id, event);
    const res = await act(body.id, { type: 'escalate', handedTo: 'cs-manager', reason: 'Refuses to pay' });
    expect(res.body).toMatchObject({ status: 'escalated', handedTo: 'cs-manager' });
  });

  it('refuses to charge a service that was only quoted', async () => {
    const body = paidServiceOf(await quote());
    const res = await act(body.id, { type: 'charge' });
    expect([res.status, problem(res).code]).toEqual([409, 'paid-service/invalid-transition']);
  });

  it('names the bad fields of a fee notice and of an event', async () => {
    const bad = await quote({ ...paidForm, quote: { priceFen: -1, scheduledAt: paidForm.quote.scheduledAt } });
    expect([bad.status, ...issuePaths(bad)]).toEqual([400, ['quote', 'priceFen']]);
    const body = paidServiceOf(await quote());
    const event = await act(body.id, { type: 'sign' });
    expect([event.status, ...issuePaths(event)]).toEqual([400, ['signedBy']]);
  });

  it('lists paid services by status and serves them to the admin only', async () => {
    const key = t.keys.admin.secret;
    const charged = await t.call('GET', '/v1/paid-services?status=charged', { key });
    const page = (res: TestResponse) => res.body as Page<PaidService>;
    expect(page(charged).data.map((s) => s.status)).toEqual(['charged']);
    const first = await t.call('GET', '/v1/paid-services?limit=2', { key });
    const rest = await t.call('GET', `/v1/paid-services?limit=100&cursor=${String(page(first).nextCursor)}`, { key });
    expect(page(first).data.length + page(rest).data.length).toBe(4);
    for (const other of [t.keys.north.secret, t.keys.merchant.secret]) {
      const res = await t.call('GET', '/v1/paid-services', { key: other });
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
      expect((await quote(paidForm, other)).status).toBe(403);
    }
    expect((await t.call('GET', '/v1/paid-services/psv_nothing', { key })).status).toBe(404);
    expect((await t.call('GET', '/v1/paid-services/psv_nothing', { key: t.keys.north.secret })).status).toBe(403);
  });
});

describe('OpenAPI', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it('documents the service desk routes with their schemas', async () => {
    const { paths } = (await t.call('GET', '/v1/openapi.json')).body as OpenApiDocument;
    expect(paths['/v1/complaints']?.post?.operationId).toBe('createComplaint');
    expect(paths['/v1/complaint-receipts/{reference}']?.get?.operationId).toBe('getComplaintReceipt');
    expect(paths['/v1/complaints/{id}/events']?.post?.operationId).toBe('applyComplaintEvent');
    expect(paths['/v1/repairs/{id}/events']?.post?.operationId).toBe('applyRepairOrderEvent');
    expect(paths['/v1/paid-services']?.get?.operationId).toBe('listPaidServices');
  });
});
