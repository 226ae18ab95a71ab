import type * as z from 'zod/mini';
import type { ClubIssue } from './errors.js';
import { invalidInput, oneOfMessage } from './invalid-input.js';
import { issueCode } from './issue-code.js';
import { typeMismatch } from './type-mismatch.js';

type ZodIssue = z.core.$ZodIssue;

/** True when a schema author wrote the message (zod/mini's default is a bare "Invalid input"). */
function custom(message: string | undefined): message is string {
  return !!message && message !== 'Invalid input';
}

function describeType(issue: Extract<ZodIssue, { code: 'invalid_type' }>): string {
  return typeMismatch(issue.expected, issue.input);
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
      return oneOfMessage(issue.values);
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
    code: issueCode(issue),
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
