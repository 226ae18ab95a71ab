import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { inspect } from 'node:util';
import { Kysely, PostgresDialect, SqliteDialect, sql, type LogEvent, type SqliteDatabase } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrationProvider } from './migrations.js';
import { statementSettingsNow } from './statement-settings.js';
import type { Tables } from './schema.js';

/** The database handle every route uses. */
export type ClubDb = Kysely<Tables>;

/** Which engine a database runs on; a few statements differ between them. */
export type DbEngine = 'sqlite' | 'postgres';

/** An open database with its engine and the newest applied migration. */
export interface OpenDatabase {
  db: ClubDb;
  engine: DbEngine;
  migration: string;
  close(): Promise<void>;
}

/**
 * Opens a SQLite file (or `:memory:`) as the synchronous handle Kysely's SQLite dialect drives.
 * The default is better-sqlite3; any binding with the same `prepare`/`close` shape works.
 */
export type SqliteOpener = (file: string) => SqliteDatabase | Promise<SqliteDatabase>;

/** better-sqlite3, loaded only when a SQLite database is opened. */
export const openBetterSqlite3: SqliteOpener = async (file) => {
  const { default: Database } = await import('better-sqlite3');
  return new Database(file);
};

/** What `import('pg')` resolves to; its default export is the driver we use. */
type PgModule = typeof import('pg');

/**
 * Loads the PostgreSQL driver. pg is an optional peer dependency, so that SQLite users do not
 * install it: it is imported only when a `postgres://` location is opened, and its absence is
 * reported with the command that fixes it rather than as a bare module resolution error.
 * `importPg` is a seam for tests, which cannot uninstall the package to see that message.
 */
export async function loadPg(importPg: () => Promise<PgModule> = () => import('pg')): Promise<PgModule['default']> {
  try {
    return (await importPg()).default;
  } catch (cause) {
    throw new Error(
      'PostgreSQL needs the "pg" package, which is not installed: run `npm install pg` (or your package manager\'s equivalent).',
      { cause },
    );
  }
}

/**
 * Receives every query the server runs, with its parameters and duration (slow-query logs,
 * `EXPLAIN`). On PostgreSQL, a report's statement that ran with settings of its own comes with the
 * `set local` statements its transaction ran before it (`settings`): its `EXPLAIN` is right only
 * under them.
 */
export type QueryLogger = (query: {
  sql: string;
  parameters: readonly unknown[];
  durationMs: number;
  settings?: readonly string[];
}) => void;

/** The default database file of the embedded engine. */
export const DEFAULT_DB_FILE = './.clubkit/club.db';

/**
 * Opens a database and runs pending migrations: `postgres://…` URLs use PostgreSQL, anything
 * else is a SQLite file (or `:memory:`), in WAL mode with `synchronous=FULL` so that every
 * acknowledged write is on disk.
 */
export async function openDatabase(
  location: string = DEFAULT_DB_FILE,
  openSqlite: SqliteOpener = openBetterSqlite3,
  { logQuery }: { logQuery?: QueryLogger } = {},
): Promise<OpenDatabase> {
  const log = logQuery
    ? (event: LogEvent) => {
        const settings = statementSettingsNow();
        logQuery({
          sql: event.query.sql,
          parameters: event.query.parameters,
          durationMs: event.queryDurationMillis,
          ...(settings && { settings }),
        });
      }
    : undefined;
  let db: ClubDb;
  let engine: DbEngine;
  if (/^postgres(ql)?:\/\//.test(location)) {
    engine = 'postgres';
    const pg = await loadPg();
    // bigint counters come back as strings by default; ours fit in a double.
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    db = new Kysely<Tables>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 10 }) }),
      ...(log ? { log } : {}),
    });
  } else {
    engine = 'sqlite';
    if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
    const sqlite = await openSqlite(location);
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }), ...(log ? { log } : {}) });
    // busy_timeout first: the WAL switch itself waits for another process's lock.
    for (const pragma of ['busy_timeout = 5000', 'journal_mode = WAL', 'synchronous = FULL', 'foreign_keys = ON']) {
      await sql.raw(`pragma ${pragma}`).execute(db);
    }
  }
  // On PostgreSQL the migration tables live in the connection's own schema, so that databases
  // in several schemas of one server (a search_path per tenant or per test) stay apart.
  const schema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    migrationTableName: 'clubkit_migrations',
    migrationLockTableName: 'clubkit_migrations_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`Database migration failed: ${error instanceof Error ? error.message : inspect(error)}`, {
      cause: error,
    });
  }
  const failed = results?.find((r) => r.status === 'Error');
  if (failed) {
    await db.destroy();
    throw new Error(`Database migration ${failed.migrationName} failed`);
  }
  const applied = await migrator.getMigrations();
  const migration = applied.filter((m) => m.executedAt).at(-1)?.name ?? 'none';
  return { db, engine, migration, close: () => db.destroy() };
}
