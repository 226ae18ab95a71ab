import { html, render } from 'lit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { ClubMemberCard } from './member-card.js';

ClubMemberCard.define('club-member-card');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(sessionEndpoint: string, locale?: string): Promise<ClubMemberCard> {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    html`<club-member-card base-url=${api.baseUrl} session-endpoint=${sessionEndpoint} locale=${locale ?? 'zh-Hant'}></club-member-card>`,
    root,
  );
  const card = root.querySelector('club-member-card');
  if (!card) throw new Error('no card');
  await until(() => expect(card.controller.state.status).toBe('ready'));
  await card.updateComplete;
  return card;
}

const part = (card: ClubMemberCard, name: string) => card.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (card: ClubMemberCard, name: string) => part(card, name)?.textContent.replace(/\s+/g, ' ').trim() ?? '';

describe('<club-member-card> with a VIP card', () => {
  it('shows the VIP member’s live code in groups of four, its seconds left, and the year’s savings beside the 365 CNY fee', async () => {
    const card = await mount(api.vipSessionEndpoint);
    await until(() => expect(part(card, 'code-digits')).toBeTruthy());
    await until(() => expect(part(card, 'code-qr')).toBeTruthy());
    const state = card.vipController.code;
    if (state.status !== 'ready') throw new Error('no code');
    const digits = state.code.code;
    expect(part(card, 'code-digits')?.querySelector('[aria-hidden="true"]')?.textContent).toBe(
      `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`,
    );
    expect(part(card, 'code-qr')?.getAttribute('role')).toBe('img');
    expect(part(card, 'code-qr')?.getAttribute('aria-label')).toContain(digits.slice(0, 4).split('').join(' '));
    expect(text(card, 'code-timer')).toMatch(/^\d+ 秒內有效$/);
    await until(() => expect(text(card, 'savings')).toBe('本會員年度已省 ¥0.00（年費 ¥365.00）'));
    expect(part(card, 'paid-for-itself')).toBeNull();
    // No inline style anywhere in the code: a strict CSP would block it.
    expect(part(card, 'code')?.querySelector('[style]')).toBeNull();
  });

  it('speaks English when the page does', async () => {
    const card = await mount(api.vipSessionEndpoint, 'en');
    await until(() => expect(text(card, 'savings')).toBe('Saved CN¥0.00 of the CN¥365.00 fee this membership year'));
    expect(text(card, 'code-title')).toBe('Member code');
  });

  it('shows no member code and asks for none for a member without a VIP card', async () => {
    const card = await mount(api.sessionEndpoint);
    await new Promise((r) => setTimeout(r, 100));
    expect(card.vipController.code).toEqual({ status: 'off' });
    expect(part(card, 'code')).toBeNull();
    expect(part(card, 'holder')?.textContent).toBe(api.demo.member.name);
  });

  it('shows the VIP card, with no plate, for a member whose only membership is a VIP year', async () => {
    const card = await mount(api.vipSessionEndpoint);
    const view = card.controller.state.status === 'ready' ? card.controller.state.card.view : undefined;
    const vip = view?.vip;
    if (!view || !vip) throw new Error('the demo VIP member has a VIP card');
    card.controller.show({ holder: view.holder, branch: view.branch, vip, today: view.today });
    await until(() => expect(part(card, 'card')?.getAttribute('part')).toBe('card card-active card-vip'));
    expect(part(card, 'plate')).toBeNull();
    expect(text(card, 'number')).toContain(vip.card.number.slice(-4));
    expect(part(card, 'valid-until')?.querySelector('time')?.getAttribute('datetime')).toBe(vip.validUntil);
    await until(() => expect(part(card, 'code-digits')).toBeTruthy());
  });

  it('stops fetching codes once the card is taken off the page', async () => {
    const card = await mount(api.vipSessionEndpoint);
    await until(() => expect(card.vipController.code.status).toBe('ready'));
    card.remove();
    expect(card.vipController.code).toEqual({ status: 'off' });
  });
});
