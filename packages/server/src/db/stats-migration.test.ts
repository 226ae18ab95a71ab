import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations.js';
import type { Tables } from './schema.js';

const STATS = '0008_stats';

/** A SQLite database migrated up to the migration before `0008_stats`. */
async function databaseBeforeStats(): Promise<{ db: Kysely<Tables>; migrator: Migrator }> {
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
  const migrator = new Migrator({ db, provider: migrationProvider });
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const before = names[names.indexOf(STATS) - 1];
  if (before === undefined) throw new Error(`No migration before ${STATS}`);
  const { error } = await migrator.migrateTo(before);
  if (error) throw new Error(`Migrating to ${before} failed`, { cause: error });
  return { db, migrator };
}

describe('migration 0008_stats', () => {
  it('fills the decision instant and one format of instants from the stored applications', async () => {
    const { db, migrator } = await databaseBeforeStats();
    const doc = (submittedAt: string, decidedAt?: string) =>
      JSON.stringify({ submittedAt, ...(decidedAt ? { decidedAt } : {}) });
    await db
      .insertInto('applications')
      .values([
        {
          id: 'app_1',
          branch_id: 'br_a',
          status: 'submitted',
          submitted_at: '2026-11-01T08:00:00Z',
          doc: doc('2026-11-01T08:00:00Z'),
        },
        {
          id: 'app_2',
          branch_id: 'br_a',
          status: 'approved',
          submitted_at: '2026-11-01T08:00:00.5Z',
          doc: doc('2026-11-01T08:00:00.5Z', '2026-11-02T09:00:00Z'),
        },
      ])
      .execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await db
      .selectFrom('applications')
      .select(['id', 'submitted_at', 'decided_at'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'app_1', submitted_at: '2026-11-01T08:00:00.000Z', decided_at: null },
      { id: 'app_2', submitted_at: '2026-11-01T08:00:00.500Z', decided_at: '2026-11-02T09:00:00.000Z' },
    ]);
    await db.destroy();
  });

  it("writes one row per stored merchant's offer, with its dates and tiers", async () => {
    const { db, migrator } = await databaseBeforeStats();
    const offers = [
      { id: 'off_1', kind: 'amount', title: '減10', amountOffFen: 1000 },
      {
        id: 'off_2',
        kind: 'amount',
        title: '減20',
        amountOffFen: 2000,
        tiers: ['vip'],
        validFrom: '2026-12-01',
        validUntil: '2026-12-31',
      },
    ];
    await db
      .insertInto('merchants')
      .values([
        {
          id: 'mch_1',
          name: '一',
          category: 'dining',
          region: 'jinghong',
          version: 1,
          updated_at: '',
          doc: JSON.stringify({ offers }),
        },
        {
          id: 'mch_2',
          name: '二',
          category: 'repair',
          region: 'jinghong',
          version: 1,
          updated_at: '',
          doc: JSON.stringify({ offers: [] }),
        },
      ])
      .execute();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const cell = { category: 'dining', region: 'jinghong' };
    expect(await db.selectFrom('merchant_offers').selectAll().orderBy('offer_id').execute()).toEqual([
      // 0026 gives the rows their merchant's cell.
      { ...cell, merchant_id: 'mch_1', offer_id: 'off_1', valid_from: null, valid_until: null, tiers: null },
      {
        ...cell,
        merchant_id: 'mch_1',
        offer_id: 'off_2',
        valid_from: '2026-12-01',
        valid_until: '2026-12-31',
        tiers: ',vip,',
      },
    ]);
    await db.destroy();
  });
});
