import * as z from 'zod/mini';
import { ClubError, INVALID_INPUT, isClubError, type ClubIssue } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';

const List = z.array(z.unknown());

/** One `invalid-input` error for a list, worded like `parseInput`'s. @internal */
export function invalidList(what: string, issues: ClubIssue[]): ClubError {
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return new ClubError(INVALID_INPUT, `Invalid ${what}${where}: ${first?.message ?? 'invalid value'}`, { issues });
}

/**
 * Applies another context's rule to every item of a list, letting the rule's own schema
 * validate each item: the rule parses its record anyway, so parsing the list first would
 * validate every record twice. Every `invalid-input` the rule throws is collected with the
 * item's index in front of its paths, and one `invalid-input` for the whole list is thrown
 * at the end, as `parseInput` over an array schema would. Other errors pass through.
 * @internal
 */
export function mapValidated<T, R>(input: unknown, what: string, rule: (item: T) => R): { items: T[]; results: R[] } {
  const items = parseInput(List, input, what) as T[];
  const results: R[] = new Array<R>(items.length);
  const issues: ClubIssue[] = [];
  for (let i = 0; i < items.length; i++) {
    try {
      results[i] = rule(items[i] as T);
    } catch (e) {
      if (!isClubError(e) || e.code !== INVALID_INPUT) throw e;
      const found = e.issues.length > 0 ? e.issues : [{ path: [], code: 'invalid_value', message: e.message }];
      for (const issue of found) issues.push({ ...issue, path: [i, ...issue.path] });
    }
  }
  if (issues.length > 0) throw invalidList(what, issues);
  return { items, results };
}

/**
 * Throws `invalid-input` when two items share an id: a record counted twice would skew every
 * figure. `at` is where the list sits in the input, e.g. `['applications']`. @internal
 */
export function assertUniqueIds(
  items: readonly { id: string }[],
  what: string,
  at: readonly (string | number)[] = [],
): void {
  const seen = new Set<string>();
  const issues: ClubIssue[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.id))
      issues.push({ path: [...at, i, 'id'], code: 'duplicate', message: `${item.id} is listed twice` });
    seen.add(item.id);
  });
  if (issues.length > 0) throw invalidList(what, issues);
}
