import { html, render } from 'lit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ClubProvider } from '../../provider/provider.js';
import { startTestApi, until, type TestApi } from '../../testing/api.js';
import { ClubMemberCard } from '../member-card.js';
import { HandbookPanel, HandbookStatus, type HandbookClient } from './handbook-controller.js';

ClubProvider.define('club-provider');
ClubMemberCard.define('club-member-card');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
afterEach(() => {
  document.body.innerHTML = '';
});

async function mountCard(locale = 'zh-Hant'): Promise<ClubMemberCard> {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    html`<club-member-card base-url=${api.baseUrl} session-endpoint=${api.sessionEndpoint} locale=${locale}></club-member-card>`,
    root,
  );
  const card = root.querySelector('club-member-card') as ClubMemberCard;
  await until(() => expect(card.controller.state.status).toBe('ready'));
  await card.updateComplete;
  return card;
}

const shadow = (card: ClubMemberCard) => {
  if (!card.shadowRoot) throw new Error('no shadow root');
  return card.shadowRoot;
};
const button = (card: ClubMemberCard) => {
  const b = shadow(card).querySelector<HTMLButtonElement>('#handbook-button');
  if (!b) throw new Error('no handbook button');
  return b;
};
const panelText = (card: ClubMemberCard) =>
  shadow(card).querySelector('#handbook')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const items = (card: ClubMemberCard, part: string) =>
  [...shadow(card).querySelectorAll(`[part~="${part}"] li`)].map((li) => li.textContent.trim());

describe('the member card’s handbook', () => {
  it('offers the handbook folded, and reads nothing of it until the member opens it', async () => {
    const card = await mountCard();
    expect(button(card).getAttribute('aria-expanded')).toBe('false');
    expect(button(card).getAttribute('aria-controls')).toBe('handbook');
    expect(button(card).textContent.trim()).toBe('會員手冊與權利義務');
    // Neither the panel nor its code is there before the first press.
    expect(shadow(card).querySelector('#handbook')).toBeNull();
    expect(panelText(card)).toBe('');
  });

  it('opens on the button with the charter’s five rights and three duties, in the text’s own language', async () => {
    const card = await mountCard();
    button(card).click();
    await until(() => expect(items(card, 'handbook-rights')).toHaveLength(5));
    expect(button(card).getAttribute('aria-expanded')).toBe('true');
    expect(items(card, 'handbook-rights')[0]).toBe('享受客戶俱樂部提供的相關服務；');
    expect(items(card, 'handbook-duties')).toEqual([
      '為客戶俱樂部的發展無保留地提出建議與批評的義務；',
      '參與客戶俱樂部所組織的社會性或公益性活動的義務；',
      '客戶之間相互幫助、協助的義務。',
    ]);
    expect(shadow(card).querySelector('[part~="handbook-rights"]')?.getAttribute('lang')).toBe('zh-Hant');
    expect(panelText(card)).toContain('會員的權利');
    expect(panelText(card)).toMatch(/第 1 版，自 .+ 起生效/);
  });

  it('speaks the page’s locale around the club’s text', async () => {
    const card = await mountCard('en');
    button(card).click();
    await until(() => expect(items(card, 'handbook-duties')).toHaveLength(3));
    expect(button(card).textContent.trim()).toBe('Member handbook, rights and duties');
    expect(panelText(card)).toContain('Your rights as a member');
    expect(panelText(card)).toMatch(/Version 1, in force since/);
  });

  it('folds away with its close button and with Escape, giving the focus back to the button', async () => {
    const card = await mountCard();
    button(card).click();
    await until(() => expect(items(card, 'handbook-rights')).toHaveLength(5));
    shadow(card).querySelector<HTMLButtonElement>('[part~="handbook-close-button"]')?.click();
    await card.updateComplete;
    expect(button(card).getAttribute('aria-expanded')).toBe('false');
    expect(shadow(card).querySelector('#handbook')?.hasAttribute('hidden')).toBe(true);
    expect(shadow(card).activeElement).toBe(button(card));

    button(card).click();
    await until(() => expect(items(card, 'handbook-rights')).toHaveLength(5));
    shadow(card)
      .querySelector('[part~="handbook-rights"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await card.updateComplete;
    expect(button(card).getAttribute('aria-expanded')).toBe('false');
    expect(shadow(card).activeElement).toBe(button(card));
  });
});

describe('HandbookPanel', () => {
  const host = {
    requestUpdate: () => {},
    addController: () => {},
    removeController: () => {},
    updateComplete: Promise.resolve(true),
  };

  it('says so when the club has published no handbook: the Club API’s handbook/none-in-force', async () => {
    const none: HandbookClient = {
      current: () => Promise.reject(Object.assign(new Error('none'), { status: 404, code: 'handbook/none-in-force' })),
    };
    const panel = new HandbookPanel(host, none);
    await panel.load();
    expect(panel.state.status).toBe(HandbookStatus.none);
  });

  it('keeps a failure as its error state, and reads again on load()', async () => {
    let fail = true;
    const flaky: HandbookClient = {
      current: () =>
        fail
          ? Promise.reject(new TypeError('Failed to fetch'))
          : Promise.resolve({
              id: 'hbk_1',
              version: 1,
              title: '會員手冊',
              lang: 'zh-Hant',
              effectiveFrom: '2026-12-01',
              sections: [],
              rights: ['享受服務'],
              duties: ['互助'],
              publishedAt: '2026-12-01T00:00:00.000Z',
            }),
    };
    const panel = new HandbookPanel(host, flaky);
    await panel.load();
    expect(panel.state).toMatchObject({ status: HandbookStatus.error });
    fail = false;
    await panel.load();
    expect(panel.state).toMatchObject({ status: HandbookStatus.ready, handbook: { rights: ['享受服務'] } });
  });

  it('keeps only the latest answer when read twice at once', async () => {
    const answers: ((title: string) => void)[] = [];
    const slow: HandbookClient = {
      current: () =>
        new Promise((resolve) =>
          answers.push((title) =>
            resolve({
              id: 'hbk_1',
              version: 1,
              title,
              lang: 'zh-Hant',
              effectiveFrom: '2026-12-01',
              sections: [],
              rights: ['a'],
              duties: ['b'],
              publishedAt: '2026-12-01T00:00:00.000Z',
            }),
          ),
        ),
    };
    const panel = new HandbookPanel(host, slow);
    const first = panel.load();
    const second = panel.load();
    answers[1]?.('新');
    await second;
    answers[0]?.('舊');
    await first;
    expect(panel.state).toMatchObject({ status: HandbookStatus.ready, handbook: { title: '新' } });
  });
});
