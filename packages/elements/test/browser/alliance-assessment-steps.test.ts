import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import { formatMoney } from '@clubkit/core';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { smallTargets, tabTo, withPart } from './support.js';

// The alliance board's assessment steps before the sales centre's, the sheet editor and the reward
// fund ledger with its fines, worked by keyboard on the demo alliance (one assessment filed, one
// awaiting the sales centre, one the region sent back to the branch).

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

/** Opens the board and its assessment section by keyboard; resolves once the sheet editor is shown. */
async function openSection(page: Page): Promise<void> {
  await page.locator('#board [part~="standing"]').waitFor();
  await tabTo(page, 'board', withPart('assessments-button'));
  await page.keyboard.press('Enter');
  await page.locator('#board [part~="sheet-editor"]').waitFor();
}

/** Waits until the step status announces `text`. */
async function announced(page: Page, text: string): Promise<void> {
  await page.locator('#board [part~="step-status"]').filter({ hasText: text }).waitFor();
}

/** Whether a field in the board is marked invalid and described by the alert it names, and that alert's text. */
function fieldProblem(page: Page, selector: string): Promise<{ invalid: string | null; message: string | null }> {
  return page.evaluate((sel) => {
    const root = document.querySelector('#board')?.shadowRoot;
    const field = root?.querySelector(sel);
    const id = field?.getAttribute('aria-describedby');
    const message = id ? (root?.getElementById(id)?.textContent.trim() ?? null) : null;
    return { invalid: field?.getAttribute('aria-invalid') ?? null, message };
  }, selector);
}

