import type { Browser, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeAtWidths, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { clubEvents, failedResource, focused, smallTargets, tabTo, withPart } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  // Stops them after the file's tests (only when both started).
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const card = '#card [part~="card"]';

/** Refuses the first `failures` requests for the member's card as a network failure would, then lets them through. */
function cardUnreachable(failures: number): { handler: (route: Route) => Promise<void>; refused: () => number } {
  let refused = 0;
  return {
    handler: async (route) => {
      if (route.request().method() === 'GET' && refused < failures) {
        refused++;
        return route.abort('connectionrefused');
      }
      return route.continue();
    },
    refused: () => refused,
  };
}

describe('<club-member-card> on a strict-CSP partner page in Chromium', () => {
  it('shows the signed-in member’s card and renews from the keyboard, with no CSP violation or console error', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await page.locator(card).waitFor();
      expect(await page.locator('#card [part~="holder"]').textContent()).toBe(portal.api.demo.member.name);
      expect(await page.locator('#card [part~="plate"]').textContent()).toBe('雲K8A123');
      expect(await page.locator('#card [part~="base"]').getAttribute('aria-busy')).toBe('false');

      await tabTo(page, 'card', withPart('renew-button'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        (window as unknown as { clubEvents: { type: string }[] }).clubEvents.some((e) => e.type === 'club-renew'),
      );
      expect((await clubEvents(page)).filter((e) => e.tag === 'club-member-card')).toEqual([
        { type: 'club-renew', tag: 'club-member-card' },
      ]);

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reports no axe violation with the card shown', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await page.locator(card).waitFor();
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('holds the card’s place with a skeleton while it loads and shows the card in the same place, with no axe finding at 390 and 1280 px', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(`${portal.api.url}/v1/me/card`, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${portal.url}/widgets.html?axe`);
      const skeleton = page.locator('#card [part~="loading"]');
      await skeleton.waitFor();
      expect(await page.locator('#card [part~="base"]').getAttribute('aria-busy')).toBe('true');
      expect(await skeleton.locator('.club-skeleton').count()).toBe(3);
      expect(await skeleton.textContent()).toContain('載入中…');
      expect(await axeAtWidths(page)).toEqual([]);
      const placeholder = await skeleton.boundingBox();

      release();
      await page.locator(card).waitFor();
      const shown = await page.locator(card).boundingBox();
      expect(shown?.x).toBe(placeholder?.x);
      expect(shown?.y).toBe(placeholder?.y);
      expect(shown?.width).toBe(placeholder?.width);
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the masked card number on one line on a 360 px phone', async () => {
    const { page, close } = await openPage(browser, 'about:blank');
    try {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`${portal.url}/widgets.html`);
      const number = page.locator('#card [part~="number"] [aria-hidden="true"]');
      await number.waitFor();
      expect(await number.textContent()).toMatch(/^•••• •••• •••• \d{4}$/);
      // One line, and neither it nor the card runs past the element's box (nothing cut, no sideways scroll).
      expect(await number.evaluate((el) => el.getClientRects().length)).toBe(1);
      const right = (box: { x: number; width: number } | null) => (box?.x ?? 0) + (box?.width ?? 0);
      const [numberBox, cardBox, hostBox] = await Promise.all([
        number.boundingBox(),
        page.locator(card).boundingBox(),
        page.locator('#card').boundingBox(),
      ]);
      expect(right(numberBox)).toBeLessThanOrEqual(right(cardBox));
      expect(right(cardBox)).toBeLessThanOrEqual(right(hostBox));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    } finally {
      await close();
    }
  });

  it('keeps the VIP badge readable in a bank’s gold with its dark lettering at 390 and 1280 px, and axe reports the badge when the lettering is left white', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await page.locator(card).waitFor();
      expect(await page.locator('#card [part~="tier"]').textContent()).toContain('VIP');
      // A partner page's theme, set as a page's stylesheet would (CSSOM: the strict CSP allows it).
      const theme = (accentText: string) =>
        page.evaluate((text) => {
          const card = document.querySelector<HTMLElement>('#card');
          card?.style.setProperty('--club-card-vip-accent', '#c9a45c');
          card?.style.setProperty('--club-card-vip-accent-text', text);
        }, accentText);
      await theme('#2b2111');
      expect(await axeAtWidths(page)).toEqual([]);

      await theme('#ffffff');
      const findings = await axeAtWidths(page);
      for (const width of [390, 1280])
        expect(findings.some((f) => f.startsWith(`${width} px color-contrast`) && f.includes('tier'))).toBe(true);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says in an alert that the card cannot be loaded, and Retry from the keyboard brings it with focus kept in the widget', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      // The first load and the client's two retries fail, for the card and for the complaint form
      // on the page, which reads the card to fill itself in (3 + 3); the member's Retry gets through.
      const unreachable = cardUnreachable(6);
      await page.route(`${portal.api.url}/v1/me/card`, unreachable.handler);
      await page.goto(`${portal.url}/widgets.html?axe`);
      await page.locator('#card [part~="error"][role="alert"]').waitFor();
      await expect.poll(() => unreachable.refused()).toBe(6);
      expect(await page.locator('#card [part~="error-message"]').textContent()).toBe(
        '俱樂部服務暫時無法使用，請稍後再試。',
      );
      expect(await page.locator('#card [part~="base"]').getAttribute('aria-busy')).toBe('false');
      expect(await axeAtWidths(page)).toEqual([]);
      expect(await smallTargets(page, '#card')).toEqual([]);
      expect((await clubEvents(page)).filter((e) => e.tag === 'club-member-card')).toEqual([
        { type: 'club-error', tag: 'club-member-card' },
      ]);

      await tabTo(page, 'card', withPart('retry-button'));
      await page.keyboard.press('Enter');
      await page.locator(card).waitFor();
      expect(await page.locator('#card [part~="error"]').count()).toBe(0);
      // The Retry button is gone; focus must not fall back to the page.
      expect(await focused(page)).toMatchObject({ hosts: ['club-member-card#card'], id: 'base' });

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('gives the renew button a target of at least 24×24 px', async () => {
    const { page, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await page.locator(card).waitFor();
      expect(await smallTargets(page, '#card')).toEqual([]);
    } finally {
      await close();
    }
  });
});
