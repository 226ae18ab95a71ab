import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { at, databaseBefore, migratedTo, sqlitePlanOf } from '../test-support.js';
import type { Tables } from './schema.js';
import { createClubServer } from '../app.js';

const MIGRATION = '0029_complaint_days';
const onPostgres = /^postgres/.test(process.env['DATABASE_URL'] ?? '');

type ComplaintRow = Tables['complaints'];

let serial = 0;
/** A complaint's row as the store writes it, received at `received_at`. */
function row(s: Partial<ComplaintRow> & { received_at: string }): ComplaintRow {
  const n = (serial += 1);
  return {
    id: `cmp_${String(n).padStart(5, '0')}`,
    accused_staff_id: null,
    reference: `R-${String(n).padStart(5, '0')}`,
    status: 'new',
    member_id: null,
    deadline: null,
    phone_digits: null,
    unit_id: null,
    property_id: null,
    category: 'service-quality',
    department: null,
    due_at: '2026-03-05T00:00:00.000Z',
    resolved_on_time: null,
    follow_ups: 0,
    satisfied_follow_ups: 0,
    satisfied: null,
    hours_to_resolve: null,
    malicious: 0,
    doc: '{}',
    ...s,
  };
}

const FIGURES = `n, resolved, on_time, follow_ups, satisfied_follow_ups, followed_up, satisfied, malicious, timed`;

