import type { ClubIssue } from '@clubkit/core';

const brand = Symbol.for('clubkit.ClubClientError');

/** Options shared by the client's errors. */
export interface ClubClientErrorOptions {
  /** HTTP status of the response, when there was one. */
  status?: number;
  /** The request id (`X-Request-Id`), to quote to the club's support. */
  requestId?: string;
  /** Field issues: from the server's problem document, or the schema a response failed. */
  issues?: ClubIssue[];
  /** The `Idempotency-Key` of the write that failed. */
  idempotencyKey?: string;
  cause?: unknown;
}

/**
 * The base of every error the client throws. `code` is stable: the server's error code for API
 * errors (`membership/duplicate-vehicle`), or for the client's own: `client/network`,
 * `client/timeout`, `client/invalid-response`, `client/misconfigured`,
 * `client/session-unavailable` (no member session could be had) and `client/signed-out` (the
 * partner's session endpoint says no member is signed in).
 */
export class ClubClientError extends Error {
  readonly code: string;
  readonly status: number | undefined;
  readonly requestId: string | undefined;
  readonly issues: ClubIssue[];
  /**
   * The `Idempotency-Key` of the write this error ended (POST, PUT or PATCH), whatever happened to it:
   * a write that timed out or lost its answer may have been done. Retry the same call with
   * `{ idempotencyKey: error.idempotencyKey }` and the server replays its stored answer instead
   * of doing it twice. Undefined for reads.
   */
  idempotencyKey: string | undefined;
  /** @internal the class the guards recognise, kept as data so it survives minification and copies. */
  static readonly kind: string = 'ClubClientError';
  /** @internal brand checked by the guards across copies of the package. */
  readonly [brand]: string;

  constructor(code: string, message: string, options: ClubClientErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClubClientError';
    this.code = code;
    this.status = options.status;
    this.requestId = options.requestId;
    this.issues = options.issues ?? [];
    this.idempotencyKey = options.idempotencyKey;
    this[brand] = new.target.kind;
  }
}

/** The Club API answered with an error (a problem document): `status`, `code`, `issues`, `requestId`. */
export class ClubApiError extends ClubClientError {
  static override readonly kind: string = 'ClubApiError';
  /** The problem document as the server sent it. */
  readonly problem: Record<string, unknown>;

  constructor(
    code: string,
    message: string,
    options: ClubClientErrorOptions & { status: number; problem?: Record<string, unknown> },
  ) {
    super(code, message, options);
    this.name = 'ClubApiError';
    this.problem = options.problem ?? {};
  }
}

/** The request never got an answer (connection refused or dropped), even after retries. */
export class ClubNetworkError extends ClubClientError {
  static override readonly kind: string = 'ClubNetworkError';
  constructor(message: string, options: ClubClientErrorOptions = {}) {
    super('client/network', message, options);
    this.name = 'ClubNetworkError';
  }
}

/** The last attempt took longer than `timeoutMs` (timed-out attempts are retried first), or the whole call longer than `deadlineMs`. */
export class ClubTimeoutError extends ClubClientError {
  static override readonly kind: string = 'ClubTimeoutError';
  constructor(message: string, options: ClubClientErrorOptions = {}) {
    super('client/timeout', message, options);
    this.name = 'ClubTimeoutError';
  }
}

/** The server answered, but the body is not JSON or fails its schema; `issues` lists why. */
export class ClubResponseError extends ClubClientError {
  static override readonly kind: string = 'ClubResponseError';
  constructor(message: string, options: ClubClientErrorOptions = {}) {
    super('client/invalid-response', message, options);
    this.name = 'ClubResponseError';
  }
}

function branded(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const b = (value as Record<symbol, unknown>)[brand];
  return typeof b === 'string' ? b : undefined;
}

/** True for any error of the client, from this or another copy of the package. */
export function isClubClientError(value: unknown): value is ClubClientError {
  return branded(value) !== undefined;
}
/** True for an error answer of the Club API. */
export function isClubApiError(value: unknown): value is ClubApiError {
  return branded(value) === 'ClubApiError';
}
/** True when the request got no answer. */
export function isClubNetworkError(value: unknown): value is ClubNetworkError {
  return branded(value) === 'ClubNetworkError';
}
/** True when an attempt or the whole call ran out of time. */
export function isClubTimeoutError(value: unknown): value is ClubTimeoutError {
  return branded(value) === 'ClubTimeoutError';
}
/** True when a response body was not what its schema says. */
export function isClubResponseError(value: unknown): value is ClubResponseError {
  return branded(value) === 'ClubResponseError';
}

function isIssue(value: unknown): value is ClubIssue {
  const v = value as Partial<ClubIssue> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Array.isArray(v.path) &&
    typeof v.code === 'string' &&
    typeof v.message === 'string'
  );
}

/**
 * The one place a failed HTTP response becomes an error: a problem document becomes a
 * {@link ClubApiError} with the server's code, message, issues and request id; anything else
 * (an HTML error page from a proxy, say) a `ClubApiError` with code `http/<status>`.
 */
export function errorFromResponse(status: number, body: unknown, requestId: string | undefined): ClubApiError {
  const problem =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  const code = typeof problem?.['code'] === 'string' ? problem['code'] : `http/${status}`;
  const detail =
    typeof problem?.['detail'] === 'string'
      ? problem['detail']
      : typeof problem?.['title'] === 'string'
        ? problem['title']
        : `The Club API answered ${status}.`;
  const issues = Array.isArray(problem?.['issues']) ? (problem['issues'] as unknown[]).filter(isIssue) : [];
  const id = typeof problem?.['requestId'] === 'string' ? problem['requestId'] : requestId;
  return new ClubApiError(code, detail, {
    status,
    issues,
    ...(id ? { requestId: id } : {}),
    ...(problem ? { problem } : {}),
  });
}
