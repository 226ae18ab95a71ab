// The VIP card's whole loop in Chromium, against the real servers as `pnpm start` wires them (the
// Club API with the demo data, the bank portal with its branch key, the club console with the
// admin key): the member buys the card on the bank's page, the merchant's operator reads its live
// code at the counter (typed, and from a camera fed the QR code the card drew), records the
// discount, and the member's card shows what it saved. Every refusal is checked in the database
// and the member's savings, not only in words. The Club API runs on a clock the test can move
// forward (the server's `clock` option, as its own tests expire codes), so an expired code costs
// no minute of waiting.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy as consoleCsp, startConsole, type Console } from '@clubkit/example-club-console';
import { createClubServer, seedDemo, type ClubServer, type DemoSeedResult } from '@clubkit/server';
import { contentSecurityPolicy as portalCsp, startPortal, type Portal } from '../src/server.js';
import { axeFindings } from './axe.js';

/** How far the Club API's clock runs ahead of the real one; the expired-code step moves it. */
let skewMs = 0;
let server: ClubServer | undefined;
let api: { url: string; close(): Promise<void> } | undefined;
let portal: Portal | undefined;
let console_: Console | undefined;
let browsers: Browser[] = [];
let workDir: string | undefined;
let demo: DemoSeedResult;
let adminKey: string;

/** A port that is free now: the demo keys must name the pages' origins before they listen. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  browsers.push(browser);
  return browser;
}

beforeAll(async () => {
  const [portalPort, consolePort] = await Promise.all([freePort(), freePort()]);
  // start.ts's wiring, on an in-memory database and a clock the test can move.
  server = await createClubServer({ db: ':memory:', clock: () => new Date(Date.now() + skewMs) });
  demo = await seedDemo(server, {
    origins: [`http://127.0.0.1:${portalPort}`, `http://127.0.0.1:${consolePort}`],
    members: 40,
    merchants: 60,
    complaints: 10,
  });
  api = await server.listen();
  const apiUrl = api.url;
  const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
  const publishable = demo.keys.find((k) => k.kind === 'publishable');
  const { branch_id: branchId } = await server.db
    .selectFrom('members')
    .select('branch_id')
    .where('id', '=', demo.member.id)
    .executeTakeFirstOrThrow();
  const branchKey = demo.keys.find(
    (k) => k.kind === 'secret' && k.principal.role === 'branch' && k.principal.branchId === branchId,
  );
  if (!admin || !publishable || !branchKey) throw new Error('the demo seed minted too few keys');
  adminKey = admin.secret;
  [portal, console_] = await Promise.all([
    startPortal({
      port: portalPort,
      clubApiUrl: apiUrl,
      secretKey: branchKey.secret,
      publishableKey: publishable.secret,
      memberId: demo.member.id,
    }),
    startConsole({
      port: consolePort,
      clubApiUrl: apiUrl,
      secretKey: admin.secret,
      staff: demo.staff.map((s) => ({ id: s.id, name: s.name, role: s.principal.role })),
    }),
  ]);
  workDir = await mkdtemp(join(tmpdir(), 'clubkit-vip-loop-'));
});

afterAll(async () => {
  for (const browser of browsers) await browser.close();
  browsers = [];
  await console_?.close();
  await portal?.close();
  await api?.close();
  await server?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** What a page reported: CSP violations (from an init script the page's CSP does not govern) and console errors. */
interface Watch {
  cspViolations: string[];
  consoleErrors: string[];
  /** Statuses of the Club API's 4xx answers the page received: each logs one "Failed to load resource". */
  refusals: number[];
}

/** A page of its own context in `browser`, under the page's own CSP, watched from the start. */
async function openWatched(
  browser: Browser,
  url: string,
  csp: string,
  permissions: string[] = [],
): Promise<{ page: Page; watch: Watch }> {
  const context = await browser.newContext({ permissions });
  const page = await context.newPage();
  const watch: Watch = { cspViolations: [], consoleErrors: [], refusals: [] };
  await page.exposeFunction('__loopViolation', (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __loopViolation(t: string): void }).__loopViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  page.on('response', (response) => {
    if (api && response.url().startsWith(api.url) && response.status() >= 400) watch.refusals.push(response.status());
  });
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(csp);
  return { page, watch };
}

