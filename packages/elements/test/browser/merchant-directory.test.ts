import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeAtWidths, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { clubEvents, failedResource, focused, smallTargets, tabTo, textOf } from './support.js';

const MERCHANTS = 10_000;

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ merchants: MERCHANTS }), launchChromium()]);
  // Stops them after the file's tests (only when both started).
  return async () => {
    await browser.close();
    await portal.close();
  };
});
beforeAll(async () => {
  expect(await portal.count('merchants')).toBe(MERCHANTS);
});

const rows = '#directory [part~="row"]';

/** The directory's status line once it settled on `text` (exactly, or matching it). */
async function statusReads(page: Page, text: string | RegExp): Promise<void> {
  await page.waitForFunction(
    ([exact, source]) => {
      const status = document.querySelector('#directory')?.shadowRoot?.querySelector('#status')?.textContent.trim();
      return status !== undefined && (source ? new RegExp(source).test(status) : status === exact);
    },
    typeof text === 'string' ? ([text, ''] as const) : (['', text.source] as const),
  );
}

/** The count of the whole demo directory, as the server totals it. */
const ALL = `共 ${MERCHANTS.toLocaleString('en')} 家商戶`;

/** Where focus is inside the directory: the element's id and the listbox's active option. */
async function focusInDirectory(page: Page): Promise<{ id: string; activeDescendant: string | null }> {
  const at = await focused(page);
  expect(at?.hosts).toEqual(['club-merchant-directory#directory']);
  if (!at) throw new Error('nothing has focus');
  return { id: at.id, activeDescendant: at.activeDescendant };
}

/**
 * Searches with the keyboard: Tab to the search box, type `text`, Tab to the amount, type
 * `amount`; waits for the first page of the answer.
 */
async function searchByKeyboard(page: Page, text: string, amount: string): Promise<void> {
  await tabTo(page, 'directory', 'search-input');
  await page.keyboard.type(text);
  await tabTo(page, 'directory', 'amount-input');
  await page.keyboard.type(amount);
  await statusReads(page, /^共 [\d,]+ 家商戶$/);
  await page.locator(`${rows} [part~="badge"]`).first().waitFor();
}

/** Tabs to the listbox, moves with ArrowDown, ArrowDown, End and opens the active row with Enter. */
async function openWithKeyboard(page: Page): Promise<{ id: string; name: string; branch: string }> {
  await tabTo(page, 'directory', 'list');
  const first = await focusInDirectory(page);
  const firstRow = await page.locator(rows).first().getAttribute('id');
  expect(first.activeDescendant).toBe(firstRow);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect((await focusInDirectory(page)).activeDescendant).toBe(await page.locator(rows).nth(2).getAttribute('id'));
  await page.keyboard.press('End');
  const active = (await focusInDirectory(page)).activeDescendant;
  if (!active) throw new Error('the listbox has no active option');
  // End moves to the last row loaded so far; it is rendered and marked.
  const row = page.locator(`#directory #${active}`);
  expect(await row.getAttribute('aria-selected')).toBe('true');
  expect(await row.getAttribute('aria-posinset')).toBe('50');
  const name = await textOf(row.locator('[part~="row-name"]'));
  const branch = await textOf(row.locator('[part~="row-branch"]'));
  await page.keyboard.press('Enter');
  await page.locator('#directory #detail').waitFor();
  return { id: active.replace(/^row-/, ''), name, branch };
}

