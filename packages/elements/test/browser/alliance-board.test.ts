import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import { formatMoney } from '@clubkit/core';
import type { AllianceStanding } from '@clubkit/core/alliance';
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

/** The alliance staff member's own client in Node, to ask the Club API what the board should show. */
async function allianceClient(): Promise<OperatorClient> {
  const token = await portal.staffToken('alliance');
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

interface BoardHost extends HTMLElement {
  controller: {
    state: { status: string; month?: string; countyId?: string };
    pay: { status: string; statement?: { salespersonId: string; month: string } };
    month: string;
  };
}

/**
 * Waits until the board shows the standing of `month` (any, when not given) of `countyId` (any
 * county when not given, every county with `''`) and returns the month.
 */
async function standingShown(page: Page, month?: string, countyId?: string): Promise<string> {
  return page.evaluate(
    async ([m, c]) => {
      for (;;) {
        const board = document.querySelector<BoardHost>('#board');
        const s = board?.controller.state;
        if (s?.status === 'ready' && (m === null || s.month === m) && (c === null || (s.countyId ?? '') === c))
          return s.month ?? '';
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    [month ?? null, countyId ?? null] as const,
  );
}

/** Waits until the pay statement of `salespersonId` (any, when not given) for `month` is shown. */
async function payShown(page: Page, month: string, salespersonId?: string): Promise<string> {
  return page.evaluate(
    async ([m, id]) => {
      for (;;) {
        const pay = document.querySelector<BoardHost>('#board')?.controller.pay;
        const s = pay?.statement;
        if (pay?.status === 'ready' && s?.month === m && (id === null || s.salespersonId === id))
          return s.salespersonId;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    [month, salespersonId ?? null] as const,
  );
}

/** The table's rows: the dealer's id, row part, and each cell's text. */
function rows(page: Page): Promise<{ id: string; part: string; cells: string[] }[]> {
  return page.locator('#board [part~="standing"] tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      id: (tr as HTMLElement).dataset['dealer'] ?? '',
      part: tr.getAttribute('part') ?? '',
      cells: [...tr.querySelectorAll('th, td')].map((c) => c.textContent.replace(/\s+/g, ' ').trim()),
    })),
  );
}

const LEVELS: Record<string, string> = {
  met: '達標',
  short: '未達 70 %',
  warned: '警告',
  revocable: '應取消資格',
  unreported: '未報數',
  revoked: '已取消資格',
};
const count = (n: number | null) => (n === null ? '—' : new Intl.NumberFormat('zh-Hant').format(n));
const percent = (n: number | null) =>
  n === null ? '—' : new Intl.NumberFormat('zh-Hant', { style: 'percent', maximumFractionDigits: 1 }).format(n);

/** What the table must show for the Club API's answer: ids, levels and figures, row by row. */
async function expectTable(page: Page, standing: AllianceStanding, api: OperatorClient): Promise<void> {
  const names = new Map<string, string>();
  for await (const c of api.alliance.counties.list()) names.set(c.id, c.name);
  const shown = await rows(page);
  expect(shown.map((r) => r.id)).toEqual(standing.dealers.map((d) => d.dealerId));
  for (const [i, d] of standing.dealers.entries()) {
    const row = shown[i];
    expect(row?.part).toBe(`row row-${d.level}`);
    expect([...(row?.cells.slice(0, 2) ?? []), ...(row?.cells.slice(3) ?? [])]).toEqual([
      names.get(d.countyId),
      d.name,
      count(d.sales),
      count(d.marketSales),
      percent(d.share),
    ]);
    // The standing follows the dealer's name, so a narrow screen sees it before scrolling.
    expect(row?.cells[2]?.replace(/^⚠ /, '').startsWith(LEVELS[d.level] ?? '?')).toBe(true);
  }
}

describe('<club-alliance-board> on a strict-CSP console page in Chromium', () => {
  it('shows every dealer’s standing for the last month as the Club API judges it, the warned dealer marked and said in words, with no CSP violation, console error or axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      const month = await standingShown(page);
      const api = await allianceClient();
      const standing = await api.alliance.dealers.standing({ month });
      // The demo alliance: two dealers on target, one short two months running, one revoked.
      expect(standing.dealers.map((d) => d.level).sort()).toEqual(['met', 'met', 'revoked', 'warned']);
      await expectTable(page, standing, api);
      const warned = standing.dealers.find((d) => d.level === 'warned');
      const row = page.locator(`#board tr[data-dealer="${warned?.dealerId}"]`);
      await expect(row.locator('[part~="level-warned"]').textContent()).resolves.toContain('警告');
      await expect(row.locator('[part~="level-note"]').textContent()).resolves.toBe(
        '連續 2 個月未達 70 %：下個月仍未達即取消資格。',
      );
      const revoked = standing.dealers.find((d) => d.level === 'revoked');
      await expect(
        page.locator(`#board tr[data-dealer="${revoked?.dealerId}"] [part~="level-note"]`).textContent(),
      ).resolves.toContain('連續三個月未達 70 %');
      await expect(page.locator('#board [part~="status"]').first().textContent()).resolves.toContain(
        '4 家經銷商，其中 1 家受警告',
      );
      expect(await smallTargets(page, '#board')).toEqual([]);
      await payShown(page, month);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('changes the month and the county by keyboard alone, each time showing what the Club API answers', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance`);
    try {
      const last = await standingShown(page);
      const api = await allianceClient();
      // The month before: the warned dealer was short only once then.
      await tabTo(page, 'board', 'month');
      await page.keyboard.press('ArrowDown');
      const before = await page.evaluate(() => (document.querySelector('#board') as BoardHost).controller.month);
      expect(before < last).toBe(true);
      await standingShown(page, before);
      const earlier = await api.alliance.dealers.standing({ month: before });
      expect(earlier.dealers.map((d) => d.level).sort()).toEqual(['met', 'met', 'revoked', 'short']);
      await expectTable(page, earlier, api);
      expect((await focused(page))?.id).toBe('month');

      // One county with dealers (江城縣 has none: it is still being developed): its dealers only.
      const counties = (await api.alliance.counties.list().page()).data;
      const at = counties.findIndex((c) => c.id === earlier.dealers[0]?.countyId);
      const first = counties[at];
      if (!first) throw new Error('The demo alliance has no county with a dealer');
      await tabTo(page, 'board', 'county');
      for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
      await standingShown(page, before, first.id);
      const one = await api.alliance.dealers.standing({ month: before, countyId: first.id });
      expect(one.dealers.length).toBeGreaterThan(0);
      await expectTable(page, one, api);
      expect((await focused(page))?.id).toBe('county');

      // Back to every county, and the month after again.
      for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowUp');
      await standingShown(page, before, '');
      await expectTable(page, earlier, api);
      await tabTo(page, 'board', 'month', { back: true });
      await page.keyboard.press('ArrowUp');
      await standingShown(page, last);
      await expect(page.locator('#board [part~="row-warned"]').count()).resolves.toBe(1);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a salesperson’s pay statement for the month, another chosen by keyboard, line for line as the Club API computes it', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      const month = await standingShown(page);
      const api = await allianceClient();
      const people = (await api.alliance.salespeople.list().page()).data;
      expect(people).toHaveLength(2);
      // The first salesperson's statement until another is chosen.
      expect(await payShown(page, month)).toBe(people[0]?.id);
      await tabTo(page, 'board', 'salesperson');
      await page.keyboard.press('ArrowDown');
      const second = people[1];
      if (!second) throw new Error('The demo alliance has one salesperson');
      await payShown(page, month, second.id);
      const statement = await api.alliance.salespeople.pay(second.id, month);
      const lines = await page
        .locator('#board [part~="statement"] > div')
        .evaluateAll((ds) => ds.map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]));
      const money = (fen: number) => formatMoney(fen, 'zh-Hant');
      expect(lines.slice(1)).toEqual([
        ['底薪 × 70 %', money(statement.pay.fixedFen)],
        ['底薪 × 30 % × 完成率', money(statement.pay.networkFen)],
        ['拜訪基金', money(statement.pay.visitFundFen)],
        [
          `報表罰款（遲交 ${statement.lateReports} 份、未交 ${statement.missingReports} 份），從拜訪基金扣除`,
          statement.pay.deductionsFen > 0 ? `−${money(statement.pay.deductionsFen)}` : money(0),
        ],
        ['實發', money(statement.pay.totalFen)],
      ]);
      // 勐臘 has a member, 江城 is blank and still in its development period: left out of both counts.
      expect(statement.network).toEqual({ covered: 1, counted: 1, completion: 1 });
      expect(lines[0]?.[1]).toContain('1 個縣市中 1 個有會員（100%');
      await expect(page.locator('#board [part~="pay"] h4').textContent()).resolves.toContain(second.name);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a revoked session as an error with a retry that loads the board by keyboard once the session is live', async () => {
    portal.revokeStaffSessions = true;
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await page.locator('#board [part~="error"]').waitFor();
      expect(await page.locator('#board [part~="error"] p').textContent()).toMatch(/\S/);
      expect(await page.locator('#board [part~="standing"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      portal.revokeStaffSessions = false;
      await tabTo(page, 'board', (at) => at.part === 'retry-button');
      await page.keyboard.press('Enter');
      await standingShown(page);
      expect(await page.locator('#board [part~="row"]').count()).toBe(4);
      expect(watch.cspViolations).toEqual([]);
      // Only the refused requests of the revoked session, which the browser logs by itself.
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      portal.revokeStaffSessions = false;
      await close();
    }
  });

  it('opens the half-yearly assessments on demand, refuses a refusal without a reason, and approves one by keyboard, its reward paid from the fund as the Club API keeps it, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await standingShown(page);
      const api = await allianceClient();
      await tabTo(page, 'board', (at) => at.part === 'assessments-button');
      await page.keyboard.press('Enter');
      const list = page.locator('#board [part~="assessment-list"]');
      await list.waitFor();
      const assessments = (await api.alliance.assessments.list().page()).data;
      const shown = await list
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset['assessment']));
      expect(shown).toEqual(assessments.map((a) => a.id));
      // The demo: one filed, one awaiting the sales centre, one the region sent back to the branch.
      const awaiting = assessments.find((a) => a.awaiting === 'sales-centre');
      if (!awaiting) throw new Error('The demo alliance has no assessment awaiting the sales centre');
      const row = list.locator(`tr[data-assessment="${awaiting.id}"]`);
      await expect(row.locator('[part~="step"]').textContent()).resolves.toBe('待銷售中心審批');
      await expect(list.locator('[part~="returned"]').textContent()).resolves.toContain('已退回：');
      await expect(list.locator('[part~="decision"]').count()).resolves.toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      // Sending back needs a reason: nothing is sent without one.
      await row.locator('input[name="signer"]').fill('趙志強');
      await row.locator('[part~="refuse-button"]').click();
      await expect(row.locator('[part~="error"]').textContent()).resolves.toContain('退回須填寫原因。');
      expect((await api.alliance.assessments.list({ awaiting: 'sales-centre' }).page()).data).toHaveLength(1);

      // Approved and filed by keyboard: the reward is paid from the half-year's fund.
      const [before] = (await api.alliance.rewardFunds.list({ halfYear: awaiting.halfYear }).page()).data;
      // The sign button is just before the refuse button that has focus.
      await tabTo(page, 'board', (at) => at.part === 'sign-button', { back: true });
      await page.keyboard.press('Enter');
      await page.locator('#board [part~="assessments"] [part~="status"]').filter({ hasText: '已審批' }).waitFor();
      const filed = (await api.alliance.assessments.list({ status: 'filed' }).page()).data.map((a) => a.id);
      expect(filed).toContain(awaiting.id);
      const [after] = (await api.alliance.rewardFunds.list({ halfYear: awaiting.halfYear }).page()).data;
      expect(after?.paidFen).toBe((before?.paidFen ?? 0) + awaiting.rewardFen);
      const money = (fen: number) => formatMoney(fen, 'zh-Hant');
      const fundRow = await page
        .locator(`#board [part~="fund"][data-fund="${after?.id}"] td.num`)
        .evaluateAll((tds) => tds.map((td) => td.textContent));
      expect(fundRow).toEqual([
        money(after?.budgetedFen ?? 0),
        money(after?.finesFen ?? 0),
        money(after?.paidFen ?? 0),
        money(after?.leftFen ?? 0),
      ]);
      await expect(list.locator('[part~="decision"]').count()).resolves.toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens the secondary-dealer lists on demand by keyboard: the ten largest as the Club API ranks them, a third choice in a county refused, one taken back, and a list filed, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    /** Tabs to the choose button of the candidate `name`, keyboard only. */
    const tabToChoice = async (name: string) => {
      for (let presses = 0; presses < 200; presses++) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => {
          let el = document.activeElement;
          while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
          return el?.getAttribute('aria-label') ?? null;
        });
        if (label === `選定: ${name}`) return;
      }
      throw new Error(`no choose button for ${name}`);
    };
    try {
      await standingShown(page);
      const api = await allianceClient();
      await tabTo(page, 'board', (at) => at.part === 'secondary-lists-button');
      await page.keyboard.press('Enter');
      const section = page.locator('#board [part~="secondary-lists"]');
      await section.locator('[part~="largest"]').first().waitFor();
      const view = await api.alliance.secondaryLists.largest();
      const shownLargest = await section
        .locator('[part~="largest"]')
        .evaluateAll((tables) =>
          tables.map((t) => [...t.querySelectorAll('tbody th')].map((th) => th.textContent.trim())),
        );
      expect(shownLargest).toEqual(view.primaryDealers.map((p) => p.largest.map((c) => c.name)));
      // The demo: fifteen candidates buy from 版納糖酒副食公司, so its table stops at ten.
      expect(shownLargest.map((names) => names.length)).toEqual([3, 10]);
      expect(await axeViolations(page)).toEqual([]);

      // 景洪市 has two chosen already: a third is refused, and nothing changes.
      const status = section.locator(':scope > [part~="status"]');
      await tabToChoice('景洪佳惠超市');
      await page.keyboard.press('Enter');
      await expect(section.locator(':scope > [part~="error"]').textContent()).resolves.toContain('此縣已選定兩家');
      const liList = (await api.alliance.secondaryLists.list().page()).data.find((l) =>
        l.entries.some((e) => e.name === '景洪佳惠超市'),
      );
      expect(liList?.entries.filter((e) => e.chosen).map((e) => e.name)).toEqual([
        '景洪眾誠副食批發',
        '景洪興達商行',
        '勐海順達食品商行',
      ]);

      // One taken back by keyboard: the button is no longer pressed and the Club API agrees.
      await tabToChoice('景洪興達商行');
      await page.keyboard.press('Enter');
      await status.filter({ hasText: '已取消選定 景洪興達商行。' }).waitFor();
      const after = await api.alliance.secondaryLists.get(liList?.id ?? '');
      expect(after.entries.find((e) => e.name === '景洪興達商行')?.chosen).toBe(false);
      await expect(
        section.locator('[part~="choose-button"][aria-label="選定: 景洪興達商行"]').getAttribute('aria-pressed'),
      ).resolves.toBe('false');

      // A candidate listed and filed by keyboard: the centre's own list, now one of the current ones.
      await tabTo(page, 'board', 'sdl-name');
      await page.keyboard.type('景洪新興商店');
      await page.keyboard.press('Tab');
      await page.keyboard.type('版納糖酒副食公司');
      await tabTo(page, 'board', 'sdl-volume');
      await page.keyboard.type('150');
      await page.keyboard.press('Enter');
      await status.filter({ hasText: '清單中有 1 家' }).waitFor();
      await tabTo(page, 'board', (at) => at.part === 'file-button');
      await page.keyboard.press('Enter');
      await status.filter({ hasText: '已上報 1 家二級客戶。' }).waitFor();
      const lists = (await api.alliance.secondaryLists.list().page()).data;
      const filed = lists.find((l) => l.salespersonId === null);
      expect(filed?.entries.map((e) => [e.name, e.primaryDealer, e.monthlyVolume, e.businessState])).toEqual([
        ['景洪新興商店', '版納糖酒副食公司', 150, 'fair'],
      ]);
      await section.locator(`[part~="secondary-list"][data-list="${filed?.id}"]`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, '#board')).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      // The refused third choice is the one failed request (409), logged by the browser itself.
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
      expect(watch.consoleErrors.filter((e) => failedResource.test(e))).toHaveLength(1);
    } finally {
      await close();
    }
  });
});
