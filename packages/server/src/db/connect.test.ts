import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type SqliteDatabase } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPg, openBetterSqlite3, openDatabase } from './connect.js';

const dir = mkdtempSync(join(tmpdir(), 'clubkit-connect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pragma = async (db: Awaited<ReturnType<typeof openDatabase>>['db'], name: string) =>
  Object.values((await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0] ?? {})[0];

describe.skipIf(/^postgres/.test(process.env['DATABASE_URL'] ?? ''))('openDatabase on SQLite', () => {
  it('opens a file with better-sqlite3 in WAL mode, synchronous=FULL, foreign keys on and a busy timeout', async () => {
    const opened = await openDatabase(join(dir, 'club.db'));
    try {
      expect(opened.engine).toBe('sqlite');
      expect(opened.migration).not.toBe('none');
      expect(await pragma(opened.db, 'journal_mode')).toBe('wal');
      expect(await pragma(opened.db, 'synchronous')).toBe(2); // FULL
      expect(await pragma(opened.db, 'foreign_keys')).toBe(1);
      expect(await pragma(opened.db, 'busy_timeout')).toBe(5000);
    } finally {
      await opened.close();
    }
  });

  it('reopens a migrated file without migrating again', async () => {
    const file = join(dir, 'reopen.db');
    const first = await openDatabase(file);
    await first.close();
    const second = await openDatabase(file);
    try {
      expect(second.migration).toBe(first.migration);
    } finally {
      await second.close();
    }
  });

  it('opens the database through the SQLite binding it is given', async () => {
    const opened: string[] = [];
    let closed = 0;
    const counting = async (file: string): Promise<SqliteDatabase> => {
      opened.push(file);
      const database = await openBetterSqlite3(file);
      return {
        prepare: (text) => database.prepare(text),
        close: () => {
          closed++;
          database.close();
        },
      };
    };
    const db = await openDatabase(':memory:', counting);
    expect(opened).toEqual([':memory:']);
    expect(await pragma(db.db, 'foreign_keys')).toBe(1);
    await db.close();
    expect(closed).toBe(1);
  });

  it('reports a binding that cannot open the file, and leaves nothing open', async () => {
    const failing = () => Promise.reject(new Error('no such binding'));
    await expect(openDatabase(join(dir, 'never.db'), failing)).rejects.toThrow('no such binding');
  });
});

describe('loadPg', () => {
  it('loads the pg driver when it is installed', async () => {
    const pg = await loadPg();
    expect(typeof pg.Pool).toBe('function');
  });

  it('names the package to install when pg cannot be loaded, keeping the cause', async () => {
    const missing = new Error("Cannot find package 'pg'");
    const failure = await loadPg(() => Promise.reject(missing)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('npm install pg');
    expect((failure as Error).cause).toBe(missing);
  });
});
