import { createClubTransport, isClubApiError } from '@clubkit/client';
import type { ReactiveControllerHost } from 'lit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { primaryDealerBoardClient, type PrimaryDealerBoardClient } from './primary-dealer-client.js';
import { primaryDealerMessages, PrimaryDealerSection } from './primary-dealer.js';

/** The smallest reactive host, counting the updates asked for. */
class PlainHost implements ReactiveControllerHost {
  updates = 0;
  addController(): void {}
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

let api: TestApi;
let client: PrimaryDealerBoardClient;

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), merchants: 5 });
  const token = await api.staffToken({ role: 'alliance' });
  client = primaryDealerBoardClient(
    createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
});
afterAll(() => api.close());

async function readySection(): Promise<PrimaryDealerSection> {
  const section = new PrimaryDealerSection(new PlainHost(), client);
  await section.load();
  return section;
}

describe('PrimaryDealerSection', () => {
  it('loads each centre’s primary dealer, its history and its members, as the Club API answers', async () => {
    const host = new PlainHost();
    const section = new PrimaryDealerSection(host, client);
    expect(section.state.status).toBe('loading');
    await section.load();
    const state = section.state;
    if (state.status !== 'ready') throw new Error(`expected ready, got ${state.status}`);
    const [centre] = (await client.centres.list().page()).data;
    if (!centre) throw new Error('The demo alliance has no sales centre');
    expect(state.centres.map((c) => c.centre.id)).toEqual([centre.id]);
    expect(state.centres[0]?.dealership).toEqual(await client.primaryDealer.get(centre.id));
    expect(state.centres[0]?.dealership.history).toHaveLength(2);
    expect(state.centres[0]?.members.every((d) => d.status === 'member' && d.centreId === centre.id)).toBe(true);
    expect(host.updates).toBe(1);
  });

  it('keeps the Club API’s refusal of a replacement and changes nothing', async () => {
    const section = await readySection();
    const state = section.state;
    if (state.status !== 'ready') throw new Error('expected ready');
    const centre = state.centres[0]?.centre.id ?? '';
    const current = state.centres[0]?.dealership.current?.name ?? '';
    await section.replace(centre, { successor: 'dealer', name: current, reason: 'short-of-funds', note: '', on: '' });
    const outcome = section.outcome;
    expect(outcome.status).toBe('refused');
    expect(outcome.status === 'refused' && isClubApiError(outcome.error) && outcome.error.code).toBe(
      'alliance/same-primary-dealer',
    );
    expect((await client.primaryDealer.get(centre)).history).toHaveLength(2);
    expect(section.busy).toBe(false);
  });

  it('records another dealer for a stated reason and shows the history read again', async () => {
    const section = await readySection();
    const state = section.state;
    if (state.status !== 'ready') throw new Error('expected ready');
    const centre = state.centres[0]?.centre.id ?? '';
    await section.replace(centre, {
      successor: 'dealer',
      name: '版納新興商貿',
      reason: 'other',
      note: '不執行統一供貨價格',
      on: '2026-11-27',
    });
    expect(section.outcome).toEqual({ status: 'replaced', name: '版納新興商貿', since: '2026-11-27' });
    const after = section.state;
    if (after.status !== 'ready') throw new Error('expected ready');
    expect(after.centres[0]?.dealership.history.map((h) => h.name).at(-1)).toBe('版納新興商貿');
    expect(after.centres[0]?.dealership.history.at(-2)?.ended).toEqual({
      on: '2026-11-27',
      reason: 'other',
      note: '不執行統一供貨價格',
    });
  });

  it('keeps a refused session as its error state and never rejects', async () => {
    const refused = primaryDealerBoardClient(
      createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve('ss_revoked') } }),
    );
    const section = new PrimaryDealerSection(new PlainHost(), refused);
    await section.load();
    expect(section.state.status).toBe('error');
  });
});

describe('primaryDealerMessages', () => {
  it('says the reasons in the three locales, Traditional Chinese by default', () => {
    expect(primaryDealerMessages('en').reason('other', 'late payments')).toBe('Other: late payments');
    expect(primaryDealerMessages('zh-Hans').reason('short-of-funds', null)).toBe('资金问题运营不力');
    expect(primaryDealerMessages('fr').current).toBe('現任');
  });
});
