import { sql } from 'kysely';
import type { ClubDb, DbEngine } from '../db/connect.js';

/**
 * Holds a named lock until the request's transaction ends, so that two requests checking the
 * same rule (one car, one member) cannot both pass it. PostgreSQL takes a transaction-level
 * advisory lock; SQLite needs none, because its writes already run one transaction at a time.
 */
export async function lockName(db: ClubDb, engine: DbEngine, name: string): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(db);
}
