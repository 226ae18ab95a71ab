import { isClubApiError } from '@clubkit/client';
import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, tabTo, textOf } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true, complaints: 5 }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

/** A staff member's own client in Node (a role, or a staff id), to ask the Club API what it holds. */
async function clientOf(who: string): Promise<OperatorClient> {
  const token = await portal.staffToken(who);
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

const staffNamed = (name: string) => {
  const staff = portal.api.demo.staff.find((s) => s.name === name);
  if (!staff) throw new Error(`The demo seed has no ${name}`);
  return staff;
};

/** The desk's part's text, whitespace folded. */
const partText = (page: Page, part: string) => textOf(page.locator(`#desk [part~="${part}"]`).first());

/** Tabs to the element of the desk with this id and types into it. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, 'desk', id, { max: 60 });
  await page.keyboard.type(text);
}

/** Opens a section of the desk ("conduct" or "surveys") by keyboard; focus lands on its heading. */
async function openSection(page: Page, kind: string): Promise<void> {
  await page.waitForFunction(() => {
    const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#desk');
    return desk?.controller?.state.status === 'ready';
  });
  await tabTo(page, 'desk', (at) => at.part === `${kind}-button`, { max: 80 });
  await page.keyboard.press('Enter');
  await page.waitForFunction((k) => {
    const root = document.querySelector('#desk')?.shadowRoot;
    return root?.activeElement?.id === `${k}-heading`;
  }, kind);
}

async function statusSays(page: Page, id: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([i, t]) => document.querySelector('#desk')?.shadowRoot?.querySelector(`#${i}`)?.textContent.includes(t),
    [id, text] as const,
  );
}

async function complaintCount(): Promise<number> {
  return portal.count('complaints');
}

/** How many of something the Club API lists, all pages. */
async function countOf(items: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const item of items) if (item) n += 1;
  return n;
}

