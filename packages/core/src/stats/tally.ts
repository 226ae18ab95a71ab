import * as z from 'zod/mini';

// Counting helpers and the schemas of the figures every report uses.

/** A count of records: a non-negative integer. */
export const Count = z.int().check(z.minimum(0));

/** A share between 0 and 1, or `null` when there is nothing to divide by. */
export const Rate = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));

/** A zero count for every key, in the order given. @internal */
export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of keys) counts[key] = 0;
  return counts;
}

/** A share: `part / whole`, or `null` when `whole` is 0 (e.g. an on-time rate with nothing resolved). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The median of `values` (the mean of the middle two for an even count), or `null` for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] as number) + upper) / 2;
}

/** Groups items by a string key; keys come out sorted by code unit, so results are stable. @internal */
export function groupSorted<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
