import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkResponses } from './check.js';
import { createClubClient } from './client.js';
import {
  isClubApiError,
  isClubNetworkError,
  isClubResponseError,
  isClubTimeoutError,
  type ClubApiError,
  type ClubResponseError,
} from './errors.js';
import { startTestApi, type TestApi } from './testing/server.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => api.proxy.reset());

const complaint = {
  name: '王小明',
  subject: { plate: '雲K8A123' },
  content: '救援車遲到兩小時',
  phone: '13800138000',
  category: 'service-quality' as const,
};
/** Fast retries for tests: the policy is the same, only shorter. */
const quick = { limit: 2, baseMs: 20, capMs: 100 };
/** A browser's client, checking the server's answers against core's schemas. */
const client = (extra: Parameters<typeof createClubClient>[0] extends infer O ? Partial<O> : never = {}) =>
  createClubClient({
    baseUrl: api.proxy.url,
    publishableKey: api.keys.publishable.secret,
    retry: quick,
    checkResponses,
    ...extra,
  });

/** The request the proxy saw `i`-th, which the test knows it saw. */
function request(i: number) {
  const seen = api.proxy.requests[i];
  if (seen === undefined) throw new Error(`the proxy saw no request ${i}`);
  return seen;
}

async function caught<T>(promise: Promise<T>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('retries', () => {
  it('retries a complaint POST whose response was lost, and leaves exactly one complaint', async () => {
    const before = await api.count('complaints');
    api.proxy.inject({ kind: 'drop-response' });
    const receipt = await client().complaints.create(complaint);
    expect(receipt.reference).toMatch(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(api.proxy.requests).toHaveLength(2);
    const keys = api.proxy.requests.map((r) => r.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(await api.count('complaints')).toBe(before + 1);
  });

  it('answers 503 then 201 with one complaint created', async () => {
    const before = await api.count('complaints');
    api.proxy.inject({ kind: 'status', status: 503 });
    await client().complaints.create(complaint);
    expect(api.proxy.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(await api.count('complaints')).toBe(before + 1);
  });

  it('retries a connection dropped before the server saw it', async () => {
    api.proxy.inject({ kind: 'drop-request' });
    const page = await client().merchants.list().page();
    expect(page.data).toEqual([]);
    expect(api.proxy.requests).toHaveLength(2);
  });

  it('honours Retry-After on 429', async () => {
    api.proxy.inject({ kind: 'status', status: 429, headers: { 'retry-after': '1' } });
    const started = Date.now();
    await client().merchants.list().page();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(api.proxy.requests).toHaveLength(2);
  });

  it('honours Retry-After given as an HTTP date on 503', async () => {
    const at = new Date(Math.ceil((Date.now() + 1500) / 1000) * 1000);
    api.proxy.inject({ kind: 'status', status: 503, headers: { 'retry-after': at.toUTCString() } });
    await client().merchants.list().page();
    expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 50);
    expect(api.proxy.requests).toHaveLength(2);
  });

  it('cuts a Retry-After longer than maxRetryAfterMs to it', async () => {
    api.proxy.inject({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
    const started = Date.now();
    await client({ retry: { ...quick, maxRetryAfterMs: 200 } })
      .merchants.list()
      .page();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(api.proxy.requests).toHaveLength(2);
  });

  it('sends PATCH in capitals, with the key, language and a JSON body', async () => {
    const admin = createClubClient({ baseUrl: api.proxy.url, secretKey: api.keys.admin.secret, locale: 'en' });
    const merchant = await admin.merchants.create({
      name: '版納洗車',
      category: 'car-wash',
      region: 'jinghong',
      address: '景洪市宣慰大道1號',
      phone: '0691-2123456',
      offers: [],
    });
    const updated = await admin.merchants.update(merchant.id, { phone: '0691-2120000' });
    expect(updated.phone).toBe('0691-2120000');
    const sent = api.proxy.requests.at(-1);
    expect(sent?.method).toBe('PATCH');
    expect(sent?.headers['authorization']).toBe(`Bearer ${api.keys.admin.secret}`);
    expect(sent?.headers['accept-language']).toBe('en');
    expect(sent?.headers['content-type']).toBe('application/json');
  });

  it('gives up after the retry limit with the last API error', async () => {
    api.proxy.inject({ kind: 'status', status: 503 }, { kind: 'status', status: 503 }, { kind: 'status', status: 503 });
    const error = (await caught(client().merchants.list().page())) as ClubApiError;
    expect(isClubApiError(error)).toBe(true);
    expect(error.status).toBe(503);
    expect(api.proxy.requests).toHaveLength(3);
  });

  it('does not retry a 4xx answer', async () => {
    const error = (await caught(client().complaints.create({ ...complaint, phone: '' }))) as ClubApiError;
    expect([error.status, error.code]).toEqual([400, 'invalid-input']);
    expect(error.issues.map((i) => i.path.join('.'))).toContain('phone');
    expect(api.proxy.requests).toHaveLength(1);
  });

  it('does not retry at all with retry: false', async () => {
    api.proxy.inject({ kind: 'status', status: 503 });
    await caught(client({ retry: false }).merchants.list().page());
    expect(api.proxy.requests).toHaveLength(1);
  });

  it('reports a server it cannot reach as ClubNetworkError after its retries', async () => {
    const dead = createClubClient({
      baseUrl: 'http://127.0.0.1:9',
      publishableKey: api.keys.publishable.secret,
      retry: quick,
    });
    const error = await caught(dead.merchants.list().page());
    expect(isClubNetworkError(error)).toBe(true);
  });
});

describe('idempotency keys', () => {
  it('gives every call its own key, so two submits make two complaints', async () => {
    const before = await api.count('complaints');
    await client().complaints.create(complaint);
    await client().complaints.create(complaint);
    expect(request(0).headers['idempotency-key']).not.toBe(request(1).headers['idempotency-key']);
    expect(await api.count('complaints')).toBe(before + 2);
  });

  it('uses the caller’s key, so a repeated submit returns the same receipt', async () => {
    const before = await api.count('complaints');
    const a = await client().complaints.create(complaint, { idempotencyKey: 'draft-key-0000000001' });
    const b = await client().complaints.create(complaint, { idempotencyKey: 'draft-key-0000000001' });
    expect(b).toEqual(a);
    expect(await api.count('complaints')).toBe(before + 1);
  });

  it('sends no key on reads', async () => {
    await client().merchants.list().page();
    expect(request(0).headers['idempotency-key']).toBeUndefined();
  });
});

describe('time limits', () => {
  it('retries an attempt slower than timeoutMs, and fails with ClubTimeoutError when every attempt is', async () => {
    api.proxy.inject({ kind: 'delay', ms: 400 }, { kind: 'delay', ms: 400 }, { kind: 'delay', ms: 400 });
    const error = await caught(client({ timeoutMs: 100 }).merchants.list().page());
    expect(isClubTimeoutError(error)).toBe(true);
    expect(api.proxy.requests).toHaveLength(3);
  });

  it('reads a body slower than timeoutMs once the answer has started: the timeout is for the answer, not its length', async () => {
    api.proxy.inject({ kind: 'slow-body', ms: 400 });
    const page = await client({ timeoutMs: 200 }).merchants.list().page();
    expect(page.data).toBeInstanceOf(Array);
    expect(api.proxy.requests).toHaveLength(1);
  });

  it('stops retrying at the total deadline', async () => {
    api.proxy.inject(
      ...Array.from({ length: 5 }, () => ({ kind: 'status' as const, status: 503, headers: { 'retry-after': '1' } })),
    );
    const started = Date.now();
    const error = await caught(
      client({ deadlineMs: 300, retry: { limit: 5 } })
        .merchants.list()
        .page(),
    );
    expect(isClubTimeoutError(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('aborts everything when the caller’s signal aborts, with the signal’s reason', async () => {
    api.proxy.inject({ kind: 'delay', ms: 500 });
    const controller = new AbortController();
    const aborted = client().merchants.list({}, { signal: controller.signal }).page();
    setTimeout(() => controller.abort(new Error('user left the page')), 50);
    const started = Date.now();
    expect(((await caught(aborted)) as Error).message).toBe('user left the page');
    expect(Date.now() - started).toBeLessThan(400);
    expect(api.proxy.requests).toHaveLength(1);
  });
});

describe('aborts survive garbage collection', () => {
  // Node's fetch follows a Request's signal through a weak reference, so an abort is lost once the
  // Request a caller built is collected (nodejs/node#55428). Each test collects mid-call.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  /** Node's fetch, collecting garbage twice while the call it started is in flight. */
  const collecting: typeof fetch = (input, init) => {
    const answer = fetch(input, init);
    setTimeout(gc, 20);
    setTimeout(gc, 60);
    return answer;
  };

  it('still times out an attempt whose request was collected while the answer was awaited', async () => {
    api.proxy.inject({ kind: 'delay', ms: 1500 });
    const started = Date.now();
    const error = await caught(client({ timeoutMs: 150, retry: false, fetch: collecting }).merchants.list().page());
    expect(isClubTimeoutError(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('still stops reading a slow body at the deadline after a collection', async () => {
    api.proxy.inject({ kind: 'slow-body', ms: 1500 });
    const started = Date.now();
    const error = await caught(client({ deadlineMs: 300, retry: false, fetch: collecting }).merchants.list().page());
    expect(isClubTimeoutError(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('responses', () => {
  it('reports a garbled JSON body as ClubResponseError', async () => {
    api.proxy.inject({ kind: 'replace-body', body: '{"data": [ {"merch' });
    const error = (await caught(client().merchants.list().page())) as ClubResponseError;
    expect(isClubResponseError(error)).toBe(true);
    expect(error.status).toBe(200);
  });

  it('reports a body that fails its schema as ClubResponseError with the zod issues, given checkResponses', async () => {
    api.proxy.inject({
      kind: 'replace-body',
      body: JSON.stringify({ data: [{ merchant: { id: 'nope' } }], nextCursor: null }),
    });
    const error = (await caught(client({ checkResponses }).merchants.list().page())) as ClubResponseError;
    expect(isClubResponseError(error)).toBe(true);
    expect(error.message).toBe("The Club API's answer to GET /v1/merchants does not match its schema.");
    expect(error.status).toBe(200);
    expect(error.requestId).toMatch(/^req_[0-9a-f]{32}$/);
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues[0]?.path.slice(0, 3)).toEqual(['data', 0, 'merchant']);
    expect(Object.keys(error.issues[0] ?? {}).sort()).toEqual(['code', 'message', 'path']);
  });

  it('returns a body that fails its schema as it came without checkResponses', async () => {
    const body = { data: [{ merchant: { id: 'nope' } }], nextCursor: null };
    api.proxy.inject({ kind: 'replace-body', body: JSON.stringify(body) });
    const unchecked = createClubClient({
      baseUrl: api.proxy.url,
      publishableKey: api.keys.publishable.secret,
      retry: quick,
    });
    expect(await unchecked.merchants.list().page()).toEqual(body);
  });

  it('reports a body that is not JSON as ClubResponseError without checkResponses too', async () => {
    api.proxy.inject({ kind: 'replace-body', body: '<html>' });
    const unchecked = createClubClient({ baseUrl: api.proxy.url, publishableKey: api.keys.publishable.secret });
    const error = (await caught(unchecked.merchants.list().page())) as ClubResponseError;
    expect(isClubResponseError(error)).toBe(true);
    expect(error.status).toBe(200);
  });

  it('carries the request id it sent, which the server echoes in problems', async () => {
    const error = (await caught(client().complaints.byReference('C20260101-9999'))) as ClubApiError;
    expect(error.status).toBe(404);
    expect(error.requestId).toMatch(/^req_[0-9a-f]{32}$/);
    expect(request(0).headers['x-request-id']).toBe(error.requestId);
  });

  it('asks for problem titles in its locale', async () => {
    const en = (await caught(client({ locale: 'en' }).complaints.byReference('C20260101-9999'))) as ClubApiError;
    const hans = (await caught(client({ locale: 'zh-Hans' }).complaints.byReference('C20260101-9999'))) as ClubApiError;
    expect(en.problem['title']).toBe('Nothing was found here.');
    expect(hans.problem['title']).toBe('找不到所请求的数据。');
  });
});