/** The days the triggers keep, and the same days summed from the complaints themselves. */
async function daysAndTruth(db: Kysely<Tables>) {
  // The days with the changes not folded into them yet (PostgreSQL's), as a report sums them.
  const kept = await sql<Record<string, unknown>>`select day, property_id, status, category, department,
      ${sql.raw(
        FIGURES.split(', ')
          .map((f) => `sum(${f}) as ${f}`)
          .join(', '),
      )}
    from (select * from complaint_days union all select * from complaint_day_changes) as d
    group by 1, 2, 3, 4, 5 having sum(n) <> 0 order by 1, 2, 3, 4, 5`.execute(db);
  const truth = await sql<Record<string, unknown>>`select substr(received_at, 1, 10) as day,
      coalesce(property_id, '') as property_id, status, coalesce(category, '') as category,
      coalesce(department, '') as department, count(*) as n,
      sum(case when resolved_on_time is not null then 1 else 0 end) as resolved,
      sum(case when resolved_on_time = 1 then 1 else 0 end) as on_time,
      sum(coalesce(follow_ups, 0)) as follow_ups, sum(coalesce(satisfied_follow_ups, 0)) as satisfied_follow_ups,
      sum(case when satisfied is not null then 1 else 0 end) as followed_up,
      sum(case when satisfied = 1 then 1 else 0 end) as satisfied, sum(coalesce(malicious, 0)) as malicious,
      sum(case when hours_to_resolve is not null then 1 else 0 end) as timed
    from complaints group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`.execute(db);
  // PostgreSQL answers sums as bigint text.
  const plain = (rows: Record<string, unknown>[]) =>
    rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, FIGURES.includes(k) ? Number(v) : v])));
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
  it('sums the complaints stored before it by UTC day, property, status, category and department', async () => {
    const { db: before, migrator, database } = await databaseBefore(MIGRATION);
    opened.push(before);
    dropped.push(database);
    const db = before as unknown as Kysely<Tables>;
    await db
      .insertInto('complaints')
      .values([
        row({ received_at: '2026-03-01T00:00:00.000Z' }),
        row({ received_at: '2026-03-01T23:59:59.999Z', status: 'resolved', resolved_on_time: 1, hours_to_resolve: 5 }),
        row({ received_at: '2026-03-01T10:00:00.000Z', property_id: 'prp_a', department: 'engineering' }),
        row({ received_at: '2026-03-02T00:00:00.000Z', category: null, malicious: 1 }),
      ])
      .execute();
    expect((await migrator.migrateTo(MIGRATION)).error).toBeUndefined();
    const { kept, truth } = await daysAndTruth(db);
    expect(kept).toEqual(truth);
    expect(kept.map((d) => [d['day'], d['property_id'], d['status'], d['category'], d['n']])).toEqual([
      ['2026-03-01', '', 'new', 'service-quality', 1],
      ['2026-03-01', '', 'resolved', 'service-quality', 1],
      ['2026-03-01', 'prp_a', 'new', 'service-quality', 1],
      ['2026-03-02', '', 'new', '', 1],
    ]);
  });

  it('keeps the days equal to the complaints through filing, assigning, resolving, follow-ups, moves and deletes', async () => {
    const { db } = await latest();
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => row({ received_at: `2026-03-0${1 + (i % 2)}T08:00:00.000Z` })),
      ...Array.from({ length: 3 }, () => row({ received_at: '2026-03-03T08:00:00.000Z', property_id: 'prp_b' })),
    ];
    await db.insertInto('complaints').values(rows).execute();
    expect((await daysAndTruth(db)).kept).toEqual((await daysAndTruth(db)).truth);

    const [a, b, c, d, e] = [at(rows, 0), at(rows, 1), at(rows, 2), at(rows, 5), at(rows, 6)];
    await db
      .updateTable('complaints')
      .set({ status: 'assigned', department: 'customer-service' })
      .where('id', '=', a.id)
      .execute();
    await db
      .updateTable('complaints')
      .set({ status: 'resolved', resolved_on_time: 0, hours_to_resolve: 80, due_at: null })
      .where('id', '=', a.id)
      .execute();
    await db
      .updateTable('complaints')
      .set({ status: 'followed-up', follow_ups: 2, satisfied_follow_ups: 1, satisfied: 1 })
      .where('id', '=', a.id)
      .execute();
    // Marked malicious and unmarked; re-categorised; moved to another property.
    await db.updateTable('complaints').set({ malicious: 1 }).where('id', '=', b.id).execute();
    await db.updateTable('complaints').set({ malicious: 0 }).where('id', '=', b.id).execute();
    await db.updateTable('complaints').set({ category: 'billing' }).where('id', '=', c.id).execute();
    await db.updateTable('complaints').set({ property_id: null }).where('id', '=', d.id).execute();
    // A write of the document alone, and one statement changing several complaints at once.
    await db.updateTable('complaints').set({ doc: '{"x":1}' }).where('id', '=', e.id).execute();
    await db.updateTable('complaints').set({ status: 'closed' }).where('property_id', '=', 'prp_b').execute();
    let { kept, truth } = await daysAndTruth(db);
    expect(kept).toEqual(truth);
    expect(kept.find((k) => k['status'] === 'followed-up')).toMatchObject({
      resolved: 1,
      on_time: 0,
      timed: 1,
      satisfied: 1,
    });

    await db.deleteFrom('complaints').where('property_id', '=', 'prp_b').execute();
    await db.deleteFrom('complaints').where('id', '=', b.id).execute();
    ({ kept, truth } = await daysAndTruth(db));
    expect(kept).toEqual(truth);
    // A day its last complaint left is gone, not kept at zero.
    expect(kept.some((k) => k['property_id'] === 'prp_b' || k['n'] === 0)).toBe(false);

    await db.deleteFrom('complaints').execute();
    expect((await daysAndTruth(db)).kept).toEqual([]);
  });

  it('keeps the sums when writers on several connections file and resolve on the same day at once', async () => {
    const { db, url } = await latest();
    const onPg = /^postgres(ql)?:\/\//.test(url);
    // Six connections on PostgreSQL; SQLite has one writer, and runs the same writes in turn.
    const writers = onPg
      ? new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 6 }) }) })
      : db;
    if (writers !== db) opened.push(writers);
    const rows = Array.from({ length: 60 }, (_, i) =>
      row({
        received_at: `2026-03-0${1 + (i % 2)}T08:00:00.000Z`,
        category: i % 3 === 0 ? 'billing' : 'service-quality',
      }),
    );
    await Promise.all(
      rows.map((r, i) =>
        writers.transaction().execute(async (trx) => {
          await trx.insertInto('complaints').values(r).execute();
          // Each moves into a group another writer files into, crosswise.
          await trx
            .updateTable('complaints')
            .set(
              i % 2 === 0
                ? { received_at: '2026-03-02T09:00:00.000Z' }
                : {
                    received_at: '2026-03-01T09:00:00.000Z',
                    status: 'resolved',
                    resolved_on_time: 1,
                    hours_to_resolve: 3,
                  },
            )
            .where('id', '=', r.id)
            .execute();
          if (i % 5 === 0) await trx.deleteFrom('complaints').where('id', '=', r.id).execute();
        }),
      ),
    );
    const { kept, truth } = await daysAndTruth(db);
    expect(kept).toEqual(truth);
    expect(kept.reduce((sum, k) => sum + Number(k['n']), 0)).toBe(48);
  });

  it.runIf(onPostgres)(
    'folds the changes into the days on PostgreSQL, every 32nd write, leaving no empty day',
    async () => {
      const { db } = await latest();
      const rows = Array.from({ length: 40 }, (_, i) => row({ received_at: `2026-03-0${1 + (i % 3)}T08:00:00.000Z` }));
      for (const r of rows) await db.insertInto('complaints').values(r).execute();
      await db.deleteFrom('complaints').where('received_at', 'like', '2026-03-03%').execute();
      const changes = async () =>
        Number((await sql<{ n: unknown }>`select count(*) as n from complaint_day_changes`.execute(db)).rows[0]?.n);
      // 41 writing statements: the 32nd folded the 31 before it and itself.
      expect(await changes()).toBe(9);
      await sql`select complaint_days_fold()`.execute(db);
      expect(await changes()).toBe(0);
      const folded = await sql<Record<string, unknown>>`select day, n from complaint_days order by day`.execute(db);
      expect(folded.rows.map((r) => [r['day'], Number(r['n'])])).toEqual([
        ['2026-03-01', 14],
        ['2026-03-02', 13],
      ]);
      const { kept, truth } = await daysAndTruth(db);
      expect(kept).toEqual(truth);
    },
  );

  it('loses nothing when a writer that folded the changes rolls back', async () => {
    const { db } = await latest();
    const committed = Array.from({ length: 20 }, () => row({ received_at: '2026-03-01T08:00:00.000Z' }));
    for (const r of committed) await db.insertInto('complaints').values(r).execute();
    const before = await daysAndTruth(db);
    // Forty statements in one transaction: on PostgreSQL one of them folds the committed changes
    // into the days; then the transaction fails, and the fold is undone with its filings.
    await expect(
      db.transaction().execute(async (trx) => {
        for (let i = 0; i < 40; i++)
          await trx
            .insertInto('complaints')
            .values(row({ received_at: '2026-03-01T09:00:00.000Z' }))
            .execute();
        // What the test is for: a fold ran inside this transaction (SQLite's changes stay empty).
        const changes = await sql<{ n: unknown }>`select count(*) as n from complaint_day_changes`.execute(trx);
        expect(Number(changes.rows[0]?.n)).toBeLessThan(onPostgres ? 60 : 1);
        throw new Error('the writer fails after filing');
      }),
    ).rejects.toThrow('the writer fails after filing');
    const after = await daysAndTruth(db);
    expect(after.kept).toEqual(after.truth);
    expect(after).toEqual(before);
    expect(after.kept.map((k) => k['n'])).toEqual([20]);
    const left = await sql<{ n: unknown }>`select count(*) as n from complaint_day_changes`.execute(db);
    expect(Number(left.rows[0]?.n)).toBe(onPostgres ? 20 : 0);
  });

  it.skipIf(onPostgres)(
    "reads a year's complaint report from the days, its edges and the open complaints' index",
    async () => {
      const queries: { sql: string; parameters: readonly unknown[] }[] = [];
      const server = await createClubServer({ db: ':memory:', rateLimit: false, logQuery: (q) => queries.push(q) });
      try {
        const { secret } = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'plan' });
        queries.length = 0;
        const res = await server.fetch(
          new Request('http://club/v1/stats/complaints?from=2026-01-01&to=2026-12-31', {
            headers: { Authorization: `Bearer ${secret}` },
          }),
        );
        expect(res.status).toBe(200);
        const reads = queries.filter((q) => /from complaint(s|_days)\b/.test(q.sql));
        // The whole days, the two edges of the club's days in UTC, and the overdue count.
        expect(reads).toHaveLength(4);
        const plans = await Promise.all(reads.map((q) => sqlitePlanOf(server.db, q)));
        expect(plans.filter((p) => /complaint_days/.test(p))).toHaveLength(1);
        expect(plans.filter((p) => /COVERING INDEX complaints_period/.test(p))).toHaveLength(2);
        expect(plans.filter((p) => /COVERING INDEX complaints_open/.test(p))).toHaveLength(1);
        for (const plan of plans) expect(plan).not.toMatch(/SCAN complaints\b(?! USING)/);
      } finally {
        await server.close();
      }
    },
  );
});
