import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../db/connect.js';
import { testDatabase } from '../test-support.js';
import { withWorkMem } from './work-mem.js';

const onPostgres = /^postgres/.test(process.env['DATABASE_URL'] ?? '');

describe('withWorkMem', () => {
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
    expect(await withWorkMem(opened.db, 'postgres', 48, (db) => workMem(db))).toBe('48MB');
    // Every connection of the pool (ten at most) answers the server's setting again.
    const after = await Promise.all(Array.from({ length: 12 }, () => workMem()));
    expect(new Set(after)).toEqual(new Set([before]));
  });

  it.skipIf(!onPostgres)("raises it within a caller's transaction, which it leaves open, until that ends", async () => {
    const before = await workMem();
    const inside = await opened.db.transaction().execute(async (trx) => {
      const raised = await withWorkMem(trx, 'postgres', 40, (db) => workMem(db));
      return [raised, await workMem(trx)];
    });
    expect(inside).toEqual(['40MB', '40MB']);
    expect(await workMem()).toBe(before);
  });

  it.skipIf(!onPostgres)('passes on what its statements throw, and the setting ends with them', async () => {
    const before = await workMem();
    await expect(
      withWorkMem(opened.db, 'postgres', 48, async (db) => {
        await sql`select 1 / 0`.execute(db);
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await workMem()).toBe(before);
  });

  it.skipIf(!onPostgres)(
    'with indexOnly, keeps the planner from whole-table reads for its statements alone',
    async () => {
      const seqScan = async (db = opened.db) =>
        (await sql<{ enable_seqscan: string }>`show enable_seqscan`.execute(db)).rows[0]?.enable_seqscan;
      const inside = await withWorkMem(
        opened.db,
        'postgres',
        32,
        async (db) => [await workMem(db), await seqScan(db)],
        {
          indexOnly: true,
        },
      );
      expect(inside).toEqual(['32MB', 'off']);
      expect(await withWorkMem(opened.db, 'postgres', 32, (db) => seqScan(db))).toBe('on');
      const after = await Promise.all(Array.from({ length: 12 }, () => seqScan()));
      expect(new Set(after)).toEqual(new Set(['on']));
    },
  );

  it.skipIf(!onPostgres)('with serial, plans its statements without parallel workers, for them alone', async () => {
    const workers = async (db = opened.db) =>
      (await sql<{ max_parallel_workers_per_gather: string }>`show max_parallel_workers_per_gather`.execute(db)).rows[0]
        ?.max_parallel_workers_per_gather;
    const before = await workers();
    expect(before).not.toBe('0');
    expect(await withWorkMem(opened.db, 'postgres', 32, (db) => workers(db), { serial: true })).toBe('0');
    const after = await Promise.all(Array.from({ length: 12 }, () => workers()));
    expect(new Set(after)).toEqual(new Set([before]));
  });

  it('runs the statements as they are on SQLite', async () => {
    const ran = await withWorkMem(opened.db, 'sqlite', 48, (db) => {
      expect(db).toBe(opened.db);
      return Promise.resolve('ran');
    });
    expect(ran).toBe('ran');
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s megabytes before running anything', async (megabytes) => {
    let ran = false;
    await expect(
      withWorkMem(opened.db, opened.engine, megabytes, () => {
        ran = true;
        return Promise.resolve();
      }),
    ).rejects.toThrow(RangeError);
    expect(ran).toBe(false);
  });
});
