import { isClubApiError } from '@clubkit/client';
import { describe, expect, it } from 'vitest';
import { PlainHost, sectionApi } from '../testing/section.js';
import { primaryDealerBoardClient } from './primary-dealer-client.js';
import { primaryDealerMessages, PrimaryDealerSection } from './primary-dealer.js';

const board = sectionApi(primaryDealerBoardClient);

async function readySection(): Promise<PrimaryDealerSection> {
  const section = new PrimaryDealerSection(new PlainHost(), board.client);
  await section.load();
  return section;
}

describe('PrimaryDealerSection', () => {
  it('loads each centre’s primary dealer, its history and its members, as the Club API answers', async () => {
    const host = new PlainHost();
    const section = new PrimaryDealerSection(host, board.client);
    expect(section.state.status).toBe('loading');
    await section.load();
    const state = section.state;
    if (state.status !== 'ready') throw new Error(`expected ready, got ${state.status}`);
    const [centre] = (await board.client.centres.list().page()).data;
    if (!centre) throw new Error('The demo alliance has no sales centre');
    expect(state.centres.map((c) => c.centre.id)).toEqual([centre.id]);
    expect(state.centres[0]?.dealership).toEqual(await board.client.primaryDealer.get(centre.id));
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
    expect((await board.client.primaryDealer.get(centre)).history).toHaveLength(2);
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

  it('offers the replacement to the centre’s staff only: a salesperson reads the primary dealer, and the Club API refuses them too', async () => {
    const staff = await readySection();
    const state = staff.state;
    if (state.status !== 'ready') throw new Error('expected ready');
    const centre = state.centres[0]?.centre;
    if (!centre) throw new Error('The demo alliance has no sales centre');
    expect(staff.mayReplace(centre.id)).toBe(true);
    expect(staff.mayReplace('ctr_elsewhere')).toBe(false);

    const people = (await board.api.adminCall('GET', '/v1/alliance/salespeople')) as { data: { id: string }[] };
    const salesperson = people.data[0]?.id ?? '';
    const client = await board.clientAs({ role: 'alliance', centreId: centre.id, salespersonId: salesperson });
    const reader = new PrimaryDealerSection(new PlainHost(), client);
    await reader.load();
    expect(reader.state.status).toBe('ready');
    expect(reader.mayReplace(centre.id)).toBe(false);
    const before = (await board.client.primaryDealer.get(centre.id)).history.length;
    await reader.replace(centre.id, {
      successor: 'dealer',
      name: '版納另一商貿',
      reason: 'short-of-funds',
      note: '',
      on: '',
    });
    // The Club API hides what a role may not change behind a 404, as for another centre's.
    const outcome = reader.outcome;
    expect(outcome.status === 'refused' && isClubApiError(outcome.error) && outcome.error.status).toBe(404);
    expect((await board.client.primaryDealer.get(centre.id)).history).toHaveLength(before);
  });

  it('keeps a refused session as its error state and never rejects', async () => {
    const refused = board.clientWith('ss_revoked');
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
