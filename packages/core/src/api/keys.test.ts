import { describe, expect, it } from 'vitest';
import { ApiKey, CreatedApiKey, NewApiKey } from './keys.js';

const paths = (value: unknown) => (NewApiKey.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'));

describe('NewApiKey', () => {
  it('takes a publishable key with its origins and quota, and a secret key with its staff principal', () => {
    expect(paths({ kind: 'publishable', allowedOrigins: ['https://bank.example'], complaintQuota: 2000 })).toEqual([]);
    expect(paths({ kind: 'secret', principal: { role: 'branch', branchId: 'br_1' }, label: 'partner' })).toEqual([]);
    expect(paths({ kind: 'secret', principal: { role: 'desk' }, allowedOrigins: ['http://localhost:3000'] })).toEqual(
      [],
    );
  });

  it('refuses what the server decides or the demo seed alone may set: a secret, the demo flag', () => {
    const secret = NewApiKey.safeParse({ kind: 'secret', principal: { role: 'admin' }, secret: 'sk_chosen' });
    expect(secret.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['secret'] }]);
    const demo = NewApiKey.safeParse({ kind: 'publishable', allowedOrigins: ['https://a.example'], demo: true });
    expect(demo.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['demo'] }]);
  });

  it('refuses a publishable key without origins or acting as staff, and a secret key of a member or the public', () => {
    expect(paths({ kind: 'publishable', allowedOrigins: [] })).toEqual(['allowedOrigins']);
    expect(paths({ kind: 'publishable', allowedOrigins: ['https://a.example/'] })).toEqual(['allowedOrigins.0']);
    expect(paths({ kind: 'publishable', allowedOrigins: ['https://a.example'], principal: { role: 'admin' } })).toEqual(
      [''],
    );
    expect(paths({ kind: 'secret', principal: { role: 'public' } })).toEqual(['principal.role']);
    expect(paths({ kind: 'secret', principal: { role: 'member', memberId: 'mbr_1' } })).toEqual(['principal.role']);
    expect(paths({ kind: 'publishable', allowedOrigins: ['https://a.example'], complaintQuota: -1 })).toEqual([
      'complaintQuota',
    ]);
  });
});

describe('ApiKey and CreatedApiKey', () => {
  const key = {
    id: 'key_01HX0000000000',
    kind: 'secret',
    principal: { role: 'admin' },
    allowedOrigins: [],
    label: '',
    createdAt: '2026-11-30T08:00:00.000Z',
    revokedAt: null,
    complaintQuota: null,
  };

  it('shows a key without its secret, and a key just created with it', () => {
    expect(ApiKey.safeParse(key).success).toBe(true);
    expect(CreatedApiKey.safeParse(key).success).toBe(false);
    expect(CreatedApiKey.safeParse({ ...key, secret: `sk_${'a'.repeat(43)}` }).success).toBe(true);
  });
});
