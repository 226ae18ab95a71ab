import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations.js';
import type { Tables } from './schema.js';

const SCALE = '0010_scale';

/** A SQLite database migrated up to the migration before `0010_scale`. */
async function databaseBeforeScale(): Promise<{ db: Kysely<Tables>; migrator: Migrator }> {
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
  const migrator = new Migrator({ db, provider: migrationProvider });
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const before = names[names.indexOf(SCALE) - 1];
  if (before === undefined) throw new Error(`No migration before ${SCALE}`);
  const { error } = await migrator.migrateTo(before);
  if (error) throw new Error(`Migrating to ${before} failed`, { cause: error });
  return { db, migrator };
}

describe('migration 0010_scale', () => {
  it('fills the folded name and the reversed phone digits of the members stored, and indexes them', async () => {
    const { db, migrator } = await databaseBeforeScale();
    // Written before the migration, the rows have no key columns yet.
    await sql`insert into members (id, branch_id, name, phone, doc) values
      ('mbr_1', 'br_a', 'ＬＩＮ Wei', '+86 138-0013-8000', '{}'),
      ('mbr_2', 'br_a', '陳美玲', '139 0000 1111', '{}')`.execute(db);
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = await db.selectFrom('members').select(['id', 'name_key', 'phone_key']).orderBy('id').execute();
    expect(rows).toEqual([
      { id: 'mbr_1', name_key: 'lin wei', phone_key: '0008310083168' },
      { id: 'mbr_2', name_key: '陳美玲', phone_key: '11110000931' },
    ]);
    const plan = await sql<{ detail: string }>`explain query plan
      select id from members where name_key >= ${'lin'} and name_key < ${'lin\u{10FFFF}'} order by id`.execute(db);
    expect(plan.rows.map((r) => r.detail).join('\n')).toMatch(/USING (COVERING )?INDEX members_name_key/);
    await db.destroy();
  });
});
