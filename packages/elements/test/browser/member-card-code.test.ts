import decodeQR from '@paulmillr/qr/decode.js';
import type { CounterCheck } from '@clubkit/core/api';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeAtWidths, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, smallTargets, tabTo, withPart } from './support.js';

let portal: Portal;
let browser: Browser;
let merchantToken: string;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  // The page's member is the demo's VIP card holder.
  portal.signIn = 'vipMember';
  merchantToken = await portal.staffToken('merchant');
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const digitsPart = '#card [part~="code-digits"] [aria-hidden="true"]';

/** The 12 digits the card shows (printed in groups of four). */
async function shownCode(page: Page): Promise<string> {
  return ((await page.locator(digitsPart).textContent()) ?? '').replace(/\s/g, '');
}

/** Waits until the card shows a code other than `old`. */
async function codeChangedFrom(page: Page, old: string): Promise<void> {
  await page.waitForFunction(
    ([selector, before]) => {
      const digits = document.querySelector('#card')?.shadowRoot?.querySelector(selector)?.textContent;
      return digits != null && digits.replace(/\s/g, '') !== before;
    },
    ['[part~="code-digits"] [aria-hidden="true"]', old] as const,
  );
}

/** The merchant operator's counter check of `code` for a 300 CNY bill, against the real Club API. */
async function counterCheck(code: string): Promise<{ status: number; body: CounterCheck }> {
  const res = await fetch(`${portal.api.url}/v1/counter/checks`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${merchantToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ code, billFen: 30_000 }),
  });
  return { status: res.status, body: (await res.json()) as CounterCheck };
}

/**
 * Reads the QR code on screen as a scanner would: a screenshot of it, turned into pixels in a
 * blank page's canvas, decoded with @paulmillr/qr's decoder.
 */
async function scanQr(page: Page): Promise<string> {
  const png = await page.locator('#card [part~="code-qr"]').screenshot();
  const blank = await page.context().browser()?.newPage();
  if (!blank) throw new Error('no browser');
  try {
    const { width, height, data } = await blank.evaluate(
      async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(img, 0, 0);
        const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
        return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
    return decodeQR({ width, height, data: Uint8Array.from(data) });
  } finally {
    await blank.close();
  }
}

describe('<club-member-card> with a VIP card, on a strict-CSP partner page in Chromium', () => {
  it('shows a live member code whose digits the counter accepts and whose QR code scans to the same digits', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await page.locator('#card [part~="code-qr"]').waitFor();
      expect(await page.locator('#card [part~="holder"]').textContent()).toBe(portal.api.demo.vipMember?.name);
      const code = await shownCode(page);
      expect(code).toMatch(/^\d{12}$/);
      expect(await page.locator(digitsPart).textContent()).toBe(
        `${code.slice(0, 4)} ${code.slice(4, 8)} ${code.slice(8)}`,
      );

      const check = await counterCheck(code);
      expect(check.status).toBe(200);
      expect(check.body).toMatchObject({
        identifiedBy: 'code',
        status: 'active',
        merchantId: portal.api.demo.merchantId,
      });
      expect(check.body.holder.name).toBe(portal.api.demo.vipMember?.name);

      expect(await scanQr(page)).toBe(code);
      expect(await page.locator('#card [part~="code-qr"]').getAttribute('aria-label')).toBe(
        `會員碼 QR 碼：${code.slice(0, 4).split('').join(' ')}, ${code.slice(4, 8).split('').join(' ')}, ${code.slice(8).split('').join(' ')}`,
      );
      expect(await page.locator('#card [part~="code-timer"]').textContent()).toMatch(/\d+ 秒內有效/);
      await page.locator('#card [part~="savings"]').waitFor();
      expect(await page.locator('#card [part~="savings"]').textContent()).toContain('（年費 ¥365.00）');

      expect(await axeAtWidths(page)).toEqual([]);
      expect(await smallTargets(page, '#card')).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('replaces the code with a new one the counter accepts before it ends, and on the member’s request from the keyboard', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      // The page's clock only: the codes still come from the real server, which keeps its own time.
      await page.clock.install();
      await page.goto(`${portal.url}/widgets.html`);
      await page.locator(digitsPart).waitFor();
      const first = await shownCode(page);

      // 51 s later, 9 s before the code ends, the card has fetched the next one.
      await page.clock.fastForward(51_000);
      await codeChangedFrom(page, first);
      const second = await shownCode(page);
      expect(second).not.toBe(first);
      expect((await counterCheck(second)).status).toBe(200);
      expect(await scanQr(page)).toBe(second);

      await tabTo(page, 'card', withPart('code-new-button'));
      await page.keyboard.press('Enter');
      await codeChangedFrom(page, second);
      expect((await counterCheck(await shownCode(page))).status).toBe(200);
      // The button stays where it was, focused.
      expect(await focused(page)).toMatchObject({ hosts: ['club-member-card#card'] });
      expect((await focused(page))?.part).toContain('code-new-button');

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says in an alert that no code could be fetched, shows none, and Retry from the keyboard brings one', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      // The first request and the client's two retries fail; the member's Retry gets through.
      let refused = 0;
      await page.route(`${portal.api.url}/v1/me/card-code`, async (route) => {
        if (refused < 3) {
          refused++;
          return route.abort('connectionrefused');
        }
        return route.continue();
      });
      await page.goto(`${portal.url}/widgets.html?axe`);
      await page.locator('#card [part~="code-error"][role="alert"]').waitFor();
      expect(refused).toBe(3);
      expect(await page.locator(digitsPart).count()).toBe(0);
      expect(await page.locator('#card [part~="code-qr"]').count()).toBe(0);
      expect(await axeAtWidths(page)).toEqual([]);

      await tabTo(page, 'card', withPart('code-retry-button'));
      await page.keyboard.press('Enter');
      await page.locator(digitsPart).waitFor();
      expect((await counterCheck(await shownCode(page))).status).toBe(200);

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });
});
