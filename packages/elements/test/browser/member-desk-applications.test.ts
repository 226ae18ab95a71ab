import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import { dateInZone } from '@clubkit/core';
import type { Campaign, MembershipApplication } from '@clubkit/core/membership';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

async function staffClient(role: string): Promise<OperatorClient> {
  const token = await portal.staffToken(role);
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

/** The id and part of what has keyboard focus inside the desk. */
function focusedInDesk(page: Page): Promise<{ id: string; part: string } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('#desk');
    const el = host?.shadowRoot?.activeElement;
    if (!el || document.activeElement !== host) return null;
    return { id: el.id, part: el.getAttribute('part') ?? '' };
  });
}

/** Presses Tab until the element of `id` (or part `part:<name>`) inside the desk has focus; keyboard only. */
async function tabTo(page: Page, target: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const at = await focusedInDesk(page);
    if (at && (target.startsWith('part:') ? at.part.split(' ').includes(target.slice(5)) : at.id === target)) return;
  }
  throw new Error(`Tab never reached ${target} (focus is on ${JSON.stringify(await focusedInDesk(page))})`);
}

async function focusOn(page: Page, id: string): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === want, id);
}

async function queueReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#desk');
    return desk?.controller?.state.status === 'ready';
  });
}

/** Opens the application form by keyboard and waits for its campaigns. */
async function openForm(page: Page): Promise<void> {
  await tabTo(page, 'apply-button');
  await page.keyboard.press('Enter');
  await focusOn(page, 'app-title');
  await page.locator('#desk [part~="application-form"] button[part~="submit-button"]:not([disabled])').waitFor();
}

/** Types the applicant, car and policy number by keyboard, field after field. */
async function typeApplicant(page: Page, name: string, plate: string): Promise<void> {
  for (const [id, text] of [
    ['app-name', name],
    ['app-phone', '13800000000'],
    ['app-plate', plate],
    ['app-policy-number', `PDAA${plate.slice(-4)}`],
  ] as const) {
    await tabTo(page, id);
    await page.keyboard.type(text);
  }
}

async function byPlate(api: OperatorClient, plate: string): Promise<MembershipApplication[]> {
  const out: MembershipApplication[] = [];
  for await (const a of api.memberships.applications({ limit: 100 })) if (a.plate.includes(plate.slice(2))) out.push(a);
  return out;
}

const today = () => dateInZone(new Date(), 'Asia/Shanghai');

async function running(api: OperatorClient): Promise<Campaign> {
  const [campaign] = (await api.campaigns.list({ runningOn: today(), limit: 100 }).page()).data;
  if (!campaign) throw new Error('The demo data has no campaign running today');
  return campaign;
}

