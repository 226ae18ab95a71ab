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

/** The rows of the first centre's table of primary dealers: name, from, replaced on, reason. */
function termRows(page: Page): Promise<string[][]> {
  return page
    .locator('#board [part~="primary-dealers"] tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\s+/g, ' ').trim())),
    );
}

const day = (d: string) =>
  new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

describe('<club-alliance-board> primary dealer in Chromium', () => {
  it('shows the primary dealer and its history, refuses another reason without a note, and develops a member into the primary dealer, all by keyboard with no axe finding', async () => {
    const api = await allianceClient();
    const [centre] = (await api.alliance.centres.list().page()).data;
    if (!centre) throw new Error('The demo alliance has no sales centre');
    const before = await api.alliance.primaryDealer.get(centre.id);
    const [first, second] = before.history;
    if (!first?.ended || !second) throw new Error('The demo primary dealer was not replaced');
    const [member] = (await api.alliance.dealers.list({ status: 'member' }).page()).data;
    if (!member) throw new Error('The demo alliance has no member');

    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await page.locator('#board [part~="standing"]').waitFor();
      await tabTo(page, 'board', withPart('primary-dealer-button'));
      await page.keyboard.press('Enter');
      await page.locator('#board [part~="primary-dealers"]').waitFor();
      // Focus moves to the section's heading, not lost with the button it replaced.
      expect((await focused(page))?.id).toBe('primary-dealer-title');
      expect(await termRows(page)).toEqual([
        [first.name, day(first.since), day(first.ended.on), '資金問題運營不力'],
        [second.name, day(second.since), '現任', ''],
      ]);
      expect(await smallTargets(page, '#board')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      // Another dealer for another reason, but no note: the Club API refuses, nothing changes.
      await tabTo(page, 'board', 'pdl-name-0');
      await page.keyboard.type('版納新興商貿');
      await tabTo(page, 'board', 'pdl-reason-0');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, 'board', withPart('replace-button'));
      await page.keyboard.press('Enter');
      const alert = page.locator('#board [part~="primary-dealer"] [role="alert"]');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.not.toBe('');
      expect((await api.alliance.primaryDealer.get(centre.id)).history).toHaveLength(2);

      // A member developed into the primary dealer, short of funds, from today.
      await tabTo(page, 'board', 'pdl-reason-0', { back: true });
      await page.keyboard.press('ArrowUp');
      await tabTo(page, 'board', 'pdl-successor-0', { back: true });
      await page.keyboard.press('ArrowDown');
      await tabTo(page, 'board', withPart('replace-button'));
      await page.keyboard.press('Enter');
      const status = page.locator('#board [part~="primary-dealer"] [part~="status"]');
      await status.filter({ hasText: '已更換' }).waitFor();
      const after = await api.alliance.primaryDealer.get(centre.id);
      expect([after.current?.name, after.current?.dealerId, after.history.length]).toEqual([member.name, member.id, 3]);
      await expect(status.textContent()).resolves.toBe(
        `已更換：自 ${day(after.current?.since ?? '')} 起由 ${member.name} 擔任一級經銷商。`,
      );
      expect((await api.alliance.dealers.get(member.id)).status).toBe('promoted');
      expect((await termRows(page)).map((r) => r[0])).toEqual([first.name, second.name, member.name]);
      await expect(alert.count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      // The refused replacement's 400 is the only failed request.
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });
});
