import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateMerchants } from './fixtures.js';
import type { Merchant } from './merchant.js';
import { compareByName } from './name-order.js';
import { listIndex, rankByName, rankFrom } from './search-index.js';

/** Positions of `items` sorted whole by name, then id, then position: the order to match. */
const sortedWhole = (items: readonly Merchant[]) =>
  Array.from(items.keys()).sort((a, b) => compareByName(items[a] as Merchant, items[b] as Merchant) || a - b);

describe('name ranks of a list made from a ranked one', () => {
  const base = generateMerchants(3_000, 7);
  const extra = generateMerchants(600, 99).map((m) => ({ ...m, id: `${m.id}_new` }));
  const baseRanks = rankByName(listIndex(base)).byRank;

  // A few merchants removed, some renamed (a new object with the same id), some added, and the list shuffled.
  const edit = fc.record({
    removed: fc.uniqueArray(fc.integer({ min: 0, max: base.length - 1 }), { maxLength: 60 }),
    renamed: fc.uniqueArray(fc.integer({ min: 0, max: base.length - 1 }), { maxLength: 40 }),
    added: fc.integer({ min: 0, max: 300 }),
    seed: fc.integer(),
  });
  const apply = ({
    removed,
    renamed,
    added,
    seed,
  }: {
    removed: number[];
    renamed: number[];
    added: number;
    seed: number;
  }): Merchant[] => {
    const gone = new Set(removed);
    const items = base.flatMap((m, i) =>
      gone.has(i) ? [] : renamed.includes(i) ? [{ ...m, name: `${m.name.slice(1)}${m.name[0] ?? ''}` }] : [m],
    );
    items.push(...extra.slice(0, added));
    // A deterministic shuffle: positions move, merchants keep their name order.
    let state = seed >>> 0;
    for (let i = items.length - 1; i > 0; i--) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      const j = state % (i + 1);
      [items[i], items[j]] = [items[j] as Merchant, items[i] as Merchant];
    }
    return items;
  };

  it('orders them as a whole sort does, merging the merchants that are new', () => {
    fc.assert(
      fc.property(edit, (e) => {
        const items = apply(e);
        const ranked = rankFrom({ items: base, byRank: baseRanks }, items);
        expect(ranked).toBeDefined();
        expect(Array.from(ranked ?? [])).toEqual(sortedWhole(items));
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same ranks through rankByName, list after list', () => {
    let items: readonly Merchant[] = base;
    for (let round = 0; round < 5; round++) {
      items = apply({
        removed: [round * 7, round * 11 + 1],
        renamed: [round * 13 + 2],
        added: round * 20,
        seed: round,
      });
      expect(Array.from(rankByName(listIndex(items)).byRank)).toEqual(sortedWhole(items));
    }
  });

  it('leaves a list mostly new, or holding a merchant twice or an id twice, to a whole sort', () => {
    const previous = { items: base, byRank: baseRanks };
    expect(rankFrom(previous, [...base.slice(0, 2_000), ...extra])).toBeUndefined();
    expect(rankFrom(previous, [...base, base[5] as Merchant])).toBeUndefined();
    const twin = { ...(base[5] as Merchant) };
    expect(rankFrom(previous, [...base, twin])).toBeUndefined();
    // As long as the ranked list, or far longer, but mostly other merchants: given up before merging.
    const others = generateMerchants(3_000, 41).map((m) => ({ ...m, id: `${m.id}_other` }));
    expect(rankFrom(previous, others)).toBeUndefined();
    expect(rankFrom(previous, [...base, ...others])).toBeUndefined();
    // Exactly an eighth new still merges; one more merchant replaced does not.
    const eighth = base.length / 8;
    const replaced = (count: number) => [...base.slice(count), ...others.slice(0, count)];
    expect(Array.from(rankFrom(previous, replaced(eighth)) ?? [])).toEqual(sortedWhole(replaced(eighth)));
    expect(rankFrom(previous, replaced(eighth + 1))).toBeUndefined();
    const withTwin = [...base, twin];
    expect(Array.from(rankByName(listIndex(withTwin)).byRank)).toEqual(sortedWhole(withTwin));
  });
});

describe('the index of a list', () => {
  const merchants = generateMerchants(50, 3);

  it('indexes a frozen list as it is, and a list that can change as a copy that notices the change', () => {
    const frozen = Object.freeze([...merchants]);
    expect(listIndex(frozen).items).toBe(frozen);

    const open = [...merchants];
    const before = listIndex(open);
    expect(before.items).not.toBe(open);
    open.push(generateMerchants(1, 4)[0] as Merchant);
    const after = listIndex(open);
    expect(after).not.toBe(before);
    expect(after.items).toHaveLength(51);
    expect(before.items).toHaveLength(50);
  });
});
