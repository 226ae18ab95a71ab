import { html, render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClubElement } from '../shared/club-element.js';
import { ClubProvider } from './provider.js';

class ProbeElement extends ClubElement {
  changes = 0;
  protected override clubChanged(): void {
    this.changes++;
  }
}
ClubProvider.define('club-provider');
ProbeElement.define('club-probe');

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
