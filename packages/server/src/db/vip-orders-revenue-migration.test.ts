import { CompiledQuery, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createClubServer } from '../app.js';
import { databaseBefore, indexDefinitions, sqlitePlanOf, testDatabase } from '../test-support.js';

const REVENUE = '0027_vip_orders_revenue';
const onPostgres = /^postgres/.test(process.env['DATABASE_URL'] ?? '');

describe('migration 0027_vip_orders_revenue', () => {
  it('indexes the paid orders only, with every column the revenue report reads, on SQLite alone', async () => {
    const { db, migrator, database } = await databaseBefore(REVENUE);
    try {
      expect((await migrator.migrateTo(REVENUE)).error).toBeUndefined();
      const rows = await indexDefinitions(db, 'vip_orders_revenue');
      if (onPostgres) {
        expect(rows).toEqual([]);
        return;
      }
      expect(rows).toHaveLength(1);
      const definition = rows[0] ?? '';
      for (const column of [
        'active_until',
        'valid_from',
        'paid_at',
        'cancelled_at',
        'kind',
        'amount_fen',
        'refund_fen',
        'branch_id',
      ])
        expect(definition).toContain(column);
      expect(definition).toMatch(/where "?paid_at"? is not null$/i);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it.skipIf(onPostgres)("reads a year's orders for the report from the index, not from the orders' rows", async () => {
    const queries: { sql: string; parameters: readonly unknown[] }[] = [];
    const server = await createClubServer({ db: ':memory:', rateLimit: false, logQuery: (q) => queries.push(q) });
    try {
      const { secret } = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'plan' });
      queries.length = 0;
      const res = await server.fetch(
        new Request('http://club/v1/stats/revenue?from=2026-01-01&to=2026-12-31&planFrom=2026-01', {
          headers: { Authorization: `Bearer ${secret}` },
        }),
      );
      expect(res.status).toBe(200);
      const report = queries.filter((q) => /from vip_orders\s+where paid_at is not null/.test(q.sql));
      expect(report).toHaveLength(1);
      expect(await sqlitePlanOf(server.db, report[0] as (typeof report)[number])).toMatch(
        /COVERING INDEX vip_orders_revenue/,
      );
    } finally {
      await server.close();
    }
  });
});

const POSTGRES_REVENUE = '0030_vip_orders_revenue_postgres';

describe('migration 0030_vip_orders_revenue_postgres', () => {
  it("gives PostgreSQL a covering index of the paid orders, led by their year's dates; SQLite keeps 0027's", async () => {
    const { db, migrator, database } = await databaseBefore(POSTGRES_REVENUE);
    try {
      const before = await indexDefinitions(db, 'vip_orders_revenue');
      expect((await migrator.migrateTo(POSTGRES_REVENUE)).error).toBeUndefined();
      const rows = await indexDefinitions(db, 'vip_orders_revenue');
      if (!onPostgres) {
        expect(rows).toEqual(before);
        return;
      }
      expect(before).toEqual([]);
      expect(rows).toHaveLength(1);
      const definition = rows[0] ?? '';
      expect(definition).toMatch(/\(valid_from, active_until\) INCLUDE \(/);
      for (const column of ['paid_at', 'cancelled_at', 'kind', 'amount_fen', 'refund_fen', 'branch_id'])
        expect(definition).toContain(column);
      expect(definition).toMatch(/WHERE \(paid_at IS NOT NULL\)$/);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it.skipIf(!onPostgres)(
    "reads a year's orders for the report from the index alone on PostgreSQL, for the club and for a branch",
    async () => {
      const database = await testDatabase();
      const queries: { sql: string; parameters: readonly unknown[]; settings?: readonly string[] }[] = [];
      const server = await createClubServer({ db: database.url, rateLimit: false, logQuery: (q) => queries.push(q) });
      try {
        const { secret } = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'plan' });
        // 6,000 paid orders over two years (2,920 paid in 2026, 99 of them in br_7), with documents
        // the size of real ones: enough for the
        // planner to weigh the table against the index as at a national club.
        await sql`insert into vip_orders (id, member_id, branch_id, kind, status, amount_fen, created_at, paid_at,
            valid_from, active_until, cancelled_at, refund_fen, doc)
          select 'vo_' || g, 'mb_' || g, 'br_' || (g % 30), case when g % 3 = 0 then 'renewal' else 'new' end, 'paid',
            36500, d || 'T01:00:00.000Z', d || 'T02:00:00.000Z', d, (d::date + 364)::text, null, null,
            '{"filler":"' || repeat('x', 600) || '"}'
          from (select g, ('2025-01-01'::date + (g % 730))::text as d from generate_series(1, 6000) g) o`.execute(
          server.db,
        );
        await sql`vacuum analyze vip_orders`.execute(server.db);
        for (const branch of ['', '&branchId=br_7']) {
          queries.length = 0;
          const res = await server.fetch(
            new Request(`http://club/v1/stats/revenue?from=2026-01-01&to=2026-12-31&planFrom=2025-01${branch}`, {
              headers: { Authorization: `Bearer ${secret}` },
            }),
          );
          expect(res.status).toBe(200);
          expect(((await res.json()) as { totals: { ordersPaid: number } }).totals.ordersPaid).toBe(branch ? 99 : 2920);
          const report = queries.filter((q) => /from vip_orders\s+where paid_at is not null/.test(q.sql));
          expect(report).toHaveLength(1);
          const { sql: text, parameters, settings } = report[0] as (typeof report)[number];
          // The route's own settings reach the query log with its statement (for the bench's EXPLAIN).
          expect(settings).toEqual([
            "set local work_mem = '32MB'",
            'set local enable_seqscan = off',
            'set local max_parallel_workers_per_gather = 0',
          ]);
          // Planned as the route ran it: under its settings, in a transaction of its own.
          const plan = await server.db.transaction().execute(async (trx) => {
            for (const setting of settings ?? []) await trx.executeQuery(CompiledQuery.raw(setting));
            return trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${text}`, [...parameters]));
          });
          const lines = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
          expect(lines).toMatch(/Index Only Scan using vip_orders_revenue on vip_orders/);
          expect(lines).not.toMatch(/Seq Scan on vip_orders/);
        }
      } finally {
        await server.close();
        await database.drop();
      }
    },
  );
});
