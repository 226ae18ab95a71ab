// Every fault a client meets on the way to the real Club API, through the fault proxy: which ones
// are retried (a write with the same idempotency key), which are final, and that every write the
// client acknowledged is stored exactly once, stalls included. The matrix is the one the
// "Errors and retries" guide writes down.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkResponses } from './check.js';
import { createClubClient } from './client.js';
import {
  isClubApiError,
  isClubClientError,
  isClubNetworkError,
  isClubTimeoutError,
  type ClubClientError,
} from './errors.js';
import type { Fault } from './testing/fault-proxy.js';
import { startTestApi, type TestApi } from './testing/server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.proxy.reset());

const quick = { limit: 2, baseMs: 10, capMs: 50 };
const client = (extra: Partial<Parameters<typeof createClubClient>[0]> = {}) =>
  createClubClient({
    baseUrl: api.proxy.url,
    publishableKey: api.keys.publishable.secret,
    retry: quick,
    timeoutMs: 400,
    checkResponses,
    ...extra,
  });

let serial = 0;
/** A complaint whose content no other call uses, so that the database can be asked how many there are. */
const complaintNo = () => {
  const content = `救援車遲到 #${++serial}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    name: '王小明',
    subject: { plate: '雲K8A123' },
    content,
    phone: '13800138000',
    category: 'service-quality' as const,
  };
};

const problem = (status: number, code: string) => ({
  kind: 'status' as const,
  status,
  body: JSON.stringify({
    type: 'about:blank',
    title: code,
    status,
    detail: `Injected ${code}.`,
    code,
    requestId: 'proxy',
  }),
});

/** The idempotency key a given-up write carries. */
function keyOf(error: ClubClientError): string {
  if (error.idempotencyKey === undefined) throw new Error(`${error.code} carries no idempotency key`);
  return error.idempotencyKey;
}

/** `list[i]`, which the test knows is there. */
function at<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`nothing at ${i}`);
  return item;
}

async function caught(promise: Promise<unknown>): Promise<ClubClientError> {
  try {
    await promise;
  } catch (error) {
    if (isClubClientError(error)) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** The faults after which a call is tried again. */
const retried: [string, Fault][] = [
  ['an answer lost after the write', { kind: 'drop-response' }],
  ['a connection reset before the server saw the request', { kind: 'drop-request' }],
  ['an answer stalled past timeoutMs after the write', { kind: 'stall', ms: 1200 }],
  ['a request held past timeoutMs before the server saw it', { kind: 'delay', ms: 1200 }],
  ['408', problem(408, 'http/408')],
  ['429 with Retry-After', { ...problem(429, 'rate-limited'), headers: { 'retry-after': '0' } }],
  ['500', problem(500, 'internal')],
  ['502', problem(502, 'http/502')],
  ['503 with Retry-After', { ...problem(503, 'unavailable'), headers: { 'retry-after': '0' } }],
  ['504', problem(504, 'http/504')],
  ['409: a request with this key is still in progress', problem(409, 'idempotency/in-progress')],
];

/** The answers that describe the request itself, so that sending it again cannot help. */
const final: [number, string][] = [
  [400, 'invalid-input'],
  [401, 'auth/invalid-key'],
  [403, 'auth/forbidden'],
  [404, 'not-found'],
  [409, 'idempotency/key-reused'],
  [413, 'payload-too-large'],
  [415, 'unsupported-media-type'],
  [422, 'complaint/invalid-transition'],
];

describe('a write (POST) is retried with the same key after', () => {
  it.each(retried)('%s, and is stored exactly once', async (_, fault) => {
    const input = complaintNo();
    api.proxy.inject(fault);
    const receipt = await client().complaints.create(input);
    expect(receipt.reference).toBeTruthy();
    const keys = api.proxy.requests.map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(await api.countComplaints(input.content)).toBe(1);
  });
});

describe('a read (GET) is retried after', () => {
  it.each(retried.filter(([, f]) => !(f.kind === 'status' && f.status === 409)))('%s', async (_, fault) => {
    api.proxy.inject(fault);
    const page = await client().merchants.list().page();
    expect(page.data).toEqual([]);
    expect(api.proxy.requests.map((r) => r.method)).toEqual(['GET', 'GET']);
  });
});

describe('never retried', () => {
  it.each(final)('%i %s: one attempt, the API error, and the key of the write', async (status, code) => {
    api.proxy.inject(problem(status, code));
    const error = await caught(
      client().complaints.create(complaintNo(), { idempotencyKey: `final-${status}-${code}` }),
    );
    expect(isClubApiError(error)).toBe(true);
    expect([error.status, error.code]).toEqual([status, code]);
    expect(error.idempotencyKey).toBe(`final-${status}-${code}`);
    expect(api.proxy.requests).toHaveLength(1);
  });

  it('a real 409 key-reused from the server, which no retry could mend', async () => {
    const key = `reused-key-${serial}-0000000000`;
    await client().complaints.create(complaintNo(), { idempotencyKey: key });
    api.proxy.reset();
    const error = await caught(client().complaints.create(complaintNo(), { idempotencyKey: key }));
    expect([error.status, error.code]).toEqual([409, 'idempotency/key-reused']);
    expect(api.proxy.requests).toHaveLength(1);
  });

  it('reads carry no idempotency key on their errors', async () => {
    api.proxy.inject(problem(404, 'not-found'));
    const error = await caught(client().merchants.list().page());
    expect(error.idempotencyKey).toBeUndefined();
  });
});

describe('giving up', () => {
  it('a write the client gave up on carries its key, and retrying with it later stores it once', async () => {
    const input = complaintNo();
    // The server does the write every time; every answer is lost.
    api.proxy.inject({ kind: 'drop-response' }, { kind: 'drop-response' }, { kind: 'drop-response' });
    const error = await caught(client().complaints.create(input));
    expect(isClubNetworkError(error)).toBe(true);
    expect(error.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(api.proxy.requests.map((r) => r.headers['idempotency-key'])).toEqual(Array(3).fill(error.idempotencyKey));
    expect(await api.countComplaints(input.content)).toBe(1);

    const receipt = await client().complaints.create(input, { idempotencyKey: keyOf(error) });
    expect(receipt.reference).toBeTruthy();
    expect(await api.countComplaints(input.content)).toBe(1);
  });

  it('a server that refuses connections ends in ClubNetworkError with the key of the write', async () => {
    const dead = createClubClient({
      baseUrl: 'http://127.0.0.1:9',
      publishableKey: api.keys.publishable.secret,
      retry: quick,
    });
    const error = await caught(dead.complaints.create(complaintNo(), { idempotencyKey: 'refused-0001' }));
    expect(isClubNetworkError(error)).toBe(true);
    expect(error.idempotencyKey).toBe('refused-0001');
  });
});

describe('time limits through a stalling proxy', () => {
  it('timeoutMs is per attempt: a stalled first answer is retried and the call succeeds', async () => {
    const input = complaintNo();
    api.proxy.inject({ kind: 'stall', ms: 1500 });
    const started = performance.now();
    await client({ timeoutMs: 300 }).complaints.create(input);
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(1400);
    expect(api.proxy.requests).toHaveLength(2);
    expect(await api.countComplaints(input.content)).toBe(1);
  });

  it('deadlineMs bounds the whole call, retries included, and the key outlives it', async () => {
    const input = complaintNo();
    api.proxy.inject(...Array.from({ length: 7 }, () => ({ kind: 'stall' as const, ms: 2000 })));
    const started = performance.now();
    const error = await caught(
      client({ timeoutMs: 250, deadlineMs: 700, retry: { limit: 6, baseMs: 10, capMs: 50 } }).complaints.create(input),
    );
    const took = performance.now() - started;
    expect(isClubTimeoutError(error)).toBe(true);
    expect(error.message).toContain('deadline of 700 ms');
    expect(took).toBeGreaterThanOrEqual(690);
    expect(took).toBeLessThan(1500);
    expect(api.proxy.requests.length).toBeGreaterThanOrEqual(2);
    expect(api.proxy.requests.length).toBeLessThan(7);
    expect(error.idempotencyKey).toBeTruthy();
    // Every stalled attempt reached the server; the first did the write, the others replayed it.
    expect(await api.countComplaints(input.content)).toBe(1);

    api.proxy.reset();
    await client().complaints.create(input, { idempotencyKey: keyOf(error) });
    expect(await api.countComplaints(input.content)).toBe(1);
  });
});

describe('many calls through every fault at once', () => {
  it('stores every acknowledged write exactly once, and every given-up one at most once until its key is retried', async () => {
    const CALLS = 36;
    const CONCURRENCY = 4;
    // A seeded mix: each fault of the matrix, final answers among them, and clean passes; the
    // proxy hands them to whichever attempt arrives next.
    let seed = 20_261_130;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pool: Fault[] = [
      ...retried.map(([, f]) => f),
      problem(422, 'complaint/invalid-transition'),
      { kind: 'delay', ms: 0 },
      { kind: 'delay', ms: 0 },
    ];
    const faults = Array.from({ length: CALLS * 3 }, () => at(pool, Math.floor(random() * pool.length)));
    api.proxy.inject(...faults);

    const before = await api.count('complaints');
    const inputs = Array.from({ length: CALLS }, complaintNo);
    const outcomes: ({ ok: true } | { ok: false; error: ClubClientError })[] = [];
    const c = client({ timeoutMs: 300, retry: { limit: 3, baseMs: 10, capMs: 50 } });
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CALLS) {
          const i = next++;
          try {
            await c.complaints.create(at(inputs, i));
            outcomes[i] = { ok: true };
          } catch (error) {
            if (!isClubClientError(error)) throw error;
            outcomes[i] = { ok: false, error };
          }
        }
      }),
    );

    const acknowledged = outcomes.filter((o) => o.ok).length;
    expect(acknowledged).toBeGreaterThan(CALLS / 2);
    for (const [i, outcome] of outcomes.entries()) {
      const stored = await api.countComplaints(at(inputs, i).content);
      if (outcome.ok) expect(stored, `call ${i}`).toBe(1);
      else expect(stored, `call ${i} (${outcome.error.code})`).toBeLessThanOrEqual(1);
    }

    // Each given-up write, retried by hand with its key, is then stored exactly once.
    api.proxy.reset();
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.ok) continue;
      expect(outcome.error.idempotencyKey, `call ${i}`).toBeTruthy();
      await client().complaints.create(at(inputs, i), { idempotencyKey: keyOf(outcome.error) });
      expect(await api.countComplaints(at(inputs, i).content), `call ${i} retried`).toBe(1);
    }
    expect(await api.count('complaints')).toBe(before + CALLS);
  });
});
