import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isClubClientError, type ClubClientError } from './errors.js';
import { sessionFromEndpoint } from './session-endpoint.js';

let url = '';
const answers: { status: number; body: string }[] = [];
const seen: { method?: string; cookie?: string }[] = [];
const server = createServer((req, res) => {
  seen.push({ method: req.method, cookie: req.headers.cookie });
  const answer = answers.shift() ?? { status: 200, body: JSON.stringify({ token: `ms_${'a'.repeat(43)}` }) };
  res.writeHead(answer.status, { 'content-type': 'application/json' });
  res.end(answer.body);
});
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/club-session`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function failure(promise: Promise<unknown>): Promise<ClubClientError> {
  try {
    await promise;
  } catch (e) {
    if (isClubClientError(e)) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

describe('sessionFromEndpoint', () => {
  it('POSTs to the partner endpoint and returns the token', async () => {
    await expect(sessionFromEndpoint(url).getToken()).resolves.toMatch(/^ms_a+$/);
    expect(seen.at(-1)?.method).toBe('POST');
  });

  it('reports a partner page without a signed-in member as client/signed-out', async () => {
    answers.push({ status: 401, body: '{}' }, { status: 200, body: '{"token":null}' }, { status: 204, body: '' });
    for (let i = 0; i < 3; i++)
      expect((await failure(sessionFromEndpoint(url).getToken())).code).toBe('client/signed-out');
  });

  it('reports other failures and malformed answers as client/session-unavailable', async () => {
    answers.push(
      { status: 500, body: 'oops' },
      { status: 200, body: '{"token":"sk_not_a_session"}' },
      { status: 200, body: 'not json' },
    );
    for (let i = 0; i < 3; i++)
      expect((await failure(sessionFromEndpoint(url).getToken())).code).toBe('client/session-unavailable');
    expect((await failure(sessionFromEndpoint('http://127.0.0.1:9/nothing').getToken())).code).toBe(
      'client/session-unavailable',
    );
  });
});
