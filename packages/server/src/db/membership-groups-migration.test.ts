import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { at, databaseBefore, migratedTo } from '../test-support.js';
import type { Tables } from './schema.js';

const MIGRATION = '0025_membership_groups';

type MembershipRow = Tables['memberships'];

let serial = 0;
/** A membership's row as the store writes it, its dates and branch given. */
function row(s: Partial<MembershipRow> & { branch_id: string }): MembershipRow {
  const n = (serial += 1);
  return {
    id: `mem_${String(n).padStart(5, '0')}`,
    member_id: `mbr_${n}`,
    tier: 'standard',
    plate: `京A${String(n).padStart(5, '0')}`,
    valid_from: '2026-01-01',
    active_until: '2026-12-31',
    valid_until: '2027-01-10',
    cancelled_on: null,
    doc: '{}',
    ...s,
  };
}

type Group = Tables['membership_groups'];

/** The groups the triggers keep, and the same groups counted from the memberships themselves. */
async function groupsAndTruth(db: Kysely<Tables>) {
  const kept = await sql<Record<string, unknown>>`select branch_id, tier, valid_from, active_until, valid_until,
      cancelled_on, n from membership_groups order by 1, 2, 3, 4, 5, 6`.execute(db);
  const truth = await sql<Record<string, unknown>>`select branch_id, tier, valid_from, active_until, valid_until,
      coalesce(cancelled_on, '') as cancelled_on, count(*) as n from memberships
      group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`.execute(db);
  const plain = (rows: Record<string, unknown>[]): Group[] =>
    rows.map((r) => ({ ...(r as Omit<Group, 'n'>), n: Number(r['n']) }));
  return { kept: plain(kept.rows), truth: plain(truth.rows) };
}

const opened: { destroy(): Promise<unknown> }[] = [];
const dropped: { drop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.destroy();
  for (const database of dropped.splice(0)) await database.drop();
});

async function latest(): Promise<{ db: Kysely<Tables>; url: string }> {
  const { db, database } = await migratedTo(MIGRATION);
  opened.push(db);
  dropped.push(database);
  return { db: db as unknown as Kysely<Tables>, url: database.url };
}

describe(`migration ${MIGRATION}`, () => {
  it('counts the memberships stored before it by branch, tier and dates, a missing cancellation as ""', async () => {
    const { db: before, migrator, database } = await databaseBefore(MIGRATION);
    opened.push(before);
    dropped.push(database);
    const db = before as unknown as Kysely<Tables>;
    await db
      .insertInto('memberships')
      .values([
        row({ branch_id: 'br_a' }),
        row({ branch_id: 'br_a' }),
        row({ branch_id: 'br_a', cancelled_on: '2026-06-01' }),
        row({ branch_id: 'br_b', tier: 'vip' }),
      ])
      .execute();
    expect((await migrator.migrateTo(MIGRATION)).error).toBeUndefined();
    const { kept, truth } = await groupsAndTruth(db);
    expect(kept).toEqual(truth);
    expect(kept.map((g) => [g.branch_id, g.cancelled_on, g.n])).toEqual([
      ['br_a', '', 2],
      ['br_a', '2026-06-01', 1],
      ['br_b', '', 1],
    ]);
  });

  it('keeps the groups equal to the memberships through inserts, renewals, cancellations, moves and deletes', async () => {
    const { db } = await latest();
    const rows = [
      ...Array.from({ length: 5 }, () => row({ branch_id: 'br_a' })),
      ...Array.from({ length: 3 }, () => row({ branch_id: 'br_b', tier: 'vip' })),
    ];
    await db.insertInto('memberships').values(rows).execute();
    expect((await groupsAndTruth(db)).kept).toEqual((await groupsAndTruth(db)).truth);

    const [a1, a2, a3, b1, b2] = [at(rows, 0), at(rows, 1), at(rows, 2), at(rows, 5), at(rows, 6)];
    // A renewal moves a membership to later dates; a cancellation and its undoing; a move of branch.
    await db
      .updateTable('memberships')
      .set({ active_until: '2027-12-31', valid_until: '2028-01-10' })
      .where('id', '=', a1.id)
      .execute();
    await db.updateTable('memberships').set({ cancelled_on: '2026-09-01' }).where('id', '=', a2.id).execute();
    await db.updateTable('memberships').set({ cancelled_on: null }).where('id', '=', a2.id).execute();
    await db.updateTable('memberships').set({ cancelled_on: '2026-10-01' }).where('id', '=', a3.id).execute();
    await db.updateTable('memberships').set({ branch_id: 'br_c' }).where('id', '=', b1.id).execute();
    // A write of the document alone, and one statement moving several memberships at once.
    await db.updateTable('memberships').set({ doc: '{"x":1}' }).where('id', '=', b2.id).execute();
    await db.updateTable('memberships').set({ tier: 'vip' }).where('branch_id', '=', 'br_a').execute();
    let { kept, truth } = await groupsAndTruth(db);
    expect(kept).toEqual(truth);

    await db.deleteFrom('memberships').where('branch_id', '=', 'br_c').execute();
    await db.deleteFrom('memberships').where('id', '=', a2.id).execute();
    ({ kept, truth } = await groupsAndTruth(db));
    expect(kept).toEqual(truth);
    // A group its last membership left is gone, not kept at zero.
    expect(kept.some((g) => g.branch_id === 'br_c' || g.n === 0)).toBe(false);

    await db.deleteFrom('memberships').execute();
    expect((await groupsAndTruth(db)).kept).toEqual([]);
  });

  it('keeps the counts when writers on several connections change the same groups at once', async () => {
    const { db, url } = await latest();
    const onPostgres = /^postgres(ql)?:\/\//.test(url);
    // Six connections on PostgreSQL; SQLite has one writer, and runs the same writes in turn.
    const writers = onPostgres
      ? new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 6 }) }) })
      : db;
    if (writers !== db) opened.push(writers);
    const rows = Array.from({ length: 60 }, (_, i) => row({ branch_id: i % 2 === 0 ? 'br_a' : 'br_b' }));
    await Promise.all(
      rows.map((r, i) =>
        writers.transaction().execute(async (trx) => {
          await trx.insertInto('memberships').values(r).execute();
          // Each renews into a group shared with others, crosswise: even rows to odd rows' dates and back.
          await trx
            .updateTable('memberships')
            .set(i % 2 === 0 ? { branch_id: 'br_b' } : { branch_id: 'br_a', valid_until: '2027-02-01' })
            .where('id', '=', r.id)
            .execute();
          if (i % 5 === 0) await trx.deleteFrom('memberships').where('id', '=', r.id).execute();
        }),
      ),
    );
    const { kept, truth } = await groupsAndTruth(db);
    expect(kept).toEqual(truth);
    expect(kept.reduce((sum, g) => sum + g.n, 0)).toBe(48);
  });
});
