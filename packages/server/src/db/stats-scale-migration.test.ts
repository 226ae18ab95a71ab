import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations.js';
import type { Tables } from './schema.js';

/** A SQLite database migrated to the latest migration. */
async function migrated(): Promise<Kysely<Tables>> {
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw new Error('Migrating failed', { cause: error });
  return db;
}

const planOf = async (db: Kysely<Tables>, query: ReturnType<typeof sql>) =>
  (await sql<{ detail: string }>`explain query plan ${query}`.execute(db)).rows.map((r) => r.detail).join('\n');

describe('migration 0011_stats_scale', () => {
  it("reads a period's club-wide complaint report from the covering index alone, the old one-column index gone", async () => {
    const db = await migrated();
    const plan = await planOf(
      db,
      sql`select status, category, count(*), sum(case when resolved_on_time is null and due_at < ${'2026-12-01'} then 1 else 0 end),
        sum(follow_ups), sum(satisfied_follow_ups), sum(malicious), sum(case when hours_to_resolve is not null then 1 else 0 end)
        from complaints where received_at >= ${'2026-01-01'} and received_at < ${'2027-01-01'}
        group by status, category`,
    );
    expect(plan).toMatch(/USING COVERING INDEX complaints_period/);
    const indexes = await sql<{
      name: string;
    }>`select name from sqlite_master where type = 'index' and tbl_name = 'complaints'`.execute(db);
    expect(indexes.rows.map((r) => r.name)).not.toContain('complaints_received');
    await db.destroy();
  });
});
