import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { focused, smallTargets, tabTo } from './support.js';

// The directory on a 360 px phone and a 1280 px desktop, against the real server: every row shows
// its name, branch, address (or distance) and offer uncut, the page never scrolls sideways, the
// count is the server's total, and an empty result offers the way back.

const MERCHANTS = 2_000;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const REGIONS = JSON.stringify([
  { code: 'jinghong', label: '景洪市' },
  { code: 'menghai', label: '勐海縣' },
  { code: 'mengla', label: '勐臘縣' },
]);

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ merchants: MERCHANTS }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const rows = '#directory [part~="row"]';

/** Opens the widgets page at `viewport`, with `attrs` set on the directory before it searches. */
async function openAt(viewport: { width: number; height: number }, query = '') {
  const opened = await openPage(browser, 'about:blank');
  await opened.page.setViewportSize(viewport);
  await opened.page.goto(`${portal.url}/widgets.html${query}`);
  return opened;
}

/** Waits until the directory's status line reads `text` (exactly, or matching it). */
async function statusReads(page: Page, text: string | RegExp): Promise<string> {
  const pattern = typeof text === 'string' ? `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : text.source;
  const handle = await page.waitForFunction((source) => {
    const status = document.querySelector('#directory')?.shadowRoot?.querySelector('#status')?.textContent.trim();
    return status !== undefined && new RegExp(source).test(status) ? status : null;
  }, pattern);
  return (await handle.jsonValue()) as string;
}

/** Every rendered row's parts that must be whole, with what does not fit in them (none is cut when empty). */
function cutText(page: Page): Promise<{ rows: number; cut: string[]; missing: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('#directory')?.shadowRoot;
    if (!root) throw new Error('the directory has no shadow root');
    const found = [...root.querySelectorAll<HTMLElement>('[part~="row"]')];
    const cut: string[] = [];
    const missing: string[] = [];
    for (const row of found) {
      const rowBox = row.getBoundingClientRect();
      for (const name of ['row-name', 'row-branch', 'row-place', 'row-offer', 'badge']) {
        const el = row.querySelector<HTMLElement>(`[part~="${name}"]`);
        if (!el) {
          if (name !== 'badge') missing.push(`${row.id} ${name}`);
          continue;
        }
        const box = el.getBoundingClientRect();
        // Cut: wider than its box, or outside the row (cut off by the row's own edges).
        const overflows = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline';
        const outside =
          box.left < rowBox.left - 0.5 ||
          box.right > rowBox.right + 0.5 ||
          box.top < rowBox.top - 0.5 ||
          box.bottom > rowBox.bottom + 0.5;
        if (overflows || outside) cut.push(`${row.id} ${name}: ${el.textContent}`);
      }
      // The title line holds name and branch: it must not clip them either.
      const title = row.querySelector<HTMLElement>('[part~="row-title"]');
      if (title && title.scrollWidth > title.clientWidth + 1) cut.push(`${row.id} row-title: ${title.textContent}`);
    }
    return { rows: found.length, cut, missing };
  });
}

/** Whether the page scrolls sideways: its content is wider than the viewport. */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('<club-merchant-directory> on a 360 px phone and a 1280 px desktop in Chromium', () => {
  it('shows every row’s name, branch, address and offer uncut at 360 px, and the page never scrolls sideways', async () => {
    const { page, watch, close } = await openAt(PHONE);
    try {
      await statusReads(page, `共 ${MERCHANTS.toLocaleString('en')} 家商戶`);
      const before = await cutText(page);
      expect(before.rows).toBeGreaterThan(3);
      expect(before.missing).toEqual([]);
      expect(before.cut).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);

      // With an amount, the saving badge takes a line of its own: still nothing cut.
      await page.locator('#directory #filters-toggle').click();
      await page.locator('#directory #amount-input').fill('300');
      await page.locator(`${rows} [part~="badge"]`).first().waitFor();
      const priced = await cutText(page);
      expect(priced.cut).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);

      // With the visitor's position, the distance takes the address's place.
      await page.evaluate(() => document.querySelector('#directory')?.setAttribute('near', '22.0094,100.7977'));
      await page.locator(`${rows} [part~="row-place"]`).filter({ hasText: /^距離/ }).first().waitFor();
      const near = await cutText(page);
      expect(near.cut).toEqual([]);
      expect(await sidewaysScroll(page)).toBe(0);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('puts the first result within the first screen of a phone: the filters fold behind a button', async () => {
    const { page, close } = await openAt(PHONE);
    try {
      await statusReads(page, /^共 /);
      const toggle = page.locator('#directory #filters-toggle');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#directory #category-select').isVisible()).toBe(false);
      const form = await page.locator('#directory [part~="search"]').boundingBox();
      const list = await page.locator('#directory #list').boundingBox();
      const row = await page.locator(rows).first().boundingBox();
      if (!form || !list || !row) throw new Error('the directory has no form, list or row');
      // The search form (box, hint and the filters button) is under 200 px high, not ~400.
      expect(form.height).toBeLessThan(200);
      // The list leaves room for the page around it and hands the scroll on at its ends.
      expect(list.height).toBeLessThanOrEqual(PHONE.height * 0.6 + 1);
      expect(await page.locator('#directory #list').evaluate((el) => getComputedStyle(el).overscrollBehaviorY)).toBe(
        'auto',
      );
      // The row height the window measures is the row's own: every rendered row has it.
      const heights = await page
        .locator(rows)
        .evaluateAll((els) => [...new Set(els.map((e) => e.getBoundingClientRect().height))]);
      expect(heights).toEqual([row.height]);

      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('#directory #category-select').isVisible()).toBe(true);
      expect(await sidewaysScroll(page)).toBe(0);
    } finally {
      await close();
    }
  });

  it('counts the server’s total and not the page, and an empty region search clears from the keyboard', async () => {
    const { page, watch, close } = await openAt(DESKTOP);
    try {
      await page.evaluate((regions) => document.querySelector('#directory')?.setAttribute('regions', regions), REGIONS);
      await statusReads(page, `共 ${MERCHANTS.toLocaleString('en')} 家商戶`);
      // A filter the server counts: the status is its total, over the 50 rows of the first page.
      await page.locator('#directory #region-select').selectOption('menghai');
      const menghai = await statusReads(page, /^共 [\d,]+ 家商戶$/);
      const counted = Number(menghai.replace(/\D/g, ''));
      expect(counted).toBeGreaterThan(50);
      expect(counted).toBeLessThan(MERCHANTS);
      expect(
        await page.evaluate(
          () =>
            (document.querySelector('#directory') as HTMLElement & { controller: { total?: number } }).controller.total,
        ),
      ).toBe(counted);

      await tabTo(page, 'directory', 'search-input');
      await page.keyboard.type('不存在的商戶名稱');
      await statusReads(page, '找不到符合條件的商戶。');
      // Said once: the empty state holds only the way out.
      expect(
        (await page.locator('#directory [part~="base"]').textContent())?.split('找不到符合條件的商戶').length,
      ).toBe(2);
      expect(await page.locator('#directory [part~="empty"].club-empty').count()).toBe(1);
      await tabTo(page, 'directory', 'clear-filters');
      await page.keyboard.press('Enter');
      await statusReads(page, `共 ${MERCHANTS.toLocaleString('en')} 家商戶`);
      expect(await page.locator('#directory #region-select').inputValue()).toBe('');
      expect((await focused(page))?.id).toBe('search-input');
      expect(await page.locator(rows).count()).toBeGreaterThan(0);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const viewport of [PHONE, DESKTOP])
    it(`reports no axe finding and no small target at ${viewport.width} px: loaded, filters open, empty and in detail`, async () => {
      const { page, close } = await openAt(viewport, '?axe');
      try {
        await statusReads(page, /^共 /);
        expect(await axeViolations(page)).toEqual([]);
        expect(await smallTargets(page, '#directory')).toEqual([]);
        if (viewport === PHONE) await page.locator('#directory #filters-toggle').click();
        await page.locator('#directory #category-select').selectOption('ktv');
        await page.locator('#directory #search-input').fill('不存在的商戶名稱');
        await statusReads(page, '找不到符合條件的商戶。');
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('#directory #clear-filters').click();
        await statusReads(page, /^共 /);
        await page.locator(rows).first().click();
        await page.locator('#directory #detail').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        expect(await sidewaysScroll(page)).toBe(0);
      } finally {
        await close();
      }
    });
});
