import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { identifyCaller, requireCredential } from './auth.js';
import type { Caller, ClubEnv, CredentialKind } from './env.js';
import { HttpProblem } from './problem.js';

const ORIGIN = 'https://partner.example';
const callers: Record<string, Caller> = {
  'Bearer secret': { kind: 'secret', principal: { role: 'admin' }, id: 'key_admin', allowedOrigins: [] },
  'Bearer pub': { kind: 'publishable', principal: { role: 'public' }, id: 'key_pub', allowedOrigins: [ORIGIN] },
};
/** Stands in for the database-backed authenticator: two known keys, anything else is a 401. */
const auth = {
  authenticate: (header: string | undefined): Promise<Caller | null> => {
    if (!header) return Promise.resolve(null);
    const caller = callers[header];
    if (!caller)
      return Promise.reject(new HttpProblem(401, 'auth/invalid-key', 'The API key is not valid or was revoked.'));
    return Promise.resolve(caller);
  },
};

function app(credentials: readonly CredentialKind[]) {
  const hono = new Hono<ClubEnv>();
  hono.use('*', async (c, next) => {
    c.set('now', new Date('2026-11-27T00:00:00Z'));
    await next();
  });
  hono.get('/', identifyCaller(auth, credentials), requireCredential(credentials), (c) =>
    c.text(c.var.caller?.id ?? 'nobody'),
  );
  hono.onError((error, c) => {
    if (!(error instanceof HttpProblem)) throw error;
    return c.text(error.code, error.status as 401);
  });
  return hono;
}

const call = async (credentials: readonly CredentialKind[], headers: Record<string, string> = {}) => {
  const res = await app(credentials).request('/', { headers });
  return [res.status, await res.text()];
};

describe('identifyCaller', () => {
  it('identifies the caller of a key', async () => {
    expect(await call(['secret'], { Authorization: 'Bearer secret' })).toEqual([200, 'key_admin']);
  });

  it('lets a route without credentials be called anonymously', async () => {
    expect(await call([])).toEqual([200, 'nobody']);
  });

  it('answers 401 auth/missing-key when a route needs a key and none was sent', async () => {
    expect(await call(['secret'])).toEqual([401, 'auth/missing-key']);
  });

  it('answers 401 for a bad key even on a route that takes none', async () => {
    expect(await call([], { Authorization: 'Bearer wrong' })).toEqual([401, 'auth/invalid-key']);
  });

  it('refuses a secret key sent from a browser origin', async () => {
    expect(await call(['secret'], { Authorization: 'Bearer secret', Origin: ORIGIN })).toEqual([
      403,
      'auth/secret-key-in-browser',
    ]);
  });

  it('allows a publishable key only from its own origins', async () => {
    expect(await call(['publishable'], { Authorization: 'Bearer pub', Origin: ORIGIN })).toEqual([200, 'key_pub']);
    expect(await call(['publishable'], { Authorization: 'Bearer pub', Origin: 'https://evil.example' })).toEqual([
      403,
      'auth/origin-not-allowed',
    ]);
  });
});

describe('requireCredential', () => {
  it('answers 403 access/forbidden to a kind of credential the route does not take', async () => {
    expect(await call(['session'], { Authorization: 'Bearer secret' })).toEqual([403, 'access/forbidden']);
    expect(await call(['secret'], { Authorization: 'Bearer pub' })).toEqual([403, 'access/forbidden']);
  });
});
