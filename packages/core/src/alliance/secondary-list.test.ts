import { describe, expect, it } from 'vitest';
import {
  assertListCurrent,
  chooseCandidate,
  fileSecondaryList,
  largestSecondaryDealers,
  type NewListEntry,
  type SecondaryList,
} from './secondary-list.js';
import { errorOf } from '../shared/fixtures.js';

const counties = [
  { id: 'cty_qingyuan', centreId: 'ctr_baoding', marketVolume: 5400 },
  { id: 'cty_mancheng', centreId: 'ctr_baoding', marketVolume: 0 },
  { id: 'cty_changshu', centreId: 'ctr_changshu', marketVolume: 3000 },
];

function entry(name: string, countyId: string, monthlyVolume: number, primaryDealer = '保定糖酒'): NewListEntry {
  return {
    name,
    countyId,
    primaryDealer,
    businessState: 'good',
    developmentPotential: 'fair',
    leaderQuality: 'poor',
    monthlyVolume,
  };
}

function file(entries: NewListEntry[], id = 'sdl_1'): SecondaryList {
  return fileSecondaryList(
    { centreId: 'ctr_baoding', entries },
    { id, salespersonId: 'slp_wang', counties, today: '2026-11-30', now: '2026-11-30T02:00:00.000Z' },
  );
}

const three = () =>
  file([
    entry('清苑一店', 'cty_qingyuan', 3000),
    entry('清苑二店', 'cty_qingyuan', 2000),
    entry('清苑三店', 'cty_qingyuan', 900),
  ]);

describe('fileSecondaryList', () => {
  it('numbers the candidates by line, chooses none and takes each county’s market volume as it stands', () => {
    const list = file([entry('清苑一店', 'cty_qingyuan', 3000), entry('滿城一店', 'cty_mancheng', 800)]);
    expect(list.filedOn).toBe('2026-11-30');
    expect(list.entries.map((e) => [e.line, e.chosen])).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(list.counties).toEqual([
      {
        countyId: 'cty_mancheng',
        marketVolume: null,
        candidates: 1,
        chosen: [],
        chosenVolume: 0,
        share: null,
        suggested: null,
      },
      {
        countyId: 'cty_qingyuan',
        marketVolume: 5400,
        candidates: 1,
        chosen: [],
        chosenVolume: 0,
        share: 0,
        suggested: 2,
      },
    ]);
  });

  it('refuses a county of another sales centre at its entry', () => {
    const error = errorOf(() => file([entry('清苑一店', 'cty_qingyuan', 1), entry('常熟一店', 'cty_changshu', 1)]));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['entries', 1, 'countyId']);
  });

  it('refuses a county it was not given and a candidate listed twice in one county', () => {
    expect(errorOf(() => file([entry('某店', 'cty_unknown', 1)])).issues[0]?.path).toEqual(['entries', 0, 'countyId']);
    const twice = errorOf(() => file([entry('清苑一店', 'cty_qingyuan', 1), entry('清苑一店', 'cty_qingyuan', 2)]));
    expect(twice.issues[0]?.path).toEqual(['entries', 1, 'name']);
  });

  it('refuses an empty list, an unknown grade and a negative volume', () => {
    expect(errorOf(() => file([])).code).toBe('invalid-input');
    expect(errorOf(() => file([{ ...entry('a', 'cty_qingyuan', 1), leaderQuality: 'great' as 'good' }])).code).toBe(
      'invalid-input',
    );
    expect(errorOf(() => file([entry('a', 'cty_qingyuan', -1)])).code).toBe('invalid-input');
  });
});

