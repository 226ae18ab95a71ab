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
