import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../test-support.js';
import { migrationProvider } from './migrations.js';

const PRIMARY = '0023_primary_dealers';

/** A database of this test's engine (PostgreSQL when DATABASE_URL names one) migrated up to the migration before 0023. */
async function databaseBeforePrimaryDealers() {
  const onPostgres = /^postgres(ql)?:\/\//.test(process.env['DATABASE_URL'] ?? '');
  const database = await testDatabase();
  const db = new Kysely<unknown>({
    dialect: onPostgres
      ? new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) })
      : new SqliteDialect({ database: new Database(':memory:') }),
  });
  const schema = onPostgres
    ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
    : undefined;
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const before = names[names.indexOf(PRIMARY) - 1];
  if (before === undefined) throw new Error(`No migration before ${PRIMARY}`);
  const { error } = await migrator.migrateTo(before);
  if (error) throw new Error(`Migrating to ${before} failed`, { cause: error });
  return { db, migrator, database };
}

describe('migration 0023_primary_dealers', () => {
  it('gives each stored sales centre one primary dealer, under its own name from its founding day', async () => {
    const { db, migrator, database } = await databaseBeforePrimaryDealers();
    try {
      const centre = (id: string, name: string, foundedOn: string) => ({
        id,
        name,
        foundedOn,
        createdAt: '2026-03-01T02:00:00.000Z',
      });
      for (const c of [
        centre('ctr_baoding', '保定銷售中心', '2026-03-01'),
        centre('ctr_changshu', '常熟銷售中心', '2026-05-10'),
      ])
        await sql`insert into sales_centres (id, doc) values (${c.id}, ${JSON.stringify(c)})`.execute(db);
      expect((await migrator.migrateTo(PRIMARY)).error).toBeUndefined();
      const rows = await sql<{ id: string; centre_id: string; since: string; ended_on: string | null; doc: string }>`
        select id, centre_id, since, ended_on, doc from primary_dealers order by id`.execute(db);
      expect(rows.rows.map((r) => [r.id, r.centre_id, r.since, r.ended_on])).toEqual([
        ['pdl_baoding', 'ctr_baoding', '2026-03-01', null],
        ['pdl_changshu', 'ctr_changshu', '2026-05-10', null],
      ]);
      expect(JSON.parse(rows.rows[0]?.doc ?? '{}')).toEqual({
        id: 'pdl_baoding',
        centreId: 'ctr_baoding',
        name: '保定銷售中心',
        dealerId: null,
        since: '2026-03-01',
        ended: null,
        recordedAt: '2026-03-01T02:00:00.000Z',
      });
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it('runs on a database with no sales centre', async () => {
    const { db, migrator, database } = await databaseBeforePrimaryDealers();
    try {
      expect((await migrator.migrateTo(PRIMARY)).error).toBeUndefined();
      const rows = await sql<{ n: number }>`select count(*) as n from primary_dealers`.execute(db);
      expect(Number(rows.rows[0]?.n)).toBe(0);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
