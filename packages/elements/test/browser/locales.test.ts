import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { clubEvents, failedResource } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const submitText = (page: import('playwright-core').Page) =>
  page.locator('#complaint [part~="submit-button"]').textContent();

/** Resolves once the complaint form's submit button reads `text`: the form has rendered in that language. */
const submitReads = (page: import('playwright-core').Page, text: string) =>
  page.locator('#complaint [part~="submit-button"]', { hasText: text }).waitFor();

describe('languages on a strict-CSP partner page in Chromium', () => {
  it('loads only the page’s language, then English and Simplified Chinese when the page switches to them', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    const locales: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/chunks/') && !path.startsWith('/chunks/chunk-')) locales.push(path.split('/')[2] ?? '');
    });
    try {
      await page.locator('#card [part~="card"]').waitFor();
      expect(await submitText(page)).toBe('送出投訴');
      expect(locales).toEqual([]);

      await page.evaluate(() => document.querySelector('club-provider')?.setAttribute('locale', 'en'));
      await submitReads(page, 'Send complaint');
      expect(await page.locator('#card [part~="title"]').first().textContent()).toMatch(/Member card/);
      const english = locales.length;
      expect(english).toBeGreaterThanOrEqual(3);
      expect(locales.every((file) => file.startsWith('en-'))).toBe(true);

      await page.evaluate(() => document.querySelector('club-provider')?.setAttribute('locale', 'zh-CN'));
      await submitReads(page, '提交投诉');
      expect(locales.slice(english).every((file) => file.startsWith('zh-hans-'))).toBe(true);

      // Back to a language already here: nothing more is loaded.
      const loaded = locales.length;
      await page.evaluate(() => document.querySelector('club-provider')?.setAttribute('locale', 'en'));
      await submitReads(page, 'Send complaint');
      expect(locales).toHaveLength(loaded);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps working in the messages it has when a language cannot be loaded, says so with club-error, and loads it on the page’s next load', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    let refuse = true;
    await page.route('**/chunks/en-*.js', (route) => (refuse ? route.abort('connectionrefused') : route.continue()));
    try {
      await page.locator('#card [part~="card"]').waitFor();
      await page.evaluate(() => document.querySelector('club-provider')?.setAttribute('locale', 'en'));
      await page.waitForFunction(() =>
        (window as unknown as { clubEvents: { type: string }[] }).clubEvents.some((e) => e.type === 'club-error'),
      );
      expect((await clubEvents(page)).some((e) => e.type === 'club-error' && e.tag === 'club-complaint-form')).toBe(
        true,
      );
      expect(await submitText(page)).toBe('送出投訴');
      expect(await page.locator('#complaint [part~="input"]').count()).toBeGreaterThan(0);

      // Chromium keeps a module that failed to load in the page's module map and answers the next
      // import of it with the same failure without a request (Chromium 150), so the language comes
      // with the page's next load.
      refuse = false;
      await page.reload();
      await page.locator('#card [part~="card"]').waitFor();
      await page.evaluate(() => document.querySelector('club-provider')?.setAttribute('locale', 'en-GB'));
      await submitReads(page, 'Send complaint');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });
});
