import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { ProcedureRecord, PropertyUnit } from '@clubkit/core/service';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([
    startPortal({ operator: true, members: 20, merchants: 20, complaints: 5 }),
    launchChromium(),
  ]);
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

async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of list) out.push(x);
  return out;
}

/** The demo procedure of the unit numbered `number`. */
async function procedureOf(api: OperatorClient, number: string): Promise<ProcedureRecord> {
  const unit = (await all(api.units.list({ number })))[0];
  const found = unit && (await all(api.procedures.list({ unitId: unit.id })))[0];
  if (!found) throw new Error(`The demo data has no procedure for unit ${number}`);
  return found;
}

async function unitOf(api: OperatorClient, number: string): Promise<PropertyUnit> {
  const unit = (await all(api.units.list({ number })))[0];
  if (!unit) throw new Error(`The demo data has no unit ${number}`);
  return unit;
}

interface At {
  part: string;
  id: string;
  data: Record<string, string>;
  tag: string;
}

/** What has keyboard focus inside the desk: its part, id and data attributes. */
function focusedInDesk(page: Page): Promise<At | null> {
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
async function tabUntil(page: Page, matches: (at: At) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const at = await focusedInDesk(page);
    if (at && matches(at)) return;
  }
  throw new Error(`Tab never reached the element (focus is on ${JSON.stringify(await focusedInDesk(page))})`);
}

async function listReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#desk');
    return desk?.controller?.state.status === 'ready';
  });
}

async function openedReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const desk = document.querySelector<HTMLElement & { controller?: { opened: { status: string } } }>('#desk');
    return desk?.controller?.opened.status === 'ready';
  });
}

async function actionSettled(page: Page, kind: string): Promise<void> {
  await page.waitForFunction((k) => {
    const desk = document.querySelector<HTMLElement & { controller?: { action: { status: string; kind?: string } } }>(
      '#desk',
    );
    const action = desk?.controller?.action;
    return action?.kind === k && (action.status === 'done' || action.status === 'error');
  }, kind);
}

/** The sign-off buttons the opened procedure shows, as `step/department`. */
async function offeredSignOffs(page: Page): Promise<string[]> {
  const offered = await page
    .locator('#desk [part~="sign-off-button"]')
    .evaluateAll((els) =>
      els.map((e) => `${(e as HTMLElement).dataset['step'] ?? ''}/${(e as HTMLElement).dataset['department'] ?? ''}`),
    );
  return offered.sort();
}