describe('<club-member-desk> application form with its campaign, in Chromium against the Club API', () => {
  it('lets a branch operator submit an application by keyboard naming the campaign running today, which the Club API stores and the campaign report counts', async () => {
    const admin = await staffClient('admin');
    const campaign = await running(admin);
    const tally = async () =>
      (await admin.stats.campaigns({ asOf: today() })).campaigns.find((c) => c.campaign.id === campaign.id)?.submitted;
    const before = await tally();
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=branch&axe`);
    try {
      await queueReady(page);
      await openForm(page);
      const desk = page.locator('#desk');
      // A branch operator applies for the own branch; the campaigns offered are those running today.
      expect(await desk.locator('[part~="application-form"] .note').first().textContent()).toContain('br_jinghong');
      expect(await desk.locator('#app-campaign option').allTextContents()).toEqual([
        '無（非活動招募）',
        expect.stringContaining(campaign.name),
      ]);
      expect(await axeViolations(page)).toEqual([]);
      await typeApplicant(page, '岩溫香', '雲K7C301');
      await tabTo(page, 'app-campaign');
      await page.keyboard.press('ArrowDown');
      expect(await desk.locator('#app-campaign').inputValue()).toBe(campaign.id);
      await tabTo(page, 'part:submit-button');
      await page.keyboard.press('Enter');
      await focusOn(page, 'apply-button');
      expect(await desk.locator('[part~="status"][role="status"]').last().textContent()).toContain(
        `已送出 岩溫香 的入會申請，來自行銷活動「${campaign.name}」。`,
      );
      const [stored] = await byPlate(admin, '雲K7C301');
      expect(stored).toMatchObject({ branchId: 'br_jinghong', campaignId: campaign.id, status: 'submitted' });
      expect(await tally()).toBe((before ?? 0) + 1);
      // The queue names the campaign in the new application's row.
      await queueReady(page);
      await expect(
        desk.locator('[part~="applications"] tbody tr', { hasText: '岩溫香' }).textContent(),
      ).resolves.toContain(campaign.name);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('names the empty fields first and sends nothing, then words a campaign the Club API refuses (ended, or unknown) with nothing stored', async () => {
    const admin = await staffClient('admin');
    const campaigns = (await admin.campaigns.list({ limit: 100 }).page()).data;
    const ended = campaigns.find((c) => c.to < today());
    if (!ended) throw new Error('The demo data has no ended campaign');
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=admin&axe`);
    try {
      await queueReady(page);
      await openForm(page);
      const desk = page.locator('#desk');
      // Nothing typed: the administrator's branch choice is named first, and focused.
      await tabTo(page, 'part:submit-button');
      await page.keyboard.press('Enter');
      await focusOn(page, 'app-branch');
      expect(await desk.locator('#app-branch-error').textContent()).toBe('此欄必填。');
      expect(await desk.locator('#app-name').getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);

      await page.keyboard.press('ArrowDown');
      await typeApplicant(page, '玉香', '雲K7C302');
      // The page was opened while the ended campaign still ran: its choice is still offered.
      await page.evaluate((id) => {
        const option = document
          .querySelector('#desk')
          ?.shadowRoot?.querySelector<HTMLOptionElement>('#app-campaign option:last-child');
        if (option) option.value = id;
      }, ended.id);
      await tabTo(page, 'app-campaign');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, 'part:submit-button');
      await page.keyboard.press('Enter');
      await focusOn(page, 'app-campaign');
      expect(await desk.locator('#app-campaign-error').textContent()).toBe(
        '這項行銷活動今天沒有進行，申請不能掛在它名下。',
      );
      expect(await desk.locator('#app-error').textContent()).toContain('未儲存任何資料');
      expect(await byPlate(admin, '雲K7C302')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      // A campaign the club never set up.
      const unknown = `${ended.id.slice(0, -4)}ZZZZ`;
      await page.evaluate((id) => {
        const option = document
          .querySelector('#desk')
          ?.shadowRoot?.querySelector<HTMLOptionElement>('#app-campaign option:last-child');
        if (option) option.value = id;
      }, unknown);
      await tabTo(page, 'part:submit-button');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () =>
          document.querySelector('#desk')?.shadowRoot?.querySelector('#app-campaign-error')?.textContent ===
          '查無這項行銷活動。',
      );
      await focusOn(page, 'app-campaign');
      expect(await byPlate(admin, '雲K7C302')).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      // The refusals' own lines (the browser logs a 4xx answer), and nothing else.
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the campaign form to the administrator only: a branch operator on the same page sees the campaigns but no form', async () => {
    for (const [role, shown] of [
      ['branch', false],
      ['admin', true],
    ] as const) {
      const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=${role}`);
      try {
        await page.evaluate(() => document.querySelector('#desk')?.setAttribute('manage-campaigns', ''));
        await queueReady(page);
        const desk = page.locator('#desk');
        await desk.locator('[part~="campaign-list"]').waitFor();
        // The administrator's form is a chunk loaded for her: waited for; the branch operator's page never asks for it.
        if (shown) await desk.locator('[part~="campaign-form"]').waitFor();
        expect(await desk.locator('[part~="campaign-form"]').count()).toBe(shown ? 1 : 0);
        // Both may submit applications: the administrator for any branch, the branch operator for its own.
        expect(await desk.locator('[part~="apply-button"]').count()).toBe(1);
        expect(watch.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
