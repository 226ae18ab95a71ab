import type { ClubDb } from '../db/connect.js';

/** How often expired rows are swept, at most. */
const EVERY_MS = 10 * 60 * 1000;

/**
 * Deletes expired idempotency keys and member sessions now and then, off the request path:
 * lookups already ignore expired rows, this only keeps the tables from growing.
 */
export class Housekeeping {
  readonly #db: ClubDb;
  readonly #report: (message: string, error: unknown) => void;
  #last = 0;

  constructor(db: ClubDb, report: (message: string, error: unknown) => void) {
    this.#db = db;
    this.#report = report;
  }

  /** Sweeps in the background when the last sweep is older than ten minutes. */
  tick(now: Date): void {
    if (now.getTime() - this.#last < EVERY_MS) return;
    this.#last = now.getTime();
    void this.sweep(now).catch((error: unknown) => this.#report('housekeeping failed', error));
  }

  /** Deletes what has expired at `now`; returns how many rows went. */
  async sweep(now: Date): Promise<number> {
    const at = now.toISOString();
    const keys = await this.#db.deleteFrom('idempotency_keys').where('expires_at', '<=', at).executeTakeFirst();
    const sessions = await this.#db.deleteFrom('member_sessions').where('expires_at', '<=', at).executeTakeFirst();
    // A member code past its minute is worth nothing, used or not; its redemption keeps the record.
    const codes = await this.#db.deleteFrom('card_codes').where('expires_at', '<=', at).executeTakeFirst();
    return Number(keys.numDeletedRows) + Number(sessions.numDeletedRows) + Number(codes.numDeletedRows);
  }
}
