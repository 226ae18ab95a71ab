/** The item holding position `at` of the corpus: binary search over `starts`. @internal */
export function itemAt(starts: Int32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The first item at or after `cursor.item` whose haystack holds every word, or -1; moves the
 * cursor past it. Each word jumps with `indexOf` straight to the item the others reached.
 * @internal
 */
export function nextWithAll(
  corpus: string,
  starts: Int32Array,
  words: readonly string[],
  cursor: { item: number },
): number {
  let target = cursor.item;
  for (;;) {
    if (target >= starts.length - 1) return -1;
    let agreed = true;
    for (const word of words) {
      const at = corpus.indexOf(word, starts[target]);
      if (at === -1) return -1;
      const item = itemAt(starts, at);
      if (item !== target) {
        target = item;
        agreed = false;
        break;
      }
    }
    if (agreed) {
      cursor.item = target + 1;
      return target;
    }
  }
}
