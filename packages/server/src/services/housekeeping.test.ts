import type { Member } from '@clubkit/core/membership';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRecords } from '../store/records.js';
import { startTestServer, type TestServer } from '../test-support.js';
import { Housekeeping } from './housekeeping.js';

let t: TestServer;
let now = new Date('2026-11-27T00:00:00Z');
const member: Member = { id: 'mbr_sweep1', name: '王小明', phone: '13800138000', branchId: 'br_north' };

beforeAll(async () => {
  t = await startTestServer({ clock: () => now });
  await insertRecords(t.server.db, 'member', [member]);
});
afterAll(() => t.close());

const rows = async (table: 'idempotency_keys' | 'member_sessions') =>
  (
    await t.server.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;

describe('Housekeeping', () => {
  it('sweeps expired idempotency keys and member sessions, and keeps live ones', async () => {
    const mint = (key: string) =>
      t.call('POST', '/v1/member-sessions', {
        key: t.keys.admin.secret,
        body: { memberId: member.id },
        headers: { 'Idempotency-Key': key },
      });
    await mint('sweep-old-0000001');
    await mint('sweep-also-old-01');
    expect([await rows('idempotency_keys'), await rows('member_sessions')]).toEqual([2, 2]);
    now = new Date('2026-11-28T06:00:00Z');
    expect(await new Housekeeping(t.server.db, () => {}).sweep(now)).toBe(4);
    await mint('sweep-new-0000001');
    expect([await rows('idempotency_keys'), await rows('member_sessions')]).toEqual([1, 1]);
  });

  it('sweeps member codes past their minute, used or not, and keeps live ones', async () => {
    const code = (hash: string, expiresAt: string, usedAt: string | null = null) => ({
      hash,
      member_id: member.id,
      issued_at: '2026-11-28T05:00:00.000Z',
      expires_at: expiresAt,
      used_at: usedAt,
    });
    await t.server.db
      .insertInto('card_codes')
      .values([
        code('old', '2026-11-28T05:01:00.000Z'),
        code('used', '2026-11-28T05:59:00.000Z', '2026-11-28T05:58:30.000Z'),
        code('live', '2026-11-28T06:01:00.000Z'),
      ])
      .execute();
    expect(
      await new Housekeeping(t.server.db, () => {}).sweep(new Date('2026-11-28T06:00:00Z')),
    ).toBeGreaterThanOrEqual(2);
    const left = await t.server.db.selectFrom('card_codes').select('hash').execute();
    expect(left.map((r) => r.hash)).toEqual(['live']);
  });

  it('sweeps by itself after a write, at most every ten minutes', async () => {
    now = new Date('2026-12-01T00:00:00Z');
    await t.call('POST', '/v1/member-sessions', {
      key: t.keys.admin.secret,
      body: { memberId: member.id },
      headers: { 'Idempotency-Key': 'sweep-later-00001' },
    });
    // The sweep runs after the answer, one table after the other: wait for both.
    const swept = async () => (await rows('idempotency_keys')) === 1 && (await rows('member_sessions')) === 1;
    for (let i = 0; i < 50 && !(await swept()); i++) await new Promise((r) => setTimeout(r, 20));
    expect([await rows('idempotency_keys'), await rows('member_sessions')]).toEqual([1, 1]);
  });
});
