import type { ClubIssue } from '@clubkit/core';
import type { AnswerName } from './answers.js';

/**
 * A source of session tokens: a partner back end mints member sessions with its secret key, the
 * club's own back end mints staff sessions for its operators after its sign-in.
 */
export interface SessionSource {
  /**
   * Returns a fresh member session token (`ms_…`) or staff session token (`ss_…`). Called when
   * the client has none, and once after a 401.
   */
  getToken(): Promise<string>;
}

/** How failed requests are retried. */
export interface RetryOptions {
  /**
   * Retries after the first attempt.
   * @default 2
   */
  limit?: number;
  /**
   * The first backoff ceiling in ms; attempt n waits a random time up to `baseMs × 2^(n-1)` (full jitter).
   * @default 300
   */
  baseMs?: number;
  /**
   * The largest backoff between attempts in ms (a `Retry-After` is honoured up to `maxRetryAfterMs`).
   * @default 5000
   */
  capMs?: number;
  /**
   * The longest the client waits for a `Retry-After`, in ms; a longer one is cut to this.
   * @default 60000
   */
  maxRetryAfterMs?: number;
}

/**
 * Checks one answer of the Club API against the schema of its shape: `{ ok: true, value }` with
 * the value to return (the parsed body), or `{ ok: false, issues }` with why it does not match.
 * The `checkResponses` of `@clubkit/client/check` is the one built from core's schemas; give it
 * as the option {@link ClubClientOptions.checkResponses}.
 */
export type ResponseCheck = (
  answer: AnswerName,
  body: unknown,
) => { ok: true; value: unknown } | { ok: false; issues: ClubIssue[] };

/** Options of {@link createClubClient}. Give exactly one of `secretKey`, `publishableKey` or `session`. */
export interface ClubClientOptions {
  /**
   * The Club API's base URL, e.g. `https://club.example.com` (the client adds `/v1/…`).
   */
  baseUrl: string;
  /** A secret key (`sk_…`), for servers only: refused in a browser unless `dangerouslyAllowBrowser`. */
  secretKey?: string;
  /** A publishable key (`pk_…`): merchant directory and new complaints, from allowed origins. */
  publishableKey?: string;
  /** Member session tokens, for the signed-in member's own card and complaints. */
  session?: SessionSource;
  /**
   * The language of error titles: `zh-Hant`, `zh-Hans` or `en`.
   * @default 'zh-Hant'
   */
  locale?: string;
  /**
   * The longest one attempt may take, in ms. A timed-out attempt is retried like any other lost
   * answer (a write with the same idempotency key); when no retry is left, the call fails with
   * `ClubTimeoutError`.
   * @default 10000
   */
  timeoutMs?: number;
  /** The longest a whole call may take, retries and waits included, in ms. @default undefined (none) */
  deadlineMs?: number;
  /** Retry policy, or `false` for none. @default { limit: 2, baseMs: 300, capMs: 5000 } */
  retry?: RetryOptions | false;
  /** The `fetch` to use (a test double, or an instrumented one). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Let a secret key be used where `window` exists. Only for trusted, non-public tools. @default false */
  dangerouslyAllowBrowser?: boolean;
  /**
   * Checks every answer against core's schema of its shape; one that does not match fails the
   * call with `ClubResponseError` and the issues found. Off by default, so that browsers
   * download no schemas: answers are then typed by core's contract but returned as the server
   * sent them. Turn it on in development, in tests, or in a back end, with the check of
   * `@clubkit/client/check`.
   *
   * @example
   * import { checkResponses } from '@clubkit/client/check';
   * const club = createClubClient({ baseUrl, secretKey: process.env.CLUB_SECRET_KEY, checkResponses });
   * @default undefined (answers are not checked)
   */
  checkResponses?: ResponseCheck;
}

/** Options of one call. */
export interface RequestOptions {
  /** Aborts the call and every retry. */
  signal?: AbortSignal;
  /**
   * The `Idempotency-Key` of a write (POST, PATCH); by default one UUID per call, reused by its
   * retries. Pass the `idempotencyKey` of an error the client gave up with to retry that write
   * without doing it twice.
   */
  idempotencyKey?: string | undefined;
}
