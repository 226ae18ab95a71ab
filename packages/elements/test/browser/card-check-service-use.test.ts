import type { MemberCardView } from '@clubkit/core/api';
import { membershipState, type ClubService, type Membership, type ServiceUse } from '@clubkit/core/membership';
import { isVipValid, vipCardStatus, type VipMembership } from '@clubkit/core/vip';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, smallTargets, tabTo, textOf } from './support.js';

let portal: Portal;
let browser: Browser;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true }), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const counter = '#counter';

/** Calls the Club API with a bearer token and reads the answer. */
async function call<T>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await portal.api.server.fetch(
    new Request(`${portal.api.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  const answer = (await res.json()) as T;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}

const admin = () => portal.api.secretKey;
const addService = (name: string, merchantIds: string[]) =>
  call<ClubService>('POST', '/v1/services', admin(), { category: 'car', name, merchantIds });

/** The demo member's club card and the club's calendar day, as the member card reads them. */
async function memberCard(): Promise<{ number: string; today: string }> {
  const session = await call<{ token: string }>('POST', '/v1/member-sessions', admin(), {
    memberId: portal.api.demo.member.id,
  });
  const view = await call<MemberCardView>('GET', '/v1/me/card', session.token);
  if (!view.membership) throw new Error('The demo member has no club membership');
  return { number: view.membership.card.number, today: view.today };
}

/** A card in use whose membership is not valid on `today` (neither active nor in grace), from the demo data. */
async function cardOfLapsedMember(today: string): Promise<string | undefined> {
  const db = portal.api.server.db;
  const memberships = await db.selectFrom('memberships').select('doc').execute();
  const lapsed = new Set(
    memberships
      .map((r) => JSON.parse(r.doc) as Membership)
      .filter((m) => !['active', 'grace'].includes(membershipState(m, today)))
      .map((m) => m.id),
  );
  const cards = await db.selectFrom('cards').select(['number', 'doc']).execute();
  return cards.find((c) => {
    const card = JSON.parse(c.doc) as { status: string; membershipId: string };
    return card.status === 'active' && lapsed.has(card.membershipId);
  })?.number;
}

/** A VIP card in use whose VIP membership is valid on `today`, from the demo data. */
async function validVipCard(today: string): Promise<{ number: string; vip: VipMembership } | undefined> {
  const rows = await portal.api.server.db.selectFrom('vip_memberships').select('doc').execute();
  const vip = rows
    .map((r) => JSON.parse(r.doc) as VipMembership)
    .find((m) => m.card.status === 'active' && isVipValid(vipCardStatus(m, today)));
  return vip && { number: vip.card.number, vip };
}

/** Chooses the service named `name` in the section's list by keyboard (arrow keys on the focused list). */
async function chooseService(page: Page, name: string): Promise<void> {
  await tabTo(page, 'counter', 'service-use-service', { back: true });
  const select = page.locator(`${counter} #service-use-service`);
  const names = await select.locator('option').allTextContents();
  const current = names.indexOf(await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text ?? ''));
  const wanted = names.indexOf(name);
  for (let i = current; i !== wanted; i += wanted > current ? 1 : -1)
    await page.keyboard.press(wanted > current ? 'ArrowDown' : 'ArrowUp');
  expect(await select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(name);
}

/** Presses the section's record button by keyboard. */
async function record(page: Page): Promise<void> {
  await tabTo(page, 'counter', 'service-use-record');
  await page.keyboard.press('Enter');
}

const errorReads = (page: Page, text: string) =>
  page.locator(`${counter} #service-use-error`).filter({ hasText: text }).waitFor();

describe('<club-card-check> records a member’s use of a catalogue service in Chromium', () => {
  it('lists only the services its merchant gives, says each refusal in words keeping what was typed, and stores the use', async () => {
    const merchantId = portal.api.demo.merchantId;
    const other = await portal.api.server.db
      .selectFrom('merchants')
      .select('id')
      .where('id', '!=', merchantId)
      .executeTakeFirstOrThrow();
    const wash = await addService('櫃檯洗車（測試）', [merchantId]);
    const towing = await addService('櫃檯拖車（測試）', [merchantId]);
    const check = await addService('櫃檯年檢（測試）', [merchantId]);
    await addService('他店換胎（測試）', [other.id]);
    const { number, today } = await memberCard();

    const { page, watch, close } = await openPage(browser, `${portal.url}/card-check.html?role=merchant&axe`);
    try {
      await page.locator(`${counter} #card`).waitFor();
      // The section is a chunk of its own: not loaded until the counter opens it.
      expect(await page.locator(`${counter} #service-use`).count()).toBe(0);
      await tabTo(page, 'counter', 'service-use-open');
      await page.keyboard.press('Enter');
      await page.locator(`${counter} #service-use-form`).waitFor();
      expect((await focused(page))?.id).toBe('service-use-title');
      const offered = await page.locator(`${counter} #service-use-service option`).allTextContents();
      expect(offered).toEqual(expect.arrayContaining(['櫃檯洗車（測試）', '櫃檯拖車（測試）', '櫃檯年檢（測試）']));
      expect(offered).not.toContain('他店換胎（測試）');
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallTargets(page, counter)).toEqual([]);

      // A blank card number is named at its field before any request.
      await record(page);
      await page.locator(`${counter} #service-use-card-error`).waitFor();
      expect((await focused(page))?.id).toBe('service-use-card');
      await page.keyboard.type(number);

      // The club retires one service and moves another to a different merchant while the list is on screen.
      await call('POST', `/v1/services/${towing.id}/retire`, admin());
      await call('PATCH', `/v1/services/${check.id}`, admin(), { merchantIds: [other.id] });

      await chooseService(page, '櫃檯拖車（測試）');
      await record(page);
      await errorReads(page, '這項服務已停止提供，無法記錄。');
      expect((await focused(page))?.id).toBe('service-use-error');
      expect(await page.locator(`${counter} #service-use-card`).inputValue()).toBe(number);
      expect(await axeViolations(page)).toEqual([]);

      await chooseService(page, '櫃檯年檢（測試）');
      await record(page);
      await errorReads(page, '本店不提供這項服務，無法記錄。');
      expect(await page.locator(`${counter} #service-use-card`).inputValue()).toBe(number);

      const lapsed = await cardOfLapsedMember(today);
      expect(lapsed).toMatch(/^\d{16}$/);
      await chooseService(page, '櫃檯洗車（測試）');
      await tabTo(page, 'counter', 'service-use-card');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(lapsed ?? '');
      await record(page);
      await errorReads(page, '這位會員的會籍今天無效，無法記錄。');

      const token = await portal.staffToken('merchant');
      const none = await call<{ data: ServiceUse[] }>('GET', `/v1/service-uses?serviceId=${wash.id}`, token);
      expect(none.data).toEqual([]);

      await tabTo(page, 'counter', 'service-use-card', { back: true });
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(number);
      await record(page);
      const status = page.locator(`${counter} #service-use-status`);
      await status.filter({ hasText: '已記錄「櫃檯洗車（測試）」的使用' }).waitFor();
      expect(await page.locator(`${counter} #service-use-error`).count()).toBe(0);

      const uses = await call<{ data: ServiceUse[] }>('GET', `/v1/service-uses?serviceId=${wash.id}`, token);
      expect(uses.data).toHaveLength(1);
      expect(uses.data[0]).toMatchObject({
        serviceId: wash.id,
        merchantId,
        memberId: portal.api.demo.member.id,
        usedOn: today,
      });
      expect(await textOf(status)).toContain(uses.data[0]?.id ?? '?');
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      // The three refusals the counter asked for on purpose, and nothing else.
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
      expect(watch.consoleErrors).toHaveLength(3);
    } finally {
      await close();
    }
  });

  it('records a use on a VIP card as on an insurance card, under the VIP membership', async () => {
    const wash = await addService('櫃檯VIP洗車（測試）', [portal.api.demo.merchantId]);
    const { today } = await memberCard();
    const shown = await validVipCard(today);
    if (!shown) throw new Error('The demo has no valid VIP card');
    const { page, watch, close } = await openPage(browser, `${portal.url}/card-check.html?role=merchant`);
    try {
      await page.locator(`${counter} #card`).waitFor();
      await tabTo(page, 'counter', 'service-use-open');
      await page.keyboard.press('Enter');
      await page.locator(`${counter} #service-use-form`).waitFor();
      await chooseService(page, '櫃檯VIP洗車（測試）');
      await tabTo(page, 'counter', 'service-use-card');
      await page.keyboard.type(shown.number);
      await record(page);
      await page
        .locator(`${counter} #service-use-status`)
        .filter({ hasText: '已記錄「櫃檯VIP洗車（測試）」的使用' })
        .waitFor();
      expect(await page.locator(`${counter} #service-use-error`).count()).toBe(0);
      const token = await portal.staffToken('merchant');
      const uses = await call<{ data: ServiceUse[] }>('GET', `/v1/service-uses?serviceId=${wash.id}`, token);
      expect(uses.data.map((u) => [u.memberId, u.membershipId, u.usedOn])).toEqual([
        [shown.vip.memberId, shown.vip.id, today],
      ]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
