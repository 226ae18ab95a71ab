/** Spaces, punctuation and symbols, which text search ignores. */
const IGNORED = /[\s\p{P}\p{S}]+/gu;
const SPACES = /\s+/u;

/**
 * Folds text for matching: NFKC (full-width letters, digits and spaces become half-width),
 * lower case, and no spaces, punctuation or symbols. `'ＫＴＶ 歡唱！'` → `'ktv歡唱'`. Text that
 * folding leaves as it was is returned itself, so that an index keeps no second copy. @internal
 */
export function foldSearchText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
  return folded === text ? text : folded;
}

/** The folded words of a query; every one has to match. Empty when nothing is left. @internal */
export function queryWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.normalize('NFKC').split(SPACES)) {
    const word = foldSearchText(raw);
    if (word !== '') words.push(word);
  }
  return words;
}
