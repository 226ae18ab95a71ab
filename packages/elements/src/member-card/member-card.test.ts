import type { MemberCardView } from '@clubkit/core/api';
import { cancelMembership, issueCardNumber, startMembership, type Membership } from '@clubkit/core/membership';
import { html, render, type TemplateResult } from 'lit';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { ClubProvider } from '../provider/provider.js';
import type { ClubErrorEvent, ClubRenewEvent } from '../shared/events.js';
import { startTestApi, until, type TestApi } from '../testing/api.js';
import { ClubMemberCard } from './member-card.js';

ClubProvider.define('club-provider');
ClubMemberCard.define('club-member-card');

const DEAD = 'http://127.0.0.1:9';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(template: TemplateResult): Promise<{ root: HTMLElement; card: ClubMemberCard }> {
  const root = document.createElement('div');
  document.body.append(root);
  render(template, root);
  const card = root.querySelector('club-member-card') as ClubMemberCard;
  await card.updateComplete;
  return { root, card };
}

/** `value`, which the test needs: throws when it is missing instead of asserting it is there. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

/** The first node in the card's shadow root with this part name. */
function part(card: ClubMemberCard, name: string): HTMLElement | null {
  return must(card.shadowRoot).querySelector<HTMLElement>(`[part~="${name}"]`);
}
function text(card: ClubMemberCard, name: string): string {
  return part(card, name)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}
async function untilStatus(card: ClubMemberCard, status: string): Promise<void> {
  await until(() => expect(card.controller.state.status).toBe(status));
  await card.updateComplete;
}

// Card views for every membership state, built with core's own functions.
const policy = {
  id: 'pol_1',
  number: 'PDAA0000000001',
  memberId: 'mbr_1',
  branchId: 'br_jinghong',
  plate: '雲K8A123',
  start: '2026-01-01',
  end: '2026-12-31',
};
function membership(issuedOn = '2026-01-01', tier: 'standard' | 'vip' = 'standard'): Membership {
  return startMembership(
    {
      id: 'mem_1',
      memberId: 'mbr_1',
      branchId: 'br_jinghong',
      tier,
      policy,
      card: { id: 'card_1', number: issueCardNumber('62188', 7) },
    },
    issuedOn,
  );
}
function view(today: string, m: Membership = membership()): MemberCardView {
  return {
    holder: { id: 'mbr_1', name: '王小明' },
    branch: { id: 'br_jinghong', name: '景洪分公司', region: 'jinghong' },
    membership: m,
    today,
  };
}

