import type { ClubLocale } from '@clubkit/core';
import type { Principal } from '@clubkit/core/access';
import type { ClubDb } from '../db/connect.js';
import type { HttpProblem } from './problem.js';

/**
 * How the caller proved who they are: a secret or publishable key, a member session (`ms_…`) or
 * a staff session (`ss_…`).
 */
export type CredentialKind = 'secret' | 'publishable' | 'session' | 'staff';

/**
 * The credentials of the routes for the people who run the club: a secret key (a back end) or a
 * staff session (an operator's browser). What each may do is core's `can()`'s to decide.
 */
export const OPERATOR_CREDENTIALS: readonly CredentialKind[] = ['secret', 'staff'];

/** The authenticated caller of a request. */
export interface Caller {
  kind: CredentialKind;
  principal: Principal;
  /**
   * Key id, `session:<member id>` for member sessions or `staff:<staff id>` for staff sessions;
   * scopes rate limits and idempotency keys.
   */
  id: string;
  /** The staff member of a staff session, whom the audit log records as acting. */
  staffId?: string;
  allowedOrigins: string[];
}

/** Hono variables every route can read. */
export interface ClubEnv {
  Variables: {
    requestId: string;
    locale: ClubLocale;
    caller: Caller | null;
    /**
     * Tokens of the rate bucket this request costs beyond the one every request spends, set by a
     * handler whose work grew with what was asked (an uncached merchant search over the whole directory).
     */
    extraCost: number | undefined;
    /** Why the credentials were refused (kept until the rate limit has counted the request); unset when they were not. */
    refused: HttpProblem | undefined;
    db: ClubDb;
    /** The instant the request is handled at, read once from the server clock so every step agrees. */
    now: Date;
  };
}

/** Who did something, as histories and the audit log record it: `staff:<id>`, `key:<key id>` or `member:<member id>`. */
export function actorOf(caller: Caller): string {
  if (caller.staffId !== undefined) return `staff:${caller.staffId}`;
  return caller.principal.role === 'member' ? `member:${caller.principal.memberId}` : `key:${caller.id}`;
}
