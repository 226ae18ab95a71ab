import type { LargestSecondaryDealers, NewListEntry, SecondaryList } from '@clubkit/core/alliance';
import type { Page } from '@clubkit/core/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ok,
  openAllianceCentres,
  refused,
  startTestServer,
  type TestResponse,
  type TestServer,
} from '../test-support.js';

let t: TestServer;
/** Keys: the Baoding centre's staff (its market manager), its salespeople Li and Wang, and the Changshu centre's staff. */
let centre: string;
let li: string;
let wang: string;
let changshu: string;
let qingyuan: string;
let wangdu: string;
let mancheng: string;

function post(path: string, body: unknown, key = li): Promise<TestResponse> {
  return t.call('POST', path, { key, body });
}
function get(path: string, key = centre): Promise<TestResponse> {
  return t.call('GET', path, { key });
}

function entry(name: string, countyId: string, monthlyVolume: number, primaryDealer = '保定糖酒公司'): NewListEntry {
  return {
    name,
    countyId,
    primaryDealer,
    businessState: 'good',
    developmentPotential: 'fair',
    leaderQuality: 'good',
    monthlyVolume,
  };
}
const file = (entries: NewListEntry[], key = li) =>
  post('/v1/alliance/secondary-lists', { centreId: 'ctr_baoding', entries }, key);
const choose = (list: SecondaryList, line: number, chosen = true, key = li) =>
  post(`/v1/alliance/secondary-lists/${list.id}/choices`, { line, chosen }, key);

beforeAll(async () => {
  // A clock a millisecond on at each reading, so a filer's newest list has the highest id.
  let tick = 0;
  t = await startTestServer({ clock: () => new Date(Date.parse('2026-11-30T04:00:00Z') + tick++) });
  const staff = await openAllianceCentres(t);
  ({ centre, li, wang, changshu } = staff);
  const { liId, wangId } = staff;
  const county = async (name: string, population: number, salespersonId: string) =>
    ok<{ id: string }>(
      await post(
        '/v1/alliance/counties',
        { centreId: 'ctr_baoding', name, population, monthlyPerThousand: 4, salespersonId },
        centre,
      ),
      201,
    ).id;
  qingyuan = await county('清苑', 300_000, liId); // 1,200 cases a month
  wangdu = await county('望都', 0, liId); // no thousand-person analysis yet
  mancheng = await county('滿城', 250_000, wangId);
});
afterAll(() => t.close());

describe('filing a secondary-dealer list', () => {
  it('files a salesperson’s list in their name with each county weighed against its market volume', async () => {
    const list = ok<SecondaryList>(
      await file([entry('清苑副食', qingyuan, 900), entry('清苑商行', qingyuan, 400), entry('望都超市', wangdu, 200)]),
      201,
    );
    expect(list.id).toMatch(/^sdl_/);
    expect([list.salespersonId !== null, list.filedOn]).toEqual([true, '2026-11-30']);
    expect(list.entries.map((e) => [e.line, e.name, e.chosen])).toEqual([
      [1, '清苑副食', false],
      [2, '清苑商行', false],
      [3, '望都超市', false],
    ]);
    const byCounty = Object.fromEntries(list.counties.map((c) => [c.countyId, c]));
    expect(byCounty[qingyuan]).toMatchObject({ marketVolume: 1200, candidates: 2, suggested: 2 });
    expect(byCounty[wangdu]).toMatchObject({ marketVolume: null, suggested: null });
  });

  it('does not let a salesperson list another salesperson’s county, nor another centre file in Baoding', async () => {
    expect(refused(await file([entry('滿城商行', mancheng, 300)]))).toEqual([404, 'not-found']);
    expect(refused(await file([entry('清苑副食', qingyuan, 300)], changshu))).toEqual([403, 'access/forbidden']);
  });

  it('refuses an unknown grade and a list without candidates, storing nothing', async () => {
    const before = ok<Page<SecondaryList>>(await get('/v1/alliance/secondary-lists')).data.length;
    const badGrade = { ...entry('清苑副食', qingyuan, 1), businessState: 'excellent' };
    expect(
      refused(await post('/v1/alliance/secondary-lists', { centreId: 'ctr_baoding', entries: [badGrade] })),
    ).toEqual([400, 'invalid-input']);
    expect(refused(await file([]))).toEqual([400, 'invalid-input']);
    expect(ok<Page<SecondaryList>>(await get('/v1/alliance/secondary-lists')).data).toHaveLength(before);
  });
});

