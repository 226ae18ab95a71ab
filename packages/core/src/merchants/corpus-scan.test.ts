import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemAt, nextWithAll } from './corpus-scan.js';

function corpusOf(haystacks: string[]): { corpus: string; starts: Int32Array } {
  const starts = new Int32Array(haystacks.length + 1);
  let offset = 0;
  haystacks.forEach((h, i) => {
    starts[i] = offset;
    offset += h.length + 1;
  });
  starts[haystacks.length] = offset;
  return { corpus: haystacks.join('\n'), starts };
}

function allWith(haystacks: string[], words: string[]): number[] {
  const { corpus, starts } = corpusOf(haystacks);
  const cursor = { item: 0 };
  const found: number[] = [];
  for (let i = nextWithAll(corpus, starts, words, cursor); i !== -1; i = nextWithAll(corpus, starts, words, cursor))
    found.push(i);
  return found;
}

describe('corpus scan', () => {
  it('maps every corpus position to the item that holds it', () => {
    const { corpus, starts } = corpusOf(['ab', '', 'cde']);
    const owners = Array.from({ length: corpus.length }, (_, at) => itemAt(starts, at));
    expect(owners).toEqual([0, 0, 0, 1, 2, 2, 2]);
  });

  it('finds the items that hold every word, in order, once each', () => {
    const haystacks = ['景洪洗車', '勐海洗車洗車', '景洪酒店', '洗車景洪', ''];
    expect(allWith(haystacks, ['洗車'])).toEqual([0, 1, 3]);
    expect(allWith(haystacks, ['景洪', '洗車'])).toEqual([0, 3]);
    expect(allWith(haystacks, ['洗車', '酒店'])).toEqual([]);
  });

  it('agrees with a plain filter on random lists', () => {
    const text = (min: number, max: number) =>
      fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: min, maxLength: max });
    fc.assert(
      fc.property(
        fc.array(text(0, 6), { maxLength: 12 }),
        fc.array(text(1, 2), { minLength: 1, maxLength: 3 }),
        (haystacks, words) => {
          const expected = haystacks.flatMap((h, i) => (words.every((w) => h.includes(w)) ? [i] : []));
          expect(allWith(haystacks, words)).toEqual(expected);
        },
      ),
    );
  });

  it('finds nothing in an empty list', () => {
    expect(allWith([], ['a'])).toEqual([]);
  });
});