describe('<club-member-card>', () => {
  it('says it is not configured without a base URL and session endpoint', async () => {
    const { card } = await mount(html`<club-member-card locale="en"></club-member-card>`);
    expect(card.controller.state.status).toBe('idle');
    expect(text(card, 'not-configured')).toContain('not configured');
    expect(part(card, 'card')).toBeNull();
  });

  it('shows the demo member’s active VIP card, in words, with a renew button', async () => {
    const { card } = await mount(
      html`<club-member-card
        base-url=${api.baseUrl}
        session-endpoint=${api.sessionEndpoint}
        locale="en"
      ></club-member-card>`,
    );
    await untilStatus(card, 'ready');
    const state = card.controller.state;
    if (state.status !== 'ready') throw new Error('not ready');
    const m = state.card.shown;

    expect(must(part(card, 'base')).getAttribute('aria-busy')).toBe('false');
    expect(must(part(card, 'card')).getAttribute('part')).toBe('card card-active card-vip');
    expect(must(part(card, 'card')).getAttribute('aria-labelledby')).toBe('card-title card-holder');
    expect(text(card, 'holder')).toBe('陳美玲');
    expect(text(card, 'tier')).toBe('VIP diamond card');
    expect(text(card, 'number')).toContain(`•••• •••• •••• ${m.card.number.slice(-4)}`);
    expect(must(part(card, 'number')).textContent).not.toContain(m.card.number);
    expect(text(card, 'plate')).toBe('雲K8A123');
    expect(text(card, 'status')).toBe(
      `Active: valid for ${state.card.days} more day${state.card.days === 1 ? '' : 's'}`,
    );
    expect(must(must(part(card, 'valid-until')).querySelector('time')).getAttribute('datetime')).toBe(m.validUntil);
    expect(text(card, 'branch')).toBe(state.card.view.branch.name);
    const renew = part(card, 'renew-button') as HTMLButtonElement;
    expect(renew.textContent.trim()).toBe('Renew membership');
    expect(renew.getAttribute('part')).toBe('renew-button');
    expect(renew.getAttribute('aria-describedby')).toBe('card-status');
  });

  it('labels every field and gives screen readers the last four digits, not bullets', async () => {
    const { card } = await mount(html`<club-member-card locale="en"></club-member-card>`);
    card.controller.show(view('2026-06-01'));
    await card.updateComplete;
    const labels = [...must(card.shadowRoot).querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels).toEqual(['Card number', 'Plate', 'Status', 'Valid until', 'Branch']);
    const number = must(part(card, 'number'));
    const lastFour = issueCardNumber('62188', 7).slice(-4);
    expect(must(number.querySelector('[aria-hidden="true"]')).textContent).toBe(`•••• •••• •••• ${lastFour}`);
    expect(must(number.querySelector('.visually-hidden')).textContent).toBe(
      `ending in ${lastFour.split('').join(' ')}`,
    );
  });

  it('dispatches club-renew with the card view when Renew is pressed', async () => {
    const { root, card } = await mount(
      html`<club-member-card base-url=${api.baseUrl} session-endpoint=${api.sessionEndpoint}></club-member-card>`,
    );
    await untilStatus(card, 'ready');
    const events: ClubRenewEvent[] = [];
    root.addEventListener('club-renew', (e) => events.push(e));
    (part(card, 'renew-button') as HTMLButtonElement).click();
    expect(events).toHaveLength(1);
    expect(must(events[0]).card.holder.name).toBe('陳美玲');
    expect(must(events[0]).bubbles && must(events[0]).composed).toBe(true);
  });

  it('is busy while loading', async () => {
    const { card } = await mount(
      html`<club-member-card
        base-url=${api.baseUrl}
        session-endpoint=${api.sessionEndpoint}
        locale="zh-Hant"
      ></club-member-card>`,
    );
    expect(card.controller.state.status).toBe('loading');
    expect(must(part(card, 'base')).getAttribute('aria-busy')).toBe('true');
    expect(must(part(card, 'base')).getAttribute('aria-live')).toBe('polite');
    expect(text(card, 'loading')).toBe('載入中…');
    await untilStatus(card, 'ready');
  });

  it('shows the signed-out message, or the page’s own sign-in link, when no member is signed in', async () => {
    const { card } = await mount(
      html`<club-member-card
        base-url=${api.baseUrl}
        session-endpoint=${api.signedOutEndpoint}
        locale="zh-Hans"
      ></club-member-card>`,
    );
    await untilStatus(card, 'signed-out');
    const slot = must(must(part(card, 'signed-out')).querySelector('slot'));
    expect(slot.name).toBe('signed-out');
    expect(slot.textContent).toBe('请先登录，以查看您的会员卡。');
    expect(part(card, 'error')).toBeNull();

    const { card: linked } = await mount(
      html`<club-member-card base-url=${api.baseUrl} session-endpoint=${api.signedOutEndpoint}
        ><a slot="signed-out" href="/login">登入</a></club-member-card
      >`,
    );
    await untilStatus(linked, 'signed-out');
    const assigned = (must(part(linked, 'signed-out')).querySelector('slot') as HTMLSlotElement).assignedElements();
    expect(assigned.map((a) => a.textContent)).toEqual(['登入']);
  });

  it('alerts when the Club API cannot be reached, dispatches club-error, and retries', async () => {
    const errors: ClubErrorEvent[] = [];
    const listen = (e: ClubErrorEvent) => errors.push(e);
    document.addEventListener('club-error', listen);
    onTestFinished(() => document.removeEventListener('club-error', listen));
    const { card } = await mount(
      html`<club-member-card base-url=${DEAD} session-endpoint=${api.sessionEndpoint} locale="en"></club-member-card>`,
    );
    await untilStatus(card, 'error');
    const alert = must(part(card, 'error'));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(text(card, 'error-message')).toBe('The club’s service is unavailable right now. Please try again later.');
    expect(part(card, 'card')).toBeNull();
    await until(() => expect(errors).toHaveLength(1));
    expect(must(errors[0]).error).toBe(
      card.controller.state.status === 'error' ? card.controller.state.error : undefined,
    );

    const retry = part(card, 'retry-button') as HTMLButtonElement;
    expect(retry.textContent).toBe('Try again');
    expect(retry.getAttribute('aria-describedby')).toBe('error-message');
    retry.focus();
    retry.click();
    expect(card.controller.state.status).toBe('loading');
    await card.updateComplete;
    expect(part(card, 'retry-button')).toBeNull();
    expect(must(card.shadowRoot).activeElement).toBe(part(card, 'base'));
    await untilStatus(card, 'error');
    await until(() => expect(errors).toHaveLength(2));
  });

  it('loads again when its configuration changes, and recovers from the error', async () => {
    const { card } = await mount(
      html`<club-member-card base-url=${DEAD} session-endpoint=${api.sessionEndpoint}></club-member-card>`,
    );
    await untilStatus(card, 'error');
    card.baseUrl = api.baseUrl;
    await untilStatus(card, 'ready');
    expect(part(card, 'error')).toBeNull();
    expect(text(card, 'holder')).toBe('陳美玲');
  });

  it('takes its configuration and language from <club-provider>', async () => {
    const { card } = await mount(
      html`<club-provider base-url=${api.baseUrl} session-endpoint=${api.sessionEndpoint} locale="zh-Hant"
        ><club-member-card></club-member-card
      ></club-provider>`,
    );
    await untilStatus(card, 'ready');
    expect(text(card, 'title')).toBe('會員卡');
    expect(text(card, 'tier')).toBe('VIP 鑽石卡');
    expect(text(card, 'status')).toMatch(/^有效：尚餘 \d+ 天$/);
    expect(text(card, 'renew-button')).toBe('續約');
  });

  it('marks a card in grace and emphasises renewing, in words', async () => {
    const { card } = await mount(html`<club-member-card locale="en"></club-member-card>`);
    card.controller.show(view('2027-01-08'));
    await card.updateComplete;
    expect(must(part(card, 'card')).getAttribute('part')).toBe('card card-grace card-standard');
    expect(text(card, 'tier')).toBe('Standard member');
    expect(text(card, 'status')).toBe('Grace period: 3 days left to renew');
    expect(text(card, 'valid-until')).toBe('January 10, 2027');
    const renew = must(part(card, 'renew-button'));
    expect(renew.getAttribute('part')).toBe('renew-button renew-button-urgent');
    expect(renew.classList.contains('urgent')).toBe(true);
    expect(renew.textContent.trim()).toBe('Renew now');
  });

  it('marks an expired card distinctly, with the days since in words', async () => {
    const { card } = await mount(html`<club-member-card locale="zh-Hant"></club-member-card>`);
    card.controller.show(view('2027-02-09'));
    await card.updateComplete;
    expect(must(part(card, 'card')).getAttribute('part')).toBe('card card-expired card-standard');
    expect(must(part(card, 'card')).classList.contains('expired')).toBe(true);
    expect(text(card, 'status')).toBe('已過期 30 天');
    expect(text(card, 'renew-button')).toBe('立即續約');
  });

  it('shows a pending card without a renew button', async () => {
    const { card } = await mount(html`<club-member-card locale="en"></club-member-card>`);
    card.controller.show(view('2025-12-22', membership('2025-12-22', 'vip')));
    await card.updateComplete;
    expect(must(part(card, 'card')).getAttribute('part')).toBe('card card-pending card-vip');
    expect(text(card, 'status')).toBe('Not yet valid: starts in 10 days');
    expect(part(card, 'renew-button')).toBeNull();
  });

  it('shows a cancelled card with its date and without a renew button', async () => {
    const { card } = await mount(html`<club-member-card locale="zh-Hans"></club-member-card>`);
    card.controller.show(view('2026-07-01', cancelMembership(membership(), '2026-06-01')));
    await card.updateComplete;
    expect(must(part(card, 'card')).getAttribute('part')).toBe('card card-cancelled card-standard');
    expect(text(card, 'status')).toBe('已于 2026年6月1日 取消');
    expect(part(card, 'renew-button')).toBeNull();
  });

  it('styles only through adopted style sheets: no style attributes or elements', async () => {
    const { card } = await mount(html`<club-member-card locale="en"></club-member-card>`);
    card.controller.show(view('2027-01-08'));
    await card.updateComplete;
    expect(must(card.shadowRoot).querySelectorAll('style, [style]')).toHaveLength(0);
    expect(card.hasAttribute('style')).toBe(false);
    expect(ClubMemberCard.styles).toBeDefined();
  });
});
