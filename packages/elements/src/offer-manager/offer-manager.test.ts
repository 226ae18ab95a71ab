import { html, render } from 'lit';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ClubProvider } from '../provider/provider.js';
import { startTestApi, until } from '../testing/api.js';
import { ClubOfferManager } from './offer-manager.js';

ClubProvider.define('club-provider');
ClubOfferManager.define('club-offer-manager');

afterEach(() => {
  document.body.innerHTML = '';
});

const texts = (el: Element, selector: string) =>
  [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((n) => n.textContent.trim());

describe('<club-offer-manager>', () => {
  it('says it is not configured without a base URL and session endpoint', async () => {
    const el = document.createElement('club-offer-manager');
    document.body.append(el);
    await el.updateComplete;
    expect(texts(el, '[part~="message"]')).toEqual(['優惠管理尚未設定：需要俱樂部的服務網址與員工登入端點。']);
  });

  it('shows the merchant operator’s own offers in English, in the words of the directory, with a live preview of a new one', async () => {
    const api = await startTestApi({ merchants: 50 });
    onTestFinished(() => api.close());
    const endpoint = 'http://console.test/staff-session';
    const send = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      // The club's own back end: mints a staff session for the signed-in merchant operator.
      if (url === endpoint) return Response.json({ token: await api.staffToken({ role: 'merchant' }) });
      return send(input, init);
    });
    onTestFinished(() => spy.mockRestore());
    const root = document.createElement('div');
    document.body.append(root);
    render(
      html`<club-provider base-url=${api.baseUrl} session-endpoint=${endpoint} locale="en"
        ><club-offer-manager></club-offer-manager
      ></club-provider>`,
      root,
    );
    const el = root.querySelector('club-offer-manager') as ClubOfferManager;
    await until(() => expect(el.controller.state.status).toBe('ready'), 10_000);
    await el.updateComplete;
    const state = el.controller.state;
    if (state.status !== 'ready') throw new Error('not ready');
    expect(state.merchant.id).toBe(api.demo.merchantId);
    expect(texts(el, '[part~="status"]')).toEqual([`Loaded the profile and offers of ${state.merchant.name}.`]);
    expect(el.shadowRoot?.querySelectorAll('[part~="offer"]').length).toBe(state.merchant.offers.length);

    el.controller.startNew();
    el.controller.update({ kind: 'percent', title: '10% off car wash', percentOff: '10', cap: '20' });
    await el.updateComplete;
    expect(texts(el, '[part~="form-preview"] [part~="offer-terms"] li')).toEqual(['10% off', 'up to CN¥20.00 off']);
    expect(el.shadowRoot?.querySelector('label[for="percentOff"]')?.textContent).toBe('Percentage off (%)');
  });
});
