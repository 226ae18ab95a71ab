import { html, render } from 'lit';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ClubProvider } from '../provider/provider.js';
import { startTestApi, until } from '../testing/api.js';
import { ClubStatsBoard } from './stats-board.js';

ClubProvider.define('club-provider');
ClubStatsBoard.define('club-stats-board');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<club-stats-board> inside <club-provider>', () => {
  it('reads the board with a staff session from the provider’s session endpoint, and signOut() ends that session', async () => {
    const api = await startTestApi();
    onTestFinished(() => api.close());
    const endpoint = 'http://console.test/staff-session';
    const tokens: string[] = [];
    const send = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      // The club's own back end: mints a staff session for the signed-in admin.
      if (url === endpoint) {
        const token = await api.staffToken({ role: 'admin' });
        tokens.push(token);
        return Response.json({ token });
      }
      // happy-dom's DELETE carries an empty chunked body its own Request cannot hand on.
      if (input instanceof Request && input.method === 'DELETE')
        return api.server.fetch(new Request(url, { method: 'DELETE', headers: input.headers }));
      return send(input, init);
    });
    onTestFinished(() => spy.mockRestore());
    const root = document.createElement('div');
    document.body.append(root);
    render(
      html`<club-provider base-url=${api.baseUrl} session-endpoint=${endpoint} locale="en"
        ><club-stats-board></club-stats-board
      ></club-provider>`,
      root,
    );
    const provider = root.querySelector('club-provider') as ClubProvider;
    const board = root.querySelector('club-stats-board') as ClubStatsBoard;
    await until(() => expect(board.controller.state.status).toBe('ready'), 10_000);
    expect(tokens).toHaveLength(1);
    const current = (token: string) =>
      api.server.fetch(
        new Request(`${api.baseUrl}/v1/staff-sessions/current`, { headers: { Authorization: `Bearer ${token}` } }),
      );
    expect((await current(tokens[0] ?? '')).status).toBe(200);

    await provider.signOut();
    expect((await current(tokens[0] ?? '')).status).toBe(401);
    await until(() => expect(board.controller.state.status).toBe('signed-out'));
    expect(tokens).toHaveLength(1);
  });
});