describe('<club-merchant-directory> on a strict-CSP partner page in Chromium', () => {
  it('searches as the member types, opens a merchant from the keyboard and Back returns focus to its row, with no CSP violation or console error', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await statusReads(page, ALL);
      await searchByKeyboard(page, 'car wash', '300');
      const metas = await page.locator(`${rows} [part~="row-category"]`).allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      // The page lists no regions: a row names its category and its region as core names it, never a raw code.
      for (const meta of metas) expect(meta).toMatch(/^洗車 · (景洪市|勐海縣|勐臘縣)$/);

      const opened = await openWithKeyboard(page);
      expect(await focusInDirectory(page)).toMatchObject({ id: 'detail-name' });
      // The row's name and branch, apart, are the merchant's whole name in the detail.
      expect(await page.locator('#directory #detail-name').textContent()).toBe(`${opened.name}（${opened.branch}）`);
      expect(await page.locator('#directory [part~="saving"]').count()).toBe(1);
      expect((await clubEvents(page)).filter((e) => e.tag === 'club-merchant-directory')).toEqual([
        { type: 'club-select', tag: 'club-merchant-directory', detail: opened.id },
      ]);

      await tabTo(page, 'directory', (at) => at.part === 'back-button', { back: true });
      await page.keyboard.press('Enter');
      await page.locator('#directory #list').waitFor();
      expect(await focusInDirectory(page)).toEqual({ id: 'list', activeDescendant: `row-${opened.id}` });
      expect(await page.locator(`#directory #row-${opened.id}`).getAttribute('aria-selected')).toBe('true');

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it(`keeps at most 200 rows in the DOM while scrolling through all ${MERCHANTS.toLocaleString('en')} merchants`, async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await statusReads(page, ALL);
      // Count the rows after every change of the list, not only where the test looks.
      await page.evaluate(() => {
        const root = document.querySelector('#directory')?.shadowRoot;
        if (!root) throw new Error('the directory has no shadow root');
        const seen = { max: 0, checks: 0 };
        (window as unknown as { rowWatch: typeof seen }).rowWatch = seen;
        const count = () => {
          seen.checks++;
          seen.max = Math.max(seen.max, root.querySelectorAll('[part~="row"]').length);
        };
        new MutationObserver(count).observe(root, { childList: true, subtree: true });
        count();
      });

      // Scroll to the end again and again: every time the window nears the end, the next page loads.
      const loaded = await page.evaluate(async (total) => {
        const el = document.querySelector('#directory') as HTMLElement & {
          controller: { items: readonly unknown[]; hasMore: boolean; status: string };
        };
        const list = el.shadowRoot?.querySelector<HTMLElement>('#list');
        if (!list) throw new Error('the directory has no list');
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const deadline = performance.now() + 60_000;
        while ((el.controller.hasMore || el.controller.items.length < total) && performance.now() < deadline) {
          list.scrollTop = list.scrollHeight;
          await frame();
          if (el.controller.status === 'error') throw new Error('a page failed to load');
        }
        return el.controller.items.length;
      }, MERCHANTS);
      expect(loaded).toBe(MERCHANTS);
      await statusReads(page, ALL);

      // Then through every result from the top, a viewport at a time in long strides, checking that
      // the rows in view are the ones rendered.
      const sweep = await page.evaluate(async () => {
        const el = document.querySelector('#directory') as HTMLElement & {
          controller: { items: readonly { merchant: { id: string } }[] };
        };
        const root = el.shadowRoot;
        const list = root?.querySelector<HTMLElement>('#list');
        const firstRow = root?.querySelector('[part~="row"]');
        if (!root || !list || !firstRow) throw new Error('the directory has no list with rows');
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const rowHeight = firstRow.getBoundingClientRect().height;
        const missing: number[] = [];
        let most = 0;
        let stops = 0;
        for (let top = 0; ; top += list.clientHeight * 7) {
          list.scrollTop = Math.min(top, list.scrollHeight - list.clientHeight);
          await frame();
          await frame();
          stops++;
          const rendered = root.querySelectorAll('[part~="row"]');
          most = Math.max(most, rendered.length);
          const first = Math.floor(list.scrollTop / rowHeight);
          const last = Math.min(
            el.controller.items.length - 1,
            Math.floor((list.scrollTop + list.clientHeight - 1) / rowHeight),
          );
          for (const index of [first, last]) {
            const item = el.controller.items[index];
            if (!item || !root.getElementById(`row-${item.merchant.id}`)) missing.push(index);
          }
          if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break;
        }
        const lastRow = [...root.querySelectorAll('[part~="row"]')].at(-1);
        if (!lastRow) throw new Error('the directory has no rows');
        return {
          most,
          stops,
          missing,
          lastPos: lastRow.getAttribute('aria-posinset'),
          setSize: lastRow.getAttribute('aria-setsize'),
        };
      });
      expect(sweep.missing).toEqual([]);
      expect(sweep.stops).toBeGreaterThan(100);
      expect(sweep.most).toBeLessThanOrEqual(200);
      expect(sweep).toMatchObject({ lastPos: String(MERCHANTS), setSize: String(MERCHANTS) });

      const watched = await page.evaluate(
        () => (window as unknown as { rowWatch: { max: number; checks: number } }).rowWatch,
      );
      expect(watched.checks).toBeGreaterThan(200);
      expect(watched.max).toBeGreaterThan(0);
      expect(watched.max).toBeLessThanOrEqual(200);

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says in an alert that the merchants cannot be loaded, passes axe, and Retry from the keyboard brings them', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      // The first search and the client's two retries fail; the member's Retry gets through.
      let refused = 0;
      await page.route(`${portal.api.url}/v1/merchants?*`, (route) =>
        refused < 3 ? (refused++, route.abort('connectionrefused')) : route.continue(),
      );
      await page.goto(`${portal.url}/widgets.html?axe`);
      await page.locator('#directory [part~="error"][role="alert"]').waitFor();
      expect(refused).toBe(3);
      expect(await page.locator('#directory [part~="error-message"]').textContent()).toBe(
        '俱樂部服務暫時無法使用，請稍後再試。',
      );
      expect(await axeAtWidths(page)).toEqual([]);
      expect(await smallTargets(page, '#directory')).toEqual([]);

      await tabTo(page, 'directory', (at) => at.part === 'retry-button');
      await page.keyboard.press('Enter');
      await statusReads(page, ALL);
      expect(await page.locator('#directory [part~="error"]').count()).toBe(0);
      expect(await page.locator(rows).count()).toBeGreaterThan(0);

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps focus in the widget when Retry succeeds and its button goes away', async () => {
    const { page, close } = await openPage(browser, 'about:blank');
    try {
      let refused = 0;
      await page.route(`${portal.api.url}/v1/merchants?*`, (route) =>
        refused < 3 ? (refused++, route.abort('connectionrefused')) : route.continue(),
      );
      await page.goto(`${portal.url}/widgets.html`);
      await page.locator('#directory [part~="error"][role="alert"]').waitFor();
      await tabTo(page, 'directory', (at) => at.part === 'retry-button');
      await page.keyboard.press('Enter');
      await statusReads(page, ALL);
      expect((await focused(page))?.hosts).toEqual(['club-merchant-directory#directory']);
    } finally {
      await close();
    }
  });

  it('reports no axe violation with the results listed and with a merchant’s detail open', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await statusReads(page, ALL);
      await searchByKeyboard(page, 'car wash', '300');
      expect(await axeAtWidths(page)).toEqual([]);
      await openWithKeyboard(page);
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says once that nothing matches and clears the category and words it was asked for from the keyboard, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/widgets.html?axe`);
    try {
      await statusReads(page, ALL);
      await page.locator('#directory #category-select').selectOption('ktv');
      await tabTo(page, 'directory', 'search-input');
      await page.keyboard.type('不存在的商戶名稱');
      await statusReads(page, '找不到符合條件的商戶。');
      expect((await page.locator('#directory [part~="empty"]').textContent())?.trim()).toBe('清除搜尋與篩選條件');
      expect(await axeAtWidths(page)).toEqual([]);
      await tabTo(page, 'directory', 'clear-filters');
      await page.keyboard.press('Enter');
      await statusReads(page, ALL);
      expect(await page.locator('#directory #category-select').inputValue()).toBe('');
      expect(await page.locator('#directory #search-input').inputValue()).toBe('');
      expect(await focusInDirectory(page)).toMatchObject({ id: 'search-input' });
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('gives every field, button, link and row a target of at least 24×24 px, in the list and in the detail', async () => {
    const { page, close } = await openPage(browser, `${portal.url}/widgets.html`);
    try {
      await statusReads(page, ALL);
      await searchByKeyboard(page, 'car wash', '300');
      expect(await smallTargets(page, '#directory')).toEqual([]);
      await openWithKeyboard(page);
      expect(await smallTargets(page, '#directory')).toEqual([]);
    } finally {
      await close();
    }
  });
});
