import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { ClubError } from '../shared/errors.js';
import { parseInput } from '../shared/parse.js';
import { assertUniqueIds, mapValidated } from './validate-each.js';
import { errorOf } from '../shared/fixtures.js';

const Point = z.object({ x: z.int(), y: z.int() });
const sum = (p: { x: number; y: number }) => {
  const { x, y } = parseInput(Point, p, 'point');
  return x + y;
};

describe('mapValidated', () => {
  it('applies the rule to every item and hands back the items themselves', () => {
    const points = [
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ];
    const { items, results } = mapValidated(points, 'points', sum);
    expect(results).toEqual([3, 7]);
    expect(items[1]).toBe(points[1]);
  });

  it('reports every bad item as parseInput over the array schema would', () => {
    const input = [{ x: 1, y: 'a' }, { x: 1, y: 1 }, null];
    const e = errorOf(() => mapValidated(input, 'points', sum));
    const expected = errorOf(() => parseInput(z.array(Point), input, 'points'));
    expect([e.code, e.message, e.issues]).toEqual([expected.code, expected.message, expected.issues]);
    expect(e.issues.map((i) => i.path)).toEqual([[0, 'y'], [2]]);
  });

  it('refuses a list that is not an array', () => {
    expect(errorOf(() => mapValidated({ length: 1 }, 'points', sum)).code).toBe('invalid-input');
  });

  it('lets business-rule errors and other failures through untouched', () => {
    const rule = new ClubError('membership/cancelled', 'cancelled');
    expect(() =>
      mapValidated([1], 'items', () => {
        throw rule;
      }),
    ).toThrow(rule);
    expect(() =>
      mapValidated([1], 'items', () => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });
});

describe('assertUniqueIds', () => {
  it('accepts distinct ids and refuses each repeat with its index', () => {
    expect(() => assertUniqueIds([{ id: 'a' }, { id: 'b' }], 'things')).not.toThrow();
    const e = errorOf(() => assertUniqueIds([{ id: 'a' }, { id: 'a' }, { id: 'b' }, { id: 'a' }], 'things'));
    expect(e.issues.map((i) => [i.path, i.code])).toEqual([
      [[1, 'id'], 'duplicate'],
      [[3, 'id'], 'duplicate'],
    ]);
    expect(e.message).toBe('Invalid things at 1.id: a is listed twice');
  });
});
