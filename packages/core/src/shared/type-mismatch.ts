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

/**
 * What an `invalid_type` issue says: `Required` for a missing value, else what was expected and
 * what came (`Expected a string, got the number 3`). A module of its own, so that a check that
 * reports only this kind of issue carries no other wording.
 */
export function typeMismatch(expectedType: string, input: unknown): string {
  // Only a missing field is "Required"; zod says so with an undefined input (given reportInput).
  if (input === undefined) return 'Required';
  const expected = EXPECTED[expectedType] ?? expectedType;
  if (expectedType === 'int' && typeof input === 'number' && Number.isFinite(input)) {
    return `Expected ${expected}, got the fraction ${String(input)}`;
  }
  return `Expected ${expected}, got ${kindOf(input)}`;
}
