import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { databaseBefore } from '../test-support.js';

const STAFF_NAMES = '0024_staff_names';

describe('migration 0024_staff_names', () => {
  it('gives each stored staff account its name as the desk’s lookup compares it', async () => {
    const { db, migrator, database } = await databaseBefore(STAFF_NAMES);
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
    const { db, migrator, database } = await databaseBefore(STAFF_NAMES);
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
