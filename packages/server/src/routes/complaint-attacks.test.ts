import type { ComplaintReceipt, MemberSession, Page } from '@clubkit/core';
import type { Member } from '@clubkit/core/membership';
import {
  complaintReference,
  createComplaint,
  parseComplaintReference,
  randomComplaintReference,
  type Complaint,
  type NewComplaintInput,
} from '@clubkit/core/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECEIPT_MISS_WINDOW_SECONDS, RECEIPT_MISSES_ALLOWED } from '../services/receipt-lookups.js';
import { insertRecord, insertRecords } from '../store/records.js';
import { problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';
import { insertWithNewReference } from './complaints.js';

/*
 * The attacks on complaints filed with the publishable key, which every partner
 * page's HTML carries: each is made against the real server and failed before the change.
 */

const alice: Member = { id: 'mbr_alice', name: '陳美玲', phone: '13800138000', branchId: 'br_north' };
const bob: Member = { id: 'mbr_bob', name: '李強', phone: '13900139000', branchId: 'br_south' };
const form: NewComplaintInput = {
  name: '王小明',
  subject: { unit: 'A-1203' },
  content: '電梯常停在十二樓。',
  phone: '138 0013 8000',
  category: 'facility',
};

/** A test server whose clock the test moves (10:00 in Shanghai at the start). */
async function serverAt(iso: string) {
  let now = new Date(iso);
  const t = await startTestServer({ clock: () => now });
  await insertRecords(t.server.db, 'member', [alice, bob]);
  return {
    t,
    advanceSeconds: (seconds: number) => void (now = new Date(now.getTime() + seconds * 1000)),
  };
}

type ServerAt = Awaited<ReturnType<typeof serverAt>>;

/**
 * A server at `iso` for the tests of the describe block this is called in: started before them
 * (handed to `use`), closed after them.
 */
function useServerAt(iso: string, use: (h: ServerAt) => void): void {
  let started: ServerAt | undefined;
  beforeAll(async () => {
    started = await serverAt(iso);
    use(started);
  });
  afterAll(() => started?.t.close());
}

const receiptOf = (res: TestResponse) => res.body as ComplaintReceipt;

function file(t: TestServer, key: string, body: unknown = form) {
  return t.call('POST', '/v1/complaints', { key, body });
}

function lookup(t: TestServer, reference: string, phoneLast4?: string, key = t.keys.publishable.secret) {
  const query = phoneLast4 === undefined ? '' : `?phoneLast4=${phoneLast4}`;
  return t.call('GET', `/v1/complaint-receipts/${encodeURIComponent(reference)}${query}`, { key });
}

async function sessionToken(t: TestServer, memberId: string): Promise<string> {
  const res = await t.call('POST', '/v1/member-sessions', { key: t.keys.admin.secret, body: { memberId } });
  return (res.body as MemberSession).token;
}

/** A problem body without its request id, which is the one part two answers may differ in. */
function withoutRequestId(res: TestResponse): unknown {
  return Object.fromEntries(Object.entries(problem(res)).filter(([field]) => field !== 'requestId'));
}

async function stored(t: TestServer, id: string): Promise<Complaint> {
  return (await t.call('GET', `/v1/complaints/${id}`, { key: t.keys.admin.secret })).body as Complaint;
}

describe('complaint references cannot be exhausted or guessed', () => {
  let t: TestServer;
  useServerAt('2026-11-27T02:00:00.000Z', (h) => ({ t } = h));

  it('files a complaint after the day’s 9,999th (no daily cap, no 503)', async () => {
    // Where the dated references counted the day's complaints, this counter at 9,999 made every
    // further complaint of the day a 503 `complaint/references-exhausted`.
    await t.server.db.insertInto('counters').values({ name: 'complaints:2026-11-27', value: 9999 }).execute();
    const res = await file(t, t.keys.publishable.secret);
    expect(res.status).toBe(201);
    expect(parseComplaintReference(receiptOf(res).reference).status).toBe('valid');
  });

  it('resolves none of the dated references of the day, guessed in sequence', async () => {
    for (let i = 0; i < 3; i++) expect((await file(t, t.keys.publishable.secret)).status).toBe(201);
    for (let sequence = 1; sequence <= 10; sequence++) {
      const res = await lookup(t, complaintReference('2026-11-27', sequence), '8000');
      expect(res.status).toBe(404);
    }
  });

  it('resolves none of 50 guessed random references, even with the right phone digits', async () => {
    const guesses = Array.from({ length: 50 }, (_, i) =>
      randomComplaintReference(Uint8Array.of(i, (i * 37) & 255, (i * 101) & 255, 7, 250 - i)),
    );
    for (const guess of guesses) expect((await lookup(t, guess, '8000')).status).toBe(404);
  });

  it('tells a mistyped reference (422) from an unknown one (404)', async () => {
    const filed = receiptOf(await file(t, t.keys.publishable.secret)).reference;
    const last = filed.charAt(filed.length - 1);
    const mistyped = `${filed.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
    const res = await lookup(t, mistyped, '8000');
    expect([res.status, problem(res).code]).toEqual([422, 'complaint/reference-mistyped']);
    // What a caller reads out or types: any case, spaces for dashes, O for zero.
    const typed = filed.toLowerCase().replace('-', ' ').replaceAll('0', 'o');
    expect((await lookup(t, typed, '8000')).body).toMatchObject({ reference: filed });
  });

  it('draws again when a random reference is already taken', async () => {
    const draws = [Uint8Array.of(1, 2, 3, 4, 5), Uint8Array.of(1, 2, 3, 4, 5), Uint8Array.of(9, 9, 9, 9, 9)];
    const taken = randomComplaintReference(Uint8Array.of(1, 2, 3, 4, 5));
    await insertRecord(
      t.server.db,
      'complaint',
      createComplaint(form, { id: 'cmp_taken1', reference: taken, now: '2026-11-27T02:00:00.000Z', actor: 'import' }),
    );
    const tried: string[] = [];
    const filed = await insertWithNewReference(
      t.server.db,
      (reference) => {
        tried.push(reference);
        return createComplaint(form, { id: 'cmp_drawn1', reference, now: '2026-11-27T02:00:00.000Z', actor: 'import' });
      },
      () => draws.shift() ?? Uint8Array.of(0, 0, 0, 0, 0),
    );
    const fresh = randomComplaintReference(Uint8Array.of(9, 9, 9, 9, 9));
    expect(tried).toEqual([taken, taken, fresh]);
    expect(filed.reference).toBe(fresh);
    // The one taken keeps its complaint; the new one is stored once, under the fresh reference.
    const rows = await t.server.db
      .selectFrom('complaints')
      .select(['id', 'reference'])
      .where('reference', 'in', [taken, fresh])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'cmp_drawn1', reference: fresh },
      { id: 'cmp_taken1', reference: taken },
    ]);
  });

  it('gives one reference to one of two filings that draw it at once; the other draws again', async () => {
    const same = Uint8Array.of(5, 5, 5, 5, 5);
    const file = (id: string, second: Uint8Array) => {
      const draws = [same, second];
      return t.server.db.transaction().execute((trx) =>
        insertWithNewReference(
          trx,
          (reference) => createComplaint(form, { id, reference, now: '2026-11-27T02:00:00.000Z', actor: 'import' }),
          () => draws.shift() ?? Uint8Array.of(0, 0, 0, 0, 0),
        ),
      );
    };
    const filed = await Promise.all([
      file('cmp_race1', Uint8Array.of(6, 6, 6, 6, 1)),
      file('cmp_race2', Uint8Array.of(6, 6, 6, 6, 2)),
    ]);
    const references = filed.map((c) => c.reference);
    expect(new Set(references).size).toBe(2);
    expect(references).toContain(randomComplaintReference(same));
    const rows = await t.server.db
      .selectFrom('complaints')
      .select('reference')
      .where('id', 'in', ['cmp_race1', 'cmp_race2'])
      .execute();
    expect(rows.map((r) => r.reference).sort()).toEqual([...references].sort());
  });

  it('gives up, storing nothing, when every draw is taken', async () => {
    const taken = randomComplaintReference(Uint8Array.of(7, 7, 7, 7, 7));
    await insertRecord(
      t.server.db,
      'complaint',
      createComplaint(form, { id: 'cmp_taken2', reference: taken, now: '2026-11-27T02:00:00.000Z', actor: 'import' }),
    );
    await expect(
      insertWithNewReference(
        t.server.db,
        (reference) =>
          createComplaint(form, { id: 'cmp_never1', reference, now: '2026-11-27T02:00:00.000Z', actor: 'import' }),
        () => Uint8Array.of(7, 7, 7, 7, 7),
      ),
    ).rejects.toThrow(/No free complaint reference in 8 draws/);
    const stored = await t.server.db.selectFrom('complaints').select('id').where('id', '=', 'cmp_never1').execute();
    expect(stored).toEqual([]);
  });
});

describe('a receipt lookup needs the phone digits', () => {
  let h: ServerAt;
  let t: TestServer;
  useServerAt('2026-11-27T02:00:00.000Z', (started) => {
    h = started;
    t = started.t;
  });

  it('answers a missing or wrong phoneLast4 exactly as an unknown reference', async () => {
    const filed = receiptOf(await file(t, t.keys.publishable.secret));
    const unknown = await lookup(t, randomComplaintReference(Uint8Array.of(200, 1, 2, 3, 4)), '8000');
    expect([unknown.status, problem(unknown).code]).toEqual([404, 'not-found']);
    for (const phone of [undefined, '0000', '8001']) {
      const res = await lookup(t, filed.reference, phone);
      expect(res.status).toBe(404);
      expect({ ...(withoutRequestId(res) as object), instance: '' }).toEqual({
        ...(withoutRequestId(unknown) as object),
        instance: '',
      });
    }
    expect((await lookup(t, filed.reference, '8000')).body).toEqual(filed);
  });

  it('answers 429 with Retry-After after repeated misses on one reference, found or not', async () => {
    const filed = receiptOf(await file(t, t.keys.publishable.secret));
    const unknown = randomComplaintReference(Uint8Array.of(201, 1, 2, 3, 4));
    for (const reference of [filed.reference, unknown]) {
      for (let i = 0; i < RECEIPT_MISSES_ALLOWED; i++) expect((await lookup(t, reference, '1234')).status).toBe(404);
      const blocked = await lookup(t, reference, '1234');
      expect([blocked.status, problem(blocked).code]).toEqual([429, 'rate-limited']);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Blocked for everyone, the right digits too, until the window has passed.
    expect((await lookup(t, filed.reference, '8000')).status).toBe(429);
    h.advanceSeconds(RECEIPT_MISS_WINDOW_SECONDS + 1);
    expect((await lookup(t, filed.reference, '8000')).status).toBe(200);
  });

  it("lets a member session read only its own member's receipts", async () => {
    const mine = receiptOf(await file(t, await sessionToken(t, alice.id)));
    const anonymous = receiptOf(await file(t, t.keys.publishable.secret));
    const bobs = await sessionToken(t, bob.id);
    expect((await lookup(t, mine.reference, undefined, await sessionToken(t, alice.id))).body).toEqual(mine);
    expect((await lookup(t, mine.reference, '8000', bobs)).status).toBe(404);
    expect((await lookup(t, anonymous.reference, '8000', await sessionToken(t, alice.id))).status).toBe(404);
  });
});

describe('a visitor or member sees the public part only', () => {
  let t: TestServer;
  useServerAt('2026-11-27T02:00:00.000Z', (h) => ({ t } = h));

  it('shows no staff ids, departments, escalations, malicious flags or history in receipts and /v1/me/complaints', async () => {
    const token = await sessionToken(t, alice.id);
    const filed = receiptOf(await file(t, token));
    const admin = t.keys.admin.secret;
    for (const event of [
      { type: 'escalate', to: 'general-manager', reason: 'Manager escalation: secret-escalation-note' },
      { type: 'assign', department: 'engineering', dueAt: '2026-11-29T03:00:00.000Z' },
      { type: 'flagMalicious', reason: 'secret-malicious-note' },
      { type: 'resolve', resolution: 'Lift cable replaced', signedBy: 'stf_secret_head' },
    ]) {
      expect((await t.call('POST', `/v1/complaints/${filed.id}/events`, { key: admin, body: event })).status).toBe(200);
    }
    const receipt = await lookup(t, filed.reference, '8000');
    const mine = await t.call('GET', '/v1/me/complaints', { key: token });
    const listed = (mine.body as Page<ComplaintReceipt>).data;
    expect(listed).toEqual([receipt.body]);
    for (const res of [receipt, mine]) {
      for (const secret of [
        'engineering',
        'general-manager',
        'secret-',
        'stf_secret_head',
        'key_',
        'history',
        '王小明',
      ]) {
        expect(res.text).not.toContain(secret);
      }
    }
    expect(Object.keys(receiptOf(receipt)).sort()).toEqual(
      ['category', 'followUpBy', 'id', 'receivedAt', 'reference', 'resolution', 'resolvedAt', 'status'].sort(),
    );
  });

  it('keeps the whole record from a member session', async () => {
    const token = await sessionToken(t, alice.id);
    const filed = receiptOf(await file(t, token));
    for (const path of [`/v1/complaints/${filed.id}`, '/v1/complaints']) {
      const res = await t.call('GET', path, { key: token });
      expect([res.status, problem(res).code]).toEqual([403, 'access/forbidden']);
    }
  });
});

describe('a publishable key cannot escalate', () => {
  let t: TestServer;
  useServerAt('2026-11-27T02:00:00.000Z', (h) => ({ t } = h));

  it('files severity "serious", channel "hotline" as a normal web complaint', async () => {
    const res = await file(t, t.keys.publishable.secret, {
      ...form,
      phone: '021 5555 0001',
      severity: 'serious',
      channel: 'hotline',
    });
    expect(res.status).toBe(201);
    expect(receiptOf(res)).toMatchObject({ status: 'received', followUpBy: '2026-11-28T02:00:00.000Z' });
    const complaint = await stored(t, receiptOf(res).id);
    expect(complaint).toMatchObject({ channel: 'web', severity: 'normal' });
    expect(complaint.escalatedTo).toBeUndefined();
    expect(complaint.history.map((e) => e.type)).toEqual(['receive']);
  });

  it('ignores severity and channel from a member session too', async () => {
    const res = await file(t, await sessionToken(t, bob.id), {
      ...form,
      phone: '021 5555 0002',
      severity: 'serious',
      channel: 'visit',
    });
    expect(await stored(t, receiptOf(res).id)).toMatchObject({
      channel: 'web',
      severity: 'normal',
      status: 'received',
    });
  });

  it('escalates by the rules: a broken promise, or a repeat complaint from the same phone', async () => {
    const key = t.keys.publishable.secret;
    const promise = await file(t, key, { ...form, phone: '021 5555 0003', category: 'broken-promise' });
    expect(receiptOf(promise).status).toBe('escalated');
    const first = await file(t, key, { ...form, phone: '021 5555 0004' });
    const again = await file(t, key, { ...form, phone: '0215555 0004' });
    expect([receiptOf(first).status, receiptOf(again).status]).toEqual(['received', 'escalated']);
    expect(await stored(t, receiptOf(again).id)).toMatchObject({ severity: 'serious', escalatedTo: 'manager' });
  });

  it('still lets staff log a serious hotline complaint', async () => {
    const res = await file(t, t.keys.admin.secret, {
      ...form,
      phone: '021 5555 0005',
      severity: 'serious',
      channel: 'hotline',
    });
    expect(await stored(t, receiptOf(res).id)).toMatchObject({
      channel: 'hotline',
      severity: 'serious',
      status: 'escalated',
    });
  });
});

describe('spam is bounded per partner key', () => {
  let h: ServerAt;
  let t: TestServer;
  useServerAt('2026-11-27T02:00:00.000Z', (started) => {
    h = started;
    t = started.t;
  });

  it("answers 429 with Retry-After to the club's midnight over the key's daily quota, never 503", async () => {
    const limited = await t.server.createKey({ kind: 'publishable', complaintQuota: 3 });
    // A refused filing does not use up the quota.
    expect((await file(t, limited.secret, { ...form, category: 'weather' })).status).toBe(400);
    for (let i = 0; i < 3; i++) expect((await file(t, limited.secret)).status).toBe(201);
    const over = await file(t, limited.secret);
    expect([over.status, problem(over).code]).toEqual([429, 'complaint/daily-quota-exceeded']);
    // 10:00 in Shanghai: 14 hours to the club's midnight.
    expect(over.headers.get('retry-after')).toBe(String(14 * 3600));
    // Another partner's key is not affected.
    expect((await file(t, t.keys.publishable.secret)).status).toBe(201);
    h.advanceSeconds(14 * 3600);
    expect((await file(t, limited.secret)).status).toBe(201);
  });

  it('refuses a quota on a secret key or a quota that is not a whole number', async () => {
    await expect(
      t.server.createKey({ kind: 'secret', principal: { role: 'admin' }, complaintQuota: 5 }),
    ).rejects.toThrow(/complaintQuota/);
    await expect(t.server.createKey({ kind: 'publishable', complaintQuota: 1.5 })).rejects.toThrow(/complaintQuota/);
  });
});
