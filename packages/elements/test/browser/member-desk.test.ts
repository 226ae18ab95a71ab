import { createOperatorClient, type OperatorClient } from '@clubkit/client/operator';
import type { Member, MembershipApplication } from '@clubkit/core/membership';
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

/** A staff member's own client in Node, to see what the Club API holds. */
async function staffClient(role: string): Promise<OperatorClient> {
  const token = await portal.staffToken(role);
  return createOperatorClient({ baseUrl: portal.api.url, session: { getToken: () => Promise.resolve(token) } });
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
async function tabUntil(page: Page, matches: (at: At) => boolean, max = 120): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const at = await focusedInDesk(page);
    if (at && matches(at)) return;
  }
  throw new Error(`Tab never reached the element (focus is on ${JSON.stringify(await focusedInDesk(page))})`);
}

/** Waits until the element with `id` inside the desk has focus. */
async function focusOn(page: Page, id: string): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('#desk')?.shadowRoot?.activeElement?.id === want, id);
}

async function queueReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>('#desk');
    return desk?.controller?.state.status === 'ready';
  });
}

async function searched(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const desk = document.querySelector<HTMLElement & { controller?: { results: { status: string } } }>('#desk');
    const status = desk?.controller?.results.status;
    return status === 'ready' || status === 'error';
  });
}

async function stepSettled(page: Page, kind: string): Promise<void> {
  await page.waitForFunction((want) => {
    const desk = document.querySelector<HTMLElement & { controller?: { action: { status: string; kind?: string } } }>(
      '#desk',
    );
    const action = desk?.controller?.action;
    return action?.kind === want && (action.status === 'done' || action.status === 'error');
  }, kind);
}

async function waiting(api: OperatorClient, branchId: string): Promise<MembershipApplication[]> {
  const page = await api.memberships.applications({ status: 'submitted', limit: 100 }).page();
  return page.data.filter((a) => a.branchId === branchId);
}

async function membersOf(api: OperatorClient, branchId: string): Promise<Member[]> {
  const out: Member[] = [];
  for await (const m of api.members.list({ limit: 100 })) if (m.branchId === branchId) out.push(m);
  return out;
}

