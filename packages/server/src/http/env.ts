import type { ClubLocale } from '@clubkit/core';
import type { Principal } from '@clubkit/core/access';
import type { ClubDb } from '../db/connect.js';
import type { HttpProblem } from './problem.js';

/** How the caller proved who they are. */
export type CredentialKind = 'secret' | 'publishable' | 'session';

/** The authenticated caller of a request. */
export interface Caller {
  kind: CredentialKind;
  principal: Principal;
  /** Key id, or `session:<member id>` for member sessions; scopes rate limits and idempotency keys. */
  id: string;
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
