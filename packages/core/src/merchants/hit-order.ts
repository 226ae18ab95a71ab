import type { Merchant } from './merchant.js';
import { compareByName } from './name-order.js';
import { type ListIndex, rankByName } from './search-index.js';

/** Below this many hits, comparing names directly beats ranking the whole list by name once. */
const RANK_THRESHOLD = 64;

/**
 * Sorts item indices by their integer `keys`, then by name, by sorting `key × n + rank`
 * numbers natively; small hit sets of a list not yet ranked compare names directly.
 * @internal
 */
export function sortHits(index: ListIndex, hits: Int32Array, keys: Float64Array): Int32Array {
  const items = index.items;
  const n = items.length;
  let min = Infinity;
  let max = -Infinity;
  for (const i of hits) {
    const k = keys[i] as number;
    if (k !== Infinity && k < min) min = k;
    if (k !== Infinity && k > max) max = k;
  }
  if (min === Infinity) min = max = 0;
  if (hits.length < RANK_THRESHOLD && index.ranks === undefined) {
    return hits.sort((a, b) => {
      const ka = keys[a] as number;
      const kb = keys[b] as number;
      return ka < kb ? -1 : ka > kb ? 1 : compareByName(items[a] as Merchant, items[b] as Merchant) || a - b;
    });
  }
  const { ranks, byRank } = rankByName(index);
  if ((max - min + 2) * n > Number.MAX_SAFE_INTEGER) {
    return hits.sort((a, b) => {
      const ka = keys[a] as number;
      const kb = keys[b] as number;
      return ka < kb ? -1 : ka > kb ? 1 : (ranks[a] as number) - (ranks[b] as number);
    });
  }
  const composite = new Float64Array(hits.length);
  for (let h = 0; h < hits.length; h++) {
    const i = hits[h] as number;
    const k = keys[i] as number;
    // Unlocated merchants (key Infinity) go after every located one.
    composite[h] = (k === Infinity ? max - min + 1 : k - min) * n + (ranks[i] as number);
  }
  composite.sort();
  for (let h = 0; h < hits.length; h++) hits[h] = byRank[(composite[h] as number) % n] as number;
  return hits;
}
