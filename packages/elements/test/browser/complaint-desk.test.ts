import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { Complaint, Visit } from '@clubkit/core/service';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true, complaints: 30 }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

/** The desk's own client in Node, to see what the Club API holds. */
async function deskClient(): Promise<OperatorClient> {
  const token = await portal.staffToken('desk');
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
}

const deskStaffId = () => portal.api.demo.staff.find((s) => s.principal.role === 'desk')?.id;

/** What has keyboard focus inside the desk: its part, id and data attributes. */
function focusedInDesk(
  page: Page,
): Promise<{ part: string; id: string; data: Record<string, string>; tag: string } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('#desk');
    const el = host?.shadowRoot?.activeElement;
    if (!el || document.activeElement !== host) return null;
    return {
      part: el.getAttribute('part') ?? '',
      id: el.id,
      data: Object.fromEntries(Object.entries((el as HTMLElement).dataset)) as Record<string, string>,
      tag: el.localName,
    };
  });
}

/** Presses Tab until `matches` accepts the focused element of the desk; keyboard only. */
async function tabUntil(
  page: Page,
  matches: (at: { part: string; id: string; data: Record<string, string>; tag: string }) => boolean,
  max = 60,
): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const at = await focusedInDesk(page);
    if (at && matches(at)) return;
  }
  throw new Error(`Tab never reached the element (focus is on ${JSON.stringify(await focusedInDesk(page))})`);
}

async function queueReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#desk');
    return desk?.controller?.state.status === 'ready';
  });
}

async function stepTaken(page: Page, type: string): Promise<void> {
  await page.waitForFunction((step) => {
    const desk = document.querySelector<HTMLElement & { controller?: { action: { status: string; type?: string } } }>(
      '#desk',
    );
    const action = desk?.controller?.action;
    return action?.type === step && (action.status === 'done' || action.status === 'error');
  }, type);
}

async function visitsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const desk = document.querySelector<HTMLElement & { visits?: { state: { status: string } } }>('#desk');
    return desk?.visits?.state.status === 'ready';
  });
}

