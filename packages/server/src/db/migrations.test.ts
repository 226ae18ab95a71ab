import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createComplaint, createRepairOrder } from '@clubkit/core/service';
import { insertRecord } from '../store/records.js';
import { migratedTo } from '../test-support.js';
import { openDatabase } from './connect.js';
import { latestMigration } from './migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'clubkit-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database of this test's engine, migrated only up to `migration`, and where to open it again. */
const migratedUpTo = (migration: string) => migratedTo(migration, { sqliteFile: join(dir, `${migration}.db`) });

describe('0005_system', () => {
  it('backfills the end date of the policies written before it, and the records store keeps writing it', async () => {
    const { db, database } = await migratedUpTo('0004_staff');
    try {
      const doc = (id: string, end: string) =>
        JSON.stringify({
          id,
          number: 'P-1',
          memberId: 'mbr_1',
          branchId: 'br_1',
          plate: '雲K8A123',
          start: '2026-01-01',
          end,
        });
      await sql`insert into policies (id, member_id, branch_id, plate, doc) values
        ('pol_old1', 'mbr_1', 'br_1', '雲K8A123', ${doc('pol_old1', '2026-12-31')}),
        ('pol_old2', 'mbr_1', 'br_1', '雲K8A123', ${doc('pol_old2', '2027-12-31')})`.execute(db);
    } finally {
      await db.destroy();
    }
    const opened = await openDatabase(database.url);
    try {
      expect(opened.migration).toBe(latestMigration);
      await insertRecord(opened.db, 'policy', {
        id: 'pol_new1',
        number: 'P-2',
        memberId: 'mbr_2',
        branchId: 'br_1',
        plate: '雲K66666',
        start: '2026-03-01',
        end: '2027-02-28',
      });
      const rows = await opened.db.selectFrom('policies').select(['id', 'end_date']).orderBy('id').execute();
      expect(rows).toEqual([
        { id: 'pol_new1', end_date: '2027-02-28' },
        { id: 'pol_old1', end_date: '2026-12-31' },
        { id: 'pol_old2', end_date: '2027-12-31' },
      ]);
    } finally {
      await opened.close();
      await database.drop();
    }
  });
});

describe('0006_desk', () => {
  it('fills the unit, property and report columns of the complaints and repairs stored before it', async () => {
    const { db, database } = await migratedUpTo('0005_system');
    const complaint = createComplaint(
      {
        name: '王小明',
        subject: { unit: 'A-1203' },
        content: '電梯停運兩天',
        phone: '13800138000',
        channel: 'hotline',
        category: 'facility',
        severity: 'normal',
      },
      { id: 'cmp_old1', reference: 'C20261101-0001', now: '2026-11-01T08:00:00Z', actor: 'key:key_1' },
    );
    const repair = createRepairOrder(
      {
        customer: '陳女士',
        phone: '13800138001',
        unit: 'B-101',
        content: '水龍頭漏水',
        appointmentAt: '2026-11-03T02:00:00.000Z',
        publicItem: false,
      },
      { id: 'rep_old1', now: '2026-11-01T02:00:00.000Z', actor: 'cs-desk' },
    );
    try {
      await sql`insert into complaints (id, reference, status, member_id, received_at, deadline, phone_digits, doc)
        values (${complaint.id}, ${complaint.reference}, ${complaint.status}, null, '2026-11-01T08:00:00Z',
        ${complaint.deadline ?? null}, '13800138000', ${JSON.stringify(complaint)})`.execute(db);
      await sql`insert into repairs (id, status, created_at, doc)
        values (${repair.id}, ${repair.status}, ${repair.history[0]?.at ?? ''}, ${JSON.stringify(repair)})`.execute(db);
    } finally {
      await db.destroy();
    }
    const opened = await openDatabase(database.url);
    try {
      const stored = await opened.db
        .selectFrom('complaints')
        .select(['received_at', 'unit_id', 'property_id', 'category', 'malicious', 'due_at'])
        .executeTakeFirstOrThrow();
      // One format of instants, so that they compare as text; no unit link on a record from before.
      expect(stored).toMatchObject({
        received_at: '2026-11-01T08:00:00.000Z',
        unit_id: null,
        property_id: null,
        category: 'facility',
        malicious: 0,
      });
      expect(stored.due_at).not.toBeNull();
      const fixed = await opened.db.selectFrom('repairs').select(['unit_id', 'property_id']).executeTakeFirstOrThrow();
      expect(fixed).toEqual({ unit_id: null, property_id: null });
    } finally {
      await opened.close();
      await database.drop();
    }
  });
});

describe('0017_alliance_time_rules', () => {
  it('dates each stored alliance from its first salesperson’s start and takes back a counterfeit seller’s plaque', async () => {
    const { db, database } = await migratedUpTo('0015_alliance_assessments');
    const centre = (id: string) => ({ id, name: id, createdAt: '2026-10-05T02:00:00.000Z' });
    const dealer = (id: string, admittedOn: string | null, violations: object[]) => ({ id, admittedOn, violations });
    try {
      for (const c of [centre('ctr_old'), centre('ctr_empty')])
        await sql`insert into sales_centres (id, doc) values (${c.id}, ${JSON.stringify(c)})`.execute(db);
      for (const [id, startedOn] of [
        ['slp_2', '2026-06-10'],
        ['slp_1', '2026-04-01'],
      ] as const)
        await sql`insert into salespeople (id, centre_id, salesperson_id, doc)
          values (${id}, 'ctr_old', ${id}, ${JSON.stringify({ id, centreId: 'ctr_old', startedOn })})`.execute(db);
      const dealers = [
        dealer('dlr_clean', '2026-05-01', [{ kind: 'below-price', on: '2026-07-01' }]),
        dealer('dlr_fake', '2026-05-01', [
          { kind: 'counterfeit', on: '2026-09-03' },
          { kind: 'counterfeit', on: '2026-08-20' },
        ]),
        dealer('dlr_never', null, []),
      ];
      for (const d of dealers)
        await sql`insert into dealers (id, centre_id, county_id, status, doc)
          values (${d.id}, 'ctr_old', 'cty_1', 'member', ${JSON.stringify(d)})`.execute(db);
    } finally {
      await db.destroy();
    }
    const opened = await openDatabase(database.url);
    try {
      const docs = async (table: 'sales_centres' | 'dealers') =>
        Object.fromEntries(
          (await opened.db.selectFrom(table).select(['id', 'doc']).execute()).map((r) => [
            r.id,
            JSON.parse(r.doc) as { foundedOn?: string; plaque?: unknown },
          ]),
        );
      const centres = await docs('sales_centres');
      expect([centres['ctr_old']?.foundedOn, centres['ctr_empty']?.foundedOn]).toEqual(['2026-04-01', '2026-10-05']);
      const stored = await docs('dealers');
      expect(stored['dlr_clean']?.plaque).toEqual({ issuedOn: '2026-05-01', withdrawnOn: null });
      expect(stored['dlr_fake']?.plaque).toEqual({ issuedOn: '2026-05-01', withdrawnOn: '2026-08-20' });
      expect(stored['dlr_never']?.plaque).toEqual({ issuedOn: null, withdrawnOn: null });
    } finally {
      await opened.close();
      await database.drop();
    }
  });
});
