import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'kysely';
import type { ClubDb, DbEngine } from './connect.js';

/** How PostgreSQL plans and runs a report's statements, for them alone. */
export interface StatementSettings {
  /** The memory a sort or hash may use, in MB (`work_mem`): a positive integer. */
  workMemMb: number;
  /** Keep the planner from reading a table whole (`enable_seqscan = off`). */
  indexOnly?: boolean;
  /** No parallel workers (`max_parallel_workers_per_gather = 0`). */
  serial?: boolean;
}

/**
 * Runs a report's statements with the memory PostgreSQL's sorts and hashes may use raised to
 * `workMemMb` for them alone (`set local work_mem`, in a transaction of their own, or in the
 * caller's when it has one), so that a grouping or an ordering of a year's rows stays in memory
 * instead of spilling to disk. SQLite runs them as they are.
 *
 * With `indexOnly`, PostgreSQL's planner is also told not to read a table whole for them
 * (`set local enable_seqscan = off`): for a read that meets most of a table's rows, and has a
 * covering index for them that the planner costs as random reads of the disk although it is read
 * in order and from memory. With `serial`, the statements run in their own connection's process
 * alone (`set local max_parallel_workers_per_gather = 0`): the planner counts parallel workers as
 * free cores, which the API's other calls at once are already using. The query log receives each
 * of their statements with the `set local` statements it ran under ({@link statementSettingsNow}).
 */
export async function withStatementSettings<T>(
  db: ClubDb,
  engine: DbEngine,
  options: StatementSettings,
  run: (db: ClubDb) => Promise<T>,
): Promise<T> {
  const megabytes = options.workMemMb;
  if (!Number.isInteger(megabytes) || megabytes < 1)
    throw new RangeError(`workMemMb is a positive integer, got ${String(megabytes)}`);
  if (engine !== 'postgres') return run(db);
  const statements = [
    `set local work_mem = '${String(megabytes)}MB'`,
    ...(options.indexOnly ? ['set local enable_seqscan = off'] : []),
    ...(options.serial ? ['set local max_parallel_workers_per_gather = 0'] : []),
  ];
  const settings = async (on: ClubDb) => {
    for (const statement of statements) await sql.raw(statement).execute(on);
  };
  if (db.isTransaction) {
    // The caller's transaction keeps what it had set before, until it ends.
    return applied.run([...(applied.getStore() ?? []), ...statements], async () => {
      await settings(db);
      return run(db);
    });
  }
  return applied.run(statements, () =>
    db.transaction().execute(async (trx) => {
      await settings(trx);
      return run(trx);
    }),
  );
}

/** The `set local` statements of the transaction a statement runs in, for the query log. */
const applied = new AsyncLocalStorage<readonly string[]>();

/**
 * The `set local` statements {@link withStatementSettings} ran in the transaction of the statement
 * running now (read by the query log, whose `settings` they become), or undefined outside it.
 */
export function statementSettingsNow(): readonly string[] | undefined {
  return applied.getStore();
}
