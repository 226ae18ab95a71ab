import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { focused, smallTargets, tabTo } from './support.js';

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

/** Waits until the board's standing is loaded, so that the sections below it are offered. */
async function boardReady(page: Page): Promise<void> {
  await page.locator('#board [part~="standing"]').waitFor();
}

/** Each centre row's cells, by centre id. */
function calendarRows(page: Page): Promise<{ id: string; cadence: string; cells: string[] }[]> {
  return page.locator('#board [part~="centre-calendar"]').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: (tr as HTMLElement).dataset['centre'] ?? '',
      cadence: (tr as HTMLElement).dataset['cadence'] ?? '',
      cells: [...tr.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
    })),
  );
}

const day = (d: string, locale = 'zh-Hant') =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

describe('<club-alliance-board> time rules in Chromium', () => {
  it('opens the time rules by keyboard: the demo alliance is past its first half-year, so no visit fund and one visit list a month, as the Club API computes them, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await boardReady(page);
      const api = await allianceClient();
      await tabTo(page, 'board', (at) => at.part === 'time-rules-button');
      await page.keyboard.press('Enter');
      await page.locator('#board [part~="calendar"]').waitFor();
      // Focus moves to the section's heading, not lost with the button it replaced.
      expect((await focused(page))?.id).toBe('time-rules-title');

      const [centre] = (await api.alliance.centres.list().page()).data;
      if (!centre) throw new Error('The demo alliance has no sales centre');
      const calendar = await api.alliance.centres.calendar(centre.id);
      expect([calendar.inFirstHalfYear, calendar.visitFundFen, calendar.visitList?.cadence]).toEqual([
        false,
        0,
        'monthly',
      ]);
      expect(await calendarRows(page)).toEqual([
        {
          id: centre.id,
          cadence: 'monthly',
          cells: [
            centre.name,
            day(centre.foundedOn),
            `至 ${day(calendar.firstHalfYear.lastDay)}，已結束`,
            '已停發（只設於成立初期半年）',
            '每月一次（本月 1 份）',
          ],
        },
      ]);
      await expect(page.locator('#board [part~="time-rules"] [part~="message"]').textContent()).resolves.toBe(
        '沒有收回的銅牌。',
      );
      // The next Tab goes on into the section's table, whose region scrolls by keyboard.
      await page.keyboard.press('Tab');
      expect((await focused(page))?.part).toBe('scroll');
      expect(await smallTargets(page, '#board')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lists a dealer whose plaque the counterfeit fine took back, on the day found, with no axe finding', async () => {
    const api = await allianceClient();
    const [member] = (await api.alliance.dealers.list({ status: 'member' }).page()).data;
    if (!member) throw new Error('The demo alliance has no member');
    const found = member.admittedOn ?? '';
    await api.alliance.penalties.create({ kind: 'counterfeit', dealerId: member.id, fineFen: 5_000_000, on: found });
    expect((await api.alliance.dealers.get(member.id)).plaque.withdrawnOn).toBe(found);

    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await boardReady(page);
      await tabTo(page, 'board', (at) => at.part === 'time-rules-button');
      await page.keyboard.press('Enter');
      const plaques = page.locator('#board [part~="plaques"]');
      await plaques.waitFor();
      const shown = await plaques
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            (tr as HTMLElement).dataset['dealer'],
            ...[...tr.children].map((c) => c.textContent.trim()),
          ]),
        );
      expect(shown).toEqual([[member.id, member.name, day(found)]]);
      await expect(page.locator('#board [part~="time-rules"] [part~="status"]').textContent()).resolves.toBe(
        '已載入 1 個銷售中心的時間規則，1 塊銅牌已收回。',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('speaks English when the provider’s locale turns English', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance`);
    try {
      await boardReady(page);
      await page.locator('#board [part~="time-rules-button"]').click();
      await page.locator('#board [part~="calendar"]').waitFor();
      await page.evaluate(() => document.querySelector('club-provider')?.setAttribute('locale', 'en'));
      await page
        .locator('#board [part~="calendar"] caption')
        .filter({ hasText: 'The alliance’s time rules' })
        .waitFor();
      const [row] = await calendarRows(page);
      expect(row?.cells.slice(3)).toEqual(['No longer paid (first half-year only)', 'Monthly (1 due this month)']);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
