import type { ClubDb } from '../db/connect.js';

/** The next value of a named counter, atomically, inside the caller's transaction. */
export async function nextSequence(db: ClubDb, name: string): Promise<number> {
  const row = await db
    .insertInto('counters')
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return row.value;
}
