import type { MemberCardCode } from '@clubkit/core/api';
import { html, render } from 'lit';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ClubProvider } from '../provider/provider.js';
import { startTestApi, until } from '../testing/api.js';
import { ClubCardCheck } from './card-check.js';

ClubProvider.define('club-provider');
ClubCardCheck.define('club-card-check');

afterEach(() => {
  document.body.innerHTML = '';
});

const texts = (el: Element, selector: string) =>
  [...(el.shadowRoot?.querySelectorAll(selector) ?? [])].map((n) => n.textContent.trim());

describe('<club-card-check>', () => {
  it('says it is not configured without a base URL and session endpoint', async () => {
    const el = document.createElement('club-card-check');
    document.body.append(el);
    await el.updateComplete;
    expect(texts(el, '[part~="message"]')).toEqual(['櫃檯驗卡尚未設定：需要俱樂部的服務網址與員工登入端點。']);
  });

  it('checks a VIP member’s code in English and announces the redemption recorded, ready for the next customer', async () => {
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
    const { token } = (await api.adminCall('POST', '/v1/member-sessions', { memberId: api.demo.vipMember?.id })) as {
      token: string;
    };
    const { code } = (await (
      await send(`${api.baseUrl}/v1/me/card-code`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as MemberCardCode;

    const root = document.createElement('div');
    document.body.append(root);
    render(
      html`<club-provider base-url=${api.baseUrl} session-endpoint=${endpoint} locale="en"
        ><club-card-check></club-card-check
      ></club-provider>`,
      root,
    );
    const el = root.querySelector('club-card-check') as ClubCardCheck;
    await until(() =>
      expect(el.shadowRoot?.querySelector('label[for="card"]')?.textContent).toBe('Member code or card number'),
    );
    el.controller.update({ card: code, bill: '300' });
    expect(await el.controller.check()).toBe(true);
    await el.updateComplete;
    expect(texts(el, '[part~="card-status"]')).toEqual(['Valid VIP card']);
    const check = el.controller.result;
    expect(texts(el, '[part~="offer-title"]')).toEqual([check?.offer?.title]);

    const events: string[] = [];
    el.addEventListener('club-redeemed', (e) => events.push(e.redemption.id));
    (el.shadowRoot?.querySelector('#record') as HTMLButtonElement).click();
    await until(() => expect(events).toHaveLength(1), 10_000);
    await el.updateComplete;
    expect(texts(el, '[part~="status"]')[0]).toMatch(/^Recorded the offer “.+”: CN¥[\d.,]+ off, the member pays CN¥/);
    expect((el.shadowRoot?.querySelector('#card') as HTMLInputElement).value).toBe('');
    expect(el.shadowRoot?.querySelector('#result')).toBeNull();
  });
});
