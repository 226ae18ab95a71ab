import { createClubTransport, isClubApiError, sessionFromEndpoint } from '@clubkit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/api.js';
import { AllianceBoardController, AllianceBoardStatus } from './alliance-board-controller.js';
import { allianceBoardClient, type AllianceBoardClient } from './client.js';
import { PlainHost } from '../testing/plain-host.js';

let api: TestApi;
const today = () => '2026-11-27';

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-27T04:00:00Z'), merchants: 5 });
});
afterAll(() => api.close());

async function clientFor(role: string): Promise<AllianceBoardClient> {
  const token = await api.staffToken({ role });
  return allianceBoardClient(
    createClubTransport({ baseUrl: api.baseUrl, session: { getToken: () => Promise.resolve(token) } }),
  );
}

async function loaded(client: AllianceBoardClient | undefined) {
  const board = new AllianceBoardController(new PlainHost(), () => client, { today });
  await board.reload();
  return board;
}

describe('AllianceBoardController', () => {
  it('is idle without a client, and shows no pay statement', async () => {
    const board = await loaded(undefined);
    expect(board.state.status).toBe(AllianceBoardStatus.idle);
    await board.showPay('sp_x');
    expect(board.pay.status).toBe('none');
  });

  it('opens on the month before today’s, offering two years of months newest first', () => {
    const board = new AllianceBoardController(new PlainHost(), () => undefined, { today });
    expect(board.month).toBe('2026-10');
    expect(board.months.slice(0, 3)).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(board.months).toHaveLength(24);
    expect(board.months.at(-1)).toBe('2024-12');
  });

  it('shows the alliance staff member their centre’s dealers as the Club API judges them, and the first salesperson’s pay', async () => {
    const client = await clientFor('alliance');
    const board = await loaded(client);
    const state = board.state;
    if (state.status !== AllianceBoardStatus.ready) throw new Error(`not ready: ${state.status}`);
    expect(state.month).toBe('2026-10');
    expect(state.dealers).toEqual((await client.alliance.dealers.standing({ month: '2026-10' })).dealers);
    expect(state.dealers.map((d) => [d.name, d.level])).toContainEqual(['勐臘通途副食', 'warned']);
    expect(board.counties).toHaveLength(4);
    expect(board.salespeople).toHaveLength(2);
    expect(board.pay.status).toBe('ready');
    if (board.pay.status === 'ready') {
      expect(board.pay.statement.salespersonId).toBe(board.salespeople[0]?.id);
      expect(board.pay.statement.month).toBe('2026-10');
    }
  });

  it('follows the month and county chosen, and the pay statement follows the month', async () => {
    const board = await loaded(await clientFor('alliance'));
    const second = board.salespeople[1]?.id;
    await board.showPay(second);
    await board.setMonth('2026-09');
    let state = board.state;
    if (state.status !== AllianceBoardStatus.ready) throw new Error('not ready');
    expect(state.dealers.find((d) => d.name === '勐臘通途副食')?.level).toBe('short');
    expect(board.pay.status === 'ready' && [board.pay.statement.salespersonId, board.pay.statement.month]).toEqual([
      second,
      '2026-09',
    ]);
    // A county with a dealer (江城縣 has none yet: it is still being developed).
    const county = state.dealers[0]?.countyId;
    await board.setCounty(county);
    state = board.state;
    if (state.status !== AllianceBoardStatus.ready) throw new Error('not ready');
    expect(state.countyId).toBe(county);
    expect(state.dealers.length).toBeGreaterThan(0);
    expect(state.dealers.every((d) => d.countyId === county)).toBe(true);
    await board.setCounty(undefined);
    expect(board.state.status === AllianceBoardStatus.ready && board.state.dealers).toHaveLength(4);
  });

  it('refuses anything but a month, and keeps the month shown', async () => {
    const board = await loaded(await clientFor('alliance'));
    expect(() => board.setMonth('2026-13')).toThrow(RangeError);
    expect(() => board.setMonth('2026-1')).toThrow(RangeError);
    expect(board.month).toBe('2026-10');
  });

  it('shows a pay statement the Club API refuses as the pay’s error, the table unharmed', async () => {
    const board = await loaded(await clientFor('alliance'));
    await board.showPay('slp_unknown');
    expect(board.pay.status).toBe('error');
    if (board.pay.status === 'error') expect(isClubApiError(board.pay.error) && board.pay.error.status).toBe(404);
    expect(board.state.status).toBe(AllianceBoardStatus.ready);
  });

  it('shows the Club API’s refusal to staff of a role without the alliance, as an error', async () => {
    const board = await loaded(await clientFor('merchant'));
    const state = board.state;
    expect(state.status).toBe(AllianceBoardStatus.error);
    if (state.status === AllianceBoardStatus.error)
      expect(isClubApiError(state.error) && [state.error.status, state.error.code]).toEqual([403, 'access/forbidden']);
    expect(board.pay.status).toBe('none');
  });

  it('is signed out when the session endpoint has no staff member signed in', async () => {
    const client = allianceBoardClient(
      createClubTransport({ baseUrl: api.baseUrl, session: sessionFromEndpoint(api.signedOutEndpoint) }),
    );
    const board = await loaded(client);
    expect(board.state.status).toBe(AllianceBoardStatus.signedOut);
  });
});
