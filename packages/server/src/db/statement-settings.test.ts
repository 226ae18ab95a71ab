import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from './connect.js';
import { testDatabase } from '../test-support.js';
import { withStatementSettings } from './statement-settings.js';

const onPostgres = /^postgres/.test(process.env['DATABASE_URL'] ?? '');

describe('withStatementSettings', () => {
  let database: Awaited<ReturnType<typeof testDatabase>>;
  let opened: OpenDatabase;
  beforeAll(async () => {
    database = await testDatabase();
    opened = await openDatabase(database.url);
  });
  afterAll(async () => {
    await opened.close();
    await database.drop();
  });
  const workMem = async (db = opened.db) =>
    (await sql<{ work_mem: string }>`show work_mem`.execute(db)).rows[0]?.work_mem;

  it.skipIf(!onPostgres)('raises work_mem for its statements alone, and no pooled connection keeps it', async () => {
    const before = await workMem();
    expect(await withStatementSettings(opened.db, 'postgres', { workMemMb: 48 }, (db) => workMem(db))).toBe('48MB');
    // Every connection of the pool (ten at most) answers the server's setting again.
    const after = await Promise.all(Array.from({ length: 12 }, () => workMem()));
    expect(new Set(after)).toEqual(new Set([before]));
  });

  it.skipIf(!onPostgres)("raises it within a caller's transaction, which it leaves open, until that ends", async () => {
    const before = await workMem();
    const inside = await opened.db.transaction().execute(async (trx) => {
      const raised = await withStatementSettings(trx, 'postgres', { workMemMb: 40 }, (db) => workMem(db));
      return [raised, await workMem(trx)];
    });
    expect(inside).toEqual(['40MB', '40MB']);
    expect(await workMem()).toBe(before);
  });

  it.skipIf(!onPostgres)('passes on what its statements throw, and the setting ends with them', async () => {
    const before = await workMem();
    await expect(
      withStatementSettings(opened.db, 'postgres', { workMemMb: 48 }, async (db) => {
        await sql`select 1 / 0`.execute(db);
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await workMem()).toBe(before);
  });

  const seqScan = async (db = opened.db) =>
    (await sql<{ enable_seqscan: string }>`show enable_seqscan`.execute(db)).rows[0]?.enable_seqscan;
  const workers = async (db = opened.db) =>
    (await sql<{ max_parallel_workers_per_gather: string }>`show max_parallel_workers_per_gather`.execute(db)).rows[0]
      ?.max_parallel_workers_per_gather;

  it.skipIf(!onPostgres)(
    'with indexOnly, keeps the planner from whole-table reads for its statements alone',
    async () => {
      const inside = await withStatementSettings(
        opened.db,
        'postgres',
        { workMemMb: 32, indexOnly: true },
        async (db) => [await workMem(db), await seqScan(db)],
      );
      expect(inside).toEqual(['32MB', 'off']);
      expect(await withStatementSettings(opened.db, 'postgres', { workMemMb: 32 }, (db) => seqScan(db))).toBe('on');
      const after = await Promise.all(Array.from({ length: 12 }, () => seqScan()));
      expect(new Set(after)).toEqual(new Set(['on']));
    },
  );

  it.skipIf(!onPostgres)('with serial, plans its statements without parallel workers, for them alone', async () => {
    const before = await workers();
    expect(before).not.toBe('0');
    expect(
      await withStatementSettings(opened.db, 'postgres', { workMemMb: 32, serial: true }, (db) => workers(db)),
    ).toBe('0');
    const after = await Promise.all(Array.from({ length: 12 }, () => workers()));
    expect(new Set(after)).toEqual(new Set([before]));
  });

  it.skipIf(!onPostgres)(
    'leaves no setting on any pooled connection when a statement fails under every one of them',
    async () => {
      const before = [await workMem(), await seqScan(), await workers()];
      // Every connection of the pool (ten at most) fails a statement under the settings at once.
      const failures = await Promise.allSettled(
        Array.from({ length: 12 }, () =>
          withStatementSettings(opened.db, 'postgres', { workMemMb: 24, indexOnly: true, serial: true }, async (db) => {
            expect([await workMem(db), await seqScan(db), await workers(db)]).toEqual(['24MB', 'off', '0']);
            await sql`select 1 / 0`.execute(db);
          }),
        ),
      );
      expect(failures.map((f) => f.status)).toEqual(Array.from({ length: 12 }, () => 'rejected'));
      for (const f of failures) expect(String((f as PromiseRejectedResult).reason)).toMatch(/division by zero/);
      const after = await Promise.all(
        Array.from({ length: 12 }, async () => {
          // One connection answers all three: a transaction holds it.
          return opened.db
            .transaction()
            .execute(async (trx) => [await workMem(trx), await seqScan(trx), await workers(trx)]);
        }),
      );
      for (const settings of after) expect(settings).toEqual(before);
    },
  );

  it.skipIf(!onPostgres)(
    "fails the caller's transaction with its statement, and the settings end with that transaction",
    async () => {
      const before = [await workMem(), await seqScan(), await workers()];
      await expect(
        opened.db.transaction().execute(async (trx) => {
          await withStatementSettings(trx, 'postgres', { workMemMb: 24, indexOnly: true, serial: true }, async (db) => {
            await sql`select 1 / 0`.execute(db);
          });
        }),
      ).rejects.toThrow(/division by zero/);
      expect(
        await opened.db
          .transaction()
          .execute(async (trx) => [await workMem(trx), await seqScan(trx), await workers(trx)]),
      ).toEqual(before);
    },
  );

  it.skipIf(!onPostgres)(
    'logs each statement with the settings of its own transaction, while others run at once without them',
    async () => {
      const logged: { sql: string; settings?: readonly string[] }[] = [];
      const logging = await openDatabase(database.url, undefined, { logQuery: (q) => logged.push(q) });
      try {
        await Promise.all([
          withStatementSettings(
            logging.db,
            'postgres',
            { workMemMb: 24, indexOnly: true, serial: true },
            async (db) => {
              await sql`select 'report' as a`.execute(db);
              await sql`select 'report again' as a`.execute(db);
            },
          ),
          ...Array.from({ length: 3 }, () => sql`select 'plain' as a`.execute(logging.db)),
          logging.db.transaction().execute(async (trx) => {
            await withStatementSettings(trx, 'postgres', { workMemMb: 16 }, async (db) => {
              await withStatementSettings(db, 'postgres', { workMemMb: 20, serial: true }, (inner) =>
                sql`select 'nested' as a`.execute(inner),
              );
            });
            await sql`select 'after' as a`.execute(trx);
          }),
        ]);
      } finally {
        await logging.close();
      }
      const settingsOf = (text: string) => logged.filter((q) => q.sql.includes(`'${text}'`)).map((q) => q.settings);
      const report = [
        "set local work_mem = '24MB'",
        'set local enable_seqscan = off',
        'set local max_parallel_workers_per_gather = 0',
      ];
      expect(settingsOf('report')).toEqual([report]);
      expect(settingsOf('report again')).toEqual([report]);
      expect(settingsOf('plain')).toEqual([undefined, undefined, undefined]);
      expect(settingsOf('nested')).toEqual([
        ["set local work_mem = '16MB'", "set local work_mem = '20MB'", 'set local max_parallel_workers_per_gather = 0'],
      ]);
      // The caller's transaction ran on after them with its own settings, which the log cannot see.
      expect(settingsOf('after')).toEqual([undefined]);
    },
  );

  it('runs the statements as they are on SQLite', async () => {
    const ran = await withStatementSettings(opened.db, 'sqlite', { workMemMb: 48 }, (db) => {
      expect(db).toBe(opened.db);
      return Promise.resolve('ran');
    });
    expect(ran).toBe('ran');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s megabytes before running anything', async (megabytes) => {
    let ran = false;
    await expect(
      withStatementSettings(opened.db, opened.engine, { workMemMb: megabytes }, () => {
        ran = true;
        return Promise.resolve();
      }),
    ).rejects.toThrow(/workMemMb is a positive integer/);
    expect(ran).toBe(false);
  });
});