describe('<club-procedure-desk> on a strict-CSP console page in Chromium', () => {
  it('lists the open procedures first, then the finished ones, as the Club API holds them, with no axe finding', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/procedure-desk.html?role=desk&axe`);
    try {
      await listReady(page);
      const api = await deskClient();
      const open = await all(api.procedures.list({ status: 'open' }));
      const done = await all(api.procedures.list({ status: 'done' }));
      expect(open.length).toBeGreaterThanOrEqual(3);
      expect(done.length).toBeGreaterThanOrEqual(1);
      const entries = await page.locator('#desk [part~="entry"]').evaluateAll((els) =>
        els.map((e) => ({
          open: e.getAttribute('part')?.split(' ').includes('entry-open') ?? false,
          id: e.querySelector('button')?.dataset['id'],
        })),
      );
      expect(entries).toHaveLength(open.length + done.length);
      expect(entries.slice(0, open.length).every((e) => e.open)).toBe(true);
      expect(new Set(entries.slice(0, open.length).map((e) => e.id))).toEqual(new Set(open.map((p) => p.id)));
      expect(new Set(entries.slice(open.length).map((e) => e.id))).toEqual(new Set(done.map((p) => p.id)));
      expect(await page.locator('#desk [part~="list"]').first().textContent()).toContain('單位 B-2101');
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('records a move-in’s meter readings and a renovation’s contractor through their forms, a refusal in words', async () => {
    const api = await deskClient();
    const unit = await unitOf(api, 'C-1506');
    const moveIn = await api.procedures.create({ name: 'move-in', unitId: unit.id });
    const renovation = await api.procedures.create({ name: 'renovation', unitId: unit.id, areaSqm: 120 });
    const { page, watch, close } = await openPage(browser, `${portal.url}/procedure-desk.html?role=desk&axe`);
    try {
      await listReady(page);
      await page.locator(`#desk [part~="entry-button"][data-id="${moveIn.id}"]`).click();
      await openedReady(page);
      expect(await offeredSignOffs(page)).not.toContain('meter-readings/engineering');
      await page.locator('#desk [part~="action-button"][data-event="recordMeterReadings"]').click();
      // A reading that is not a number is named beside its field, and nothing is sent.
      await page.locator('#desk #electricity').fill('一千');
      await page.locator('#desk #water').fill('86.2');
      await page.locator('#desk [part~="submit-button"]').click();
      expect(await page.locator('#desk #electricity-error').textContent()).toBe('請填寫零或以上的數字。');
      expect(await page.locator('#desk #electricity').getAttribute('aria-invalid')).toBe('true');
      expect((await api.procedures.get(moveIn.id)).meterReadings).toBeUndefined();
      await page.locator('#desk #electricity').fill('1520.5');
      await page.locator('#desk [part~="submit-button"]').click();
      await actionSettled(page, 'recordMeterReadings');
      expect((await api.procedures.get(moveIn.id)).meterReadings).toMatchObject({ electricity: 1520.5, water: 86.2 });
      expect(await page.locator('#desk [part~="record"]').textContent()).toContain('電 1520.5 度，水 86.2 立方米');
      // The readings recorded, their three parties may sign.
      expect(await offeredSignOffs(page)).toContain('meter-readings/engineering');
      expect(await axeViolations(page)).toEqual([]);

      await page.locator('#desk [part~="back-button"]').click();
      await listReady(page);
      await page.locator(`#desk [part~="entry-button"][data-id="${renovation.id}"]`).click();
      await openedReady(page);
      await page.locator('#desk [part~="action-button"][data-event="checkContractor"]').click();
      await page.locator('#desk #contractorName').fill('安達裝飾工程有限公司');
      await page.locator('#desk #licenceNumber').fill('91530100MA6K0001');
      await page.locator('#desk #grade').selectOption('3');
      await page.locator('#desk [part~="submit-button"]').click();
      await actionSettled(page, 'checkContractor');
      const alert = page.locator('#desk #action-error');
      await alert.waitFor();
      expect(await alert.textContent()).toContain('二級');
      expect((await api.procedures.get(renovation.id)).contractor).toBeUndefined();
      await page.locator('#desk #grade').selectOption('2');
      await page.locator('#desk [part~="submit-button"]').click();
      await actionSettled(page, 'checkContractor');
      expect((await api.procedures.get(renovation.id)).contractor?.qualificationGrade).toBe(2);
      expect(await page.locator('#desk [part~="record"]').textContent()).toContain('安達裝飾工程有限公司（二級）');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((m) => !failedResource.test(m))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs off the fire review of a renovation above 200 m² by keyboard alone, offering exactly what the API allows', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/procedure-desk.html?role=desk&axe`);
    try {
      await listReady(page);
      const api = await deskClient();
      const large = await procedureOf(api, 'B-2101');
      expect(large.steps.some((s) => s.id === 'fire-review')).toBe(true);

      // Open it from the list: focus goes to its heading.
      await tabUntil(page, (at) => at.data['id'] === large.id);
      await page.keyboard.press('Enter');
      await openedReady(page);
      await page.waitForFunction(
        () => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'procedure-title',
      );
      const next = await api.procedures.nextSteps(large.id);
      expect(await offeredSignOffs(page)).toEqual(next.signOffs.map((s) => `${s.step}/${s.department}`).sort());
      // Each party's state: the application signed, the fire review waiting.
      const row = (step: string) => page.locator(`#desk tr[data-step="${step}"]`).first();
      expect(await row('application').textContent()).toContain('已簽核');
      expect(await row('fire-review').textContent()).toContain('等待中');
      // The unit's archive timeline holds this procedure.
      expect(await page.locator('#desk [part~="timeline"]').textContent()).toContain('手續');
      expect(await axeViolations(page)).toEqual([]);

      await tabUntil(page, (at) => at.data['step'] === 'fire-review' && at.data['department'] === 'security');
      await page.keyboard.press('Enter');
      await actionSettled(page, 'signOff');
      const stored = await api.procedures.get(large.id);
      const signed = stored.signOffs.find((s) => s.step === 'fire-review');
      expect(signed).toMatchObject({ department: 'security', by: `staff:${deskStaffId() ?? ''}` });
      expect(await row('fire-review').textContent()).toContain('已簽核');
      expect(await page.locator('#desk [part~="status"]').first().textContent()).toContain('已完成：簽核');
      expect(await offeredSignOffs(page)).toEqual(
        (await api.procedures.nextSteps(large.id)).signOffs.map((s) => `${s.step}/${s.department}`).sort(),
      );

      // Back to the list, on the procedure's own entry.
      await tabUntil(page, (at) => at.part.includes('back-button'), 200);
      await page.keyboard.press('Enter');
      await listReady(page);
      await page.waitForFunction((id) => {
        const el = document.querySelector('#desk')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
        return el?.dataset['id'] === id;
      }, large.id);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('records a move-out’s damages and shows the deposit refunded less them; an empty amount is named and sends nothing', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/procedure-desk.html?role=desk&axe`);
    try {
      await listReady(page);
      const api = await deskClient();
      const moveOut = await procedureOf(api, 'C-1506');
      expect(moveOut.deposit).toBeUndefined();
      await tabUntil(page, (at) => at.data['id'] === moveOut.id);
      await page.keyboard.press('Enter');
      await openedReady(page);
      // Finance's settlement waits for the damages: not offered yet.
      expect(await offeredSignOffs(page)).not.toContain('settlement/finance');
      await tabUntil(page, (at) => at.data['event'] === 'assessDamages', 200);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'damages');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === 'damages');
      expect(await page.locator('#desk #damages').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#desk #damages-error').textContent()).toBe('請填寫此欄。');
      expect(await page.locator('#desk [part~="error-summary"]').textContent()).toContain('損壞扣款（元）');
      expect(await axeViolations(page)).toEqual([]);
      expect((await api.procedures.get(moveOut.id)).deposit).toBeUndefined();

      await page.keyboard.type('４５０');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await actionSettled(page, 'assessDamages');
      const stored = await api.procedures.get(moveOut.id);
      expect(stored.deposit).toEqual({ depositFen: 600_000, damagesFen: 45_000, refundFen: 555_000, chargeFen: 0 });
      const record = await page.locator('#desk [part~="record"]').textContent();
      expect(record).toContain('¥5,550.00');
      expect(record).toContain('¥450.00');
      // Now finance may settle.
      expect(await offeredSignOffs(page)).toContain('settlement/finance');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sends the drawings back with a reason, and shows a sign-off the Club API refuses in words with nothing changed', async () => {
    // Opened before the page loads its list, so that the list holds them.
    const api = await deskClient();
    const unit = await unitOf(api, 'A-0802');
    const renovation = await api.procedures.create({ name: 'renovation', unitId: unit.id, areaSqm: 96 });
    const moveIn = await api.procedures.create({ name: 'move-in', unitId: unit.id });
    const { page, watch, close } = await openPage(browser, `${portal.url}/procedure-desk.html?role=desk&axe`);
    try {
      await listReady(page);
      await page.locator(`#desk [part~="entry-button"][data-id="${renovation.id}"]`).click();
      await openedReady(page);

      // Refuse the drawings: an empty reason is named and nothing is sent.
      await page.locator('#desk [part~="refuse-button"]').click();
      await page.locator('#desk [part~="submit-button"]').click();
      expect(await page.locator('#desk #reason-error').textContent()).toBe('請填寫此欄。');
      expect((await api.procedures.get(renovation.id)).drawings).toBeUndefined();
      await page.locator('#desk #reason').fill('缺少消防平面圖');
      await page.locator('#desk [part~="submit-button"]').click();
      await actionSettled(page, 'rejectDrawings');
      expect((await api.procedures.get(renovation.id)).drawings?.rejections.at(-1)?.reason).toBe('缺少消防平面圖');
      const drawings = page.locator('#desk tr[data-step="drawings"]');
      expect(await drawings.textContent()).toContain('已退回：缺少消防平面圖');
      // The drawings may not be signed until resubmitted: no button for them.
      expect(await offeredSignOffs(page)).not.toContain('drawings/engineering');
      expect(await axeViolations(page)).toEqual([]);

      // Another desk finishes a move-in while it is open here: the sign-off still shown is refused.
      await page.locator('#desk [part~="back-button"]').click();
      await listReady(page);
      await page.locator(`#desk [part~="entry-button"][data-id="${moveIn.id}"]`).click();
      await openedReady(page);
      await api.procedures.events(moveIn.id, { type: 'recordMeterReadings', readings: { electricity: 10, water: 2 } });
      await api.procedures.events(moveIn.id, {
        type: 'recordFacilities',
        items: [{ item: '熱水器', count: 1, condition: 'good' }],
      });
      await api.procedures.events(moveIn.id, { type: 'handOverKeys', keys: [{ label: '大門鑰匙', count: 2 }] });
      for (const step of moveIn.steps)
        for (const department of step.departments)
          await api.procedures.signOff(moveIn.id, { step: step.id, department });
      const before = await api.procedures.get(moveIn.id);
      expect(before.status).toBe('done');
      await page.locator('#desk [part~="sign-off-button"]').first().click();
      await actionSettled(page, 'signOff');
      const alert = page.locator('#desk #action-error');
      await alert.waitFor();
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.textContent()).toContain('無法簽核');
      const after = await api.procedures.get(moveIn.id);
      expect(after.signOffs).toHaveLength(before.signOffs.length);
      expect(after.history).toHaveLength(before.history.length);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((m) => !failedResource.test(m))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('starts a renovation for a unit above 200 m² from the archive’s area, with the fire review; a missing unit is named first', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/procedure-desk.html?role=desk&axe`);
    try {
      const api = await deskClient();
      const large = await unitOf(api, 'B-2101');
      await listReady(page);
      await page.locator('#desk [part~="new-button"]').click();
      await page.locator('#desk [part~="submit-button"]').click();
      expect(await page.locator('#desk #unitId-error').textContent()).toBe('請填寫此欄。');
      expect(await page.locator('#desk #areaSqm-error').textContent()).toBe('請填寫此欄。');
      expect(await axeViolations(page)).toEqual([]);
      const before = (await all(api.procedures.list({ unitId: large.id }))).length;
      await page.locator('#desk #unitId').selectOption(large.id);
      expect(await page.locator('#desk #areaSqm').inputValue()).toBe('260');
      await page.locator('#desk #deposit').fill('5000');
      await page.locator('#desk [part~="submit-button"]').click();
      await actionSettled(page, 'create');
      await openedReady(page);
      const after = await all(api.procedures.list({ unitId: large.id }));
      expect(after).toHaveLength(before + 1);
      const mine = after.at(-1);
      expect(mine).toMatchObject({ name: 'renovation', areaSqm: 260, depositFen: 500_000 });
      expect(await page.locator('#desk tr[data-step="fire-review"]').count()).toBe(1);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('words the archive timeline’s statuses of every record kind in the page’s language, never as raw codes', async () => {
    const api = await deskClient();
    const unit = await unitOf(api, 'C-1506');
    const moveOut = await procedureOf(api, 'C-1506');
    // The unit's archive gains a booked visit and a registered repair besides its open move-out.
    await api.visits.create({
      customer: '滇南茶業有限公司',
      purpose: '搬離前的回訪',
      appointmentAt: new Date(Date.now() + 86_400_000).toISOString(),
      unitId: unit.id,
    });
    await api.repairs.create({
      customer: '滇南茶業有限公司',
      phone: '13800138001',
      unit: 'C-1506',
      content: '門禁卡失靈',
      appointmentAt: new Date(Date.now() + 86_400_000).toISOString(),
      publicItem: true,
      unitId: unit.id,
    });
    const { page, watch, close } = await openPage(browser, `${portal.url}/procedure-desk.html?role=desk&axe`);
    try {
      await listReady(page);
      await page.locator(`#desk [data-id="${moveOut.id}"]`).first().click();
      await openedReady(page);
      const chips = () =>
        page
          .locator('#desk [part~="timeline"] li')
          .evaluateAll((items) =>
            items.map((li) => [li.children.item(1)?.textContent.trim(), li.querySelector('.chip')?.textContent.trim()]),
          );
      const zh = await chips();
      expect(zh).toEqual(
        expect.arrayContaining([
          ['手續', '進行中'],
          ['回訪', '已預約'],
          ['維修', '已登記'],
        ]),
      );
      const raw = ['open', 'done', 'scheduled', 'registered'];
      expect(zh.some(([, status]) => raw.includes(status ?? ''))).toBe(false);
      expect(await axeViolations(page)).toEqual([]);

      // The page switches to English (the desk starts over in it): the statuses follow with the rest of the widget.
      await page.evaluate(() => document.querySelector('club-provider')?.setAttribute('locale', 'en'));
      await page.locator('#desk [part~="title"]').filter({ hasText: 'Move-in, renovation and move-out' }).waitFor();
      await listReady(page);
      if ((await page.locator('#desk [part~="timeline"]').count()) === 0) {
        await page.locator(`#desk [data-id="${moveOut.id}"]`).first().click();
        await openedReady(page);
      }
      expect(await chips()).toEqual(
        expect.arrayContaining([
          ['Procedure', 'Open'],
          ['Visit', 'Booked'],
          ['Repair', 'Registered'],
        ]),
      );
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
