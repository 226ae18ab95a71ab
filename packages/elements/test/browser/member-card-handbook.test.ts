import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeAtWidths, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { focused, tabTo, withPart } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const card = '#card [part~="card"]';
const toggle = '#card [part~="handbook-button"]';
const rights = '#card [part~="handbook-rights"] li';

describe('<club-member-card> handbook on a strict-CSP partner page in Chromium', () => {
  it('loads the handbook only when opened, and opens, reads and folds it by keyboard alone', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      const asked: string[] = [];
      page.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await page.goto(`${portal.url}/widgets.html`);
      await page.locator(card).waitFor();
      const before = asked.filter((path) => path.startsWith('/chunks/')).length;
      // The card's first download asks nothing of the handbook: neither its code nor its text.
      expect(asked).not.toContain('/v1/handbook');
      expect(await page.locator(toggle).getAttribute('aria-expanded')).toBe('false');

      await tabTo(page, 'card', withPart('handbook-button'));
      await page.keyboard.press('Enter');
      await page.locator(rights).first().waitFor();
      expect(await page.locator(toggle).getAttribute('aria-expanded')).toBe('true');
      expect(asked.filter((path) => path === '/v1/handbook')).toHaveLength(1);
      expect(asked.filter((path) => path.startsWith('/chunks/')).length).toBeGreaterThan(before);
      expect(await page.locator(rights).allTextContents()).toHaveLength(5);
      expect(await page.locator('#card [part~="handbook-duties"] li').allTextContents()).toEqual([
        '為客戶俱樂部的發展無保留地提出建議與批評的義務；',
        '參與客戶俱樂部所組織的社會性或公益性活動的義務；',
        '客戶之間相互幫助、協助的義務。',
      ]);
      // Focus stays on the button that opened the panel (a disclosure), and the panel is next in tab order.
      expect(await focused(page)).toMatchObject({ id: 'handbook-button' });
      await tabTo(page, 'card', withPart('handbook-close-button'));
      await page.keyboard.press('Enter');
      await page.locator('#card [part~="handbook"]').waitFor({ state: 'hidden' });
      expect(await page.locator(toggle).getAttribute('aria-expanded')).toBe('false');
      expect(await focused(page)).toMatchObject({ id: 'handbook-button' });

      // Opened again, it shows the handbook in hand without asking again; Escape inside folds it.
      await page.keyboard.press('Space');
      await page.locator(rights).first().waitFor();
      expect(asked.filter((path) => path === '/v1/handbook')).toHaveLength(1);
      await tabTo(page, 'card', withPart('handbook-close-button'));
      await page.keyboard.press('Escape');
      await page.locator('#card [part~="handbook"]').waitFor({ state: 'hidden' });
      expect(await focused(page)).toMatchObject({ id: 'handbook-button' });

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reports no axe finding at 390 and 1280 px with the handbook folded and open', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await page.locator(card).waitFor();
      expect(await axeAtWidths(page)).toEqual([]);
      await page.locator(toggle).click();
      await page.locator(rights).first().waitFor();
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('alerts when the handbook cannot be read, and shows it after Try again', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      let refuse = true;
      await page.route(`${portal.api.url}/v1/handbook`, (route) =>
        refuse ? route.abort('connectionrefused') : route.continue(),
      );
      await page.goto(`${portal.url}/widgets.html?axe`);
      await page.locator(card).waitFor();
      await page.locator(toggle).click();
      const alert = page.locator('#card [part~="handbook-error"]');
      await alert.waitFor();
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await axeAtWidths(page)).toEqual([]);
      refuse = false;
      await page.locator('#card [part~="handbook-retry-button"]').click();
      await page.locator(rights).first().waitFor();
      expect(await alert.count()).toBe(0);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the handbook again after a reload, the browser revalidating its copy by the ETag', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      const answers: { status: number; ifNoneMatch: string | null; etag: string | null }[] = [];
      page.on('response', (response) => {
        if (new URL(response.url()).pathname !== '/v1/handbook' || response.request().method() !== 'GET') return;
        void Promise.all([response.request().allHeaders(), response.allHeaders()]).then(([asked, got]) =>
          answers.push({
            status: response.status(),
            ifNoneMatch: asked['if-none-match'] ?? null,
            etag: got['etag'] ?? null,
          }),
        );
      });
      await page.goto(`${portal.url}/widgets.html`);
      await page.locator(toggle).click();
      await page.locator(rights).first().waitFor();
      const shown = await page.locator(rights).allTextContents();
      await page.reload();
      await page.locator(toggle).click();
      await page.locator(rights).first().waitFor();
      expect(await page.locator(rights).allTextContents()).toEqual(shown);
      await expect.poll(() => answers.length).toBe(2);
      // The second read names the first answer's ETag: the Club API answers 304 and the browser
      // hands the panel the copy it holds (Chromium reports that copy's 200 to the page).
      const etag = answers[0]?.etag ?? '';
      expect(etag).toMatch(/^"[^"]+"$/);
      expect(answers).toEqual([
        { status: 200, ifNoneMatch: null, etag },
        { status: 200, ifNoneMatch: etag, etag },
      ]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('words the panel in the page’s own locale, its messages over English like the rest of the card', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await page.locator(card).waitFor();
      await page.evaluate(() => {
        const provider = document.querySelector('club-provider') as (HTMLElement & { messages?: object }) | null;
        if (!provider) throw new Error('no provider');
        provider.messages = {
          intlLocale: 'ja',
          cardHandbookOpen: '会員ハンドブック',
          handbookRightsTitle: '会員の権利',
          handbookDutiesTitle: '会員の義務',
        };
        provider.setAttribute('locale', 'ja');
      });
      await page.locator(toggle, { hasText: '会員ハンドブック' }).waitFor();
      await page.locator(toggle).click();
      await page.locator(rights).first().waitFor();
      const texts = await page.evaluate(() => {
        const root = document.querySelector('#card')?.shadowRoot;
        const text = (part: string) => root?.querySelector(`[part~="${part}"]`)?.textContent.trim();
        return [text('handbook-rights-title'), text('handbook-duties-title'), text('handbook-close-button')];
      });
      // The page's words where it gives them; English, the fallback of any other locale, elsewhere.
      expect(texts).toEqual(['会員の権利', '会員の義務', 'Close the member handbook']);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });
});
