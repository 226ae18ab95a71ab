import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseBefore } from '../test-support.js';

const PRIMARY = '0023_primary_dealers';

describe('migration 0023_primary_dealers', () => {
  it('gives each stored sales centre one primary dealer, under its own name from its founding day', async () => {
    const { db, migrator, database } = await databaseBefore(PRIMARY);
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
    const { db, migrator, database } = await databaseBefore(PRIMARY);
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
