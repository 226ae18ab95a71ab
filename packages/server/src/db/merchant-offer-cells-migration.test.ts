import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { merchantCells } from '../store/merchant-counts.js';
import { databaseBefore, sqlitePlanOf } from '../test-support.js';
import { openDatabase } from './connect.js';

const CELLS = '0026_merchant_offer_cells';
const onPostgres = /^postgres/.test(process.env['DATABASE_URL'] ?? '');

describe('migration 0026_merchant_offer_cells', () => {
  it("gives every stored offer row its merchant's category and region", async () => {
    const { db, migrator, database } = await databaseBefore(CELLS);
    try {
      for (const [id, category, region] of [
        ['mch_wash', 'car-wash', 'jinghong'],
        ['mch_inn', 'hotel', 'mengla'],
        ['mch_bare', 'repair', 'jinghong'],
      ]) {
        const doc = JSON.stringify({ id, name: id, category, region, offers: [] });
        await sql`insert into merchants (id, name, category, region, version, updated_at, doc)
          values (${id}, ${id}, ${category}, ${region}, 1, '2026-12-01T00:00:00.000Z', ${doc})`.execute(db);
      }
      for (const [merchant, offer, until] of [
        ['mch_wash', 'off_1', null],
        ['mch_wash', 'off_2', '2026-12-31'],
        ['mch_inn', 'off_3', null],
      ])
        await sql`insert into merchant_offers (merchant_id, offer_id, valid_from, valid_until, tiers)
          values (${merchant}, ${offer}, null, ${until}, null)`.execute(db);
      expect((await migrator.migrateTo(CELLS)).error).toBeUndefined();
      const rows = await sql<{ offer_id: string; category: string; region: string }>`
        select offer_id, category, region from merchant_offers order by offer_id`.execute(db);
      expect(rows.rows).toEqual([
        { offer_id: 'off_1', category: 'car-wash', region: 'jinghong' },
        { offer_id: 'off_2', category: 'car-wash', region: 'jinghong' },
        { offer_id: 'off_3', category: 'hotel', region: 'mengla' },
      ]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it('runs on a database with no merchant', async () => {
    const { db, migrator, database } = await databaseBefore(CELLS);
    try {
      expect((await migrator.migrateTo(CELLS)).error).toBeUndefined();
      const rows = await sql<{ n: number }>`select count(*) as n from merchant_offers`.execute(db);
      expect(Number(rows.rows[0]?.n)).toBe(0);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it.skipIf(onPostgres)(
    "counts the report's merchants and offers from covering indexes, joining neither table to the other",
    async () => {
      const queries: { sql: string; parameters: readonly unknown[] }[] = [];
      const opened = await openDatabase(':memory:', undefined, { logQuery: (q) => queries.push(q) });
      try {
        queries.length = 0;
        await merchantCells(opened.db, { date: '2026-12-01', tier: 'vip' });
        const ran = queries.splice(0);
        expect(ran).toHaveLength(2);
        const plans = [];
        for (const q of ran) {
          expect(q.sql).not.toMatch(/ join /i);
          plans.push(await sqlitePlanOf(opened.db, q));
        }
        expect(plans[0]).toMatch(/COVERING INDEX merchants_cell/);
        expect(plans[1]).toMatch(/COVERING INDEX merchant_offers_cell/);
        // The offers are counted a merchant at a time in the index's order, not sorted again per cell.
        expect(plans[1]).not.toMatch(/DISTINCT/);
      } finally {
        await opened.close();
      }
    },
  );
});
