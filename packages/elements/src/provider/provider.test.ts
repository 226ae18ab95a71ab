import { meResource, merchantsResource, sessionFromEndpoint } from '@clubkit/client';
import { html, render } from 'lit';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ClubMemberCard } from '../member-card/member-card.js';
import type { CommonMessages } from '../messages/common.js';
import { ClubMerchantDirectory } from '../merchant-directory/merchant-directory.js';
import { ClubElement } from '../shared/club-element.js';
import { clubContextFrom, type ClientKit } from '../shared/club-config.js';
import type { WidgetClient } from '../shared/context.js';
import { startTestApi, until } from '../testing/api.js';
import { ClubProvider } from './provider.js';

type ProbeClient = Pick<WidgetClient, 'merchants' | 'me'>;
class ProbeElement extends ClubElement<CommonMessages, ProbeClient> {
  static override kit: ClientKit<ProbeClient> = {
    resources: (t) => ({ merchants: merchantsResource(t), me: meResource(t) }),
    session: (url) => sessionFromEndpoint(url),
  };
  changes = 0;
  protected override clubChanged(): void {
    this.changes++;
  }
}
ClubProvider.define('club-provider');
ProbeElement.define('club-probe');
ClubMemberCard.define('club-member-card');
ClubMerchantDirectory.define('club-merchant-directory');

afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(template: ReturnType<typeof html>) {
  const root = document.createElement('div');
  document.body.append(root);
  render(template, root);
  await new Promise((r) => setTimeout(r, 0));
  return root;
}

