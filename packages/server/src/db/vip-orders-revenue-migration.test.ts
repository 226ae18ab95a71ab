import { describe, expect, it } from 'vitest';
import { createClubServer } from '../app.js';
import { databaseBefore, indexDefinitions, sqlitePlanOf } from '../test-support.js';

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
