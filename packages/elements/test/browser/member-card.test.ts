import type { Browser, Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
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
      expect(await axeViolations(page)).toEqual([]);
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
      expect(await axeViolations(page)).toEqual([]);
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