describe('<club-provider>', () => {
  it('gives the widgets inside it a client, locale and messages', async () => {
    const root = await mount(
      html`<club-provider base-url="https://club.example.com" publishable-key="pk_test" locale="en"
        ><club-probe></club-probe
      ></club-provider>`,
    );
    const probe = root.querySelector('club-probe') as ProbeElement;
    await probe.updateComplete;
    expect(probe.club.baseUrl).toBe('https://club.example.com');
    expect(probe.club.publicClient).toBeDefined();
    expect(probe.club.memberClient).toBeUndefined();
    expect(probe.t.retry).toBe('Try again');
  });

  it('tells the widgets when its configuration changes', async () => {
    const root = await mount(
      html`<club-provider base-url="https://club.example.com" locale="en"><club-probe></club-probe></club-provider>`,
    );
    const provider = root.querySelector('club-provider') as ClubProvider;
    const probe = root.querySelector('club-probe') as ProbeElement;
    await probe.updateComplete;
    const before = probe.changes;
    provider.locale = 'zh-Hans';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(probe.changes).toBeGreaterThan(before);
    expect(probe.t.retry).toBe('重试');
  });

  it('lets a widget used alone configure itself with attributes', async () => {
    const root = await mount(
      html`<club-probe
        base-url="https://club.example.com"
        publishable-key="pk_test"
        session-endpoint="/api/session"
        locale="zh-TW"
      ></club-probe>`,
    );
    const probe = root.querySelector('club-probe') as ProbeElement;
    await probe.updateComplete;
    expect(probe.club.publicClient).toBeDefined();
    expect(probe.club.memberClient).toBeDefined();
    expect(probe.t.retry).toBe('重試');
  });

  it('builds a widget used alone only the resources of its kit, and a member client only when the kit has sessions', () => {
    // Configured but not connected: nothing is fetched, the clients are built all the same.
    const configured = <K extends 'club-probe' | 'club-merchant-directory' | 'club-member-card'>(tag: K) => {
      const el = document.createElement(tag) as {
        'club-probe': ProbeElement;
        'club-merchant-directory': ClubMerchantDirectory;
        'club-member-card': ClubMemberCard;
      }[K];
      el.setAttribute('base-url', 'https://club.example.com');
      el.setAttribute('publishable-key', 'pk_test');
      el.setAttribute('session-endpoint', '/api/session');
      return el;
    };
    const probe = configured('club-probe');
    const directory = configured('club-merchant-directory');
    const card = configured('club-member-card');
    expect(Object.keys(probe.club.publicClient ?? {}).sort()).toEqual(['me', 'merchants']);
    expect(Object.keys(directory.club.publicClient ?? {})).toEqual(['merchants']);
    expect(directory.club.memberClient).toBeUndefined();
    expect(Object.keys(card.club.memberClient ?? {}).sort()).toEqual(['handbook', 'me', 'vip']);
    // The same configuration shares one client per kit: asking again gives the same objects.
    expect(directory.club.publicClient).toBe(directory.club.publicClient);
    expect(probe.club.publicClient?.merchants).not.toBe(directory.club.publicClient?.merchants);
  });

  it('gives a widget inside <club-provider> its own kit over the provider’s configuration and transports', async () => {
    const api = await startTestApi();
    onTestFinished(() => api.close());
    const root = await mount(
      html`<club-provider base-url=${api.baseUrl} publishable-key=${api.publishableKey} session-endpoint="/api/session"
        ><club-merchant-directory></club-merchant-directory><club-probe></club-probe
      ></club-provider>`,
    );
    const directory = root.querySelector('club-merchant-directory') as ClubMerchantDirectory;
    const probe = root.querySelector('club-probe') as ProbeElement;
    await directory.updateComplete;
    expect(Object.keys(directory.club.publicClient ?? {})).toEqual(['merchants']);
    expect(directory.club.memberClient).toBeUndefined();
    expect(Object.keys(probe.club.memberClient ?? {}).sort()).toEqual(['me', 'merchants']);
    // The provider's own value, for code that reads the context, still holds every widget's resources.
    const provider = root.querySelector('club-provider') as ClubProvider;
    expect(
      Object.keys(
        clubContextFrom({ baseUrl: provider.baseUrl, publishableKey: provider.publishableKey }).publicClient ?? {},
      ).sort(),
    ).toEqual(['complaints', 'me', 'merchants']);
    await until(() => expect(directory.controller.status).toBe('ready'));
  });

  it('warns instead of throwing when a tag is already taken', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class Other extends HTMLElement {}
    customElements.define('club-taken', Other);
    expect(ClubProvider.define('club-taken')).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('<club-taken> is already defined'));
    expect(ClubProvider.define('club-provider')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('a widget inside <club-provider> with attributes of its own', () => {
  it('keeps the provider’s keys and uses its own locale', async () => {
    const root = await mount(
      html`<club-provider
        base-url="https://club.example.com"
        publishable-key="pk_test"
        session-endpoint="/api/session"
        locale="zh-Hant"
        ><club-probe locale="en"></club-probe
      ></club-provider>`,
    );
    const probe = root.querySelector('club-probe') as ProbeElement;
    await probe.updateComplete;
    expect(probe.club.publicClient).toBeDefined();
    expect(probe.club.memberClient).toBeDefined();
    expect(probe.club.baseUrl).toBe('https://club.example.com');
    expect(probe.t.retry).toBe('Try again');
  });
});

describe('<club-provider>.signOut()', () => {
  it('ends the member session on the server, forgets it and shows the widgets signed out', async () => {
    const api = await startTestApi();
    onTestFinished(() => api.close());
    // The tokens the partner's session endpoint hands the widgets, as the page's network shows them.
    const tokens: string[] = [];
    const send = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      // happy-dom sends a DELETE with an empty chunked body that its own Request (global in this
      // process, where the server runs too) cannot hand on: the server answers it in process.
      if (input instanceof Request && input.method === 'DELETE')
        return api.server.fetch(new Request(url, { method: 'DELETE', headers: input.headers }));
      const response = await send(input, init);
      if (url !== api.sessionEndpoint) return response;
      const text = await response.text();
      tokens.push((JSON.parse(text) as { token: string }).token);
      return new Response(text, { status: response.status, headers: response.headers });
    });
    onTestFinished(() => spy.mockRestore());
    const root = await mount(
      html`<club-provider base-url=${api.baseUrl} session-endpoint=${api.sessionEndpoint} locale="en"
        ><club-member-card></club-member-card
      ></club-provider>`,
    );
    const provider = root.querySelector('club-provider') as ClubProvider;
    const card = root.querySelector('club-member-card') as ClubMemberCard;
    await until(() => expect(card.controller.state.status).toBe('ready'));
    expect(tokens).toHaveLength(1);
    const me = (token: string) =>
      api.server.fetch(new Request(`${api.baseUrl}/v1/me`, { headers: { Authorization: `Bearer ${token}` } }));
    expect((await me(tokens[0] ?? '')).status).toBe(200);

    await provider.signOut();
    await until(() => expect(card.controller.state.status).toBe('signed-out'));
    // The old token is refused at once, and no new session was asked for.
    expect((await me(tokens[0] ?? '')).status).toBe(401);
    expect(tokens).toHaveLength(1);
    await card.controller.reload();
    expect(card.controller.state.status).toBe('signed-out');
    expect(tokens).toHaveLength(1);
    expect(await api.server.db.selectFrom('member_sessions').selectAll().execute()).toEqual([]);
  });

  it('resolves with nothing to end when no session was asked for', async () => {
    const root = await mount(
      html`<club-provider base-url="https://club.example.com" session-endpoint="/api/none"
        ><club-probe></club-probe
      ></club-provider>`,
    );
    const provider = root.querySelector('club-provider') as ClubProvider;
    const probe = root.querySelector('club-probe') as ProbeElement;
    await provider.signOut();
    await provider.updateComplete;
    await probe.updateComplete;
    await expect(probe.club.memberClient?.me.get()).rejects.toMatchObject({ code: 'client/signed-out' });
  });
});
