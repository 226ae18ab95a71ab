import * as z from 'zod/mini';
import { assert, describe, expect, it } from 'vitest';
import { ClubError, isClubError } from './errors.js';
import { parseOneOf } from './invalid-input.js';
import { parseInput, toClubIssue, toClubIssues } from './parse.js';

const Input = z.object({
  name: z.string().check(z.minLength(1)),
  on: z.iso.date(),
  count: z.int().check(z.minimum(0)),
  kind: z.enum(['a', 'b']),
});

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(Input, { name: 'x', on: '2026-01-01', count: 0, kind: 'a' })).toEqual({
      name: 'x',
      on: '2026-01-01',
      count: 0,
      kind: 'a',
    });
  });

  it('throws invalid-input with one readable issue per field', () => {
    let error: unknown;
    try {
      parseInput(Input, { name: '', on: '2026-02-30', count: -1, kind: 'c' }, 'policy');
    } catch (e) {
      error = e;
    }
    expect(isClubError(error)).toBe(true);
    const e = error as ClubError;
    expect(e.code).toBe('invalid-input');
    expect(e.message).toBe('Invalid policy at name: Must not be empty');
    expect(e.issues.map((i) => [i.path.join('.'), i.code, i.message])).toEqual([
      ['name', 'too_small', 'Must not be empty'],
      ['on', 'invalid_format', 'Expected a calendar date as YYYY-MM-DD'],
      ['count', 'too_small', 'Must be at least 0'],
      ['kind', 'invalid_value', 'Expected one of "a", "b"'],
    ]);
  });

  it('reports a missing field as required', () => {
    expect(() => parseInput(Input, {})).toThrow('Invalid input at name: Required');
    expect(() => parseInput(Input, { name: undefined, on: '2026-01-01', count: 0, kind: 'a' })).toThrow(
      'Invalid input at name: Required',
    );
  });

  it('says what was expected and what kind of value came when a field has the wrong type', () => {
    const at = (value: Record<string, unknown>) => {
      try {
        parseInput(Input, { name: 'x', on: '2026-01-01', count: 0, kind: 'a', ...value });
      } catch (e) {
        return (e as ClubError).message;
      }
      return 'parsed';
    };
    expect(at({ name: 3 })).toBe('Invalid input at name: Expected a string, got the number 3');
    expect(at({ name: null })).toBe('Invalid input at name: Expected a string, got null');
    expect(at({ name: ['x'] })).toBe('Invalid input at name: Expected a string, got an array');
    expect(at({ count: 'x' })).toBe('Invalid input at count: Expected a number, got a string');
    expect(at({ count: true })).toBe('Invalid input at count: Expected a number, got a boolean');
    expect(at({ count: {} })).toBe('Invalid input at count: Expected a number, got an object');
    expect(at({ count: Number.NaN })).toBe('Invalid input at count: Expected a number, got NaN');
  });

  it('says so when a whole number is needed and a fraction came', () => {
    expect(() => parseInput(Input, { name: 'x', on: '2026-01-01', count: 1.5, kind: 'a' })).toThrow(
      'Invalid input at count: Expected a whole number, got the fraction 1.5',
    );
  });

  it('keeps the value out of the issues it reports', () => {
    expect.assertions(2);
    try {
      parseInput(Input, { name: 'secret-ish', on: 5, count: 0, kind: 'a' });
    } catch (e) {
      expect(JSON.stringify((e as ClubError).issues)).not.toContain('input');
      expect((e as ClubError).issues).toEqual([
        { path: ['on'], code: 'invalid_type', message: 'Expected a string, got the number 5' },
      ]);
    }
  });
});

describe('toClubIssue', () => {
  it('maps path and code and keeps the message it is given, as toClubIssues does with its own', () => {
    const result = Input.safeParse({ name: 'x', on: '2026-01-01', count: 0, kind: 'c' });
    expect(result.success).toBe(false);
    assert(!result.success, 'expected the input to fail');
    const [issue] = result.error.issues;
    assert(issue, 'expected an issue');
    expect(toClubIssue(issue, 'zod says so')).toEqual({
      path: ['kind'],
      code: 'invalid_value',
      message: 'zod says so',
    });
    expect(toClubIssues(result.error.issues)).toEqual([
      { path: ['kind'], code: 'invalid_value', message: 'Expected one of "a", "b"' },
    ]);
  });
});

describe('parseOneOf', () => {
  const values = ['zh-Hant', 'zh-Hans', 'en'] as const;

  it.each([['en'], ['zh-Hans'], ['fr'], [''], [42], [null], [undefined], [{}]])(
    'takes or refuses %j exactly as parseInput with z.enum does',
    (input) => {
      const outcome = (run: () => string) => {
        try {
          return { value: run() };
        } catch (e) {
          if (!isClubError(e)) throw e;
          return { code: e.code, message: e.message, issues: e.issues };
        }
      };
      expect(outcome(() => parseOneOf(values, input, 'locale'))).toEqual(
        outcome(() => parseInput(z.enum(values), input, 'locale')),
      );
    },
  );
});
