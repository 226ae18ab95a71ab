import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../test-support.js';
import { migrationProvider } from './migrations.js';

const STAFF_NAMES = '0024_staff_names';

/** A database of this test's engine (PostgreSQL when DATABASE_URL names one) migrated up to the migration before 0024. */
async function databaseBeforeStaffNames() {
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
  const before = names[names.indexOf(STAFF_NAMES) - 1];
  if (before === undefined) throw new Error(`No migration before ${STAFF_NAMES}`);
  const { error } = await migrator.migrateTo(before);
  if (error) throw new Error(`Migrating to ${before} failed`, { cause: error });
  return { db, migrator, database };
}

describe('migration 0024_staff_names', () => {
  it('gives each stored staff account its name as the desk’s lookup compares it', async () => {
    const { db, migrator, database } = await databaseBeforeStaffNames();
    try {
      for (const [id, name] of [
        ['stf_wang', 'Ｗａｎｇ Li'],
        ['stf_zhang', '保安 張'],
      ]) {
        const doc = JSON.stringify({ id, name, principal: { role: 'desk' }, status: 'active' });
        await sql`insert into staff (id, role, status, doc) values (${id}, 'desk', 'active', ${doc})`.execute(db);
      }
      expect((await migrator.migrateTo(STAFF_NAMES)).error).toBeUndefined();
      const rows = await sql<{ id: string; name_key: string }>`select id, name_key from staff order by id`.execute(db);
      expect(rows.rows).toEqual([
        { id: 'stf_wang', name_key: 'wang li' },
        { id: 'stf_zhang', name_key: '保安 張' },
      ]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it('runs on a database with no staff account', async () => {
    const { db, migrator, database } = await databaseBeforeStaffNames();
    try {
      expect((await migrator.migrateTo(STAFF_NAMES)).error).toBeUndefined();
      const rows = await sql<{ n: number }>`select count(*) as n from staff`.execute(db);
      expect(Number(rows.rows[0]?.n)).toBe(0);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
