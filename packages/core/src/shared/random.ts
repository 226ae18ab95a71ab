/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same numbers on every
 * run and platform, for demo data, fixtures and benchmarks. Not for anything secret: use
 * {@link randomUuid} or the platform's crypto for that.
 */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** `n` bytes. */
  bytes(n: number): Uint8Array;
}

/**
 * A generator seeded with `seed` (a 32-bit integer).
 *
 * @example
 * const random = seededRandom(42);
 * random.int(1, 6); // the same die roll on every run
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T,
    chance: (p) => next() < p,
    bytes: (n) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256)),
  };
}