describe('chooseCandidate', () => {
  it('chooses two in a county and weighs their volume against its market volume', () => {
    const list = chooseCandidate(chooseCandidate(three(), { line: 1, chosen: true }), { line: 2, chosen: true });
    expect(list.entries.map((e) => e.chosen)).toEqual([true, true, false]);
    expect(list.counties[0]).toMatchObject({ chosen: [1, 2], chosenVolume: 5000, share: 5000 / 5400, suggested: 2 });
  });

  it('refuses a third in a county and names the two already chosen', () => {
    const two = chooseCandidate(chooseCandidate(three(), { line: 1, chosen: true }), { line: 2, chosen: true });
    const error = errorOf(() => chooseCandidate(two, { line: 3, chosen: true }));
    expect(error.code).toBe('alliance/county-choice-full');
    expect(error.details).toEqual({ countyId: 'cty_qingyuan', chosen: [1, 2] });
  });

  it('takes a choice back, which makes room for another', () => {
    const two = chooseCandidate(chooseCandidate(three(), { line: 1, chosen: true }), { line: 2, chosen: true });
    const swapped = chooseCandidate(chooseCandidate(two, { line: 2, chosen: false }), { line: 3, chosen: true });
    expect(swapped.counties[0]).toMatchObject({ chosen: [1, 3], chosenVolume: 3900 });
  });

  it('changes nothing when a chosen line is chosen again', () => {
    const one = chooseCandidate(three(), { line: 1, chosen: true });
    expect(chooseCandidate(one, { line: 1, chosen: true })).toBe(one);
  });

  it('suggests one when the largest candidate alone carries the county’s market', () => {
    const list = file([entry('清苑大店', 'cty_qingyuan', 6000), entry('清苑小店', 'cty_qingyuan', 100)]);
    expect(list.counties[0]?.suggested).toBe(1);
  });

  it('takes one in a county without a market volume and refuses a second until its analysis is entered', () => {
    const list = file([entry('滿城一店', 'cty_mancheng', 800), entry('滿城二店', 'cty_mancheng', 500)]);
    const one = chooseCandidate(list, { line: 1, chosen: true });
    expect(one.counties[0]).toMatchObject({ chosen: [1], share: null, suggested: null });
    expect(errorOf(() => chooseCandidate(one, { line: 2, chosen: true })).code).toBe('alliance/no-market-data');
  });

  it('refuses a line the list does not have', () => {
    const error = errorOf(() => chooseCandidate(three(), { line: 4, chosen: true }));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual(['line']);
  });

  it('leaves the other counties as they were', () => {
    const list = file([entry('清苑一店', 'cty_qingyuan', 3000), entry('滿城一店', 'cty_mancheng', 800)]);
    const chosen = chooseCandidate(list, { line: 2, chosen: true });
    expect(chosen.counties[1]).toBe(list.counties[1]);
  });
});

describe('assertListCurrent', () => {
  it('lets the filer’s newest list take choices', () => {
    const list = three();
    expect(() => assertListCurrent(list, list.id)).not.toThrow();
  });

  it('refuses a list a newer one of the same filer replaced, and names the newer one', () => {
    const older = { ...three(), id: 'sdl_0001' };
    const error = errorOf(() => assertListCurrent(older, 'sdl_0002'));
    expect(error.code).toBe('alliance/list-replaced');
    expect(error.details).toEqual({ listId: 'sdl_0001', newestListId: 'sdl_0002' });
  });
});

describe('largestSecondaryDealers', () => {
  const many = (n: number, primaryDealer = '保定糖酒') =>
    Array.from({ length: n }, (_, i) =>
      entry(`店${String(i + 1).padStart(2, '0')}`, 'cty_qingyuan', 100 * (i + 1), primaryDealer),
    );

  it('gives all ten when exactly ten are listed, largest first', () => {
    const [top] = largestSecondaryDealers([file(many(10))]);
    expect(top?.listed).toBe(10);
    expect(top?.largest.map((c) => c.monthlyVolume)).toEqual([1000, 900, 800, 700, 600, 500, 400, 300, 200, 100]);
    expect(top?.largest.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('leaves the smallest out when eleven are listed', () => {
    const [top] = largestSecondaryDealers([file(many(11))]);
    expect(top?.listed).toBe(11);
    expect(top?.largest).toHaveLength(10);
    expect(top?.largest.at(-1)?.monthlyVolume).toBe(200);
    expect(top?.largest.some((c) => c.name === '店01')).toBe(false);
  });

  it('orders equal volumes by name, then by list, so a tie at the tenth place always falls the same way', () => {
    const tied = [...many(9), entry('乙店', 'cty_qingyuan', 50), entry('甲店', 'cty_qingyuan', 50)];
    const first = largestSecondaryDealers([file(tied)]);
    const reversed = largestSecondaryDealers([file([...tied].reverse())]);
    expect(first[0]?.largest.at(-1)?.name).toBe('乙店'); // 乙 U+4E59 before 甲 U+7532
    expect(reversed[0]?.largest.map((c) => c.name)).toEqual(first[0]?.largest.map((c) => c.name));
    const twoLists = largestSecondaryDealers([
      file([entry('同名', 'cty_qingyuan', 5)], 'sdl_b'),
      file([entry('同名', 'cty_qingyuan', 5)], 'sdl_a'),
    ]);
    expect(twoLists[0]?.largest.map((c) => c.listId)).toEqual(['sdl_a', 'sdl_b']);
  });

  it('groups by primary dealer, in order of their names, each with its own ten', () => {
    const groups = largestSecondaryDealers([
      file([...many(3, '滿城商貿'), ...many(12, '保定糖酒').map((e) => ({ ...e, name: `保${e.name}` }))]),
    ]);
    expect(groups.map((g) => [g.primaryDealer, g.listed, g.largest.length])).toEqual([
      ['保定糖酒', 12, 10],
      ['滿城商貿', 3, 3],
    ]);
  });

  it('gives nothing for no lists', () => {
    expect(largestSecondaryDealers([])).toEqual([]);
  });
});
