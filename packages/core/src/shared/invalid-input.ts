import { ClubError, INVALID_INPUT, type ClubIssue } from './errors.js';

/** What an `invalid_value` issue says: the values allowed. */
export function oneOfMessage(values: readonly unknown[]): string {
  return `Expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
}

/**
 * The `invalid-input` error `parseInput` throws for `issues` about `what`, named after the first
 * issue; for checks that find the issues without a schema. @internal
 */
export function invalidInput(issues: ClubIssue[], what: string): ClubError {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return new ClubError(INVALID_INPUT, `Invalid ${what}${where}: ${first?.message ?? 'invalid value'}`, { issues });
}

/**
 * `value` when it is one of `values`; otherwise throws the error `parseInput` throws for
 * `z.enum(values)` (same code, path and wording), without a schema and without the wording of
 * every other issue (a module of its own, so that a browser bundle checking a label's key
 * carries only this). @internal
 */
export function parseOneOf<T extends string>(values: readonly T[], value: unknown, what: string): T {
  if ((values as readonly unknown[]).includes(value)) return value as T;
  throw invalidInput([{ path: [], code: 'invalid_value', message: oneOfMessage(values) }], what);
}