describe('<club-complaint-desk> staff conduct complaints in Chromium against the Club API', () => {
  it('logs a conduct complaint with a witness and evidence by keyboard alone; its manager handles it; the desk may not move it; the staff member complained about never sees it', async () => {
    const accused = staffNamed('李文傑');
    const manager = staffNamed('林秀英');
    const desk = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    let reference = '';
    try {
      const { page, watch } = desk;
      await openSection(page, 'conduct');
      // Sent empty, every required field is named and nothing is stored.
      const before = await complaintCount();
      await tabTo(page, 'desk', (at) => at.part === 'submit-button', { max: 60 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'cd-staffId');
      expect(await page.locator('#desk [part~="field-error"]').count()).toBe(5);
      expect(await page.locator('#desk #cd-staffId').getAttribute('aria-invalid')).toBe('true');
      expect(await complaintCount()).toBe(before);

      // The staff member by the start of their name, chosen from the list by keyboard.
      await page.keyboard.type('李文');
      await statusSays(page, 'cd-staff-status', '姓名以「李文」開頭的員工有 1 位');
      expect(await page.locator('#desk #cd-staffId').getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('#desk #cd-staffId').getAttribute('aria-activedescendant')).toBe('cd-staff-0');
      expect(await page.locator('#desk #cd-staff-0').getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('Enter');
      await statusSays(page, 'cd-staff-status', '已選：李文傑 · 客服中心');
      expect(await page.locator('#desk #cd-staffId').inputValue()).toBe('李文傑');
      expect(await page.locator('#desk #cd-staffId').getAttribute('aria-expanded')).toBe('false');
      expect((await focused(page))?.id).toBe('cd-staffId');
      await typeInto(page, 'cd-name', '王小明');
      await typeInto(page, 'cd-phone', '138 0013 8000');
      await typeInto(page, 'cd-unit', 'A-1203');
      await typeInto(page, 'cd-content', '夜班前台對訪客出言不遜');
      await typeInto(page, 'cd-w0-name', '李四');
      await typeInto(page, 'cd-w0-statement', '在大堂聽見');
      await typeInto(page, 'cd-e0-description', '大堂監控錄像 22:05–22:20');
      await typeInto(page, 'cd-e0-reference', '保安室檔案櫃 3 號');
      await tabTo(page, 'desk', (at) => at.part === 'submit-button', { max: 20 });
      await page.keyboard.press('Enter');
      await statusSays(page, 'cd-status', '交由該員工的主管處理');
      expect((await focused(page))?.id).toBe('cd-status');
      reference = /投訴 (\S+?)，/.exec(await textOf(page.locator('#desk #cd-status')))?.[1] ?? '';
      expect(reference).not.toBe('');
      expect(await complaintCount()).toBe(before + 1);

      const admin = await clientOf('admin');
      let logged;
      for await (const c of admin.complaints.list({ limit: 100 })) if (c.reference === reference) logged = c;
      expect(logged?.conduct).toEqual({
        staffId: accused.id,
        staffName: '李文傑',
        handlerId: manager.id,
        handlerName: '林秀英',
        witnesses: [{ name: '李四', statement: '在大堂聽見' }],
        evidence: [{ description: '大堂監控錄像 22:05–22:20', reference: '保安室檔案櫃 3 號' }],
      });
      expect(await axeViolations(page)).toEqual([]);

      // The desk sees it in its queue with its record, but a step is its handler's: none is offered.
      await page.waitForFunction(
        (ref) => document.querySelector('#desk')?.shadowRoot?.textContent.includes(ref),
        reference,
      );
      await page.locator('#desk .entry-button', { hasText: reference }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#desk')?.shadowRoot?.textContent.includes('處理人'));
      const record = await partText(page, 'record');
      // The desk reads names, not staff ids.
      expect(record).toContain('李文傑');
      expect(record).toContain('林秀英');
      expect(record).not.toContain(accused.id);
      expect(record).toContain('李四 · 在大堂聽見');
      expect(record).toContain('大堂監控錄像 22:05–22:20 · 保安室檔案櫃 3 號');
      expect(await page.locator('#desk [part~="step-button"]').count()).toBe(0);
      expect(await textOf(page.locator('#desk [part~="complaint"]'))).toContain('員工操守投訴由該員工的主管處理');
      const still = await admin.complaints.get(logged?.id ?? '');
      expect(still.status).toBe('received');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await desk.close();
    }

    // The staff member complained about: not in their queue, and not by id either.
    const own = await openPage(browser, `${portal.url}/complaint-desk.html?role=${accused.id}`);
    try {
      const { page } = own;
      await page.waitForFunction(() => {
        const d = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#desk');
        return d?.controller?.state.status === 'ready';
      });
      expect(await page.locator('#desk .entry-button', { hasText: reference }).count()).toBe(0);
      const theirs = await clientOf(accused.id);
      const seen: string[] = [];
      for await (const c of theirs.complaints.list({ limit: 100 })) seen.push(c.reference);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen).not.toContain(reference);
    } finally {
      await own.close();
    }

    // The manager (the administrator here) moves it along from the same desk.
    const handler = await openPage(browser, `${portal.url}/complaint-desk.html?role=admin`);
    try {
      const { page } = handler;
      await page.waitForFunction(
        (ref) => document.querySelector('#desk')?.shadowRoot?.textContent.includes(ref),
        reference,
      );
      await page.locator('#desk .entry-button', { hasText: reference }).focus();
      await page.keyboard.press('Enter');
      await tabTo(page, 'desk', (at) => at.part === 'step-button', { max: 40 });
      await page.keyboard.press('Enter');
      await tabTo(page, 'desk', (at) => at.part === 'submit-button', { max: 25 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        const d = document.querySelector<HTMLElement & { controller?: { action: { status: string } } }>('#desk');
        return d?.controller?.action.status === 'done';
      });
      const admin = await clientOf('admin');
      let moved;
      for await (const c of admin.complaints.list({ limit: 100 })) if (c.reference === reference) moved = c;
      expect(moved?.status).toBe('assigned');
    } finally {
      await handler.close();
    }
  });

  it('says so when no staff member’s name begins with what was typed, and logs nothing without a choice', async () => {
    const { page, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk`);
    try {
      await openSection(page, 'conduct');
      const before = await complaintCount();
      await typeInto(page, 'cd-staffId', '司徒');
      await statusSays(page, 'cd-staff-status', '沒有姓名以「司徒」開頭的員工');
      expect(await page.locator('#desk #cd-staffId').getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#desk [role="option"]').count()).toBe(0);
      await typeInto(page, 'cd-name', '王小明');
      await typeInto(page, 'cd-phone', '138 0013 8000');
      await typeInto(page, 'cd-unit', 'A-1203');
      await typeInto(page, 'cd-content', '出言不遜');
      await tabTo(page, 'desk', (at) => at.part === 'submit-button', { max: 30 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'cd-staffId');
      expect(await textOf(page.locator('#desk #cd-staffId-error'))).toBe('請從清單選出被投訴的員工。');
      expect(await page.locator('#desk #cd-staffId').getAttribute('aria-invalid')).toBe('true');
      expect(await complaintCount()).toBe(before);
    } finally {
      await close();
    }
  });

  it('finds the staff member by name at phone width, files by keyboard, and the complaint names them with their manager as handler', async () => {
    const accused = staffNamed('張麗華');
    const manager = staffNamed('林秀英');
    const { page, close, watch } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      await openSection(page, 'conduct');
      await typeInto(page, 'cd-staffId', '張');
      await statusSays(page, 'cd-staff-status', '開頭的員工有');
      expect(await axeViolations(page)).toEqual([]);
      const options = await page.locator('#desk [role="option"]').allTextContents();
      const index = options.findIndex((o) => o.includes('張麗華'));
      expect(index).toBeGreaterThanOrEqual(0);
      const list = await page.locator('#desk #cd-staff-list').boundingBox();
      expect(list && list.x >= 0 && list.x + list.width <= 390).toBe(true);
      for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await statusSays(page, 'cd-staff-status', '已選：張麗華');
      await typeInto(page, 'cd-name', '陳大文');
      await typeInto(page, 'cd-phone', '138 0013 8009');
      await typeInto(page, 'cd-unit', 'B-0801');
      await typeInto(page, 'cd-content', '前台拒絕登記訪客');
      await tabTo(page, 'desk', (at) => at.part === 'submit-button', { max: 30 });
      await page.keyboard.press('Enter');
      await statusSays(page, 'cd-status', '交由該員工的主管處理');
      const reference = /投訴 (\S+?)，/.exec(await textOf(page.locator('#desk #cd-status')))?.[1] ?? '';
      const admin = await clientOf('admin');
      let logged;
      for await (const c of admin.complaints.list({ limit: 100 })) if (c.reference === reference) logged = c;
      expect([logged?.conduct?.staffId, logged?.conduct?.handlerId]).toEqual([accused.id, manager.id]);
      // The form is empty again, the choice with it.
      expect(await page.locator('#desk #cd-staffId').inputValue()).toBe('');
      expect(await textOf(page.locator('#desk #cd-staff-status'))).toBe('');
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });

  it('offers no conduct complaint form, survey form or step to a role whose session the Club API would refuse', async () => {
    const { page, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=branch`);
    try {
      await page.waitForFunction(() => {
        const d = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#desk');
        return d?.controller?.state.status === 'error';
      });
      const branch = await clientOf('branch');
      const refused = await branch.complaints.conductStaff({ name: '張' }).catch((e: unknown) => e);
      expect(isClubApiError(refused) && refused.status).toBe(403);
      expect(await page.locator('#desk [part~="conduct-button"], #desk [part~="surveys-button"]').count()).toBe(0);
      expect(await page.locator('#desk form').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('<club-complaint-desk> feedback surveys in Chromium against the Club API', () => {
  it('writes a questionnaire, sends it to a unit’s owner, records the answers by keyboard alone and shows the month’s satisfaction as the Club API counts it, with no axe finding', async () => {
    const deskApi = await clientOf('desk');
    const units = [];
    for await (const u of deskApi.units.list({ limit: 1 })) units.push(u);
    const unit = units[0];
    if (!unit) throw new Error('The demo seed has no unit');
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    try {
      await openSection(page, 'surveys');
      await page.waitForSelector('#desk [part~="survey-form"]');
      // A questionnaire without a title is named, and none is written.
      const surveysBefore = await countOf(deskApi.surveys.list({ limit: 100 }));
      await tabTo(page, 'desk', (at) => at.part === 'submit-button', { max: 30 });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'sv-title');
      expect(await textOf(page.locator('#desk #sv-title-error'))).toBe('請填寫此欄。');
      expect(await countOf(deskApi.surveys.list({ limit: 100 }))).toBe(surveysBefore);

      await page.keyboard.type('年度意見徵詢');
      await typeInto(page, 'sv-q0-prompt', '整體滿意度');
      await typeInto(page, 'sv-q1-prompt', '其他意見');
      await tabTo(page, 'desk', 'sv-q1-kind');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, 'desk', (at) => at.part === 'submit-button', { max: 25 });
      await page.keyboard.press('Enter');
      await statusSays(page, 'sv-status', '已建立問卷「年度意見徵詢」。');
      const written = [];
      for await (const s of deskApi.surveys.list({ limit: 100 })) if (s.title === '年度意見徵詢') written.push(s);
      expect(written.map((s) => s.questions)).toEqual([
        [
          { id: 'q1', kind: 'rating', prompt: '整體滿意度' },
          { id: 'q2', kind: 'text', prompt: '其他意見' },
        ],
      ]);
      const surveyId = written[0]?.id ?? '';

      // An unknown house number is said in words; nothing is sent.
      const requestsBefore = await countOf(deskApi.surveys.requests({ surveyId, limit: 100 }));
      await page.locator('#desk #sv-survey').selectOption(surveyId);
      await page.locator('#desk #sv-survey').focus();
      await typeInto(page, 'sv-unit', 'Z-9999');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#desk #sv-unit-error');
      expect(await textOf(page.locator('#desk #sv-unit-error'))).toBe('找不到房號 Z-9999。');
      expect(await countOf(deskApi.surveys.requests({ surveyId, limit: 100 }))).toBe(requestsBefore);

      await page.keyboard.press('Control+A');
      await page.keyboard.type(unit.number);
      await page.keyboard.press('Enter');
      await statusSays(page, 'sv-status', `已寄送給 ${unit.owner.name}（${unit.number}）。`);
      expect(await countOf(deskApi.surveys.requests({ surveyId, limit: 100 }))).toBe(requestsBefore + 1);

      // The owner's answers, recorded once; the request leaves the list.
      const requests = [];
      for await (const r of deskApi.surveys.requests({ surveyId, limit: 10 })) requests.push(r);
      const request = requests[0];
      expect(request?.answeredAt).toBeUndefined();
      await tabTo(page, 'desk', (at) => at.part === 'answer-button', { max: 80 });
      let at = await focused(page);
      while (
        at &&
        (await page.evaluate(
          () => (document.querySelector('#desk')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset['request'],
        )) !== request?.id
      ) {
        await tabTo(page, 'desk', (x) => x.part === 'answer-button', { max: 20 });
        at = await focused(page);
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (id) => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === `sv-${id}-0`,
        request?.id,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('5');
      await page.keyboard.press('Tab');
      await page.keyboard.type('電梯保養很好');
      await tabTo(page, 'desk', (x) => x.part === 'submit-button', { max: 5 });
      await page.keyboard.press('Enter');
      await statusSays(page, 'sv-status', `已記錄 ${unit.owner.name} 的答覆。`);
      const answered = await deskApi.surveys.request(request?.id ?? '');
      expect(answered.answers).toEqual([
        { questionId: 'q1', rating: 5 },
        { questionId: 'q2', text: '電梯保養很好' },
      ]);

      // The month's satisfaction, as GET /v1/stats/surveys counts it.
      const month = await page.locator('#desk #sv-month').inputValue();
      const [y, m] = month.split('-').map(Number);
      const last = new Date(Date.UTC(y ?? 0, m ?? 0, 0)).getUTCDate();
      const stats = await deskApi.stats.surveys({
        from: `${month}-01`,
        to: `${month}-${String(last).padStart(2, '0')}`,
      });
      expect(stats.answered).toBeGreaterThan(0);
      const rate = new Intl.NumberFormat('zh-Hant', { style: 'percent', maximumFractionDigits: 1 }).format(
        stats.satisfactionRate ?? 0,
      );
      await page.waitForFunction(
        (text) =>
          document
            .querySelector('#desk')
            ?.shadowRoot?.querySelector('[part~="survey-stats"]')
            ?.textContent.includes(text),
        `收回 ${stats.answered} 份；滿意（4 分以上）佔 ${rate}。`,
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });
});
