import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import { formatMoney } from '@clubkit/core';
import type { Activity } from '@clubkit/core/vip';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, smallTargets, tabTo } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true, complaints: 5 }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

/** An administrator's client in Node, to ask the Club API what the board should show. */
async function adminClient(): Promise<OperatorClient> {
  const token = await portal.staffToken('admin');
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

async function activities(api: OperatorClient): Promise<Activity[]> {
  const out: Activity[] = [];
  for await (const a of api.activities.list({ limit: 100 })) out.push(a);
  return out;
}

/** Waits until the board has loaded a period, and returns it. */
async function loaded(page: Page): Promise<{ from: string; to: string }> {
  await page.waitForFunction(() => {
    const board = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#board');
    return board?.controller?.state.status === 'ready';
  });
  return page.evaluate(() => {
    const board = document.querySelector('#board') as HTMLElement & {
      controller: { period: { from: string; to: string } };
    };
    return { ...board.controller.period };
  });
}

/** Types a date into the focused date field, its parts in the order the browser's locale shows them. */
async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(2026, 10, 27))
      .map((p) => p.type)
      .filter((t) => t === 'year' || t === 'month' || t === 'day'),
  );
  for (const part of order) await page.keyboard.type(part === 'year' ? year : part === 'month' ? month : day);
}

/** Moves by Tab to a field of the income section and types into it (a date field by its parts). */
async function fill(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, 'board', id, { max: 60 });
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) await typeDate(page, text);
  else await page.keyboard.type(text);
}

const field = (page: Page, id: string) => page.locator(`#board #${id}`);

describe('<club-stats-board manage-income> in Chromium', () => {
  it('shows the other income beside the card’s fees, opens the administrator’s section by keyboard, sets up a trip and records advertising, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/stats-board-income.html?role=admin&axe`);
    try {
      const period = await loaded(page);
      const api = await adminClient();
      const revenue = await api.stats.revenue(period);
      // The revenue's other-income chart totals the report's lines, to the fen.
      const totals = await page
        .locator('#board [part~="chart-revenue-other"] table tfoot td')
        .evaluateAll((cells) => cells.map((c) => c.textContent.trim()));
      const { activitiesFen, groupBuyingFen, advertisingFen, incomeFen } = revenue.totals;
      expect(totals).toEqual(
        [activitiesFen, groupBuyingFen, advertisingFen, incomeFen].map((f) => formatMoney(f, 'zh-Hant')),
      );
      expect(activitiesFen + advertisingFen).toBeGreaterThan(0);

      // The section loads on demand: Enter on its button, and focus lands on its heading.
      await tabTo(page, 'board', (at) => at.part === 'income-button', { max: 80 });
      await page.keyboard.press('Enter');
      await page.locator('#board [part~="income-status"]').filter({ hasText: '共' }).waitFor();
      expect((await focused(page))?.id).toBe('income-title');
      const before = await activities(api);
      expect(await page.locator('#board [part~="activity"]').count()).toBe(before.length);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, '#board')).toEqual([]);

      // A form with a field left empty names it, and marks the field.
      await tabTo(page, 'board', (at) => at.part === 'record-button', { max: 80 });
      await page.keyboard.press('Enter');
      await page.locator('#board #ad-error').filter({ hasText: '商戶編號' }).waitFor();
      expect(await field(page, 'in-merchantId').getAttribute('aria-invalid')).toBe('true');

      // A trip (the kind the list starts with), the rest typed; the Club API sets it up and the table lists it.
      const today = period.to;
      const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      const posted: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/v1/activities') posted.push(r.url());
      });
      await tabTo(page, 'board', 'in-kind', { back: true, max: 80 });
      await fill(page, 'in-title', '普洱茶山自駕游');
      // A place longer than the Club API takes (100 characters after trimming).
      await fill(page, 'in-place', '景'.repeat(101));
      await fill(page, 'in-startsOn', day(30));
      await fill(page, 'in-endsOn', day(31));
      await fill(page, 'in-capacity', '12');
      await fill(page, 'in-price', '680');
      await fill(page, 'in-signUpFrom', day(0));
      await fill(page, 'in-signUpUntil', day(20));
      await tabTo(page, 'board', (at) => at.part === 'create-button');
      await page.keyboard.press('Enter');
      // Refused at the field, in words, and nothing is sent.
      await page.locator('#board #activity-error').filter({ hasText: '「地點」最多 100 個字' }).waitFor();
      expect(await field(page, 'in-place').getAttribute('aria-invalid')).toBe('true');
      expect(posted).toEqual([]);
      // The meeting point instead, typed over the long one.
      await tabTo(page, 'board', 'in-place', { back: true, max: 80 });
      await page.keyboard.press('Control+A');
      await page.keyboard.type('景洪 會員服務中心');
      await tabTo(page, 'board', (at) => at.part === 'create-button');
      await page.keyboard.press('Enter');
      await page
        .locator('#board [part~="income-status"]')
        .filter({ hasText: '已新增活動「普洱茶山自駕游」' })
        .waitFor();
      const created = (await activities(api)).find((a) => a.title === '普洱茶山自駕游');
      expect(created).toMatchObject({
        kind: 'self-drive-trip',
        place: '景洪 會員服務中心',
        capacity: 12,
        priceFen: 68_000,
        startsOn: day(30),
      });
      expect(posted).toHaveLength(1);
      expect(await field(page, 'in-place').getAttribute('aria-invalid')).toBe('false');
      expect(
        (await page.locator(`#board [data-activity="${created?.id}"] [part~="place"]`).textContent())?.trim(),
      ).toBe('景洪 會員服務中心');
      expect(await page.locator('#board [part~="activity"]').count()).toBe(before.length + 1);

      // Advertising income from the demo merchant: recorded, and the board's revenue counts it.
      await fill(page, 'in-merchantId', portal.api.demo.merchantId);
      await fill(page, 'in-amount', '3,100');
      await fill(page, 'in-from', day(-30));
      await fill(page, 'in-to', day(0));
      await tabTo(page, 'board', (at) => at.part === 'record-button');
      await page.keyboard.press('Enter');
      await page.locator('#board [part~="income-status"]').filter({ hasText: '已記錄廣告收入' }).waitFor();
      const after = await api.stats.revenue(period);
      expect(after.totals.advertisingFen).toBeGreaterThan(advertisingFen);
      await page.waitForFunction(
        (fen) =>
          [
            ...(document
              .querySelector('#board')
              ?.shadowRoot?.querySelectorAll('[part~="chart-revenue-other"] tfoot td') ?? []),
          ]
            .map((c) => c.textContent.trim())
            .includes(fen),
        formatMoney(after.totals.advertisingFen, 'zh-Hant'),
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('offers a branch operator, who reads its revenue but may not set up activities or record advertising, no income section', async () => {
    const { page, close } = await openPage(browser, `${portal.url}/stats-board-income.html?role=branch`);
    try {
      await loaded(page);
      // Its branch's revenue, other income included, is shown; the forms the Club API would refuse (403) are not.
      expect(await page.locator('#board [part~="chart-revenue-other"]').count()).toBe(1);
      expect(await page.locator('#board [part~="income-button"]').count()).toBe(0);
      expect(await page.locator('#board form[part~="activity-form"], #board form[part~="ad-form"]').count()).toBe(0);
      // The administrator on the same page is offered it.
      const admin = await openPage(browser, `${portal.url}/stats-board-income.html?role=admin`);
      try {
        await loaded(admin.page);
        expect(await admin.page.locator('#board [part~="income-button"]').count()).toBe(1);
      } finally {
        await admin.close();
      }
    } finally {
      await close();
    }
  });
});
