import { describe, expect, it } from 'vitest';
import { PlainHost, sectionApi } from '../testing/section.js';
import { timeRulesBoardClient } from './time-rules-client.js';
import { timeRulesMessages, TimeRulesSection } from './time-rules.js';

const board = sectionApi(timeRulesBoardClient);

describe('TimeRulesSection', () => {
  it('loads each centre’s calendar for the club’s today and no plaque taken back, as the Club API answers', async () => {
    const host = new PlainHost();
    const section = new TimeRulesSection(host, board.client);
    expect(section.state.status).toBe('loading');
    await section.load();
    const state = section.state;
    if (state.status !== 'ready') throw new Error(`expected ready, got ${state.status}`);
    const [centre] = (await board.client.centres.list().page()).data;
    if (!centre) throw new Error('The demo alliance has no sales centre');
    expect(state.centres.map((c) => c.centre.id)).toEqual([centre.id]);
    expect(state.centres[0]?.calendar).toEqual(await board.client.centres.calendar(centre.id));
    expect(state.centres[0]?.calendar.on).toBe('2026-11-27');
    expect(state.withdrawn).toEqual([]);
    expect(host.updates).toBe(1);
  });

  it('keeps the Club API’s refusal as its error state and never rejects', async () => {
    const refused = board.clientWith('ss_revoked');
    const section = new TimeRulesSection(new PlainHost(), refused);
    await section.load();
    expect(section.state.status).toBe('error');
  });
});

describe('timeRulesMessages', () => {
  it('says the half-year and the lists in the three locales, Traditional Chinese by default', () => {
    expect(timeRulesMessages('en').lists('weekly', 4)).toBe('Weekly (4 due this month)');
    expect(timeRulesMessages('zh-Hans').lists('monthly', 1)).toBe('每月一次（本月 1 份）');
    expect(timeRulesMessages('fr').halfYear('2027年1月31日', false)).toBe('至 2027年1月31日，已結束');
  });
});
