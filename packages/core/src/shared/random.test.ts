import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed (mulberry32: the demo data set depends on it)', () => {
    const r = seededRandom(20_261_127);
    expect([r.next(), r.int(1, 100), r.pick(['a', 'b', 'c']), r.chance(0.5), Array.from(r.bytes(4))]).toEqual([
      0.5312688171397895,
      18,
      'c',
      false,
      [44, 230, 28, 93],
    ]);
  });

  it('gives other numbers for another seed', () => {
    expect(seededRandom(1).next()).not.toBe(seededRandom(2).next());
  });

  it('stays within its ranges', () => {
    const r = seededRandom(7);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = r.int(-3, 3);
      expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true);
    }
    expect(r.bytes(64).every((b) => b >= 0 && b <= 255)).toBe(true);
    expect(r.chance(0)).toBe(false);
    expect(r.chance(1)).toBe(true);
  });
});
