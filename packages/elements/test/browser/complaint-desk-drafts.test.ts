import { createOperatorClient } from '@clubkit/client/operator';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, tabTo, withPart } from './support.js';

// What the desk typed in a section or a step form stays when it opens a complaint and comes back,
// until it is sent.

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true, complaints: 5 }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

/** The value of the desk's field with this id, or null when it is not shown. */
const valueOf = (page: Page, id: string) =>
  page.evaluate(
    (i) =>
      document.querySelector('#desk')?.shadowRoot?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${i}`)
        ?.value ?? null,
    id,
  );

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, 'desk', id, { max: 80 });
  await page.keyboard.type(text);
}

async function openSection(page: Page, kind: string): Promise<void> {
  await tabTo(page, 'desk', withPart(`${kind}-button`), { max: 80 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (k) => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === `${k}-heading`,
    kind,
  );
}

const focusedComplaint = (page: Page) =>
  page.evaluate(
    () => (document.querySelector('#desk')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset['id'] ?? '',
  );

/** Opens a complaint of the queue (`id`, or the one Shift+Tab reaches first) by keyboard; resolves its id. */
async function openComplaint(page: Page, id?: string): Promise<string> {
  await page.locator('#desk .entry-button').first().waitFor();
  for (let i = 0; i < 200; i += 1) {
    await tabTo(page, 'desk', withPart('entry-button'), { back: true, max: 200 });
    const at = await focusedComplaint(page);
    if (id === undefined || at === id) {
      await page.keyboard.press('Enter');
      await page.locator('#desk [part~="record"]').waitFor();
      return at;
    }
  }
  throw new Error(`Shift+Tab never reached complaint ${id ?? ''}`);
}

/** Presses Tab until the step button of `step` has focus; keyboard only. */
async function tabToStep(page: Page, step: string): Promise<void> {
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(
      () => (document.querySelector('#desk')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset['step'],
    );
    if (at === step) return;
  }
  throw new Error(`Tab never reached the ${step} step`);
}

/**
 * The id of the queue's last complaint the desk takes steps on: not a conduct complaint, whose
 * steps are its handler's (the demo seed's is the administrator's), so the desk is offered none.
 */
async function lastGeneralComplaint(page: Page): Promise<string> {
  const ids = await page
    .locator('#desk .entry-button')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id'] ?? ''));
  const token = await portal.staffToken('admin');
  const admin = createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
  for (const id of ids.reverse()) if (!(await admin.complaints.get(id)).conduct) return id;
  throw new Error('The queue holds no general complaint');
}

async function back(page: Page): Promise<void> {
  await tabTo(page, 'desk', withPart('back-button'), { back: true, max: 60 });
  await page.keyboard.press('Enter');
  await page.locator('#desk [part~="queue"]').waitFor();
}

describe('<club-complaint-desk> keeps what the desk typed in Chromium', () => {
  it('keeps a conduct draft, a questionnaire draft and a step form draft while a complaint is opened, by keyboard, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    try {
      await page.waitForFunction(() => {
        const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#desk');
        return desk?.controller?.state.status === 'ready';
      });
      await openSection(page, 'conduct');
      await typeInto(page, 'cd-staffId', 'stf_draft');
      await typeInto(page, 'cd-content', '前台態度惡劣');
      await typeInto(page, 'cd-w0-name', '張三');
      await openSection(page, 'surveys');
      await page.locator('#desk #sv-title').waitFor();
      await typeInto(page, 'sv-title', '春季意見徵詢');
      await typeInto(page, 'sv-q0-prompt', '服務是否周到');

      // A complaint opened: a step chosen and its reason typed, then back to the queue.
      const first = await openComplaint(page, await lastGeneralComplaint(page));
      await tabToStep(page, 'flagMalicious');
      await page.keyboard.press('Enter');
      await page.locator('#desk #reason').waitFor();
      await typeInto(page, 'reason', '同一人一日內第五次投訴');
      await back(page);

      // Every section's draft is where it was typed.
      expect(await valueOf(page, 'cd-staffId')).toBe('stf_draft');
      expect(await valueOf(page, 'cd-content')).toBe('前台態度惡劣');
      expect(await valueOf(page, 'cd-w0-name')).toBe('張三');
      expect(await valueOf(page, 'sv-title')).toBe('春季意見徵詢');
      expect(await valueOf(page, 'sv-q0-prompt')).toBe('服務是否周到');
      expect(await valueOf(page, 'cd-name')).toBe('');

      // The same complaint opened again shows its step form with the reason typed.
      await openComplaint(page, first);
      await page.locator('#desk #reason').waitFor();
      expect(await valueOf(page, 'reason')).toBe('同一人一日內第五次投訴');
      expect(await axeViolations(page)).toEqual([]);
      await back(page);

      // Sent, the conduct draft is done with: the form is empty and stays so after a complaint.
      await tabTo(page, 'desk', 'cd-staffId', { max: 120 });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('李文傑');
      await page.locator('#desk #cd-staff-0').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.locator('#desk #cd-staff-status').filter({ hasText: '已選：李文傑' }).waitFor();
      await typeInto(page, 'cd-name', '王小明');
      await typeInto(page, 'cd-phone', '138 0013 8000');
      await typeInto(page, 'cd-unit', 'A-1203');
      await tabTo(page, 'desk', (at) => at.part === 'submit-button', { max: 40 });
      await page.keyboard.press('Enter');
      await page.locator('#desk #cd-status').filter({ hasText: '交由該員工的主管處理' }).waitFor();
      expect(await valueOf(page, 'cd-content')).toBe('');
      await openComplaint(page);
      await back(page);
      expect(await valueOf(page, 'cd-staffId')).toBe('');
      expect(await valueOf(page, 'cd-w0-name')).toBe('');
      expect(await valueOf(page, 'sv-title')).toBe('春季意見徵詢');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });
});
