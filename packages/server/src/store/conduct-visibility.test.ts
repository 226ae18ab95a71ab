import type { Principal } from '@clubkit/core/access';
import type { Staff } from '@clubkit/core/api';
import { complaintVisibleTo, type Complaint, type ComplaintViewer } from '@clubkit/core/service';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support.js';
import { complaintViewerOf, conductVisibleTo } from './conduct-visibility.js';
import { docs } from './records.js';

// The conduct rule twice: core's complaintVisibleTo over each complaint, and the SQL condition the
// server lists with, over the same complaints and viewers, on the database the tests run on
// (SQLite, or PostgreSQL when DATABASE_URL names one). They must keep every row alike.

let t: TestServer;
const staff: Record<'manager' | 'guard' | 'clerk', Staff> = {} as Record<'manager' | 'guard' | 'clerk', Staff>;
let complaints: Complaint[] = [];

async function created(path: string, body: unknown): Promise<unknown> {
  const res = await t.call('POST', path, { key: t.keys.admin.secret, body });
  expect(res.status, res.text).toBe(201);
  return res.body;
}

const form = {
  name: '王小明',
  phone: '138 0013 8000',
  subject: { unit: 'A-1203' },
  content: '態度惡劣',
  channel: 'visit',
  category: 'service-attitude',
};

beforeAll(async () => {
  t = await startTestServer();
  const principal = { role: 'desk', propertyId: 'prp_garden' };
  staff.manager = (await created('/v1/staff', { name: '經理', principal })) as Staff;
  staff.guard = (await created('/v1/staff', { name: '保安', principal, managerId: staff.manager.id })) as Staff;
  staff.clerk = (await created('/v1/staff', { name: '文員', principal, managerId: staff.manager.id })) as Staff;
  await created('/v1/complaints', form);
  for (const accused of [staff.guard, staff.clerk, staff.guard])
    await created('/v1/conduct-complaints', { ...form, conduct: { staffId: accused.id } });
  const rows = await t.server.db.selectFrom('complaints').select(['id', 'doc']).orderBy('id').execute();
  complaints = docs<Complaint>(rows);
});

afterAll(() => t.close());

const desk: Principal = { role: 'desk', propertyId: 'prp_garden' };
const admin: Principal = { role: 'admin' };
const viewers: [string, () => ComplaintViewer][] = [
  ['the staff member complained about', () => complaintViewerOf({ staffId: staff.guard.id }, desk)],
  ['the staff member complained about, as administrator', () => complaintViewerOf({ staffId: staff.guard.id }, admin)],
  ['another staff member complained about', () => complaintViewerOf({ staffId: staff.clerk.id }, desk)],
  ['their manager', () => complaintViewerOf({ staffId: staff.manager.id }, desk)],
  ['a desk key', () => complaintViewerOf({}, desk)],
  ['an administrator key', () => complaintViewerOf({}, admin)],
];

describe('the SQL condition and core’s rule of who sees a conduct complaint', () => {
  it('starts from general and conduct complaints about two staff members', () => {
    expect(complaints.map((c) => c.conduct?.staffId ?? null).sort()).toEqual(
      [null, staff.clerk.id, staff.guard.id, staff.guard.id].sort(),
    );
  });

  it.each(viewers)('keep the same complaints for %s, in a query builder and in raw SQL', async (_, viewerOf) => {
    const viewer = viewerOf();
    const expected = complaints.filter((c) => complaintVisibleTo(c, viewer)).map((c) => c.id);
    const built = await t.server.db
      .selectFrom('complaints')
      .select('id')
      .where(conductVisibleTo(viewer))
      .orderBy('id')
      .execute();
    const raw = await sql<{
      id: string;
    }>`select id from complaints where ${conductVisibleTo(viewer)} order by id`.execute(t.server.db);
    expect(built.map((r) => r.id)).toEqual(expected);
    expect(raw.rows.map((r) => r.id)).toEqual(expected);
  });

  it('hides something from the staff member complained about, and nothing from a key', () => {
    const seen = (viewer: ComplaintViewer) => complaints.filter((c) => complaintVisibleTo(c, viewer)).length;
    expect(seen(complaintViewerOf({ staffId: staff.guard.id }, desk))).toBe(2);
    expect(seen(complaintViewerOf({}, admin))).toBe(4);
  });
});
