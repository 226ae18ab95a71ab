import { createClubTransport } from '@clubkit/client';
import type { NewListEntry } from '@clubkit/core/alliance';
import type { ReactiveControllerHost } from 'lit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { secondaryListBoardClient, type SecondaryListBoardClient } from './secondary-list-client.js';
import { secondaryListMessages, SecondaryListSection } from './secondary-lists.js';

/** The smallest reactive host. */
class PlainHost implements ReactiveControllerHost {
  addController(): void {}
  removeController(): void {}
  requestUpdate(): void {}
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

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
