import { createClubClient, createClubTransport, offersResource } from '@clubkit/client';
import { createOperatorClient } from '@clubkit/client/operator';
import { formatMoney } from '@clubkit/core';
import type { Merchant, Offer } from '@clubkit/core/merchants';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, smallTargets, tabTo, textOf, withPart } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const manager = '#manager';
const money = (fen: number) => formatMoney(fen, 'zh-Hant');

/** The demo merchant as the public directory reads it (publishable key). */
function publicMerchant(): Promise<Merchant> {
  return createClubClient({ baseUrl: portal.api.url, publishableKey: portal.api.publishableKey }).merchants.get(
    portal.api.demo.merchantId,
  );
}

/** Adds an offer as the demo merchant operator, through the Club API. */
async function addOffer(offer: Parameters<ReturnType<typeof offersResource>['create']>[1]): Promise<Offer> {
  const token = await portal.staffToken('merchant');
  const offers = offersResource(
    createClubTransport({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } }),
  );
  return offers.create(portal.api.demo.merchantId, offer);
}

/** Opens the offer manager as the demo staff member of `role` and waits until the merchant has loaded. */
async function openManager(role: string) {
  const opened = await openPage(browser, `${portal.url}/offer-manager.html?role=${role}&axe`);
  await statusReads(opened.page, '已載入');
  return opened;
}

async function statusReads(page: Page, text: string): Promise<void> {
  await page.locator(`${manager} [part~="status"]`).filter({ hasText: text }).waitFor();
}

/** Tabs to a field of the form and types `text` into it. */
async function typeInto(page: Page, field: string, text: string): Promise<void> {
  await tabTo(page, 'manager', field);
  await page.keyboard.type(text);
}

/** The terms of the offer titled `title` in the offer list, as members read them. */
function termsOf(page: Page, scope: string, title: string): Promise<string[]> {
  return page
    .locator(`${scope} [part~="offer"]`)
    .filter({ has: page.locator('[part~="offer-title"]', { hasText: title }) })
    .locator('[part~="offer-terms"] li')
    .allTextContents();
}

