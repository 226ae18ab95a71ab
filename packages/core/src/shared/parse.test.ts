import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ClubError, isClubError } from './errors.js';
import { parseInput } from './parse.js';

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
  });
});