describe('choosing one or two per county', () => {
  it('takes two in a county, refuses a third, and takes the third once one is taken back', async () => {
    const list = ok<SecondaryList>(
      await file([entry('甲', qingyuan, 500), entry('乙', qingyuan, 400), entry('丙', qingyuan, 300)]),
      201,
    );
    ok(await choose(list, 1), 200);
    const two = ok<SecondaryList>(await choose(list, 2), 200);
    expect(two.counties[0]).toMatchObject({ chosen: [1, 2], chosenVolume: 900, share: 0.75 });
    expect(refused(await choose(list, 3))).toEqual([409, 'alliance/county-choice-full']);
    ok(await choose(list, 1, false), 200);
    const swapped = ok<SecondaryList>(await choose(list, 3), 200);
    expect(swapped.counties[0]?.chosen).toEqual([2, 3]);
    expect(ok<SecondaryList>(await get(`/v1/alliance/secondary-lists/${list.id}`, li)).counties[0]?.chosen).toEqual([
      2, 3,
    ]);
  });

  it('takes one in a county without market data and refuses a second', async () => {
    const list = ok<SecondaryList>(await file([entry('望都一', wangdu, 100), entry('望都二', wangdu, 90)]), 201);
    ok(await choose(list, 1), 200);
    expect(refused(await choose(list, 2))).toEqual([409, 'alliance/no-market-data']);
  });

  it('refuses a choice, and taking one back, on a list the filer has replaced, leaving it as it was', async () => {
    const older = ok<SecondaryList>(await file([entry('舊甲', qingyuan, 500), entry('舊乙', qingyuan, 400)]), 201);
    ok(await choose(older, 1), 200);
    const newer = ok<SecondaryList>(await file([entry('新甲', qingyuan, 600)]), 201);
    expect(refused(await choose(older, 2))).toEqual([409, 'alliance/list-replaced']);
    expect(refused(await choose(older, 1, false))).toEqual([409, 'alliance/list-replaced']);
    expect(ok<SecondaryList>(await get(`/v1/alliance/secondary-lists/${older.id}`, li)).counties[0]?.chosen).toEqual([
      1,
    ]);
    expect(ok<SecondaryList>(await choose(newer, 1), 200).counties[0]?.chosen).toEqual([1]);
  });

  it('refuses a line the list does not have, and keeps another salesperson out of the list', async () => {
    const list = ok<SecondaryList>(await file([entry('清苑一', qingyuan, 100)]), 201);
    expect(refused(await choose(list, 2))).toEqual([400, 'invalid-input']);
    expect(refused(await choose(list, 1, true, wang))).toEqual([404, 'not-found']);
    expect(refused(await get(`/v1/alliance/secondary-lists/${list.id}`, changshu))).toEqual([404, 'not-found']);
  });
});

describe('the market manager’s view', () => {
  it('shows each primary dealer’s ten largest over each salesperson’s newest list, ties by name', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) =>
      entry(`清苑${String(i + 1).padStart(2, '0')}`, qingyuan, 10 * (i + 1)),
    );
    eleven[0] = entry('清苑乙', qingyuan, 20); // ties with 清苑02 at the tenth place
    ok(await file([...eleven, entry('望都超市', wangdu, 5, '望都批發')]), 201);
    ok(await file([entry('滿城商行', mancheng, 1000, '滿城商貿')], wang), 201);
    const view = ok<LargestSecondaryDealers>(await get('/v1/alliance/largest-secondary-dealers'));
    expect(view.lists).toHaveLength(2);
    expect(view.primaryDealers.map((p) => [p.primaryDealer, p.listed, p.largest.length])).toEqual([
      ['保定糖酒公司', 11, 10],
      ['望都批發', 1, 1],
      ['滿城商貿', 1, 1],
    ]);
    const largest = view.primaryDealers[0]?.largest ?? [];
    expect(largest[0]).toMatchObject({ rank: 1, name: '清苑11', monthlyVolume: 110 });
    expect(largest[9]?.rank).toBe(10);
    expect(largest.slice(-2).map((c) => [c.name, c.monthlyVolume])).toEqual([
      ['清苑03', 30],
      ['清苑02', 20],
    ]);
    expect(largest.some((c) => c.name === '清苑乙')).toBe(false); // 乙 sorts after 0 in code points
  });

  it('gives a salesperson the view of their own list only, and another centre nothing', async () => {
    const own = ok<LargestSecondaryDealers>(await get('/v1/alliance/largest-secondary-dealers', wang));
    expect(own.primaryDealers.flatMap((p) => p.largest.map((c) => c.name))).toEqual(['滿城商行']);
    expect(ok<LargestSecondaryDealers>(await get('/v1/alliance/largest-secondary-dealers', changshu))).toEqual({
      lists: [],
      primaryDealers: [],
    });
    const lists = ok<Page<SecondaryList>>(await get('/v1/alliance/secondary-lists', wang)).data;
    expect(lists.map((l) => l.entries[0]?.name)).toEqual(['滿城商行']);
  });
});

// Last: the lists filed here would change the views above.
describe('whose newer list replaces a list', () => {
  it('keeps one salesperson’s new list from replacing another’s, and the centre’s own from either', async () => {
    const lis = ok<SecondaryList>(await file([entry('清苑李', qingyuan, 300)]), 201);
    ok(await file([entry('滿城王', mancheng, 300)], wang), 201);
    const centres = ok<SecondaryList>(await file([entry('清苑中心', qingyuan, 200)], centre), 201);
    expect(ok<SecondaryList>(await choose(lis, 1), 200).counties[0]?.chosen).toEqual([1]);
    expect(ok<SecondaryList>(await choose(centres, 1, true, centre), 200).counties[0]?.chosen).toEqual([1]);
  });
});
