import { html, render } from 'lit';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ClubProvider } from '../provider/provider.js';
import { startTestApi, until } from '../testing/api.js';
import { ClubAllianceBoard } from './alliance-board.js';

ClubProvider.define('club-provider');
ClubAllianceBoard.define('club-alliance-board');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<club-alliance-board> inside <club-provider>', () => {
  it('reads the standing and a pay statement in English with the alliance staff member’s session, and is signed out after signOut()', async () => {
    const api = await startTestApi({ merchants: 5 });
    onTestFinished(() => api.close());
    const endpoint = 'http://console.test/staff-session';
    const send = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      // The club's own back end: mints a staff session for the signed-in alliance staff member.
      if (url === endpoint) return Response.json({ token: await api.staffToken({ role: 'alliance' }) });
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
        ><club-alliance-board></club-alliance-board
      ></club-provider>`,
      root,
    );
    const provider = root.querySelector('club-provider') as ClubProvider;
    const board = root.querySelector('club-alliance-board') as ClubAllianceBoard;
    // The board opens on last month, the demo's latest figures (both as of the real today).
    await until(() => expect(board.controller.pay.status).toBe('ready'), 10_000);
    await board.updateComplete;
    const shadow = board.shadowRoot;
    if (!shadow) throw new Error('no shadow root');
    const warned = shadow.querySelector('[part~="row-warned"]');
    expect(warned?.querySelector('[part~="level"]')?.textContent).toContain('Warned');
    expect(warned?.querySelector('[part~="level-note"]')?.textContent).toBe(
      'Under 70 % 2 months in a row: another short month revokes it.',
    );
    expect(shadow.querySelector('[part~="row-revoked"] [part~="level-note"]')?.textContent).toContain(
      'under 70 % three months in a row',
    );
    expect(shadow.querySelector('[part~="total"] dt')?.textContent).toBe('Total pay');
    expect(shadow.querySelector('[part~="total"] dd')?.textContent).toMatch(/^CN¥[\d,]+\.\d\d$/);

    await provider.signOut();
    await board.controller.reload();
    expect(board.controller.state.status).toBe('signed-out');
  });
});
