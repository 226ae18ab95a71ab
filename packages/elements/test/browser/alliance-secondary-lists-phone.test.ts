import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { tabTo, withPart } from './support.js';

// The alliance board's sections on a phone: the secondary-dealer lists' county summary and the
// promotions' table and forms read without scrolling sideways.

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true, complaints: 5 }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

/**
 * What overflows sideways in the section: each element of it (the section itself, its tables and
 * their regions, the county summaries and their lines, the filing form) whose content is wider
 * than its box, or whose right edge is past the viewport's; and the board and the page.
 */
function overflowing(page: Page, part = 'secondary-lists'): Promise<string[]> {
  return page.evaluate((part) => {
    const root = document.querySelector('#board')?.shadowRoot;
    const section = root?.querySelector<HTMLElement>(`[part~="${part}"]`);
    if (!section) throw new Error('the section is not shown');
    const width = document.documentElement.clientWidth;
    const checked = [section, ...section.querySelectorAll<HTMLElement>('*')];
    const out: string[] = [];
    const host = document.querySelector<HTMLElement>('#board');
    if (host && host.scrollWidth > host.clientWidth) out.push(`board ${host.scrollWidth} > ${host.clientWidth}`);
    if (document.documentElement.scrollWidth > width)
      out.push(`page ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of checked) {
      const name = `${el.localName}[part="${el.getAttribute('part') ?? ''}"]${el.id ? `#${el.id}` : ''}`;
      if (el.scrollWidth > el.clientWidth) out.push(`${name} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
      const right = el.getBoundingClientRect().right;
      if (right > width + 0.5) out.push(`${name} ends at ${Math.round(right)} px, past ${width}`);
    }
    return out;
  }, part);
}

describe('<club-alliance-board> secondary-dealer lists on a phone in Chromium', () => {
  it('shows each county’s summary within a 390 px wide screen, its tables fitting too, nothing scrolling sideways, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('#board [part~="standing"]').waitFor();
      await tabTo(page, 'board', withPart('secondary-lists-button'));
      await page.keyboard.press('Enter');
      const section = page.locator('#board [part~="secondary-lists"]');
      await section.locator('[part~="county-choice"]').first().waitFor();
      expect(await section.locator('[part~="county-choice"]').count()).toBeGreaterThan(0);
      // The county summary follows its list's table, not inside the table's region.
      expect(await section.locator('[part~="scroll"] [part~="county-choices"]').count()).toBe(0);
      expect(await overflowing(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('fits the promotions, their dealers and pay buttons and both forms within 390 px, each label above its field', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('#board [part~="standing"]').waitFor();
      await tabTo(page, 'board', withPart('promotions-button'));
      await page.keyboard.press('Enter');
      await page.locator('#board [part~="promotion-list"]').waitFor();
      expect(await page.locator('#board [part~="pay-button"]').count()).toBeGreaterThan(0);
      expect(await overflowing(page, 'promotions')).toEqual([]);
      const label = await page.locator('#board label[for="prm-promotion-0"]').boundingBox();
      const field = await page.locator('#board #prm-promotion-0').boundingBox();
      expect(label && field && label.y + label.height <= field.y + 0.5).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });
});
