import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createClubServer } from '../app.js';
import { databaseBefore, indexDefinitions, sqlitePlanOf } from '../test-support.js';

const HOURS = '0028_complaint_hours';
const onPostgres = /^postgres/.test(process.env['DATABASE_URL'] ?? '');

describe('migration 0028_complaint_hours', () => {
  it('indexes the timed complaints alone, by when they were received, with their property and hours', async () => {
    const { db, migrator, database } = await databaseBefore(HOURS);
    try {
      expect((await migrator.migrateTo(HOURS)).error).toBeUndefined();
      const rows = await indexDefinitions(db, 'complaints_hours');
      expect(rows).toHaveLength(1);
      const definition = rows[0] ?? '';
      for (const column of ['received_at', 'property_id', 'hours_to_resolve']) expect(definition).toContain(column);
      expect(definition).toMatch(/where \(?"?hours_to_resolve"? is not null\)?$/i);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it.skipIf(onPostgres)("reads the median of a year's complaints from that index", async () => {
    const queries: { sql: string; parameters: readonly unknown[] }[] = [];
    const server = await createClubServer({ db: ':memory:', rateLimit: false, logQuery: (q) => queries.push(q) });
    try {
      const { secret } = await server.createKey({ kind: 'secret', principal: { role: 'admin' }, label: 'plan' });
      // One timed complaint, so that the report asks for its median.
      await sql`insert into complaints (id, reference, status, category, received_at, deadline, due_at,
          hours_to_resolve, follow_ups, satisfied_follow_ups, malicious, doc)
        values ('cmp_timed', 'R-TIMED', 'resolved', 'service-quality', '2026-03-01T00:00:00.000Z', '2026-03-02',
          '2026-03-02T00:00:00.000Z', 5, 0, 0, 0, '{}')`.execute(server.db);
      queries.length = 0;
      const res = await server.fetch(
        new Request('http://club/v1/stats/complaints?from=2026-01-01&to=2026-12-31', {
          headers: { Authorization: `Bearer ${secret}` },
        }),
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as { medianHoursToResolve: number }).medianHoursToResolve).toBe(5);
      const median = queries.filter((q) => /order by hours_to_resolve/.test(q.sql));
      expect(median).toHaveLength(1);
      expect(await sqlitePlanOf(server.db, median[0] as (typeof median)[number])).toMatch(
        /COVERING INDEX complaints_hours/,
      );
    } finally {
      await server.close();
    }
  });
});
