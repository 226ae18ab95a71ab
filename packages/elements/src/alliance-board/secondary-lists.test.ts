import { createClubTransport } from '@clubkit/client';
import type { NewListEntry } from '@clubkit/core/alliance';
import { render } from 'lit';
import { commonZhHant } from '../messages/common.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { secondaryListBoardClient, type SecondaryListBoardClient } from './secondary-list-client.js';
import { renderSecondaryLists, secondaryListMessages, SecondaryListSection } from './secondary-lists.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi;
let client: SecondaryListBoardClient;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), merchants: 5 });
  const token = await api.staffToken({ role: 'alliance' });
  client = secondaryListBoardClient(
    createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
});
afterAll(() => api.close());

async function loaded(): Promise<SecondaryListSection> {
  const section = new SecondaryListSection(new PlainHost(), client);
  await section.load();
  return section;
}

const candidate = (countyId: string, name: string, monthlyVolume: number): NewListEntry => ({
  countyId,
  name,
  primaryDealer: '版納糖酒副食公司',
  businessState: 'good',
  developmentPotential: 'fair',
  leaderQuality: 'poor',
  monthlyVolume,
});

describe('SecondaryListSection', () => {
  it('loads each filer’s newest list and the ten largest as the Club API gives them', async () => {
    const section = await loaded();
    const state = section.state;
    if (state.status !== 'ready') throw new Error(`expected ready, got ${state.status}`);
    const largest = await client.secondaryLists.largest();
    expect(state.lists.map((l) => l.id).sort()).toEqual(largest.lists.map((l) => l.id).sort());
    expect(state.largest).toEqual(largest);
  });

  it('keeps an incomplete candidate out of the draft and files nothing', async () => {
    const section = await loaded();
    section.add(candidate('', '景洪新店', 10));
    section.add(candidate('cty_x', '景洪新店', 1.5));
    expect(section.draft).toEqual([]);
    expect(section.outcome).toEqual({ status: 'incomplete' });
    await section.file('ctr_banna');
    expect(section.outcome).toEqual({ status: 'incomplete' });
  });

  it('keeps the draft when the Club API refuses the filing, and says why', async () => {
    const section = await loaded();
    section.add(candidate('cty_unknown', '景洪新店', 10));
    await section.file('ctr_banna');
    expect(section.outcome.status).toBe('error');
    expect(section.draft).toHaveLength(1);
    expect(section.busy).toBe(false);
  });

  it('shows a refused third choice as the outcome and leaves the list as it was', async () => {
    const section = await loaded();
    const state = section.state;
    if (state.status !== 'ready') throw new Error('expected ready');
    const list = state.lists.find((l) => l.counties.some((c) => c.chosen.length === 2));
    const full = list?.counties.find((c) => c.chosen.length === 2);
    const third = list?.entries.find((e) => e.countyId === full?.countyId && !e.chosen);
    if (!list || !third) throw new Error('the demo has no county with two chosen');
    await section.choose(list, third.line, true);
    expect(section.outcome).toMatchObject({ status: 'error', error: { code: 'alliance/county-choice-full' } });
    expect((await client.secondaryLists.list().page()).data.find((l) => l.id === list.id)?.entries).toEqual(
      list.entries,
    );
  });

  it('words a choice on a list a newer one replaced, changes nothing, and shows the newest list in its place', async () => {
    const section = await loaded();
    const state = section.state;
    const countyId = state.status === 'ready' ? state.lists[0]?.entries[0]?.countyId : undefined;
    if (!countyId) throw new Error('the demo has no list');
    // The same filer files twice, the second while the first is still on someone's screen.
    const file = (name: string) =>
      client.secondaryLists.create({ centreId: 'ctr_banna', entries: [candidate(countyId, name, 300)] });
    const twice = [await file('景洪甲店'), await file('景洪乙店')];
    // The test clock stands still, so the server's order (its ids) says which one is newer.
    const [older, newer] = twice.sort((a, b) => (a.id < b.id ? -1 : 1));
    if (!older || !newer) throw new Error('expected two lists');
    await section.choose(older, 1, true);
    expect(section.outcome).toMatchObject({ status: 'error', error: { code: 'alliance/list-replaced' } });
    const shown = section.state.status === 'ready' ? section.state.lists.map((l) => l.id) : [];
    expect([shown.includes(newer.id), shown.includes(older.id)]).toEqual([true, false]);
    const stored = (await client.secondaryLists.list({ limit: 100 }).page()).data.find((l) => l.id === older.id);
    expect(stored?.entries[0]?.chosen).toBe(false);
    // Worded as every refusal of the section is: its own words around the Club API's reason in the board's locale.
    const root = document.createElement('div');
    render(renderSecondaryLists(section, commonZhHant, { status: 'loading' }), root);
    expect(root.querySelector('[part="error"]')?.textContent.trim()).toMatch(
      /^未能完成：此一覽表已由較新的一覽表取代，請在最新的一覽表上選定。（參考編號：\S+）$/,
    );
  });

  it('words a county without market data apart from one with it, in each locale', () => {
    expect(secondaryListMessages('zh-Hant').county('江城縣', 1, null, null, null)).toBe(
      '江城縣：已選 1 家，尚無千人月消費分析',
    );
    expect(secondaryListMessages('en').county('Jinghong', 2, '5,200', '84.6%', 2)).toBe(
      'Jinghong: 2 chosen, market 5,200, 84.6% of it, 2 suggested',
    );
    expect(secondaryListMessages('zh-Hans').choose).toBe('选定');
  });
});
