import type * as z from 'zod/mini';
import { ClubError, INVALID_INPUT, type ClubIssue } from './errors.js';

type ZodIssue = z.core.$ZodIssue;

/** True when a schema author wrote the message (zod/mini's default is a bare "Invalid input"). */
function custom(message: string | undefined): message is string {
  return !!message && message !== 'Invalid input';
}

/** What kind of value came, in the words of a message: `a string`, `null`, `the number 3`. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number')
    return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? `the number ${String(value)}` : 'an infinite number';
  if (typeof value === 'object') return 'an object';
  return `${/^[aeiou]/.test(typeof value) ? 'an' : 'a'} ${typeof value}`;
}

/** The type zod expected, in the words of a message. */
const EXPECTED: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  bigint: 'a bigint',
  date: 'a date',
};

function describeType(issue: Extract<ZodIssue, { code: 'invalid_type' }>): string {
  // Only a missing field is "Required"; zod says so with an undefined input (given reportInput).
  if (issue.input === undefined) return 'Required';
  const expected = EXPECTED[issue.expected] ?? issue.expected;
  if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) {
    return `Expected ${expected}, got the fraction ${String(issue.input)}`;
  }
  return `Expected ${expected}, got ${kindOf(issue.input)}`;
}

function describe(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return describeType(issue);
    case 'too_small': {
      const bound = `${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
      if (issue.origin === 'string' && issue.minimum === 1 && issue.inclusive !== false) return 'Must not be empty';
      if (issue.origin === 'string') return `Must be ${bound} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Must have ${bound} items`;
      return `Must be ${bound}`;
    }
    case 'too_big': {
      const bound = `${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
      if (issue.origin === 'string') return `Must be ${bound} characters long`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Must have ${bound} items`;
      return `Must be ${bound}`;
    }
    case 'invalid_format':
      if (custom(issue.message)) return issue.message;
      if (issue.format === 'date') return 'Expected a calendar date as YYYY-MM-DD';
      if (issue.format === 'datetime') return 'Expected an ISO 8601 instant in UTC';
      if (issue.format === 'starts_with') return `Must start with "${String((issue as { prefix?: string }).prefix)}"`;
      if (issue.format === 'regex') return 'Has the wrong format';
      return `Invalid ${issue.format}`;
    case 'invalid_value':
      return `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'not_multiple_of':
      return `Must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'Does not match any allowed shape';
    default:
      return custom(issue.message) ? issue.message : 'Invalid value';
  }
}

/**
 * One zod issue in the plain {@link ClubIssue} shape, with the message given: the path and code
 * mapping alone, for code that keeps zod's own wording (a response check, say) and should not
 * carry {@link toClubIssues}'s.
 */
export function toClubIssue(issue: ZodIssue, message: string): ClubIssue {
  return {
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issue.code === 'custom' ? String(issue.params?.['code'] ?? 'custom') : issue.code,
    message,
  };
}

/** Turns zod issues into the plain {@link ClubIssue} shape used across clubkit, worded for people. */
export function toClubIssues(issues: readonly ZodIssue[]): ClubIssue[] {
  return issues.map((issue) =>
    toClubIssue(issue, issue.code === 'custom' && issue.message ? issue.message : describe(issue)),
  );
}

/**
 * Parses `input` with `schema` and returns the parsed value, or throws a
 * {@link ClubError} with code `invalid-input` and one issue per problem.
 *
 * @example
 * const policy = parseInput(Policy, JSON.parse(body));
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, what = 'input'): z.output<S> {
  // reportInput: each issue carries the value it is about, so that a wrong type is told apart
  // from a missing field (the value itself never leaves this function).
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw invalidInput(toClubIssues(result.error.issues), what);
}

/**
 * The `invalid-input` error {@link parseInput} throws for `issues` about `what`, named after the
 * first issue; for checks that find the issues without a schema. @internal
 */
export function invalidInput(issues: ClubIssue[], what: string): ClubError {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return new ClubError(INVALID_INPUT, `Invalid ${what}${where}: ${first?.message ?? 'invalid value'}`, { issues });
}

/**
 * `value` when it is one of `values`; otherwise throws the error {@link parseInput} throws for
 * `z.enum(values)` (same code, path and wording), without a schema. @internal
 */
export function parseOneOf<T extends string>(values: readonly T[], value: unknown, what: string): T {
  if ((values as readonly unknown[]).includes(value)) return value as T;
  const issue: ZodIssue = {
    code: 'invalid_value',
    values: [...values],
    path: [],
    message: 'Invalid input',
    input: value,
  };
  throw invalidInput(toClubIssues([issue]), what);
}