/**
 * The console errors a page logged, less Chromium's own "Failed to load resource" line for each
 * refusal the test provoked on purpose (one per 4xx answer, checked by count).
 */
function unexpectedErrors(watch: Watch): string[] {
  const failed = watch.consoleErrors.filter((e) =>
    /^Failed to load resource: the server responded with a status of 4\d\d/.test(e),
  );
  expect(failed).toHaveLength(watch.refusals.length);
  return watch.consoleErrors.filter((e) => !failed.includes(e));
}

/** Where focus is: the focused element inside an open shadow root (id, part) and its host's tag. */
function focusOf(page: Page): Promise<{ host: string; id: string; part: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    let host = '';
    while (el?.shadowRoot?.activeElement) {
      host = el.tagName.toLowerCase();
      el = el.shadowRoot.activeElement;
    }
    return { host, id: el?.id ?? '', part: el?.getAttribute('part') ?? '' };
  });
}

/** Presses Tab (Shift+Tab with `back`) until focus is on the element `matches` names. */
async function tabTo(
  page: Page,
  matches: (focus: { host: string; id: string; part: string }) => boolean,
  what: string,
  back = false,
): Promise<void> {
  for (let presses = 0; presses <= 80; presses++) {
    if (matches(await focusOf(page))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

/** How long a step may take on a slow CI machine before `expect.poll` gives up. */
const patience = { timeout: 15_000 };

const inCounter = (id: string) => (f: { host: string; id: string }) => f.host === 'club-card-check' && f.id === id;

/** The text of the first element `selector` finds, trimmed. */
async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Money in fen as the zh-Hant widgets print it (core's formatMoney): ¥1,234.50. */
const yuan = (fen: number) =>
  `¥${new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100)}`;

/** Redemptions recorded in the Club API's database, all or one member's. */
async function redemptionCount(memberId?: string): Promise<number> {
  if (!server) throw new Error('the Club API did not start');
  let q = server.db.selectFrom('redemptions').select((eb) => eb.fn.countAll().as('n'));
  if (memberId) q = q.where('member_id', '=', memberId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** A member's savings as the member reads them (`GET /v1/me/savings` with a session of their own). */
async function savingsOf(memberId: string): Promise<{
  year: { savingFen: number; redemptions: number } | null;
  allTime: { savingFen: number; redemptions: number };
}> {
  const token = await memberSession(memberId);
  const res = await fetch(`${api?.url}/v1/me/savings`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return (await res.json()) as Awaited<ReturnType<typeof savingsOf>>;
}

async function memberSession(memberId: string): Promise<string> {
  const res = await fetch(`${api?.url}/v1/member-sessions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ memberId }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { token: string }).token;
}

/** The member code the portal's member card shows now: its digits and the QR code's dark modules. */
async function shownCode(page: Page): Promise<{ digits: string; modules: boolean[][] }> {
  const card = page.locator('#card');
  await card.locator('[part~="code-qr"]').waitFor();
  return card.evaluate((el) => {
    const root = el.shadowRoot;
    const digits = (root?.querySelector('[part~="code-digits"] [aria-hidden="true"]')?.textContent ?? '').replace(
      /\s/g,
      '',
    );
    const svg = root?.querySelector('svg[part~="code-qr"]');
    const [q = 0, , side = 0] = (svg?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const size = side + 2 * q;
    const modules = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
    // The card draws each dark module as `M x y h1 v1 h-1 z`.
    for (const [, x, y] of (svg?.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
      const row = modules[Number(y)];
      if (row) row[Number(x)] = true;
    }
    return { digits, modules };
  });
}

/**
 * A few frames of raw YUV4MPEG2 (4:2:0) of the QR code the card drew, black on white with a quiet
 * zone, for Chromium's fake camera (`--use-file-for-fake-video-capture`).
 */
function qrVideo(modules: boolean[][], frames = 5): Buffer {
  const width = 640;
  const height = 480;
  const side = modules.length + 8;
  const scale = Math.floor(Math.min(width, height) / side);
  const left = Math.floor((width - modules.length * scale) / 2);
  const top = Math.floor((height - modules.length * scale) / 2);
  const luma = Buffer.alloc(width * height, 255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const start = (top + y * scale + dy) * width + left + x * scale;
        luma.fill(0, start, start + scale);
      }
    }),
  );
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`),
    ...Array.from({ length: frames }, () => frame),
  ]);
}

/** The member asks the card for a new code by keyboard, and waits until a code other than `old` shows. */
async function newCode(page: Page, old: string): Promise<{ digits: string; modules: boolean[][] }> {
  await tabTo(
    page,
    (f) => f.host === 'club-member-card' && f.part.split(' ').includes('code-new-button'),
    'the new-code button',
  );
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await shownCode(page)).digits, patience).not.toBe(old);
  return shownCode(page);
}

/** Waits for the card's savings line to read `saved` of the 365 CNY fee. */
async function cardSaysSaved(page: Page, savedFen: number): Promise<void> {
  await expect
    .poll(() => textOf(page, '#card >> [part~="savings"]'), patience)
    .toBe(`本會員年度已省 ${yuan(savedFen)}（年費 ¥365.00）`);
}

describe('the VIP card loop, from the bank portal to the merchant’s counter and back', () => {
  it('sells the card on the portal, reads its live code at the counter (camera and typed), records two discounts the card then shows, and refuses a replayed code, another merchant’s offer, an unconfirmed order and an expired code with nothing recorded', async () => {
    if (!portal || !console_ || !api || !workDir) throw new Error('the servers did not start');
    const memberId = demo.member.id;
    const apiUrl = api.url;
    expect(await redemptionCount()).toBe(0);

    // 1. The bank portal: the member signs in, estimates, buys; the portal's back end confirms.
    const member = await openWatched(await launchChromium(), `${portal.url}/`, portalCsp(new URL(api.url).origin));
    const mp = member.page;
    await tabTo(mp, (f) => f.id === 'sign-in', 'the sign-in button');
    await Promise.all([mp.waitForEvent('load'), mp.keyboard.press('Enter')]);
    const offer = mp.locator('#vip-offer');
    await offer.locator('[part~="buy-button"]').waitFor();
    await tabTo(mp, (f) => f.host === 'club-vip-offer' && f.id === 'spend-car-wash', 'the car-wash spend field');
    await mp.keyboard.type('200');
    await mp.keyboard.press('Tab');
    await mp.keyboard.type('150');
    await mp.keyboard.press('Enter');
    await offer.locator('[part~="savings"]').waitFor();
    expect(await textOf(mp, '#vip-offer >> [part~="savings"]')).toMatch(/^估計一年可省 ¥[\d,]+\.\d\d$/);
    await tabTo(mp, (f) => f.host === 'club-vip-offer' && f.part === 'buy-button', 'the buy button');
    const payments: number[] = [];
    mp.on('response', (r) => {
      if (r.url().endsWith('/api/vip-payment')) payments.push(r.status());
    });
    await mp.keyboard.press('Enter');
    await offer.locator('[part~="order-status"].paid').waitFor();
    expect(payments).toEqual([200]);
    // One order, paid through the portal's back end: 365 CNY in fen, with its payment instant.
    const orders = await server?.db
      .selectFrom('vip_orders')
      .select(['status', 'amount_fen', 'paid_at'])
      .where('member_id', '=', memberId)
      .execute();
    expect(orders).toEqual([{ status: 'paid', amount_fen: 36_500, paid_at: expect.any(String) as unknown }]);

    // The member card shows VIP with its live code: a QR code and the same 12 digits.
    await mp.locator('#card [part~="card-vip"]').waitFor();
    const first = await shownCode(mp);
    expect(first.digits).toMatch(/^\d{12}$/);
    expect(first.modules.length).toBeGreaterThanOrEqual(21);
    await cardSaysSaved(mp, 0);
    expect(await axeFindings(mp)).toEqual([]);

    // 2. The console's merchant page, on a counter whose camera films the QR code the card drew.
    const video = join(workDir, 'member-code.y4m');
    await writeFile(video, qrVideo(first.modules));
    const counterBrowser = await launchChromium([
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ]);
    const counter = await openWatched(counterBrowser, `${console_.url}/`, consoleCsp(new URL(api.url).origin), [
      'camera',
    ]);
    const cp = counter.page;
    const operator = demo.staff.find((s) => s.principal.role === 'merchant');
    expect(operator?.name).toBe('王建國');
    const checks: {
      merchantId: string;
      status: string;
      offer: { id: string; title: string } | null;
      savingFen: number;
      payFen: number;
    }[] = [];
    cp.on('response', (r) => {
      if (r.url().endsWith('/v1/counter/checks') && r.status() === 200)
        void r.json().then((body: (typeof checks)[number]) => checks.push(body));
    });
    // Sign in by keyboard: Tab to the operator's radio (arrows move within the group), Tab, Enter.
    await cp.keyboard.press('Tab');
    for (let i = 0; i < 8; i += 1) {
      if ((await cp.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)) === operator?.id) break;
      await cp.keyboard.press('ArrowDown');
    }
    await cp.keyboard.press('Tab');
    await Promise.all([cp.waitForURL(/\/console$/), cp.keyboard.press('Enter')]);
    await cp.locator('club-card-check #card').waitFor();

    // From the camera: the scan button; the widget reads the QR code from the frames into the card field.
    await tabTo(cp, inCounter('scan'), 'the scan button');
    await cp.keyboard.press('Enter');
    await expect
      .poll(() => textOf(cp, 'club-card-check [part~="status"]'), patience)
      .toBe('已讀取會員碼，請輸入消費金額後查詢。');
    expect(await cp.locator('club-card-check #card').inputValue()).toBe(first.digits);
    expect((await focusOf(cp)).id).toBe('bill');
    await cp.keyboard.type('300');
    await tabTo(cp, inCounter('check'), 'the check button');
    await cp.keyboard.press('Enter');
    await cp.locator('club-card-check #record').waitFor();
    await expect.poll(() => checks.length, patience).toBe(1);
    const scanned = checks[0];
    expect(scanned).toMatchObject({
      merchantId: demo.merchantId,
      status: 'active',
      payFen: 30_000 - (scanned?.savingFen ?? 0),
    });
    expect(scanned?.offer).not.toBeNull();
    expect(scanned?.savingFen).toBeGreaterThan(0);
    expect(await textOf(cp, 'club-card-check [part~="card-status"]')).toBe('有效 VIP 卡');
    expect(await textOf(cp, 'club-card-check [part~="offer-title"]')).toBe(scanned?.offer?.title);
    expect(await textOf(cp, 'club-card-check [part~="saving"]')).toBe(yuan(scanned?.savingFen ?? 0));
    expect(await redemptionCount()).toBe(0); // a check uses nothing
    expect(await axeFindings(cp)).toEqual([]);
    await tabTo(cp, inCounter('record'), 'the record button');
    await cp.keyboard.press('Enter');
    await expect.poll(() => textOf(cp, 'club-card-check [part~="status"]'), patience).toMatch(/^已記錄優惠「/);
    expect(await redemptionCount(memberId)).toBe(1);
    const firstSaving = scanned?.savingFen ?? 0;

    // 3. The member asks for the next code: the card shows what the first visit saved.
    const second = await newCode(mp, first.digits);
    await cardSaysSaved(mp, firstSaving);

    // Typed: the next code by hand, a bill of 488.50, Enter to check, then record.
    await tabTo(cp, inCounter('card'), 'the card field', true);
    await cp.keyboard.press('Control+A');
    await cp.keyboard.type(second.digits);
    await tabTo(cp, inCounter('bill'), 'the bill field');
    await cp.keyboard.press('Control+A');
    await cp.keyboard.type('488.50');
    await cp.keyboard.press('Enter');
    await expect.poll(() => checks.length, patience).toBe(2);
    const typed = checks[1];
    expect(typed).toMatchObject({
      merchantId: demo.merchantId,
      status: 'active',
      payFen: 48_850 - (typed?.savingFen ?? 0),
    });
    expect(typed?.savingFen).toBeGreaterThan(0);
    await cp.locator('club-card-check #record').waitFor();
    expect(await textOf(cp, 'club-card-check [part~="saving"]')).toBe(yuan(typed?.savingFen ?? 0));
    await tabTo(cp, inCounter('record'), 'the record button');
    await cp.keyboard.press('Enter');
    await expect.poll(() => textOf(cp, 'club-card-check [part~="status"]'), patience).toMatch(/^已記錄優惠「/);
    const saved = firstSaving + (typed?.savingFen ?? 0);
    expect(await redemptionCount(memberId)).toBe(2);
    expect(await savingsOf(memberId)).toMatchObject({
      year: { savingFen: saved, redemptions: 2 },
      allTime: { savingFen: saved, redemptions: 2 },
    });
    const third = await newCode(mp, second.digits);
    await cardSaysSaved(mp, saved);

    /** Types `code` and a 300 CNY bill at the counter by keyboard, checks, and returns the refusal shown. */
    const refusedAtCounter = async (code: string): Promise<string> => {
      await tabTo(cp, inCounter('card'), 'the card field', true);
      await cp.keyboard.press('Control+A');
      await cp.keyboard.type(code);
      await tabTo(cp, inCounter('bill'), 'the bill field');
      await cp.keyboard.press('Control+A');
      await cp.keyboard.type('300');
      await cp.keyboard.press('Enter');
      await cp.locator('club-card-check #error-message').waitFor();
      expect(await cp.locator('club-card-check #record').count()).toBe(0);
      return textOf(cp, 'club-card-check #error-message');
    };
    /** Asks the Club API with the operator's own staff session, from the counter page: `path` is a POST route. */
    const fromCounter = (path: string, body: Record<string, unknown>) =>
      cp.evaluate(
        async ({ url, body }) => {
          const { token } = (await (await fetch('/api/staff-session', { method: 'POST' })).json()) as { token: string };
          const res = await fetch(url, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'Idempotency-Key': crypto.randomUUID(),
            },
            body: JSON.stringify(body),
          });
          const answer = (await res.json()) as { code?: string; status?: string };
          return { status: res.status, code: answer.code, card: answer.status };
        },
        { url: `${apiUrl}${path}`, body },
      );
    /** Asks to record a redemption; the answer's HTTP status and problem code. */
    const redeemFromCounter = async (body: Record<string, unknown>) => {
      const { status, code } = await fromCounter('/v1/redemptions', body);
      return { status, code };
    };
    const nothingMore = async () => {
      expect(await redemptionCount()).toBe(2);
      expect(await savingsOf(memberId)).toMatchObject({ year: { savingFen: saved, redemptions: 2 } });
    };
    const ourOffer = checks[1]?.offer?.id ?? '';

    // 4a. A replayed code: the scanned one, used at the first visit, at the check and at the record.
    expect(await refusedAtCounter(first.digits)).toMatch(/^這個會員碼已經用過，沒有記錄任何優惠。/);
    expect(await redeemFromCounter({ code: first.digits, billFen: 30_000, offerId: ourOffer })).toEqual({
      status: 409,
      code: 'vip/code-used',
    });
    await nothingMore();

    // 4b. Another merchant's offer, with the member's live code: refused, and the code stays good.
    const foreign = await server?.db
      .selectFrom('merchant_offers')
      .select('offer_id')
      .where('merchant_id', '!=', demo.merchantId)
      .executeTakeFirst();
    const foreignOffer = foreign?.offer_id;
    expect(foreignOffer).toBeDefined();
    expect(await redeemFromCounter({ code: third.digits, billFen: 30_000, offerId: foreignOffer })).toEqual({
      status: 409,
      code: 'vip/offer-mismatch',
    });
    await nothingMore();
    expect(await fromCounter('/v1/counter/checks', { code: third.digits, billFen: 30_000 })).toMatchObject({
      status: 200,
      card: 'active',
    });

    // 4c. An order never confirmed: another member opened one (the bank never took the money).
    const { data: members } = (await (
      await fetch(`${api.url}/v1/members?limit=10`, { headers: { Authorization: `Bearer ${adminKey}` } })
    ).json()) as { data: { id: string }[] };
    const pendingId = members.find((m) => m.id !== memberId && m.id !== demo.vipMember?.id)?.id ?? '';
    const opened = await fetch(`${api.url}/v1/vip-orders`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId: pendingId }),
    });
    expect(opened.status).toBe(201);
    expect(((await opened.json()) as { status: string }).status).toBe('pending');
    const pendingCode = (await (
      await fetch(`${api.url}/v1/me/card-code`, {
        headers: { Authorization: `Bearer ${await memberSession(pendingId)}` },
      })
    ).json()) as { code: string };
    const checked = checks.length;
    await tabTo(cp, inCounter('card'), 'the card field', true);
    await cp.keyboard.press('Control+A');
    await cp.keyboard.type(pendingCode.code);
    await tabTo(cp, inCounter('bill'), 'the bill field');
    await cp.keyboard.press('Control+A');
    await cp.keyboard.type('300');
    await cp.keyboard.press('Enter');
    await expect.poll(() => checks.length, patience).toBe(checked + 1);
    expect(checks[checked]).toMatchObject({ status: 'not-vip', offer: null, savingFen: 0, payFen: 30_000 });
    await expect
      .poll(() => textOf(cp, 'club-card-check [part~="card-status"]'), patience)
      .toBe('不是 VIP 會員，不享優惠');
    expect(await cp.locator('club-card-check #record').count()).toBe(0);
    expect(await redeemFromCounter({ code: pendingCode.code, billFen: 30_000, offerId: ourOffer })).toEqual({
      status: 422,
      code: 'vip/card-not-valid',
    });
    expect(await redemptionCount(pendingId)).toBe(0);
    expect(await savingsOf(pendingId)).toMatchObject({ allTime: { savingFen: 0, redemptions: 0 } });
    await nothingMore();

    // 4d. An expired code: the Club API's clock moves past the live code's minute.
    skewMs += 61_000;
    expect(await refusedAtCounter(third.digits)).toMatch(
      /^這個會員碼已過期（每個會員碼只有一分鐘），沒有記錄任何優惠。/,
    );
    expect(await redeemFromCounter({ code: third.digits, billFen: 30_000, offerId: ourOffer })).toEqual({
      status: 409,
      code: 'vip/code-expired',
    });
    await nothingMore();
    // The member's card still says what the two visits saved, with a fresh code.
    await newCode(mp, third.digits);
    await cardSaysSaved(mp, saved);

    expect(await axeFindings(cp)).toEqual([]);
    expect(await axeFindings(mp)).toEqual([]);
    for (const { watch } of [member, counter]) {
      expect(watch.cspViolations).toEqual([]);
      expect(unexpectedErrors(watch)).toEqual([]);
    }
    // Refusals only where the test asked for them: the counter's two refused checks (used, expired)
    // and the page's own four requests (used, another merchant's offer, not valid, expired).
    expect(counter.watch.refusals.sort()).toEqual([409, 409, 409, 409, 409, 422]);
    expect(member.watch.refusals).toEqual([]);
  }, 120_000);
});
