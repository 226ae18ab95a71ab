import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, smallTargets, tabTo, withPart } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true, complaints: 5 }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

/** The alliance staff member's own client in Node, to ask the Club API what the board should show. */
async function allianceClient(): Promise<OperatorClient> {
  const token = await portal.staffToken('alliance');
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

/** Adds a salesperson of the demo centre as a staff member (reads the centre, enrols their own dealers) and gives their id. */
async function salespersonStaff(api: OperatorClient): Promise<string> {
  const [centre] = (await api.alliance.centres.list().page()).data;
  const [salesperson] = (await api.alliance.salespeople.list().page()).data;
  if (!centre || !salesperson) throw new Error('The demo alliance has no salesperson');
  const res = await portal.api.server.fetch(
    new Request(`${portal.api.url}/v1/staff`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${portal.api.secretKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: '李業務',
        principal: { role: 'alliance', centreId: centre.id, salespersonId: salesperson.id },
      }),
    }),
  );
  return ((await res.json()) as { id: string }).id;
}

/** A day as a date field takes it by keyboard in Chromium's en-US format: month, day, year. */
const keys = (day: string) => `${day.slice(5, 7)}${day.slice(8, 10)}${day.slice(0, 4)}`;

/** The titles of the promotions shown, row by row. */
function titles(page: Page): Promise<string[]> {
  return page
    .locator('#board [part~="promotion"] th')
    .evaluateAll((ths) => ths.map((th) => th.textContent.replace(/\s+/g, ' ').trim()));
}

/** Opens a section by keyboard: Tab to its button, Enter. */
async function openSection(page: Page, part: string): Promise<void> {
  await page.locator('#board [part~="standing"]').waitFor();
  await tabTo(page, 'board', withPart(`${part}-button`));
  await page.keyboard.press('Enter');
}

describe('<club-alliance-board> promotions in Chromium', () => {
  it('lists the promotions, refuses an enrolment before a promotion starts and stores nothing, sets one up, enrols a member and pays the reward, all by keyboard with no axe finding at 390 and 1280 px', async () => {
    const api = await allianceClient();
    const listed = (await api.alliance.promotions.list().page()).data;
    const later = listed.find((p) => p.from > p.createdAt.slice(0, 10));
    const current = listed.find((p) => p !== later);
    const [member] = (await api.alliance.dealers.list({ status: 'member' }).page()).data;
    if (!later || !current || !member) throw new Error('The demo alliance has no promotions or members');

    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await openSection(page, 'promotions');
      await page.locator('#board [part~="promotion-list"]').waitFor();
      // Focus moves to the section's heading, not lost with the button it replaced.
      expect((await focused(page))?.id).toBe('promotions-title');
      expect(await titles(page)).toEqual(listed.map((p) => p.title));
      // The centre's staff have every form.
      await expect(page.locator('#board [part~="promotion-form"]').count()).resolves.toBe(1);
      await expect(page.locator('#board [part~="enrol-form"]').count()).resolves.toBe(1);
      expect(await smallTargets(page, '#board')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });

      // Next month's promotion takes no enrolment today: refused in words, nothing stored.
      await tabTo(page, 'board', 'prm-promotion-0');
      for (let i = 0; i < listed.indexOf(later); i++) await page.keyboard.press('ArrowDown');
      await tabTo(page, 'board', withPart('enrol-button'));
      await page.keyboard.press('Enter');
      const alert = page.locator('#board [part~="promotions"] [role="alert"]');
      await alert.filter({ hasText: '今天不在此活動的參加期間內，未報名。' }).waitFor();
      expect((await api.alliance.promotions.enrolments(later.id).page()).data).toEqual([]);

      // A promotion set up by keyboard for this month's days, 300 CNY a member dealer.
      await tabTo(page, 'board', 'prm-title-0');
      await page.keyboard.type('年終衝量獎勵');
      await tabTo(page, 'board', 'prm-from-0');
      await page.keyboard.type(keys(current.from));
      await tabTo(page, 'board', 'prm-to-0');
      await page.keyboard.type(keys(current.to));
      await tabTo(page, 'board', 'prm-reward-0');
      await page.keyboard.type('300');
      await tabTo(page, 'board', withPart('create-button'));
      await page.keyboard.press('Enter');
      const status = page.locator('#board [part~="promotions"] [part~="status"]');
      await status.filter({ hasText: '已建立促銷活動「年終衝量獎勵」。' }).waitFor();
      const after = (await api.alliance.promotions.list().page()).data;
      const made = after.find((p) => p.title === '年終衝量獎勵');
      expect([made?.from, made?.to, made?.rewardFen, made?.description]).toEqual([
        current.from,
        current.to,
        30_000,
        null,
      ]);
      expect(await titles(page)).toEqual(after.map((p) => p.title));
      await expect(alert.count()).resolves.toBe(0);

      // The member enrolled in it, then paid its reward.
      await tabTo(page, 'board', 'prm-promotion-0', { back: true });
      await page.keyboard.press('Home');
      for (let i = 0; i < after.findIndex((p) => p.id === made?.id); i++) await page.keyboard.press('ArrowDown');
      await tabTo(page, 'board', withPart('enrol-button'));
      await page.keyboard.press('Enter');
      await status.filter({ hasText: `${member.name} 已參加「年終衝量獎勵」。` }).waitFor();
      const [enrolment] = (await api.alliance.promotions.enrolments(made?.id ?? '').page()).data;
      expect([enrolment?.dealerId, enrolment?.reward]).toEqual([member.id, null]);
      await tabTo(page, 'board', `pay-${enrolment?.id}`, { back: true, max: 60 });
      await page.keyboard.press('Enter');
      await status.filter({ hasText: `已向 ${member.name} 發放獎勵` }).waitFor();
      const [paid] = (await api.alliance.promotions.enrolments(made?.id ?? '').page()).data;
      expect(paid?.reward?.amountFen).toBe(30_000);
      await expect(page.locator(`#board #pay-${enrolment?.id}`).count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      // The refused enrolment's 409 is the only failed request.
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
      expect(watch.consoleErrors.filter((e) => failedResource.test(e))).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it('shows a salesperson, who only reads them, no replacement form and no promotion set-up or payment, where the centre’s staff have them', async () => {
    const api = await allianceClient();
    const staffId = await salespersonStaff(api);
    const reader = await openPage(browser, `${portal.url}/alliance-board.html?role=${staffId}&axe`);
    try {
      const { page, watch } = reader;
      await openSection(page, 'primary-dealer');
      await page.locator('#board [part~="primary-dealers"]').waitFor();
      await expect(page.locator('#board [part~="replacement-form"]').count()).resolves.toBe(0);
      await expect(page.locator('#board [part~="primary-dealer"] [part~="read-only"]').textContent()).resolves.toBe(
        '只能查看：由銷售中心更換。',
      );
      await openSection(page, 'promotions');
      await page.locator('#board [part~="promotion-list"]').waitFor();
      await expect(page.locator('#board [part~="promotion-form"]').count()).resolves.toBe(0);
      await expect(page.locator('#board [part~="pay-button"]').count()).resolves.toBe(0);
      // They enrol their own dealers.
      await expect(page.locator('#board [part~="enrol-form"]').count()).resolves.toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await reader.close();
    }
    const staff = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance`);
    try {
      await openSection(staff.page, 'primary-dealer');
      await staff.page.locator('#board [part~="replacement-form"]').first().waitFor();
      await expect(staff.page.locator('#board [part~="read-only"]').count()).resolves.toBe(0);
    } finally {
      await staff.close();
    }
  });
});