describe('<club-alliance-board> assessment steps, sheet and funds in Chromium', () => {
  it('sends the branch’s step back to the deputy with a reason, and the deputy corrects a score named at its field and signs, by keyboard', async () => {
    const api = await allianceClient();
    const [atBranch] = (await api.alliance.assessments.list({ awaiting: 'branch' }).page()).data;
    if (!atBranch) throw new Error('The demo has no assessment awaiting the branch');
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await openSection(page);
      const row = page.locator(`#board tr[data-assessment="${atBranch.id}"]`);
      await expect(row.locator('[part~="step-form"]').getAttribute('aria-label')).resolves.toContain('待分公司核實');
      expect(await axeViolations(page)).toEqual([]);

      // Sent back without a reason: stopped at the reason, nothing sent.
      await tabTo(page, 'board', `signer-${atBranch.id}`, { max: 80 });
      await page.keyboard.type('版納分公司 王建');
      await tabTo(page, 'board', withPart('step-refuse-button'));
      await page.keyboard.press('Enter');
      expect(await fieldProblem(page, `#reason-${atBranch.id}`)).toEqual({
        invalid: 'true',
        message: '退回須填寫原因。',
      });
      expect((await api.alliance.assessments.get(atBranch.id)).awaiting).toBe('branch');
      await tabTo(page, 'board', `reason-${atBranch.id}`, { back: true });
      await page.keyboard.type('銷量得分需主任與副主任重新評定');
      await tabTo(page, 'board', withPart('step-refuse-button'));
      await page.keyboard.press('Enter');
      await announced(page, '已退回');
      const back = await api.alliance.assessments.get(atBranch.id);
      expect([back.awaiting, back.returned?.reason]).toEqual(['deputy', '銷量得分需主任與副主任重新評定']);

      // The deputy's form: every item's score, the total; one above its points is named at its field.
      const [first] = back.sheet.items;
      if (!first) throw new Error('The demo sheet has no item');
      await expect(row.locator('[part~="score"]').count()).resolves.toBe(back.sheet.items.length);
      await expect(row.locator('[part~="score-total"]').textContent()).resolves.toBe(`合計 ${back.totalScore} / 100`);
      await tabTo(page, 'board', `score-${first.key}-${back.id}`, { back: true, max: 80 });
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(String(first.points + 1));
      await tabTo(page, 'board', `signer-${back.id}`);
      await page.keyboard.type('岩溫');
      await tabTo(page, 'board', withPart('step-sign-button'));
      await page.keyboard.press('Enter');
      expect(await fieldProblem(page, `#score-${first.key}-${back.id}`)).toEqual({
        invalid: 'true',
        message: `請填 0 至 ${first.points} 的整數。`,
      });
      expect((await api.alliance.assessments.get(back.id)).awaiting).toBe('deputy');
      expect(await axeViolations(page)).toEqual([]);

      const was = back.scores.find((s) => s.key === first.key)?.score ?? 0;
      await tabTo(page, 'board', `score-${first.key}-${back.id}`, { back: true, max: 80 });
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(String(first.points));
      const total = back.totalScore - was + first.points;
      await expect(row.locator('[part~="score-total"]').textContent()).resolves.toBe(`合計 ${total} / 100`);
      await tabTo(page, 'board', withPart('step-sign-button'));
      await page.keyboard.press('Enter');
      await announced(page, '已簽核');
      const signed = await api.alliance.assessments.get(back.id);
      expect([signed.awaiting, signed.totalScore, signed.returned]).toEqual(['branch', total, null]);
      expect(signed.signatures.at(-1)).toMatchObject({ step: 'deputy', outcome: 'signed', signerName: '岩溫' });
      await expect(row.locator('[part~="step"]').textContent()).resolves.toBe('待分公司核實');
      expect(await smallTargets(page, '#board')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('publishes a new sheet version only at exactly 100 points, naming the points before sending', async () => {
    const api = await allianceClient();
    const [v1] = (await api.alliance.assessmentSheets.list().page()).data;
    if (!v1) throw new Error('The demo has no sheet');
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await openSection(page);
      await expect(page.locator('#board #sheet-title').textContent()).resolves.toBe('考核表（現行第 1 版）');
      await expect(page.locator('#board [part~="sheet-total"]').textContent()).resolves.toBe('各項合計 100 分');
      // The last item one point less: 99.
      const last = v1.items.length;
      await tabTo(page, 'board', (at) => at.part === 'sheet-points', { max: 120 });
      for (let i = 1; i < last; i++) await tabTo(page, 'board', withPart('sheet-points'));
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(String((v1.items.at(-1)?.points ?? 0) - 1));
      await expect(page.locator('#board [part~="sheet-total"]').textContent()).resolves.toBe('各項合計 99 分');
      await tabTo(page, 'board', withPart('publish-button'));
      await page.keyboard.press('Enter');
      const problem = await fieldProblem(page, `[part~="sheet-item"]:nth-child(${last}) [part~="sheet-points"]`);
      expect(problem).toEqual({ invalid: 'true', message: '各項合計須為 100 分，現為 99 分。' });
      expect((await api.alliance.assessmentSheets.list().page()).data).toHaveLength(1);
      expect(await axeViolations(page)).toEqual([]);

      // A new item of one point: 100, published as version 2 with the bands of version 1.
      await tabTo(page, 'board', withPart('add-item-button'), { back: true });
      await page.keyboard.press('Enter');
      await tabTo(page, 'board', withPart('sheet-key'), { back: true, max: 10 });
      await page.keyboard.type('reports');
      await page.keyboard.press('Tab');
      await page.keyboard.type('報表及時');
      await page.keyboard.press('Tab');
      await page.keyboard.type('1');
      await expect(page.locator('#board [part~="sheet-total"]').textContent()).resolves.toBe('各項合計 100 分');
      await tabTo(page, 'board', withPart('publish-button'));
      await page.keyboard.press('Enter');
      await announced(page, '已發布第 2 版考核表。');
      const versions = (await api.alliance.assessmentSheets.list().page()).data;
      const v2 = versions.find((s) => s.version === 2);
      expect(v2?.items.at(-1)).toEqual({ key: 'reports', label: '報表及時', points: 1 });
      expect(v2?.bands).toEqual(v1.bands);
      await expect(page.locator('#board #sheet-title').textContent()).resolves.toBe('考核表（現行第 2 版）');
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows each fund budgeted, fines in, paid and left, a report fine credited, and sets and changes budgets by keyboard', async () => {
    const api = await allianceClient();
    const [fund] = (await api.alliance.rewardFunds.list().page()).data;
    const [salesperson] = (await api.alliance.salespeople.list().page()).data;
    if (!fund || !salesperson) throw new Error('The demo has no fund or salesperson');
    const month = `${fund.halfYear.slice(0, 4)}-${fund.halfYear.endsWith('H1') ? '03' : '09'}`;
    await api.alliance.penalties.create({ kind: 'missing-report', salespersonId: salesperson.id, month });
    const { page, watch, close } = await openPage(browser, `${portal.url}/alliance-board.html?role=alliance&axe`);
    try {
      await openSection(page);
      const money = (fen: number) => formatMoney(fen, 'zh-Hant');
      const cells = () =>
        page
          .locator(`#board [part~="fund"][data-fund="${fund.id}"] td.num`)
          .evaluateAll((tds) => tds.map((td) => td.textContent));
      const fined = (await api.alliance.rewardFunds.list({ halfYear: fund.halfYear }).page()).data[0];
      expect(fined?.finesFen).toBe(fund.finesFen + 20_000);
      expect(await cells()).toEqual([
        money(fund.budgetedFen),
        money(fund.finesFen + 20_000),
        money(fund.paidFen),
        money(fund.leftFen + 20_000),
      ]);

      // A budget of less than one fen's precision is named at its field; a new budget is saved.
      await tabTo(page, 'board', `budget-${fund.id}`, { max: 120 });
      await page.keyboard.type('30000.125');
      await page.keyboard.press('Enter');
      expect(await fieldProblem(page, `#budget-${fund.id}`)).toEqual({
        invalid: 'true',
        message: '請填不少於 0、至多兩位小數的金額。',
      });
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('30000');
      await page.keyboard.press('Enter');
      await announced(page, `已儲存 ${fund.halfYear} 獎勵基金。`);
      const revised = (await api.alliance.rewardFunds.list({ halfYear: fund.halfYear }).page()).data[0];
      expect(revised?.budgetedFen).toBe(3_000_000);
      expect((await cells())[0]).toBe(money(3_000_000));

      // A new half-year's fund.
      await tabTo(page, 'board', 'fund-half-year', { max: 20 });
      await page.keyboard.type('2027-H1');
      await page.keyboard.press('Tab');
      await page.keyboard.type('20000');
      await tabTo(page, 'board', withPart('set-fund-button'));
      await page.keyboard.press('Enter');
      await announced(page, '已儲存 2027-H1 獎勵基金。');
      const [set] = (await api.alliance.rewardFunds.list({ halfYear: '2027-H1' }).page()).data;
      expect([set?.budgetedFen, set?.finesFen, set?.paidFen, set?.leftFen]).toEqual([2_000_000, 0, 0, 2_000_000]);
      await page.locator(`#board [part~="fund"][data-fund="${set?.id}"]`).waitFor();
      expect(await smallTargets(page, '#board')).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