describe('<club-offer-manager> on a strict-CSP console page in Chromium', () => {
  it('lets the merchant’s staff add an offer by keyboard alone, previewed as members read it, and the public directory shows it', async () => {
    const { page, watch, close } = await openManager('merchant');
    try {
      const merchant = await publicMerchant();
      expect(await page.locator(`${manager} [part~="offer"]`).count()).toBe(merchant.offers.length);
      expect(await axeViolations(page)).toEqual([]);

      await tabTo(page, 'manager', 'add');
      await page.keyboard.press('Enter');
      expect((await focused(page))?.id).toBe('form-title');
      await tabTo(page, 'manager', 'kind');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator(`${manager} #kind`).inputValue()).toBe('amount');
      await typeInto(page, 'title', '會員滿300減30');
      await typeInto(page, 'amountOff', '30');
      await typeInto(page, 'minSpend', '300');
      const preview = page.locator(`${manager} [part~="form-preview"] [part~="offer-terms"] li`);
      expect(await preview.allTextContents()).toEqual([`滿 ${money(30000)} 減 ${money(3000)}`]);
      expect(await smallTargets(page, manager)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await tabTo(page, 'manager', 'save');
      await page.keyboard.press('Enter');
      await statusReads(page, '已新增優惠「會員滿300減30」');
      const added = (await publicMerchant()).offers.find((o) => o.title === '會員滿300減30');
      expect(added).toMatchObject({ kind: 'amount', amountOffFen: 3000, minSpendFen: 30000 });
      expect((await focused(page))?.id).toBe(`offer-${added?.id}`);
      const terms = await termsOf(page, manager, '會員滿300減30');
      expect(terms).toEqual([`滿 ${money(30000)} 減 ${money(3000)}`]);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);

      // The partner's page, with the publishable key: the directory shows the new offer in the same words.
      const partner = await openPage(browser, `${portal.url}/widgets.html`);
      try {
        await tabTo(partner.page, 'directory', 'search-input');
        await partner.page.keyboard.type(merchant.name);
        const row = partner.page.locator(`#directory [id="row-${merchant.id}"]`);
        await row.waitFor();
        await row.click();
        await partner.page.locator('#directory #detail').waitFor();
        expect(await termsOf(partner.page, '#directory #detail', '會員滿300減30')).toEqual(terms);
        expect(partner.watch.cspViolations).toEqual([]);
        expect(partner.watch.consoleErrors).toEqual([]);
      } finally {
        await partner.close();
      }
    } finally {
      await close();
    }
  });

  it('edits an offer and then ends it, by keyboard alone', async () => {
    const offer = await addOffer({ kind: 'percent', title: '精緻洗車9折', percentOff: 10, capFen: 2000 });
    const { page, watch, close } = await openManager('merchant');
    try {
      await tabTo(page, 'manager', `edit-${offer.id}`);
      await page.keyboard.press('Enter');
      expect(await textOf(page.locator(`${manager} #form-title`))).toContain('精緻洗車9折');
      await tabTo(page, 'manager', 'percentOff');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('15');
      await tabTo(page, 'manager', 'cap');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await tabTo(page, 'manager', 'save');
      await page.keyboard.press('Enter');
      await statusReads(page, '已儲存優惠「精緻洗車9折」');
      const edited = (await publicMerchant()).offers.find((o) => o.id === offer.id);
      expect(edited).toEqual({ kind: 'percent', id: offer.id, title: '精緻洗車9折', percentOff: 15 });
      expect(await termsOf(page, manager, '精緻洗車9折')).toEqual(['8.5折']);

      await tabTo(page, 'manager', `end-${offer.id}`);
      await page.keyboard.press('Enter');
      await statusReads(page, '已結束優惠「精緻洗車9折」');
      const ended = (await publicMerchant()).offers.find((o) => o.id === offer.id);
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      expect(ended?.validUntil).toBeDefined();
      expect((ended?.validUntil ?? '') < today).toBe(true);
      const card = page.locator(`${manager} [part~="offer-ended"]`).filter({ hasText: '精緻洗車9折' });
      expect(await card.locator('[part~="ended-badge"]').count()).toBe(1);
      expect(await page.locator(`${manager} [id="end-${offer.id}"]`).count()).toBe(0);
      expect((await focused(page))?.id).toBe(`offer-${offer.id}`);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows core’s field errors with an error summary for bad input and stores nothing', async () => {
    const { page, watch, close } = await openManager('merchant');
    try {
      const before = (await publicMerchant()).offers.length;
      await tabTo(page, 'manager', 'add');
      await page.keyboard.press('Enter');
      await tabTo(page, 'manager', 'kind');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator(`${manager} #kind`).inputValue()).toBe('price');
      await typeInto(page, 'listPrice', '80');
      await typeInto(page, 'memberPrice', '90');
      await typeInto(page, 'minSpend', '1.005');
      await tabTo(page, 'manager', 'save');
      await page.keyboard.press('Enter');

      await page.locator(`${manager} #error-summary`).waitFor();
      expect((await focused(page))?.id).toBe('error-summary');
      expect(await page.locator(`${manager} [part~="error-link"]`).allTextContents()).toEqual([
        '優惠名稱：此欄位必填。',
        '會員價（元）：會員價須低於原價。',
        '最低消費（元）：請輸入以元為單位的金額，最多兩位小數，例如 20 或 8.50。',
      ]);
      expect(await page.locator(`${manager} #memberPrice`).getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`${manager} #memberPrice`).getAttribute('aria-describedby')).toBe(
        'memberPrice-hint memberPrice-error',
      );
      expect(await page.locator(`${manager} [part~="form-preview"]`).textContent()).toContain('填妥欄位後即可預覽');
      expect(await axeViolations(page)).toEqual([]);

      // The summary's first link takes focus to the field to fix.
      await tabTo(page, 'manager', withPart('error-link'));
      await page.keyboard.press('Enter');
      expect((await focused(page))?.id).toBe('title');
      expect((await publicMerchant()).offers.length).toBe(before);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a request the Club API refuses as an error with a retry, keeping what was typed', async () => {
    // A merchant operator whose role changes to a branch's while the form is open: its session ends,
    // the next is a branch operator's, which may read the merchant but not change its offers (403).
    const token = await portal.staffToken('admin');
    const admin = createOperatorClient({
      baseUrl: portal.api.url,
      session: { getToken: () => Promise.resolve(token) },
    });
    const moved = await admin.staff.create({
      name: '調職的店員',
      principal: { role: 'merchant', merchantId: portal.api.demo.merchantId },
    });
    const { page, watch, close } = await openManager(moved.id);
    try {
      const before = (await publicMerchant()).offers.length;
      await tabTo(page, 'manager', 'add');
      await page.keyboard.press('Enter');
      await typeInto(page, 'title', '越權優惠');
      await typeInto(page, 'percentOff', '20');
      const branchId = portal.api.demo.staff.find((s) => s.principal.role === 'branch')?.principal;
      if (branchId?.role !== 'branch') throw new Error('The demo seed has no branch operator');
      await admin.staff.update(moved.id, { principal: { role: 'branch', branchId: branchId.branchId } });
      await tabTo(page, 'manager', 'save');
      await page.keyboard.press('Enter');
      await page.locator(`${manager} #error`).waitFor();
      expect((await focused(page))?.id).toBe('error');
      expect(await page.locator(`${manager} #error`).getAttribute('role')).toBe('alert');
      expect(await textOf(page.locator(`${manager} #error-message`))).toMatch(/（參考編號：req_\w+）$/);
      expect(await axeViolations(page)).toEqual([]);

      await tabTo(page, 'manager', 'retry');
      await page.keyboard.press('Enter');
      await statusReads(page, '已載入');
      await page.locator(`${manager} #error`).waitFor();
      expect(await page.locator(`${manager} #title`).inputValue()).toBe('越權優惠');
      expect((await publicMerchant()).offers.length).toBe(before);
      expect(watch.cspViolations).toEqual([]);
      // Only the refused requests, which the browser logs by itself.
      expect(watch.consoleErrors.length).toBeGreaterThan(0);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a branch operator the merchant’s offers to read, with no button that would change them, and no axe finding', async () => {
    await addOffer({ kind: 'percent', title: '分行可讀的優惠', percentOff: 10, capFen: 2000 });
    const { page, watch, close } = await openManager('branch');
    try {
      expect(await page.locator(`${manager} [part~="offer"]`).count()).toBe((await publicMerchant()).offers.length);
      expect(await page.locator(`${manager} [part~="offer-title"]`, { hasText: '分行可讀的優惠' }).count()).toBe(1);
      for (const part of ['add-button', 'edit-button', 'end-button', 'form'])
        expect(await page.locator(`${manager} [part~="${part}"]`).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
      // The merchant's own operator, on the same page, is offered them.
      const merchant = await openManager('merchant');
      try {
        expect(await merchant.page.locator(`${manager} [part~="add-button"]`).count()).toBe(1);
        expect(await merchant.page.locator(`${manager} [part~="edit-button"]`).count()).toBeGreaterThan(0);
      } finally {
        await merchant.close();
      }
    } finally {
      await close();
    }
  });
});
