/** One problem with one field of an input, as reported by {@link ClubError.issues}. */
export interface ClubIssue {
  /** Where in the input the problem is, e.g. `['vehicle', 'plate']`. Empty for the whole input. */
  path: (string | number)[];
  /** A stable machine code for the problem, e.g. `too_small` or `invalid_format`. */
  code: string;
  /** A short English sentence a developer can read. */
  message: string;
}

/** Options of the {@link ClubError} constructor. */
export interface ClubErrorOptions {
  /** Field issues, for `invalid-input` and other input-shaped errors. */
  issues?: ClubIssue[];
  /** Structured facts about the error (ids, limits) that a caller may act on. */
  details?: Record<string, unknown>;
  /** The underlying error, if any. */
  cause?: unknown;
}

const brand = Symbol.for('clubkit.ClubError');

/**
 * The one error type of `@clubkit/core`: a stable `code` (e.g. `invalid-input`,
 * `membership/duplicate-vehicle`), an English `message` and, for bad input, field `issues`.
 *
 * @example
 * try { normalizePlate(''); } catch (e) { if (isClubError(e)) console.log(e.code, e.issues); }
 */
export class ClubError extends Error {
  /** Stable machine code; the server sends the same one in its problem responses. */
  readonly code: string;
  /** Field issues; empty unless the error is about the shape of an input. */
  readonly issues: ClubIssue[];
  /** Structured facts about the error. */
  readonly details: Record<string, unknown>;
  /** @internal brand checked by {@link isClubError} across copies of the package. */
  readonly [brand] = true;

  constructor(code: string, message: string, options: ClubErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ClubError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }
}

/**
 * True when `value` is a {@link ClubError}, even one thrown by another copy of
 * `@clubkit/core` loaded on the same page.
 */
export function isClubError(value: unknown): value is ClubError {
  if (value instanceof ClubError) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[brand] === true &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** The code of every error caused by input that fails its schema. */
export const INVALID_INPUT = 'invalid-input';
