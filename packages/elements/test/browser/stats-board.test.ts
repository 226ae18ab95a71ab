import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import { formatMoney } from '@clubkit/core';
import { campaignSentence } from '@clubkit/core/membership';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, smallTargets, tabTo } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true, complaints: 30 }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

/** An administrator's client in Node, to ask the Club API what the board should show. */
async function adminClient(): Promise<OperatorClient> {
  const token = await portal.staffToken('admin');
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

const count = (n: number | null) => (n === null ? '無資料' : new Intl.NumberFormat('zh-Hant').format(n));
const percent = (n: number | null) =>
  n === null ? '無資料' : new Intl.NumberFormat('zh-Hant', { style: 'percent', maximumFractionDigits: 1 }).format(n);

/** Waits until the board has loaded a period, and returns it. */
async function loaded(page: Page): Promise<{ from: string; to: string }> {
  await page.waitForFunction(() => {
    const board = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#board');
    return board?.controller?.state.status === 'ready';
  });
  await page.locator('#board [part~="status"]').filter({ hasText: '已載入' }).waitFor();
  return page.evaluate(() => {
    const board = document.querySelector('#board') as HTMLElement & {
      controller: { period: { from: string; to: string } };
    };
    return { ...board.controller.period };
  });
}

/** A table's cells as text, row by row: the header cell of each row first. */
function tableRows(page: Page, chart: string, part: 'tbody' | 'tfoot'): Promise<string[][]> {
  return page
    .locator(`#board [part~="chart-${chart}"] table ${part} tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
}

describe('<club-stats-board> on a strict-CSP console page in Chromium', () => {
  it('shows an administrator every section, with tables equal to the Club API’s reports for the period, and no CSP violation, console error or axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/stats-board.html?role=admin&axe`);
    try {
      const period = await loaded(page);
      const api = await adminClient();
      const asOf = period.to;
      const [members, desk, revenue, campaigns] = await Promise.all([
        api.stats.members({ ...period, asOf }),
        api.stats.desk({ ...period, asOf }),
        api.stats.revenue(period),
        api.stats.campaigns({ asOf }),
      ]);
      for (const section of ['members', 'desk', 'alliance', 'revenue'])
        expect(await page.locator(`#board [part~="section-${section}"]`).count()).toBe(1);

      const branches = await tableRows(page, 'members-by-branch', 'tbody');
      expect(branches.map((r) => r.slice(1))).toEqual(
        members.byBranch.map((b) => [count(b.byTier.standard), count(b.byTier.vip), count(b.total)]),
      );
      expect((await tableRows(page, 'members-by-branch', 'tfoot'))[0]?.slice(1)).toEqual([
        count(members.byTier.standard),
        count(members.byTier.vip),
        count(members.total),
      ]);
      const states = await tableRows(page, 'members-by-state', 'tbody');
      expect(states.map((r) => r[1])).toEqual(
        (['pending', 'active', 'grace', 'expired', 'cancelled'] as const).map((s) => count(members.byState[s])),
      );
      const a = members.applications;
      expect((await tableRows(page, 'applications', 'tfoot'))[0]?.slice(1)).toEqual([
        count(a.submitted),
        count(a.approved),
        count(a.rejected),
        percent(a.approvalRate),
      ]);
      // The campaigns as of the period's last day, with the club report's own sentence under them.
      expect((await tableRows(page, 'campaigns', 'tbody')).map((r) => r.slice(0, 3))).toEqual(
        campaigns.campaigns.map((k) => [k.campaign.name, count(k.submitted), count(k.approved)]),
      );
      expect(campaigns.campaigns.length).toBe(2);
      expect(await page.locator('#board [part~="chart-campaigns"] [part~="chart-summary"]').textContent()).toBe(
        campaignSentence(campaigns, 'zh-Hant'),
      );
      const c = desk.complaints;
      expect((await tableRows(page, 'complaints', 'tfoot'))[0]?.slice(1)).toEqual([
        count(c.total),
        count(c.resolved),
        count(c.resolvedOnTime),
        percent(c.onTimeRate),
        count(c.followedUp),
        count(c.satisfied),
        percent(c.satisfactionRate),
      ]);
      // The VIP card's revenue beside the plan, month by month, in yuan as members read money.
      const money = (fen: number | null) => (fen === null ? '無資料' : formatMoney(fen, 'zh-Hant'));
      expect((await tableRows(page, 'revenue-recognized', 'tbody')).map((r) => r.slice(1, 3))).toEqual(
        revenue.months.map((m) => [money(m.recognizedFen), money(m.plan?.recognizedFen ?? null)]),
      );
      expect((await tableRows(page, 'revenue-billed', 'tfoot'))[0]?.slice(1)).toEqual([
        money(revenue.totals.billedFen),
        money(revenue.planTotals.billedFen),
        money(revenue.totals.refundedFen),
      ]);
      // The last month's row is that month's own report.
      const lastMonth = await api.stats.desk({ from: `${period.to.slice(0, 7)}-01`, to: period.to, asOf });
      expect((await tableRows(page, 'complaints', 'tbody')).at(-1)?.[1]).toBe(count(lastMonth.complaints.total));

      expect(await smallTargets(page, '#board')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      // The table toggle shows the same table in place of the bars.
      await page.locator('#board [part~="chart-complaints"] [part~="table-toggle"]').click();
      expect(await page.locator('#board [part~="chart-complaints"] [part~="graphic"]').count()).toBe(0);
      expect(await page.locator('#board [part~="chart-complaints"] table').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('changes the period by keyboard alone and shows the new period’s numbers', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/stats-board.html?role=admin`);
    try {
      const before = await loaded(page);
      await tabTo(page, 'board', 'from');
      // One step down in the date field's focused part (its month or its year, by the browser's locale).
      await page.keyboard.press('ArrowDown');
      const typed = await page.evaluate(
        () => document.querySelector('#board')?.shadowRoot?.querySelector<HTMLInputElement>('#from')?.value,
      );
      expect(typed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(typed).not.toBe(before.from);
      await tabTo(page, 'board', 'apply');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (from) =>
          (document.querySelector('#board') as HTMLElement & { controller: { period: { from: string } } }).controller
            .period.from === from,
        typed,
      );
      const after = await loaded(page);
      expect(after).toEqual({ from: typed, to: before.to });
      const members = await (await adminClient()).stats.members({ ...after, asOf: after.to });
      expect((await tableRows(page, 'applications', 'tfoot'))[0]?.[1]).toBe(count(members.applications.submitted));
      expect((await focused(page))?.id).toBe('apply');

      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the service desk its complaints and not the member or alliance sections', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/stats-board.html?role=desk&axe`);
    try {
      await loaded(page);
      expect(await page.locator('#board [part~="section-desk"]').count()).toBe(1);
      expect(await page.locator('#board [part~="section-members"]').count()).toBe(0);
      expect(await page.locator('#board [part~="section-alliance"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a revoked session as an error with a retry that loads the board once the session is live', async () => {
    portal.revokeStaffSessions = true;
    const { page, watch, close } = await openPage(browser, `${portal.url}/stats-board.html?role=admin&axe`);
    try {
      await page.locator('#board [part~="error"]').waitFor();
      expect(await page.locator('#board [part~="error-message"]').textContent()).toMatch(/\S/);
      expect(await axeViolations(page)).toEqual([]);

      portal.revokeStaffSessions = false;
      await tabTo(page, 'board', (at) => at.part === 'retry-button');
      await page.keyboard.press('Enter');
      await loaded(page);
      expect((await focused(page))?.id).toBe('base');
      expect(await page.locator('#board [part~="section-members"]').count()).toBe(1);

      expect(watch.cspViolations).toEqual([]);
      // Only the refused requests of the revoked session, which the browser logs by itself.
      expect(watch.consoleErrors.length).toBeGreaterThan(0);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      portal.revokeStaffSessions = false;
      await close();
    }
  });
});
