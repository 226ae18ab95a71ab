import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMoney } from '@clubkit/core';
import type { CounterCheck, MemberCardCode } from '@clubkit/core/api';
import encodeQR from '@paulmillr/qr';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, startPortal, type Portal } from './harness.js';
import { failedResource, focused, smallTargets, tabTo, textOf } from './support.js';

let portal: Portal;
let browser: Browser;
/** A code issued at the start, left to expire by the Club API's own one-minute rule. */
let expiring: MemberCardCode;

beforeAll(async () => {
  [portal, browser] = await Promise.all([startPortal({ operator: true }), launchChromium()]);
  expiring = await cardCode(vipMemberId());
  return async () => {
    await browser.close();
    await portal.close();
  };
});

const counter = '#counter';
const money = (fen: number) => formatMoney(fen, 'zh-Hant');

function vipMemberId(): string {
  const vip = portal.api.demo.vipMember;
  if (!vip) throw new Error('The demo seed made no VIP member');
  return vip.id;
}

/** Calls the Club API with a bearer token. */
async function call(method: string, path: string, token: string, body?: unknown): Promise<Response> {
  return portal.api.server.fetch(
    new Request(`${portal.api.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
}

/** A member session minted with the admin secret key, as the partner's back end does. */
async function memberSession(memberId: string): Promise<string> {
  const res = await call('POST', '/v1/member-sessions', portal.api.secretKey, { memberId });
  return ((await res.json()) as { token: string }).token;
}

/** A live member code, as the member card fetches it. */
async function cardCode(memberId: string): Promise<MemberCardCode> {
  const res = await call('GET', '/v1/me/card-code', await memberSession(memberId));
  return (await res.json()) as MemberCardCode;
}

/** The counter check the demo merchant's staff would get through the API (records nothing, keeps the code good). */
async function apiCheck(code: string, billFen: number): Promise<CounterCheck> {
  const res = await call('POST', '/v1/counter/checks', await portal.staffToken('merchant'), {
    code,
    billFen,
  });
  return (await res.json()) as CounterCheck;
}

async function redemptions(): Promise<number> {
  const row = await portal.api.server.db
    .selectFrom('redemptions')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Opens the counter as the staff member `role` (or `stf_…`) and waits until it is ready. */
async function openCounter(role: string, on: Browser = browser) {
  const opened = await openPage(on, `${portal.url}/card-check.html?role=${role}&axe`);
  await opened.page.locator(`${counter} #card`).waitFor();
  return opened;
}

/** Types the card and the bill by keyboard and presses Check. */
async function typeAndCheck(page: Page, card: string, bill: string): Promise<void> {
  await tabTo(page, 'counter', 'card');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(card);
  await tabTo(page, 'counter', 'bill');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(bill);
  await tabTo(page, 'counter', 'check');
  await page.keyboard.press('Enter');
}

const statusReads = (page: Page, text: string) =>
  page.locator(`${counter} [part~="status"]`).filter({ hasText: text }).waitFor();

describe('<club-card-check> on a strict-CSP console page in Chromium', () => {
  it('checks a typed member code and records the discount by keyboard alone; the same code is then refused as used', async () => {
    const { code } = await cardCode(vipMemberId());
    const expected = await apiCheck(code, 30000);
    expect(expected.offer).not.toBeNull();
    const { page, watch, close } = await openCounter('merchant');
    try {
      expect(await axeViolations(page)).toEqual([]);
      await typeAndCheck(page, code.replace(/(\d{4})(?=\d)/g, '$1 '), '300');
      await page.locator(`${counter} #result`).waitFor();
      expect((await focused(page))?.id).toBe('result-title');
      const result = page.locator(`${counter} #result`);
      expect(await textOf(result.locator('[part~="card-status"]'))).toBe('有效 VIP 卡');
      const fields = await textOf(result.locator('[part~="result-fields"]'));
      expect(fields).toContain(portal.api.demo.vipMember?.name ?? '?');
      expect(fields).toContain(expected.holder.maskedCardNumber);
      expect(await textOf(result.locator('[part~="offer-title"]'))).toBe(expected.offer?.title);
      expect(await result.locator('[part~="offer-terms"] li').count()).toBeGreaterThan(0);
      expect(await textOf(result.locator('[part~="saving"]'))).toBe(money(expected.savingFen));
      expect(await textOf(result.locator('[part~="pay"]'))).toBe(money(expected.payFen));
      expect(await smallTargets(page, counter)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      const before = await redemptions();
      await tabTo(page, 'counter', 'record');
      await page.keyboard.press('Enter');
      await statusReads(page, `已記錄優惠「${expected.offer?.title ?? ''}」`);
      expect(await textOf(page.locator(`${counter} [part~="status"]`))).toContain(money(expected.payFen));
      expect(await redemptions()).toBe(before + 1);
      // Ready for the next customer: empty fields, focus on the card field, no answer left on screen.
      expect((await focused(page))?.id).toBe('card');
      expect(await page.locator(`${counter} #card`).inputValue()).toBe('');
      expect(await page.locator(`${counter} #bill`).inputValue()).toBe('');
      expect(await page.locator(`${counter} #result`).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);

      await typeAndCheck(page, code, '300');
      await page.locator(`${counter} #error`).waitFor();
      expect((await focused(page))?.id).toBe('error');
      expect(await textOf(page.locator(`${counter} #error-message`))).toMatch(
        /^這個會員碼已經用過.*（參考編號：req_\w+）$/,
      );
      expect(await page.locator(`${counter} #record`).count()).toBe(0);
      expect(await redemptions()).toBe(before + 1);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('catches a mistyped digit and a bill that is not whole fen before any request', async () => {
    const { code } = await cardCode(vipMemberId());
    const wrong = `${code.slice(0, 11)}${(Number(code.at(-1)) + 1) % 10}`;
    const { page, watch, close } = await openCounter('merchant');
    try {
      const requests: string[] = [];
      page.on('request', (r) => {
        if (r.url().startsWith(portal.api.url)) requests.push(r.url());
      });
      await typeAndCheck(page, wrong, '1.005');
      await page.locator(`${counter} #error-summary`).waitFor();
      expect((await focused(page))?.id).toBe('error-summary');
      expect(await page.locator(`${counter} [part~="error-link"]`).allTextContents()).toEqual([
        '會員碼或卡號：檢查碼不符，可能輸入錯了一位數字，請再核對。',
        '消費金額（元）：請輸入以元為單位的金額，最多兩位小數，例如 300 或 88.50。',
      ]);
      expect(await page.locator(`${counter} #card`).getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator(`${counter} #card`).getAttribute('aria-describedby')).toBe('card-hint card-error');
      expect(requests.filter((u) => u.includes('/v1/counter'))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('shows a member without a VIP year as not VIP, with no offer and nothing to record', async () => {
    const { code } = await cardCode(portal.api.demo.member.id);
    const { page, watch, close } = await openCounter('merchant');
    try {
      await typeAndCheck(page, code, '300');
      const result = page.locator(`${counter} #result`);
      await result.waitFor();
      expect(await textOf(result.locator('[part~="card-status"]'))).toBe('不是 VIP 會員，不享優惠');
      expect(await textOf(result)).toContain('沒有適用的優惠。');
      expect(await textOf(result.locator('[part~="pay"]'))).toBe(money(30000));
      expect(await page.locator(`${counter} #record`).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('checks a typed card number but offers no record: only the live code redeems', async () => {
    const me = await call('GET', '/v1/me/card', await memberSession(vipMemberId()));
    const number = ((await me.json()) as { vip?: { card: { number: string } } }).vip?.card.number ?? '';
    expect(number).toMatch(/^\d{16}$/);
    const before = await redemptions();
    const { page, watch, close } = await openCounter('merchant');
    try {
      await typeAndCheck(page, number, '300');
      const result = page.locator(`${counter} #result`);
      await result.waitFor();
      expect(await textOf(result.locator('[part~="card-status"]'))).toBe('有效 VIP 卡');
      expect(await textOf(result.locator('[part~="note"]'))).toContain('以卡號查詢只能確認會員卡');
      expect(await page.locator(`${counter} #record`).count()).toBe(0);
      expect(await redemptions()).toBe(before);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('tells another merchant’s staff at this counter that they may not use it (403), recording nothing', async () => {
    const list = await call('GET', '/v1/merchants?limit=5', portal.api.secretKey);
    const merchants = ((await list.json()) as { data: { merchant: { id: string } }[] }).data;
    const merchantId = merchants.map((m) => m.merchant.id).find((id) => id !== portal.api.demo.merchantId);
    const created = await call('POST', '/v1/staff', portal.api.secretKey, {
      name: '李淑芬',
      principal: { role: 'merchant', merchantId },
    });
    expect(created.status).toBe(201);
    const staffId = ((await created.json()) as { id: string }).id;
    const { code } = await cardCode(vipMemberId());
    const before = await redemptions();
    const { page, watch, close } = await openCounter(staffId);
    try {
      await typeAndCheck(page, code, '300');
      await page.locator(`${counter} #error`).waitFor();
      expect(await textOf(page.locator(`${counter} #error-message`))).toMatch(
        /^您的帳號不能使用這家商戶的櫃檯，沒有記錄任何優惠。（參考編號：req_\w+）$/,
      );
      expect(await page.locator(`${counter} #retry`).count()).toBe(0);
      expect(await redemptions()).toBe(before);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says so in words when there is no camera, and the typed path still works', async () => {
    const { page, watch, close } = await openCounter('merchant');
    try {
      await tabTo(page, 'counter', 'scan');
      await page.keyboard.press('Enter');
      const status = page.locator(`${counter} #camera-status`);
      await status.waitFor();
      expect(['找不到可用的相機，請直接輸入會員碼。', '未獲准使用相機，請直接輸入會員碼。']).toContain(
        await textOf(status),
      );
      expect(await page.locator(`${counter} #camera`).isHidden()).toBe(true);
      const { code } = await cardCode(vipMemberId());
      await typeAndCheck(page, code, '88.5');
      await page.locator(`${counter} #result`).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reads the member code from the camera, stops the camera and records the discount', async () => {
    const { code } = await cardCode(vipMemberId());
    const dir = await mkdtemp(join(tmpdir(), 'clubkit-camera-'));
    const video = join(dir, 'member-code.y4m');
    await writeFile(video, qrVideo(code));
    const camera = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    try {
      const { page, watch, close } = await openCounter('merchant', camera);
      try {
        await tabTo(page, 'counter', 'scan');
        await page.keyboard.press('Enter');
        await statusReads(page, '已讀取會員碼');
        expect(await page.locator(`${counter} #card`).inputValue()).toBe(code);
        expect((await focused(page))?.id).toBe('bill');
        // Every track stopped: the video holds no stream and the camera is off.
        expect(
          await page.evaluate(() => {
            const el = document.querySelector('#counter') as HTMLElement & { scanner: { status: string } };
            const v = el.shadowRoot?.querySelector('video');
            return { status: el.scanner.status, stream: v?.srcObject ?? null };
          }),
        ).toEqual({ status: 'off', stream: null });
        expect(await page.locator(`${counter} #camera`).isHidden()).toBe(true);

        await page.keyboard.type('300');
        await tabTo(page, 'counter', 'check');
        await page.keyboard.press('Enter');
        await page.locator(`${counter} #record`).waitFor();
        const before = await redemptions();
        await tabTo(page, 'counter', 'record');
        await page.keyboard.press('Enter');
        await statusReads(page, '已記錄優惠');
        expect(await redemptions()).toBe(before + 1);
        expect(await axeViolations(page)).toEqual([]);
        expect(watch.cspViolations).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    } finally {
      await camera.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  // Last: the code issued when the file started has had its minute by now (or is waited out).
  it('shows the Club API’s refusal of a code whose minute is over', async () => {
    const wait = Date.parse(expiring.expiresAt) - Date.now() + 1000;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { page, watch, close } = await openCounter('merchant');
    try {
      await typeAndCheck(page, expiring.code, '300');
      await page.locator(`${counter} #error`).waitFor();
      expect(await textOf(page.locator(`${counter} #error-message`))).toMatch(/^這個會員碼已過期/);
      expect(await page.locator(`${counter} #result`).count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !failedResource.test(e))).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);
});

/**
 * A few frames of raw YUV4MPEG2 (4:2:0) showing the QR code of `text`, black on white, for
 * Chromium's fake camera: a header line, then each frame's `FRAME` line, its luma plane and its
 * two chroma planes (grey: 128).
 */
function qrVideo(text: string, frames = 5): Buffer {
  const width = 640;
  const height = 480;
  const modules = encodeQR(text, 'raw', { border: 4 });
  const scale = Math.floor(Math.min(width, height) / modules.length);
  const left = Math.floor((width - modules.length * scale) / 2);
  const top = Math.floor((height - modules.length * scale) / 2);
  const luma = Buffer.alloc(width * height, 255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        luma.fill(
          0,
          (top + y * scale + dy) * width + left + x * scale,
          (top + y * scale + dy) * width + left + (x + 1) * scale,
        );
    }),
  );
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1\n`),
    ...Array.from({ length: frames }, () => frame),
  ]);
}
