import { estimateYearlySavings, formatMoney } from '@clubkit/core';
import type { MerchantListItem, Page as ListPage } from '@clubkit/core/api';
import type { VipOrder } from '@clubkit/core/vip';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeAtWidths, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, smallTargets, tabTo, withPart } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

interface VipEvent {
  type: string;
  orderId?: string;
  amountFen?: number;
  bubbles: boolean;
  composed: boolean;
}
const vipEvents = (page: Page) => page.evaluate(() => (window as unknown as { vipEvents: VipEvent[] }).vipEvents);
const part = (name: string) => `#offer [part~="${name}"]`;

/** The URLs of the savings estimate's file (core's savings rule, loaded on the first estimate) the page asks for. */
function estimateFiles(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (/\/estimate-[^/]*\.js$/.test(new URL(request.url()).pathname)) urls.push(request.url());
  });
  return urls;
}

/** Calls the Club API with the admin secret key, as the partner's back end would with its own. */
async function backEnd(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${portal.api.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${portal.api.secretKey}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** What core estimates over every merchant of the two categories the page asks about. */
async function expectedSavings(carWashFen: number, diningFen: number, date: string): Promise<number> {
  const merchants = [];
  for (const category of ['car-wash', 'dining']) {
    const page = (await backEnd('GET', `/v1/merchants?category=${category}&limit=100`)) as ListPage<MerchantListItem>;
    merchants.push(...page.data.map((hit) => hit.merchant));
  }
  return estimateYearlySavings({ spendFen: { 'car-wash': carWashFen * 12, dining: diningFen * 12 }, merchants, date })
    .savingsFen;
}

describe('<club-vip-offer> on a strict-CSP partner page in Chromium', () => {
  it('estimates from the keyboard, buys, and shows the member VIP once the back end confirms: no CSP violation, console error or axe finding', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    const estimates = estimateFiles(page);
    try {
      await page.goto(`${portal.url}/vip-offer.html?axe`);
      await page.locator(part('buy-button')).waitFor();
      expect(await page.locator(part('amount')).textContent()).toBe('年費 ¥365.00');
      // The estimate's rules are not part of the page's first download.
      expect(estimates).toEqual([]);

      await tabTo(page, 'offer', 'spend-car-wash');
      await page.keyboard.type('２００');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1,500.50');
      await page.keyboard.press('Enter');
      await page.locator(part('savings')).waitFor();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      const savings = await expectedSavings(20000, 150050, today);
      expect(await page.locator(part('savings')).textContent()).toBe(`估計一年可省 ${formatMoney(savings, 'zh-Hant')}`);
      expect(await page.locator(part('offer')).count()).toBeGreaterThan(0);
      // Each offer's terms in words, which the estimate's file brings.
      expect(
        await page
          .locator(`${part('offer')} .terms`)
          .first()
          .textContent(),
      ).toMatch(/\S/);
      expect(estimates).toHaveLength(1);
      expect(await axeAtWidths(page)).toEqual([]);
      expect(await smallTargets(page, '#offer')).toEqual([]);

      await tabTo(page, 'offer', withPart('buy-button'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        (window as unknown as { vipEvents: { type: string }[] }).vipEvents.some((e) => e.type === 'club-vip-order'),
      );
      const [ordered] = await vipEvents(page);
      expect(ordered).toMatchObject({ type: 'club-vip-order', amountFen: 36500, bubbles: true, composed: true });
      expect(await page.locator(part('order-status')).textContent()).toContain('¥365.00');
      // Focus stays in the widget, on the purchase's status.
      expect(await focused(page)).toMatchObject({ hosts: ['club-vip-offer#offer'], id: 'purchase' });

      const { order } = (await backEnd('POST', `/v1/vip-orders/${ordered?.orderId}/confirm`, {
        paymentReference: 'BANK-TEST-0001',
      })) as { order: VipOrder };
      const until = new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${order.term?.activeUntil}T00:00:00Z`),
      );
      await page.locator(`${part('order-status')}.paid`).waitFor();
      expect((await page.locator(part('order-status')).textContent())?.trim()).toBe(
        `付款完成！您是 VIP 會員，有效至 ${until}。`,
      );
      await page.locator(part('member-status')).waitFor();
      expect(await page.locator(part('member-status')).textContent()).toBe(`您是 VIP 會員，有效至 ${until}。`);
      expect((await vipEvents(page)).map((e) => e.type)).toEqual(['club-vip-order', 'club-vip-changed']);
      expect(await axeAtWidths(page)).toEqual([]);

      // Back on the page, the member is offered a renewal.
      await page.reload();
      await page.locator(part('buy-button')).waitFor();
      expect((await page.locator(part('buy-button')).textContent())?.trim()).toBe('續購一年');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a field that is not an amount in an error summary and sends nothing', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    const estimates = estimateFiles(page);
    try {
      let searches = 0;
      await page.route(`${portal.api.url}/v1/merchants?*`, (route) => {
        searches++;
        return route.continue();
      });
      await page.goto(`${portal.url}/vip-offer.html?axe`);
      await page.locator(part('buy-button')).waitFor();
      await tabTo(page, 'offer', 'spend-dining');
      await page.keyboard.type('很多');
      await page.keyboard.press('Enter');
      await page.locator(part('summary')).waitFor();
      expect(await page.locator('#offer #spend-dining').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#offer #spend-dining').getAttribute('aria-describedby')).toBe('issue-dining hint');
      expect(await focused(page)).toMatchObject({ id: 'summary' });
      expect(searches).toBe(0);
      // Fields that are not amounts are refused before the estimate's rules load.
      expect(estimates).toEqual([]);
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('asks a signed-out visitor to sign in instead of offering the buy button, and still estimates', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      await page.route(`${portal.url}/api/club-session`, (route) =>
        route.fulfill({ status: 401, contentType: 'application/json', body: '{"error":"not signed in"}' }),
      );
      await page.goto(`${portal.url}/vip-offer.html?axe`);
      await page.locator(part('signed-out')).waitFor();
      expect(await page.locator(part('signed-out')).textContent()).toBe('請先登入，即可購買 VIP 鑽石卡。');
      expect(await page.locator(part('buy-button')).count()).toBe(0);
      await tabTo(page, 'offer', 'spend-car-wash');
      await page.keyboard.type('300');
      await page.keyboard.press('Enter');
      await page.locator(part('savings')).waitFor();
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says the order could not be made, and Retry from the keyboard makes one order with the same Idempotency-Key', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      const keys: (string | undefined)[] = [];
      let refused = 0;
      await page.route(`${portal.api.url}/v1/vip-orders`, async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        keys.push((await route.request().headerValue('idempotency-key')) ?? undefined);
        // The first attempt and the client's two retries fail; the member's Retry gets through.
        if (refused < 3) {
          refused++;
          return route.abort('connectionrefused');
        }
        return route.continue();
      });
      await page.goto(`${portal.url}/vip-offer.html?axe`);
      await page.locator(part('buy-button')).waitFor();
      await tabTo(page, 'offer', withPart('buy-button'));
      await page.keyboard.press('Enter');
      await page.locator(`${part('error')}[role="alert"]`).waitFor();
      expect(await axeAtWidths(page)).toEqual([]);
      await tabTo(page, 'offer', withPart('retry-button'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() =>
        (window as unknown as { vipEvents: { type: string }[] }).vipEvents.some((e) => e.type === 'club-vip-order'),
      );
      expect(keys).toHaveLength(4);
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      const orders = (await vipEvents(page)).filter((e) => e.type === 'club-vip-order');
      expect(orders).toHaveLength(1);
      await backEnd('POST', `/v1/vip-orders/${orders[0]?.orderId}/cancel`);
      await page.locator(part('try-again-button')).waitFor();
      expect(await page.locator(part('order-status')).textContent()).toBe('訂單已取消。');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });
});
