import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { tabTo, withPart } from './support.js';

// The sheet editor's score bands: the reward per band, edited by keyboard, each field checked as
// the Club API checks it before anything is sent.

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true, complaints: 5 }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

async function allianceClient(): Promise<OperatorClient> {
  const token = await portal.staffToken('alliance');
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

/** Whether the board's field is marked invalid, and the text of the alert it is described by. */
function fieldProblem(page: Page, selector: string): Promise<{ invalid: string | null; message: string | null }> {
  return page.evaluate((sel) => {
    const root = document.querySelector('#board')?.shadowRoot;
    const field = root?.querySelector(sel);
    const id = field?.getAttribute('aria-describedby');
    const message = id ? (root?.getElementById(id)?.textContent.trim() ?? null) : null;
    return { invalid: field?.getAttribute('aria-invalid') ?? null, message };
  }, selector);
}

/** Tabs to the `n`th (from 1) field with part `part` and types `text` over what it holds. */
async function retype(page: Page, part: string, n: number, text: string): Promise<void> {
  await tabTo(page, 'board', withPart('add-item-button'), { back: true, max: 200 });
  for (let i = 0; i < n; i++) await tabTo(page, 'board', withPart(part));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

const band = (n: number) => `[part~="sheet-band"]:nth-child(${n})`;

describe('<club-alliance-board> the sheet editor’s score bands in Chromium', () => {
  it('edits the reward per score band by keyboard, naming a band out of order or a reward that is not an amount at its field before sending, and publishes the bands typed', async () => {
    const api = await allianceClient();
    const [v1] = (await api.alliance.assessmentSheets.list().page()).data;
    if (!v1 || v1.bands.length < 2) throw new Error('The demo has no sheet with two bands');
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await page.locator('#board [part~="standing"]').waitFor();
      await tabTo(page, 'board', withPart('assessments-button'));
      await page.keyboard.press('Enter');
      await page.locator('#board [part~="sheet-bands"]').waitFor();

      // The bands of the version in force, the rewards in yuan.
      const shown = await page
        .locator('#board [part~="sheet-band"]')
        .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('input')].map((i) => i.value)));
      expect(shown).toEqual(v1.bands.map((b) => [String(b.minScore), String(b.rewardFen / 100)]));
      expect(await axeViolations(page)).toEqual([]);

      // The second band's score not above the first's: named at its field, nothing sent.
      const first = v1.bands[0]?.minScore ?? 0;
      const added = v1.bands.length + 1;
      if (first + 25 >= (v1.bands[2]?.minScore ?? 99))
        throw new Error('The demo’s bands leave no room to move the second');
      await retype(page, 'band-minScore', 2, String(first));
      await tabTo(page, 'board', withPart('publish-button'));
      await page.keyboard.press('Enter');
      await expect(fieldProblem(page, `${band(2)} [part~="band-minScore"]`)).resolves.toEqual({
        invalid: 'true',
        message: '須高於上一級的最低分數。',
      });
      expect((await api.alliance.assessmentSheets.list().page()).data).toHaveLength(1);

      // Back in order; a new band whose reward has three decimals: named at the reward.
      await retype(page, 'band-minScore', 2, String(first + 25));
      await tabTo(page, 'board', withPart('add-band-button'));
      await page.keyboard.press('Enter');
      await tabTo(page, 'board', withPart('band-minScore'), { back: true, max: 10 });
      await page.keyboard.type('99');
      await page.keyboard.press('Tab');
      await page.keyboard.type('8000.125');
      await tabTo(page, 'board', withPart('publish-button'));
      await page.keyboard.press('Enter');
      await expect(fieldProblem(page, `${band(added)} [part~="band-reward"]`)).resolves.toEqual({
        invalid: 'true',
        message: '請填不少於 0、至多兩位小數的金額。',
      });
      await expect(fieldProblem(page, `${band(2)} [part~="band-minScore"]`)).resolves.toEqual({
        invalid: 'false',
        message: null,
      });
      expect((await api.alliance.assessmentSheets.list().page()).data).toHaveLength(1);
      expect(await axeViolations(page)).toEqual([]);

      // Fixed: version 2 carries the bands as typed, the items as they were.
      await retype(page, 'band-reward', added, '8000.5');
      await tabTo(page, 'board', withPart('publish-button'));
      await page.keyboard.press('Enter');
      await page.locator('#board [part~="step-status"]').filter({ hasText: '已發布第 2 版考核表。' }).waitFor();
      const v2 = (await api.alliance.assessmentSheets.list().page()).data.find((s) => s.version === 2);
      expect(v2?.items).toEqual(v1.items);
      expect(v2?.bands).toEqual([
        v1.bands[0],
        { minScore: first + 25, rewardFen: v1.bands[1]?.rewardFen },
        ...v1.bands.slice(2),
        { minScore: 99, rewardFen: 800_050 },
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