/** The first instant after the local day of `ms`, as the browser on this machine counts it. */
function endOfLocalDay(ms: number): number {
  const d = new Date(ms);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** Every visit of a list, through its pages. */
async function allVisits(list: AsyncIterable<Visit>): Promise<Visit[]> {
  const out: Visit[] = [];
  for await (const v of list) out.push(v);
  return out;
}

/** Every complaint of a list, through its pages. */
async function all(list: AsyncIterable<Complaint>): Promise<Complaint[]> {
  const out: Complaint[] = [];
  for await (const c of list) out.push(c);
  return out;
}

describe('<club-complaint-desk> on a strict-CSP console page in Chromium', () => {
  it('lists what waits for action with the overdue complaints first and marked, as the Club API counts them, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    try {
      await queueReady(page);
      const api = await deskClient();
      const overdue = await all(api.complaints.list({ overdue: true }));
      const open = (
        await Promise.all(
          (['received', 'escalated', 'assigned'] as const).map((status) => all(api.complaints.list({ status }))),
        )
      ).flat();
      const entries = await page.locator('#desk [part~="entry"]').evaluateAll((els) =>
        els.map((e) => ({
          overdue: e.getAttribute('part')?.includes('entry-overdue') ?? false,
          id: e.querySelector('button')?.dataset['id'],
        })),
      );
      expect(overdue.length).toBeGreaterThan(0);
      expect(entries).toHaveLength(open.length);
      expect(entries.slice(0, overdue.length).every((e) => e.overdue)).toBe(true);
      expect(new Set(entries.filter((e) => e.overdue).map((e) => e.id))).toEqual(new Set(overdue.map((c) => c.id)));
      expect(await page.locator('#desk [part~="queue"] [part~="overdue"]').count()).toBe(overdue.length);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('assigns, resolves and follows up a complaint by keyboard alone; a step with an empty field stores nothing', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    try {
      await queueReady(page);
      const api = await deskClient();
      const received = (await all(api.complaints.list({ status: 'received' })))[0];
      if (!received) throw new Error('The demo data has no received complaint');

      // Open it from the queue: focus goes to its heading.
      await tabUntil(page, (at) => at.data['id'] === received.id);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        const desk = document.querySelector('#desk');
        return desk?.shadowRoot?.activeElement?.id === 'complaint-title';
      });
      expect(await page.locator('#desk #complaint-title').textContent()).toContain(received.reference);

      // Assign to engineering (the second department) with the default deadline, a day ahead.
      await tabUntil(page, (at) => at.data['step'] === 'assign');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'department');
      await page.keyboard.press('ArrowDown');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await stepTaken(page, 'assign');
      let stored = await api.complaints.get(received.id);
      expect(stored.status).toBe('assigned');
      expect(stored.department).toBe('engineering');
      expect(stored.history.at(-1)?.actor).toBe(`staff:${deskStaffId() ?? ''}`);
      expect(await page.locator('#desk [part~="status"]').last().textContent()).toContain('已指派');
      expect(await axeViolations(page)).toEqual([]);

      // Resolve with the fields empty: told which, focus on the first, nothing stored.
      await tabUntil(page, (at) => at.data['step'] === 'resolve');
      await page.keyboard.press('Enter');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'resolution');
      expect(await page.locator('#desk #resolution').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#desk #resolution-error').textContent()).toBe('請填寫此欄。');
      expect(await axeViolations(page)).toEqual([]);
      expect((await api.complaints.get(received.id)).status).toBe('assigned');
      await page.keyboard.type('已更換門禁讀卡器');
      await page.keyboard.press('Tab');
      await page.keyboard.type('工程部 王主管');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await stepTaken(page, 'resolve');
      stored = await api.complaints.get(received.id);
      expect(stored.status).toBe('resolved');
      expect(stored.resolution).toMatchObject({ text: '已更換門禁讀卡器', signedBy: '工程部 王主管' });
      // The record shows the resolution with who signed it off, as the locale writes it.
      await page.locator('#desk [part~="record"]', { hasText: '已更換門禁讀卡器（工程部 王主管）' }).waitFor();

      // Follow up: the complainant is not satisfied.
      await tabUntil(page, (at) => at.data['step'] === 'followUp');
      await page.keyboard.press('Enter');
      await tabUntil(page, (at) => at.tag === 'input' && at.part === '' && at.id === '');
      await page.keyboard.press('ArrowRight');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await stepTaken(page, 'followUp');
      stored = await api.complaints.get(received.id);
      expect(stored.status).toBe('followed-up');
      expect(stored.satisfaction).toBe(false);
      // Now it may be reopened or closed, as core's workflow says.
      const steps = await page
        .locator('#desk [part~="step-button"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['step']));
      expect(steps.sort()).toEqual((await api.complaints.nextEvents(received.id)).sort());

      // Back to the queue, on the complaint's own entry in another queue.
      await tabUntil(page, (at) => at.part.includes('back-button'));
      await page.keyboard.press('Enter');
      await queueReady(page);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a step the Club API refuses — the complaint moved on elsewhere — as an error, with nothing changed', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk`);
    try {
      await queueReady(page);
      const api = await deskClient();
      const target = (await all(api.complaints.list({ status: 'received' })))[0];
      if (!target) throw new Error('The demo data has no received complaint left');
      await page.locator(`#desk [part~="entry-button"][data-id="${target.id}"]`).click();
      await page.locator('#desk [part~="step-button"][data-step="assign"]').waitFor();
      // Another desk resolves it meanwhile.
      await api.complaints.events(target.id, { type: 'resolve', resolution: '電話中已解決', signedBy: '客服主管' });
      await page.locator('#desk [part~="step-button"][data-step="escalate"]').click();
      await page.locator('#desk #reason').fill('需要經理決定');
      await page.locator('#desk [part~="submit-button"]').click();
      await stepTaken(page, 'escalate');
      const alert = page.locator('#desk #step-error');
      await alert.waitFor();
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.textContent()).toContain('無法升級');
      const stored = await api.complaints.get(target.id);
      expect(stored.status).toBe('resolved');
      expect(stored.escalatedTo).toBeUndefined();
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((m) => !failedResource.test(m))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows today’s return visits after resolved complaints, the overdue one first and marked, and leaves next week’s out, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    try {
      await visitsReady(page);
      const api = await deskClient();
      const now = Date.now();
      const booked = await allVisits(
        api.visits.list({ kind: 'return', status: 'scheduled', subjectKind: 'complaint' }),
      );
      const due = booked.filter((v) => Date.parse(v.appointmentAt) < endOfLocalDay(now));
      expect(booked.length).toBeGreaterThan(due.length);
      const shown = await page.locator('#desk [part~="visit"]').evaluateAll((els) =>
        els.map((e) => ({
          overdue: e.getAttribute('part')?.includes('visit-overdue') ?? false,
          id: e.querySelector('button')?.dataset['visit'],
        })),
      );
      const expected = due
        .map((v) => ({ overdue: Date.parse(v.appointmentAt) < now, id: v.id, at: v.appointmentAt }))
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.at.localeCompare(b.at))
        .map(({ overdue, id }) => ({ overdue, id }));
      expect(shown).toEqual(expected);
      expect(shown.some((v) => v.overdue)).toBe(true);
      expect(await page.locator('#desk [part~="visits-status"]').textContent()).toBe(`今日共 ${due.length} 件待回訪。`);
      expect(await page.locator('#desk [part~="visit-overdue"] [part~="overdue"]').count()).toBe(
        shown.filter((v) => v.overdue).length,
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens the complaint a due visit follows up by keyboard alone, follows it up, and returns focus to the visit', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    try {
      await visitsReady(page);
      const target = await page
        .locator('#desk [part~="visit-button"]')
        .first()
        .evaluate((b) => ({
          complaint: (b as HTMLElement).dataset['id'] ?? '',
          visit: (b as HTMLElement).dataset['visit'] ?? '',
        }));
      await tabUntil(page, (at) => at.part.includes('visit-button') && at.data['visit'] === target.visit, 200);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'complaint-title',
      );
      await tabUntil(page, (at) => at.data['step'] === 'followUp');
      await page.keyboard.press('Enter');
      // The satisfied choice first: Tab to the submit button and send.
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await stepTaken(page, 'followUp');
      const api = await deskClient();
      const stored = await api.complaints.get(target.complaint);
      expect([stored.status, stored.satisfaction]).toEqual(['followed-up', true]);
      expect(await axeViolations(page)).toEqual([]);
      await tabUntil(page, (at) => at.part.includes('back-button'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (visit) =>
          (document.querySelector('#desk')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset['visit'] ===
          visit,
        target.visit,
      );
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('tells a role that may not see visits so in words, with a retry, and lists none', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=merchant&axe`);
    try {
      await page.waitForFunction(() => {
        const desk = document.querySelector<HTMLElement & { visits?: { state: { status: string } } }>('#desk');
        return desk?.visits?.state.status === 'error';
      });
      const box = page.locator('#desk [part~="visits"] [part~="error"]');
      expect(await box.getAttribute('role')).toBe('alert');
      expect(await box.locator('[part~="retry-button"]').count()).toBe(1);
      expect(await page.locator('#desk [part~="visit"]').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((m) => !failedResource.test(m))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('pages a long queue: "show more" by keyboard shows the next page and moves focus to its first complaint', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/complaint-desk.html?role=desk&axe`);
    try {
      await queueReady(page);
      const api = await deskClient();
      const closed = await all(api.complaints.list({ status: 'closed' }));
      expect(closed.length).toBeGreaterThan(2);
      // Two complaints a page: the open queue from what it read, the closed one page by page from the Club API.
      await page.evaluate(() => {
        const desk = document.querySelector<HTMLElement & { pageSize: number }>('#desk');
        if (desk) desk.pageSize = 2;
      });
      await page.waitForFunction(() => {
        const desk = document.querySelector<
          HTMLElement & { controller?: { state: { status: string; entries?: unknown[] } } }
        >('#desk');
        return desk?.controller?.state.status === 'ready' && desk.controller.state.entries?.length === 2;
      });
      await page.locator('#desk #queue').selectOption('closed');
      await page.waitForFunction(() => {
        const desk = document.querySelector<
          HTMLElement & { controller?: { queue: string; state: { status: string } } }
        >('#desk');
        return desk?.controller?.queue === 'closed' && desk.controller.state.status === 'ready';
      });
      const ids = () =>
        page
          .locator('#desk [part~="entry-button"]')
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id'] ?? ''));
      expect(await ids()).toEqual(closed.slice(0, 2).map((c) => c.id));
      expect(await page.locator('#desk [part~="status"]').first().textContent()).toBe('顯示 2 件投訴。');
      expect(await axeViolations(page)).toEqual([]);

      await tabUntil(page, (at) => at.part.includes('more-button'));
      await page.keyboard.press('Enter');
      const third = closed[2]?.id ?? '';
      await page.waitForFunction(
        (id) =>
          (document.querySelector('#desk')?.shadowRoot?.activeElement as HTMLElement | null)?.dataset['id'] === id,
        third,
      );
      expect(await ids()).toEqual(closed.slice(0, 4).map((c) => c.id));
      expect(await page.locator('#desk [part~="more-button"]').count()).toBe(closed.length > 4 ? 1 : 0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
