import { addDays, formatMoney } from '@clubkit/core';
import type { Page as ListPage } from '@clubkit/core/api';
import type { Activity, ActivitySignUp } from '@clubkit/core/vip';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeAtWidths, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, tabTo } from './support.js';

let portal: Portal;
let browser: Browser;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal(), launchChromium()]);
  return async () => {
    await browser.close();
    await portal.close();
  };
});

interface ActivityEvent {
  type: string;
  signUpId?: string;
  status?: string;
  code?: string;
  bubbles: boolean;
  composed: boolean;
}
const activityEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { activityEvents: ActivityEvent[] }).activityEvents);
const part = (name: string) => `#activities [part~="${name}"]`;
/** The list item of the activity titled `title` in the list `list` (`open` or `mine`). */
const item = (page: Page, list: 'open' | 'mine', title: string) =>
  page.locator(`${part(list)} [part~="activity"]`).filter({ hasText: title });

/** Calls the Club API with `token` (the admin secret key unless given), as a back end would. */
async function api<T>(method: string, path: string, body?: unknown, token = portal.api.secretKey): Promise<T> {
  const res = await fetch(`${portal.api.url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json: unknown = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json as T;
}

/** Sets up an activity whose sign-up is open today. */
const setUp = (title: string, capacity: number, priceFen: number, kind = 'self-drive-trip') =>
  api<Activity>('POST', '/v1/activities', {
    kind,
    title,
    place: '景洪 會員服務中心',
    startsOn: addDays(today, 12),
    endsOn: addDays(today, 13),
    capacity,
    priceFen,
    signUpFrom: today,
    signUpUntil: addDays(today, 5),
  });
/** The seats of an activity, cancelled ones included, as the club holds them. */
const seatsOf = async (id: string) =>
  (await api<ListPage<ActivitySignUp>>('GET', `/v1/activities/${id}/sign-ups?limit=100`)).data;

describe('<club-vip-activities> on a strict-CSP partner page in Chromium', () => {
  it('signs up from the keyboard, the seats left drop, and cancels: the club holds the seat, then frees it; no CSP violation, console error or axe finding', async () => {
    const trip = await setUp('測試：瀾滄江自駕游', 3, 50_000);
    const { page, watch, close } = await openPage(browser, `${portal.url}/vip-activities.html?axe`);
    try {
      const card = item(page, 'open', trip.title);
      await card.waitFor();
      // clubkit-vip-activities.js registers every widget of clubkit-vip.js as well.
      const tags = [
        'club-provider',
        'club-member-card',
        'club-complaint-form',
        'club-merchant-directory',
        'club-vip-offer',
      ];
      expect(await page.evaluate((all) => all.filter((tag) => !customElements.get(tag)), tags)).toEqual([]);
      expect(await card.locator('[part~="seats"]').textContent()).toBe('尚餘 3 個名額');
      expect(await card.locator('[part~="kind"]').textContent()).toBe('自駕遊');
      expect(await card.locator('[part~="place"]').textContent()).toBe('地點：景洪 會員服務中心');
      expect(await card.locator('[part~="price"]').textContent()).toBe(`每人 ${formatMoney(50_000, 'zh-Hant')}`);
      expect(await axeAtWidths(page)).toEqual([]);

      await tabTo(page, 'activities', `sign-up-${trip.id}`);
      await page.keyboard.press('Enter');
      await page.locator(part('outcome')).filter({ hasText: '已為您報名' }).waitFor();
      expect((await page.locator(part('outcome')).textContent())?.trim()).toBe(`已為您報名「${trip.title}」。`);
      expect(await focused(page)).toMatchObject({ hosts: ['club-vip-activities#activities'], id: 'outcome' });
      await card.locator('[part~="held"]').waitFor();
      expect(await card.locator('[part~="seats"]').textContent()).toBe('尚餘 2 個名額');
      const [held] = (await seatsOf(trip.id)).filter((s) => s.status === 'signed-up');
      expect(held).toMatchObject({ memberId: portal.api.demo.member.id, priceFen: 50_000 });
      expect((await api<Activity>('GET', `/v1/activities/${trip.id}`)).seatsTaken).toBe(1);
      const mine = item(page, 'mine', trip.title);
      await mine.waitFor();
      expect(await axeAtWidths(page)).toEqual([]);

      await tabTo(page, 'activities', `cancel-${held?.id}`);
      await page.keyboard.press('Enter');
      await page.locator(part('outcome')).filter({ hasText: '已取消' }).waitFor();
      expect((await page.locator(part('outcome')).textContent())?.trim()).toBe(`已取消「${trip.title}」的報名。`);
      await mine.waitFor({ state: 'detached' });
      expect(await card.locator('[part~="seats"]').textContent()).toBe('尚餘 3 個名額');
      expect((await seatsOf(trip.id)).map((s) => s.status)).toEqual(['cancelled']);
      expect((await api<Activity>('GET', `/v1/activities/${trip.id}`)).seatsTaken).toBe(0);
      expect((await activityEvents(page)).map((e) => [e.type, e.signUpId, e.bubbles, e.composed])).toEqual([
        ['club-activity-signed-up', held?.id, true, true],
        ['club-activity-cancelled', held?.id, true, true],
      ]);
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('refuses a sign-up once another member took the last seat, in the words for a full activity, and stores nothing', async () => {
    const buy = await setUp('測試：雨林茶團購', 1, 0, 'group-buying');
    // Another member in good standing: one who holds a seat from the demo data.
    const open = await api<ListPage<Activity>>('GET', `/v1/activities?signUpOpenOn=${today}&limit=100`);
    const seeded = (await Promise.all(open.data.map((a) => seatsOf(a.id))))
      .flat()
      .find((s) => s.status === 'signed-up' && s.memberId !== portal.api.demo.member.id);
    if (!seeded) throw new Error('the demo data has no other member holding a seat');
    const { token } = await api<{ token: string }>('POST', '/v1/member-sessions', { memberId: seeded.memberId });

    const { page, watch, close } = await openPage(browser, `${portal.url}/vip-activities.html?axe`);
    try {
      const card = item(page, 'open', buy.title);
      await card.locator('[part~="sign-up-button"]').waitFor();
      expect(await card.locator('[part~="seats"]').textContent()).toBe('尚餘 1 個名額');
      expect(await card.locator('[part~="price"]').textContent()).toBe('免費');
      // The last seat goes while the member reads the page.
      await api('POST', `/v1/activities/${buy.id}/sign-ups`, undefined, token);

      await tabTo(page, 'activities', `sign-up-${buy.id}`);
      await page.keyboard.press('Enter');
      await page.locator(part('refusal')).waitFor();
      expect(await page.locator(part('refusal')).textContent()).toMatch(/^名額已滿，未為您報名。（參考編號：.+）$/);
      expect(await focused(page)).toMatchObject({ id: 'outcome' });
      // Read again: the activity shows full, with no button.
      await card.locator('[part~="seats"]', { hasText: '名額已滿' }).waitFor();
      expect(await card.locator('[part~="sign-up-button"]').count()).toBe(0);
      const seats = await seatsOf(buy.id);
      expect(seats.map((s) => s.memberId)).toEqual([seeded.memberId]);
      expect((await api<Activity>('GET', `/v1/activities/${buy.id}`)).seatsTaken).toBe(1);
      expect((await activityEvents(page)).map((e) => [e.type, e.code])).toEqual([['club-error', 'vip/activity-full']]);
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows an error with Retry when the activities cannot be read, and reads them again from the keyboard', async () => {
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      let refused = 0;
      await page.route(`${portal.api.url}/v1/activities?*`, (route) => {
        // The first read and the client's two retries fail; Retry gets through.
        if (refused < 3) {
          refused++;
          return route.abort('connectionrefused');
        }
        return route.continue();
      });
      await page.goto(`${portal.url}/vip-activities.html?axe`);
      await page.locator(`${part('error')}[role="alert"]`).waitFor();
      expect(await page.locator(part('error')).textContent()).toContain('俱樂部服務暫時無法使用');
      expect(await axeAtWidths(page)).toEqual([]);
      await tabTo(page, 'activities', (at) => at.part === 'retry-button');
      await page.keyboard.press('Enter');
      await page.locator(part('open')).waitFor();
      expect(await page.locator(part('error')).count()).toBe(0);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('asks a signed-out visitor to sign in and reads no activity', async () => {
    portal.signIn = 'nobody';
    const { page, watch, close } = await openPage(browser, 'about:blank');
    try {
      let reads = 0;
      await page.route(`${portal.api.url}/v1/activities?*`, (route) => {
        reads++;
        return route.continue();
      });
      await page.goto(`${portal.url}/vip-activities.html?axe`);
      await page.locator(part('signed-out')).waitFor();
      expect(await page.locator(part('signed-out')).textContent()).toBe('請先登入，即可報名活動與惠購。');
      expect(reads).toBe(0);
      expect(await axeAtWidths(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      portal.signIn = 'member';
      await close();
    }
  });

  it('speaks English and Simplified Chinese, loaded when the page switches to them', async () => {
    const { page, watch, close } = await openPage(browser, `${portal.url}/vip-activities.html?axe`);
    try {
      await page.locator(part('open')).waitFor();
      for (const [locale, heading] of [
        ['en', 'Open for sign-up'],
        ['zh-Hans', '开放报名中'],
      ] as const) {
        await page.evaluate((l) => document.querySelector('club-provider')?.setAttribute('locale', l), locale);
        await page.locator(part('heading')).first().filter({ hasText: heading }).waitFor();
        await page.locator(part('open')).waitFor();
        expect(await axeAtWidths(page)).toEqual([]);
      }
      expect(
        await page
          .locator(`${part('open')} [part~="seats"]`)
          .first()
          .textContent(),
      ).toMatch(/^(尚余 \d+ 个名额|名额已满)$/);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