describe('<club-member-desk> on a strict-CSP console page in Chromium', () => {
  it('lets the 景洪 branch operator approve a waiting application of her branch by keyboard alone, open the new member and find it by search', async () => {
    const admin = await staffClient('admin');
    const [target] = await waiting(admin, 'br_jinghong');
    if (!target) throw new Error('The demo data has no waiting application of 景洪');
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=branch&axe`);
    try {
      await queueReady(page);
      expect(await axeViolations(page)).toEqual([]);
      await tabUntil(page, (at) => at.part.includes('approve-button') && at.data['id'] === target.id);
      await page.keyboard.press('Enter');
      await stepSettled(page, 'approve');
      // Focus moves to the way to the new member; Enter opens the record, focus on its heading.
      await focusOn(page, 'open-approved');
      expect(await page.locator('#desk .done').textContent()).toContain(
        `已核准，${target.applicant.name} 已成為會員。`,
      );
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await focusOn(page, 'record-title');
      expect(await page.locator('#desk #record-title').textContent()).toContain(target.applicant.name);
      expect(await page.locator('#desk [part~="membership"]').textContent()).toContain(target.plate);
      expect(await axeViolations(page)).toEqual([]);
      expect((await admin.memberships.application(target.id)).status).toBe('approved');

      // Back to the desk, then keyboard only: to the plate filter, type, Enter submits the search.
      await page.keyboard.press('Shift+Tab');
      expect((await focusedInDesk(page))?.part).toBe('back-button');
      await page.keyboard.press('Enter');
      await tabUntil(page, (at) => at.id === 'plate');
      await page.keyboard.type(target.plate);
      await page.keyboard.press('Enter');
      await searched(page);
      expect(await page.locator('#desk [part~="status"]').first().textContent()).toBe('找到 1 位會員。');
      expect(await axeViolations(page)).toEqual([]);
      await tabUntil(page, (at) => at.part.includes('open-button'));
      await page.keyboard.press('Enter');
      await focusOn(page, 'record-title');
      expect(await page.locator('#desk #record-title').textContent()).toContain(target.applicant.name);
      // Back to the list: focus returns to the member's open button.
      await page.keyboard.press('Shift+Tab');
      expect((await focusedInDesk(page))?.part).toBe('back-button');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('#desk')?.shadowRoot?.activeElement?.getAttribute('part') === 'open-button',
      );
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows the campaign each application came from, and lets the administrator set up a campaign by keyboard alone, a bad form named first', async () => {
    const admin = await staffClient('admin');
    const before = (await admin.campaigns.list({ limit: 100 }).page()).data;
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=admin&axe`);
    try {
      await page.evaluate(() => document.querySelector('#desk')?.setAttribute('manage-campaigns', ''));
      await queueReady(page);
      const desk = page.locator('#desk');
      expect(await desk.locator('[part~="campaign-list"] li strong').allTextContents()).toEqual(
        before.map((c) => c.name),
      );
      // The queue's campaign column names the campaign of an application that has one.
      const named = (await waiting(admin, 'br_jinghong'))
        .concat(await waiting(admin, 'br_menghai'))
        .find((a) => a.campaignId);
      if (named) {
        const row = desk.locator('[part~="applications"] tbody tr', { hasText: named.plate });
        await expect(row.textContent()).resolves.toContain(before.find((c) => c.id === named.campaignId)?.name ?? '?');
      }

      // A last day before the first: named at the last day, and nothing sent.
      await tabUntil(page, (at) => at.id === 'campaign-name');
      await page.keyboard.type('冬季車主關懷');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2026-12-31');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2026-12-01');
      await page.keyboard.press('Enter');
      await focusOn(page, 'campaign-to');
      expect(await desk.locator('#campaign-to-error').textContent()).toBe('結束日期不可早於開始日期。');
      expect((await admin.campaigns.list({ limit: 100 }).page()).data).toHaveLength(before.length);
      expect(await axeViolations(page)).toEqual([]);

      // The right last day, by keyboard: set up, listed, and announced.
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('2026-12-31');
      await page.keyboard.press('Enter');
      await stepSettled(page, 'campaign');
      const now = (await admin.campaigns.list({ limit: 100 }).page()).data;
      expect(now.at(-1)).toMatchObject({ name: '冬季車主關懷', from: '2026-12-31', to: '2026-12-31' });
      await focusOn(page, 'campaigns-title');
      expect(await desk.locator('[part~="campaign-list"] li strong').allTextContents()).toContain('冬季車主關懷');
      expect(await desk.locator('[part~="campaigns"] [role="status"]').textContent()).toContain(
        '已設立行銷活動「冬季車主關懷」。',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lets the administrator approve another branch’s application by keyboard alone', async () => {
    const admin = await staffClient('admin');
    const [target] = await waiting(admin, 'br_menghai');
    if (!target) throw new Error('The demo data has no waiting application of 勐海');
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=admin&axe`);
    try {
      await queueReady(page);
      await tabUntil(page, (at) => at.part.includes('approve-button') && at.data['id'] === target.id);
      await page.keyboard.press('Enter');
      await stepSettled(page, 'approve');
      await focusOn(page, 'open-approved');
      expect((await admin.memberships.application(target.id)).status).toBe('approved');
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('rejects an application only with a reason: an empty one is named first and nothing is sent', async () => {
    const admin = await staffClient('admin');
    const [target] = await waiting(admin, 'br_jinghong');
    if (!target) throw new Error('The demo data has no waiting application of 景洪 left');
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=admin&axe`);
    try {
      await queueReady(page);
      await tabUntil(page, (at) => at.part.includes('reject-button') && at.data['id'] === target.id);
      await page.keyboard.press('Enter');
      await focusOn(page, 'reason');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await page.locator('#desk #reason-error').waitFor();
      await focusOn(page, 'reason');
      expect(await page.locator('#desk #reason-error').textContent()).toBe('請填寫駁回原因。');
      expect(await page.locator('#desk #reason').getAttribute('aria-invalid')).toBe('true');
      expect(await axeViolations(page)).toEqual([]);
      expect((await admin.memberships.application(target.id)).status).toBe('submitted');
      await page.keyboard.type('行駛證與保單車牌不符');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await stepSettled(page, 'reject');
      await focusOn(page, 'app-status');
      const stored = await admin.memberships.application(target.id);
      expect(stored.status).toBe('rejected');
      expect(stored.rejectionReason).toBe('行駛證與保單車牌不符');
      expect(await page.locator('#desk .done').textContent()).toContain('已駁回申請。');
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('finds nothing of another branch for a branch operator, and shows an approval someone decided meanwhile refused in words, with nothing changed', async () => {
    const admin = await staffClient('admin');
    const [other] = await membersOf(admin, 'br_menghai');
    if (!other) throw new Error('The demo data has no member of 勐海');
    const [theirs] = await waiting(admin, 'br_menghai');
    const [own] = await waiting(admin, 'br_jinghong');
    if (!own) throw new Error('The demo data has no waiting application of 景洪 left');
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=branch&axe`);
    try {
      await queueReady(page);
      // Her queue holds her own branch's applications only.
      if (theirs) expect(await page.locator(`#desk [part~="approve-button"][data-id="${theirs.id}"]`).count()).toBe(0);
      await page.locator('#desk #phone').fill(other.phone);
      await page.locator('#desk [part~="search-button"]').click();
      await searched(page);
      expect(await page.locator('#desk [part~="open-button"]').count()).toBe(0);
      expect(await page.locator('#desk .note').first().textContent()).toBe('找不到符合條件的會員。');
      expect(await axeViolations(page)).toEqual([]);

      // The administrator rejects it while the page still shows it waiting: her approval is refused in words.
      await admin.memberships.reject(own.id, { reason: '資料不全' });
      await page.locator(`#desk [part~="approve-button"][data-id="${own.id}"]`).click();
      await stepSettled(page, 'approve');
      await focusOn(page, 'action-error');
      expect(await page.locator('#desk #action-error').textContent()).toContain('無法核准，未作任何變更');
      expect(await admin.memberships.application(own.id)).toMatchObject({
        status: 'rejected',
        rejectionReason: '資料不全',
      });
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((m) => !failedResource.test(m))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('renews a membership of the own branch by keyboard alone, confirmed first, and shows the new card; a branch operator is offered no card replacement', async () => {
    const admin = await staffClient('admin');
    const members = await membersOf(admin, 'br_jinghong');
    let chosen: { member: Member; membershipId: string; cardId: string } | undefined;
    for (const member of members) {
      const record = await admin.members.get(member.id);
      const m = record.memberships.find((x) => !x.cancelledOn && x.card.status === 'active');
      if (m && record.memberships.length === 1) {
        chosen = { member, membershipId: m.id, cardId: m.card.id };
        break;
      }
    }
    if (!chosen) throw new Error('The demo data has no 景洪 member with one membership');
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=branch&axe`);
    try {
      await queueReady(page);
      await tabUntil(page, (at) => at.id === 'phone');
      await page.keyboard.type(chosen.member.phone);
      await page.keyboard.press('Enter');
      await searched(page);
      await tabUntil(page, (at) => at.data['id'] === chosen.member.id);
      await page.keyboard.press('Enter');
      await focusOn(page, 'record-title');
      // Card management is the administrator's (core's can()): her record offers renewal, no card replacement.
      expect(await page.locator('#desk [part~="renew-button"]').count()).toBe(1);
      expect(await page.locator('#desk [part~="replace-button"]').count()).toBe(0);
      await tabUntil(page, (at) => at.part.includes('renew-button'));
      await page.keyboard.press('Enter');
      await focusOn(page, 'policy-number');
      // The dates are filled in with the next year; the policy number is typed.
      await page.keyboard.type('PDAA8800000001');
      await tabUntil(page, (at) => at.part.includes('submit-button'));
      await page.keyboard.press('Enter');
      await focusOn(page, 'confirm-button');
      expect(await page.locator('#desk [part~="confirm"]').textContent()).toContain('PDAA8800000001');
      expect(await axeViolations(page)).toEqual([]);
      // Nothing is sent before the confirmation.
      expect((await admin.memberships.get(chosen.membershipId)).card.id).toBe(chosen.cardId);
      await page.keyboard.press('Enter');
      await stepSettled(page, 'renew');
      await focusOn(page, 'record-title');
      const renewed = (await admin.members.get(chosen.member.id)).memberships.find((m) => m.card.status === 'active');
      expect(renewed?.card.id).not.toBe(chosen.cardId);
      expect(await page.locator('#desk .done').textContent()).toContain(renewed?.card.number.slice(-4));
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('replaces a lost card for the administrator only after confirmation; cancelling sends nothing', async () => {
    const admin = await staffClient('admin');
    const [member] = await membersOf(admin, 'br_mengla');
    if (!member) throw new Error('The demo data has no member of 勐臘');
    const current = (await admin.members.get(member.id)).memberships.find((m) => m.card.status === 'active');
    if (!current) throw new Error('The member has no card in use');
    const { page, watch, close } = await openPage(browser, `${portal.url}/member-desk.html?role=admin&axe`);
    try {
      await queueReady(page);
      await page.locator('#desk #phone').fill(member.phone);
      await page.locator('#desk [part~="search-button"]').click();
      await searched(page);
      await page.locator(`#desk [part~="open-button"][data-id="${member.id}"]`).click();
      await focusOn(page, 'record-title');
      await tabUntil(page, (at) => at.part.includes('replace-button'));
      await page.keyboard.press('Enter');
      await focusOn(page, 'confirm-button');
      expect(await page.locator('#desk [part~="confirm"]').textContent()).toContain(current.card.number.slice(-4));
      expect(await axeViolations(page)).toEqual([]);
      // Cancel: nothing sent, focus back on the membership's renew button.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('#desk')?.shadowRoot?.activeElement?.getAttribute('part') === 'renew-button',
      );
      expect((await admin.memberships.get(current.id)).card.id).toBe(current.card.id);
      // Again, confirmed: the old card is superseded and the new one shown.
      await tabUntil(page, (at) => at.part.includes('replace-button'));
      await page.keyboard.press('Enter');
      await focusOn(page, 'confirm-button');
      await page.keyboard.press('Enter');
      await stepSettled(page, 'replace');
      await focusOn(page, 'record-title');
      const replaced = await admin.memberships.get(current.id);
      expect(replaced.card.id).not.toBe(current.card.id);
      expect(await page.locator('#desk .done').textContent()).toContain(replaced.card.number.slice(-4));
      expect(await page.locator('#desk [part~="membership"]').first().textContent()).toContain('使用中');
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
