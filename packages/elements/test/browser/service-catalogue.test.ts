import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { ClubService } from '@clubkit/core/membership';
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

/** The administrator's own client in Node, to ask the Club API what the catalogue holds. */
async function adminClient(): Promise<OperatorClient> {
  const token = await portal.staffToken('admin');
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

async function services(api: OperatorClient, status: 'active' | 'retired' = 'active'): Promise<ClubService[]> {
  const all: ClubService[] = [];
  for await (const s of api.services.list({ status, limit: 100 })) all.push(s);
  return all;
}

/** Waits until the status line says `text`. */
async function statusSays(page: Page, text: string): Promise<void> {
  await page.locator('#catalogue [part~="status"]').filter({ hasText: text }).waitFor();
}

describe('<club-service-catalogue> on a strict-CSP console page in Chromium', () => {
  it('shows the 54 services in their three categories as the Club API holds them, with no CSP violation, console error or axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/service-catalogue.html?role=admin&axe`);
    try {
      await statusSays(page, '目前提供 54 項服務（工作總結所列為 54 項）。');
      const headings = await page
        .locator('#catalogue [part~="category"] h3')
        .evaluateAll((hs) => hs.map((h) => h.textContent.replace(/\s+/g, ' ').trim()));
      expect(headings).toEqual(['汽車服務 24 項', '增值服務 18 項', '俱樂部專屬服務 12 項']);
      const shown = await page
        .locator('#catalogue [part~="service"]')
        .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['service']));
      const api = await adminClient();
      const held = await services(api);
      const order = ['car', 'value-added', 'club'];
      expect(shown).toEqual(
        [...held].sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category)).map((s) => s.id),
      );
      expect(await smallTargets(page, '#catalogue')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('adds a service and retires it by keyboard alone, refusing a blank name and a name the category has, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/service-catalogue.html?role=admin&axe`);
    try {
      await statusSays(page, '目前提供');
      const api = await adminClient();
      // A blank name: said at the field, nothing sent.
      await tabTo(page, 'catalogue', 'name', { max: 200 });
      await page.keyboard.press('Enter');
      await page.locator('#catalogue #name-error').filter({ hasText: '請填寫名稱。' }).waitFor();
      expect((await focused(page))?.id).toBe('name');
      await expect(page.locator('#catalogue #name').getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await axeViolations(page)).toEqual([]);

      // The club's own services: the third category, chosen with the arrow keys.
      await tabTo(page, 'catalogue', 'category', { back: true });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('車友讀書會');
      await page.keyboard.press('Enter');
      await statusSays(page, '已新增「車友讀書會」。');
      const added = (await services(api)).find((s) => s.name === '車友讀書會');
      expect(added).toMatchObject({ category: 'club', merchantIds: [], status: 'active' });
      await expect(
        page.locator(`#catalogue [part~="service"][data-service="${added?.id}"]`).textContent(),
      ).resolves.toContain('俱樂部自行提供');
      expect((await focused(page))?.id).toBe('name');

      // The same name again in the same category: the Club API refuses it, in words.
      await tabTo(page, 'catalogue', 'category', { back: true });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type(' 車友讀書會 ');
      await page.keyboard.press('Enter');
      await page.locator('#catalogue #action-error').filter({ hasText: '此類別已有同名的服務項目。' }).waitFor();
      expect((await focused(page))?.id).toBe('action-error');
      expect((await services(api)).filter((s) => s.name === '車友讀書會')).toHaveLength(1);
      expect(await axeViolations(page)).toEqual([]);

      // Retired by keyboard: the last service's button, just before the form.
      await tabTo(page, 'catalogue', 'category');
      await page.keyboard.press('Shift+Tab');
      const at = await focused(page);
      expect(at?.part).toBe('retire-button');
      await page.keyboard.press('Enter');
      await statusSays(page, '已停用「車友讀書會」，使用紀錄保留。');
      expect((await services(api, 'retired')).map((s) => s.id)).toContain(added?.id);
      await expect(page.locator(`#catalogue [data-service="${added?.id}"]`).count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      // Only the refused duplicate's 409, which the browser logs by itself.
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
      expect(watch.consoleErrors).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('shows a branch operator the catalogue to read, with no form and no retire button the Club API would refuse, and no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/service-catalogue.html?role=branch&axe`);
    try {
      await statusSays(page, '目前提供');
      const api = await adminClient();
      expect(await page.locator('#catalogue [part~="service"]').count()).toBe((await services(api)).length);
      expect(await page.locator('#catalogue form[part~="form"]').count()).toBe(0);
      expect(await page.locator('#catalogue [part~="retire-button"]').count()).toBe(0);
      expect((await page.locator('#catalogue [part~="read-only"]').textContent())?.trim()).toBe(
        '俱樂部的服務項目由管理員維護，此處僅供查閱。',
      );
      // Nothing to change is reachable by keyboard: Tab finds the refresh button and no field.
      await tabTo(page, 'catalogue', (at) => at.part === 'reload-button', { max: 20 });
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
      // The administrator, on the same page, is offered the form and a retire button per service.
      const admin = await openPage(browser, `${portal.url}/service-catalogue.html?role=admin`);
      try {
        await admin.page.locator('#catalogue [part~="status"]').filter({ hasText: '目前提供' }).waitFor();
        expect(await admin.page.locator('#catalogue form[part~="form"]').count()).toBe(1);
        expect(await admin.page.locator('#catalogue [part~="retire-button"]').count()).toBe(
          await admin.page.locator('#catalogue [part~="service"]').count(),
        );
        expect(await admin.page.locator('#catalogue [part~="read-only"]').count()).toBe(0);
      } finally {
        await admin.close();
      }
    } finally {
      await close();
    }
  });
});
