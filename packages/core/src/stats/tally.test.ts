import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSorted, median, rate, zeroCounts } from './tally.js';

describe('zeroCounts', () => {
  it('starts every key at zero, in the order given', () => {
    expect(Object.entries(zeroCounts(['b', 'a']))).toEqual([
      ['b', 0],
      ['a', 0],
    ]);
    expect(zeroCounts([])).toEqual({});
  });
});

describe('rate', () => {
  it('divides, and has no rate for an empty whole', () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(0, 4)).toBe(0);
    expect(rate(0, 0)).toBeNull();
  });
});

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([12, 6, 8])).toBe(8);
    expect(median([5])).toBe(5);
  });

  it('averages the middle two of an even count', () => {
    expect(median([12, 8])).toBe(10);
    expect(median([1, 100, 2, 3])).toBe(2.5);
  });

  it('has no median for no values', () => {
    expect(median([])).toBeNull();
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('splits the values in two halves, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 50 }), (values) => {
        const m = median(values) as number;
        expect(values.filter((v) => v < m).length * 2).toBeLessThanOrEqual(values.length);
        expect(values.filter((v) => v > m).length * 2).toBeLessThanOrEqual(values.length);
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });
});

describe('groupSorted', () => {
  it('groups by key in code-unit order, keeping the items in input order', () => {
    const items = [
      { k: 'br_b', n: 1 },
      { k: 'br_a', n: 2 },
      { k: 'br_b', n: 3 },
    ];
    expect(groupSorted(items, (i) => i.k)).toEqual([
      ['br_a', [{ k: 'br_a', n: 2 }]],
      [
        'br_b',
        [
          { k: 'br_b', n: 1 },
          { k: 'br_b', n: 3 },
        ],
      ],
    ]);
    expect(groupSorted([], String)).toEqual([]);
  });
});
