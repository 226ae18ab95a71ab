import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem, startTestServer, type TestResponse, type TestServer } from '../test-support.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const complaint = {
  name: '王小明',
  subject: { plate: '雲K8A123' },
  content: '救援車遲到兩小時',
  phone: '13800138000',
  category: 'service-quality',
};

/**
 * A POST with the publishable key from a given loopback address (127.0.0.x), as another visitor of
 * the partner site would send it: the server sees a different connecting address.
 */
function postFrom(from: string, path: string, body: unknown, idempotencyKey: string): Promise<TestResponse> {
  const url = new URL(t.url + path);
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        headers: {
          Authorization: `Bearer ${t.keys.publishable.secret}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          'Idempotency-Key': idempotencyKey,
        },
      },
      (res) => {
        let out = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (out += chunk));
        res.on('end', () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(res.headers))
            if (typeof value === 'string') headers.set(name, value);
          resolve({
            status: res.statusCode ?? 0,
            headers,
            text: out,
            body: out ? (JSON.parse(out) as unknown) : undefined,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

describe('Idempotency-Key scope of a publishable key', () => {
  it('does not replay visitor A’s receipt to visitor B who sends the same key and body from another address', async () => {
    const key = 'visitor-a-0000000000000001';
    const a = await postFrom('127.0.0.1', '/v1/complaints', complaint, key);
    const b = await postFrom('127.0.0.2', '/v1/complaints', complaint, key);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.text).not.toBe(a.text);
    // A's own retry still gets A's receipt.
    const again = await postFrom('127.0.0.1', '/v1/complaints', complaint, key);
    expect([again.text, again.headers.get('idempotent-replayed')]).toEqual([a.text, 'true']);
  });

  it('tells visitor B nothing of a key A used with another body: no 409 across visitors', async () => {
    const key = 'visitor-a-0000000000000002';
    expect((await postFrom('127.0.0.1', '/v1/complaints', complaint, key)).status).toBe(201);
    const b = await postFrom('127.0.0.3', '/v1/complaints', { ...complaint, content: '另一件事' }, key);
    expect(b.status).toBe(201);
  });
});

describe('Idempotency-Key shape and reuse', () => {
  it('refuses keys shorter than 16 characters or with characters outside [A-Za-z0-9_-], saying so', async () => {
    for (const key of [
      'short-key-15chr',
      'a'.repeat(15),
      'has.dot.in.it.0000',
      'colon:0000000000000',
      'x'.repeat(256),
    ]) {
      const res = await t.call('POST', '/v1/complaints', {
        key: t.keys.publishable.secret,
        body: complaint,
        headers: { 'Idempotency-Key': key },
      });
      expect([res.status, problem(res).code]).toEqual([400, 'idempotency/invalid-key']);
      expect(problem(res).detail).toMatch(/16 to 255/);
      expect(res.text).not.toContain(key);
    }
    const ok = await t.call('POST', '/v1/complaints', {
      key: t.keys.publishable.secret,
      body: complaint,
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(ok.status).toBe(201);
  });

  it('answers a reused key with another body or route with a 409 that reveals nothing of the first request', async () => {
    const key = 'reuse-0000000000000001';
    const first = await t.call('POST', '/v1/complaints', {
      key: t.keys.publishable.secret,
      body: complaint,
      headers: { 'Idempotency-Key': key },
    });
    expect(first.status).toBe(201);
    const reference = (first.body as { reference: string }).reference;
    const other = await t.call('POST', '/v1/complaints', {
      key: t.keys.publishable.secret,
      body: { ...complaint, content: '別的內容' },
      headers: { 'Idempotency-Key': key },
    });
    expect([other.status, problem(other).code]).toEqual([409, 'idempotency/key-reused']);
    for (const secret of [reference, complaint.content, complaint.phone, '201', 'complaint'])
      expect(problem(other).detail).not.toContain(secret);
  });
});
