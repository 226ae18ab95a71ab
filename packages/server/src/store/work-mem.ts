import { sql } from 'kysely';
import type { ClubDb, DbEngine } from '../db/connect.js';

/**
 * Runs a report's statements with the memory PostgreSQL's sorts and hashes may use raised to
 * `megabytes` for them alone (`set local work_mem`, in a transaction of their own, or in the
 * caller's when it has one), so that a grouping or an ordering of a year's rows stays in memory
 * instead of spilling to disk. SQLite runs them as they are.
 */
export async function withWorkMem<T>(
  db: ClubDb,
  engine: DbEngine,
  megabytes: number,
  run: (db: ClubDb) => Promise<T>,
): Promise<T> {
  if (!Number.isInteger(megabytes) || megabytes < 1)
    throw new RangeError(`megabytes is a positive integer, got ${String(megabytes)}`);
  if (engine !== 'postgres') return run(db);
  const raise = sql`set local work_mem = ${sql.lit(`${String(megabytes)}MB`)}`;
  if (db.isTransaction) {
    await raise.execute(db);
    return run(db);
  }
  return db.transaction().execute(async (trx) => {
    await raise.execute(trx);
    return run(trx);
  });
}
