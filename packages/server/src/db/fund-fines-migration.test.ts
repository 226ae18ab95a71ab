import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { describe, expect, it } from 'vitest';
import { migrationProvider } from './migrations.js';
import type { Tables } from './schema.js';

const FINES = '0021_reward_fund_fines';

/** A SQLite database migrated up to the migration before `0021_reward_fund_fines`. */
async function databaseBeforeFines(): Promise<{ db: Kysely<Tables>; migrator: Migrator }> {
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
  const migrator = new Migrator({ db, provider: migrationProvider });
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const before = names[names.indexOf(FINES) - 1];
  if (before === undefined) throw new Error(`No migration before ${FINES}`);
  const { error } = await migrator.migrateTo(before);
  if (error) throw new Error(`Migrating to ${before} failed`, { cause: error });
  return { db, migrator };
}

const penalty = (id: string, centreId: string, kind: string, month: string, amountFen: number) =>
  JSON.stringify({
    kind,
    id,
    centreId,
    salespersonId: 'slp_li',
    month,
    amountFen,
    recordedAt: '2026-07-01T00:00:00.000Z',
  });

describe('migration 0021_reward_fund_fines', () => {
  it('credits the report fines of its half-year to a fund set before it, and no others', async () => {
    const { db, migrator } = await databaseBeforeFines();
    const fund = {
      id: 'arf_1',
      centreId: 'ctr_baoding',
      halfYear: '2026-H1',
      budgetedFen: 100_000,
      paidFen: 30_000,
      leftFen: 70_000,
      payments: [],
      createdAt: '2026-01-05T00:00:00.000Z',
    };
    await sql`insert into reward_funds (id, centre_id, half_year, doc)
      values ('arf_1', 'ctr_baoding', '2026-H1', ${JSON.stringify(fund)})`.execute(db);
    const rows: [string, string, string, string, number][] = [
      ['apn_1', 'ctr_baoding', 'late-report', '2026-06', 5_000],
      ['apn_2', 'ctr_baoding', 'missing-report', '2026-07', 20_000],
      ['apn_3', 'ctr_baoding', 'counterfeit', '2026-03', 5_000_000],
      ['apn_4', 'ctr_changshu', 'missing-report', '2026-03', 20_000],
    ];
    for (const [id, centreId, kind, month, amountFen] of rows) {
      await sql`insert into alliance_penalties (id, centre_id, salesperson_id, kind, month, doc)
        values (${id}, ${centreId}, 'slp_li', ${kind}, ${month}, ${penalty(id, centreId, kind, month, amountFen)})`.execute(
        db,
      );
    }
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const row = await db.selectFrom('reward_funds').select('doc').executeTakeFirstOrThrow();
    const doc = JSON.parse(row.doc) as Record<string, unknown>;
    expect(doc).toMatchObject({ budgetedFen: 100_000, finesFen: 5_000, paidFen: 30_000, leftFen: 75_000 });
    expect(doc.fines).toEqual([
      { penaltyId: 'apn_1', kind: 'late-report', salespersonId: 'slp_li', month: '2026-06', amountFen: 5_000 },
    ]);
    await db.destroy();
  });
});
