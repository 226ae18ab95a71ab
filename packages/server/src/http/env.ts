import type { ClubLocale } from '@clubkit/core';
import type { Principal } from '@clubkit/core/access';
import type { ClubDb } from '../db/connect.js';

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
    db: ClubDb;
    /** The instant the request is handled at, read once from the server clock so every step agrees. */
    now: Date;
  };
}
