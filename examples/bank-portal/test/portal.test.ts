// The main job end to end: `node dist/start.js` as a child process (the Club API on SQLite with
// the demo data, and the portal), and its pages in Debian's Chromium under the strict CSP.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal } from '../src/server.js';
import { axeFindings } from './axe.js';

interface Summary {
  urls: Record<'portal' | 'restyled' | 'headless' | 'react' | 'docs' | 'console' | 'api' | 'openapi', string>;
  apiUrl: string;
  portalUrl: string;
  keysFile: string;
  member: { id: string; name: string };
  secretKey: string;
  publishableKey: string;
  /** The label of the demo key the portal mints sessions with. */
  portalKey: string;
  keys: Record<string, string>;
}

const startJs = fileURLToPath(new URL('../dist/start.js', import.meta.url));
const docsDir = fileURLToPath(new URL('../../../docs/dist/', import.meta.url));

let workDir: string;
// Undefined until beforeAll has started them (and left so when it failed half-way).
let child: ChildProcess | undefined;
let demo: Summary;
let browser: Browser | undefined;
let csp: string;

/** Starts the main job in a fresh working directory and reads its one-line JSON summary. */
async function startDemo(cwd: string): Promise<{ child: ChildProcess; summary: Summary }> {
  const started = spawn(
    process.execPath,
    [startJs, '--port', '0', '--portal-port', '0', '--console-port', '0', '--json'],
    {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  started.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: started.stdout });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    started.once('exit', (code) => reject(new Error(`start.js exited with ${code}: ${stderr}`)));
  });
  return { child: started, summary: JSON.parse(line) as Summary };
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'clubkit-portal-'));
  const [started, launched] = await Promise.all([
    startDemo(workDir),
    chromium.launch({
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
      ],
    }),
  ]);
  child = started.child;
  demo = started.summary;
  browser = launched;
  csp = `default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; connect-src 'self' ${demo.apiUrl}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'`;
});

afterAll(async () => {
  await browser?.close();
  const job = child;
  if (job?.exitCode === null) {
    const exited = new Promise((resolve) => job.once('exit', resolve));
    job.kill('SIGTERM');
    await exited;
  }
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** What a page reported: CSP violations (recorded by an init script the page's CSP does not govern), console errors and infos. */
interface Watch {
  cspViolations: string[];
  consoleErrors: string[];
  consoleInfo: string[];
}

/** What answers the README's "Try it" commands, in order (the little of each the test reads). */
type TryItAnswers = [
  { status: string },
  { data: { merchant: { category: string } }[] },
  { reference: string },
  { token: string },
  { status: number; code: string },
  { staff: { principal: { role: string } }; modules: string[] },
];

/** `value`, failing the test with `what` when beforeAll did not get as far as setting it. */
function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not start`);
  return value;
}

async function openPage(
  path: string,
  contextOptions: BrowserContextOptions = {},
): Promise<{ page: Page; watch: Watch; close: () => Promise<void> }> {
  const context = await started(browser, 'Chromium').newContext(contextOptions);
  const page = await context.newPage();
  const watch: Watch = { cspViolations: [], consoleErrors: [], consoleInfo: [] };
  await page.exposeFunction('__portalViolation', (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __portalViolation(t: string): void }).__portalViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
    if (message.type() === 'info') watch.consoleInfo.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  const response = await page.goto(`${demo.portalUrl}${path}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(csp);
  return { page, watch, close: () => context.close() };
}

/**
 * Looks a complaint's receipt up by its reference and the phone's last four digits (as the
 * complainant would), then reads the whole complaint as the club's staff would.
 */
async function complaintByReference(reference: string): Promise<{ name: string; content: string }> {
  const receipt = await fetch(`${demo.apiUrl}/v1/complaint-receipts/${reference}?phoneLast4=8000`, {
    headers: { Authorization: `Bearer ${demo.publishableKey}` },
  });
  expect(receipt.status).toBe(200);
  const { id } = (await receipt.json()) as { id: string };
  const complaint = await fetch(`${demo.apiUrl}/v1/complaints/${id}`, {
    headers: { Authorization: `Bearer ${demo.secretKey}` },
  });
  expect(complaint.status).toBe(200);
  return (await complaint.json()) as { name: string; content: string };
}

/** Fills the complaint form in its shadow root, sends it and returns the reference it shows. */
async function fileComplaint(page: Page, content: string): Promise<string> {
  const form = page.locator('#complaint');
  await form.locator('#name').fill('王小明');
  await form.locator('#plate').fill('雲K8A123');
  await form.locator('#category').selectOption('service-quality');
  await form.locator('#content').fill(content);
  await form.locator('#phone').fill('13800138000');
  await form.locator('[part~="submit-button"]').click();
  const reference = (await form.locator('[part~="reference"]').textContent()) ?? '';
  expect(reference).toMatch(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
  return reference;
}

/** Searches the directory widget for 洗車, then opens the second hit from the keyboard. */
async function searchDirectory(page: Page): Promise<void> {
  const directory = page.locator('#directory');
  await directory.locator('#search-input').fill('洗車');
  await directory.locator('#search-input').press('Enter');
  // Every row shown is a 洗車 merchant (by name or by category), and some carry the VIP best-offer badge.
  await expect
    .poll(async () => {
      const rows = await directory.locator('[part~="row"]').allTextContents();
      return rows.length > 0 && rows.every((text) => text.includes('洗車'));
    })
    .toBe(true);
  expect(await directory.locator('[part~="status"]').textContent()).toMatch(/\d/);
  await directory.locator('#list').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => directory.locator('[part~="detail-name"]').count()).toBe(1);
  expect(await directory.locator('[part~="offers-heading"]').count()).toBe(1);
}

/** Signs the demo member in with the page's button and waits for the member card. */
async function signInAndSeeCard(page: Page, button: string): Promise<void> {
  await page.locator(button).click();
  const card = page.locator('#card [part~="card"]');
  await card.waitFor();
  expect(await page.locator('#card [part~="holder"]').textContent()).toBe('陳美玲');
  expect(await page.locator('#card [part~="tier"]').textContent()).toContain('VIP');
  expect(await card.getAttribute('part')).toContain('card-vip');
}

describe('pnpm start: the demo in one process', () => {
  it('writes the demo keys where the README’s curl examples read them, readable by the owner only', async () => {
    const env = await readFile(join(workDir, '.clubkit/demo.env'), 'utf8');
    const vars = Object.fromEntries(
      [...env.matchAll(/^export (\w+)=(.*)$/gm)].map(([, name = '', value = '']): [string, string] => [name, value]),
    );
    expect(Object.keys(vars)).toEqual([
      'CLUBKIT_URL',
      'CLUBKIT_SK',
      'CLUBKIT_BRANCH_SK',
      'CLUBKIT_MERCHANT_SK',
      'CLUBKIT_PK',
      'CLUBKIT_MEMBER',
      'CLUBKIT_MERCHANT',
      'CLUBKIT_STAFF',
      'CLUBKIT_VIP_MEMBER',
    ]);
    expect(vars).toMatchObject({
      CLUBKIT_URL: demo.apiUrl,
      CLUBKIT_SK: demo.secretKey,
      CLUBKIT_PK: demo.publishableKey,
      CLUBKIT_MEMBER: demo.member.id,
    });
    expect((await stat(join(workDir, '.clubkit/demo.env'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(workDir, '.clubkit/demo.db'))).size).toBeGreaterThan(0);
    const health = await fetch(`${demo.apiUrl}/v1/health`);
    expect(health.status).toBe(200);
    expect((await fetch(demo.urls.openapi)).status).toBe(200);
  });

  it('answers the README’s "Try it" commands as printed, with the keys it wrote', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const block = /### Try it[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const [setup, ...commands] = block.trim().split('\n');
    expect(setup).toBe('source .clubkit/demo.env');
    const answers = commands.map((command): unknown =>
      JSON.parse(execFileSync('bash', ['-eu', '-c', `${setup}\n${command}`], { cwd: workDir, encoding: 'utf8' })),
    ) as Partial<TryItAnswers>;
    expect(answers).toHaveLength(6);
    expect(answers[0]).toMatchObject({ status: 'ok' });
    expect(answers[1]?.data[0]?.merchant.category).toBe('car-wash');
    expect(answers[2]?.reference).toMatch(/^C[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(answers[3]?.token).toMatch(/^ms_/);
    expect(answers[4]).toMatchObject({ status: 400, code: 'invalid-input' });
    expect(answers[5]).toMatchObject({ staff: { principal: { role: 'branch' } }, modules: ['members', 'stats'] });
  });

  it('mints member sessions only for a signed-in visitor and never hands the secret key to the browser', async () => {
    const refused = await fetch(`${demo.portalUrl}/api/club-session`, { method: 'POST' });
    expect(refused.status).toBe(401);
    const signIn = await fetch(`${demo.portalUrl}/api/sign-in`, { method: 'POST' });
    const cookie = signIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^portal_session=[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=1800$/);
    const [cookiePair = ''] = cookie.split(';');
    const minted = await fetch(`${demo.portalUrl}/api/club-session`, {
      method: 'POST',
      headers: { Cookie: cookiePair },
    });
    expect(minted.status).toBe(200);
    expect(Object.keys((await minted.json()) as object)).toEqual(['token']);

    const config: unknown = await (await fetch(`${demo.portalUrl}/demo/config.json`)).json();
    expect(config).toEqual({
      baseUrl: demo.apiUrl,
      publishableKey: demo.publishableKey,
      sessionEndpoint: '/api/club-session',
    });
    for (const path of [
      '/',
      '/restyled.html',
      '/headless.html',
      '/portal.js',
      '/headless.js',
      '/react/',
      '/demo/config.json',
    ]) {
      const body = await (await fetch(`${demo.portalUrl}${path}`)).text();
      expect(body, path).not.toContain(demo.secretKey);
      expect(body, path).not.toMatch(/sk_[\w-]{20,}/);
    }
  });
});

describe('what the portal refuses', () => {
  /** A signed-in visitor's cookie. */
  async function signedInCookie(): Promise<string> {
    const signIn = await fetch(`${demo.portalUrl}/api/sign-in`, { method: 'POST' });
    return (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }

  it('mints member sessions with a branch key of the member’s branch, never the admin key', () => {
    expect(demo.portalKey).toMatch(/branch operator/);
    expect(demo.keys[demo.portalKey]).not.toBe(demo.secretKey);
  });

  it('refuses a session (and sign-in or sign-out) asked for from another origin with 403', async () => {
    const cookie = await signedInCookie();
    for (const path of ['/api/club-session', '/api/sign-in', '/api/sign-out']) {
      const foreign = await fetch(`${demo.portalUrl}${path}`, {
        method: 'POST',
        headers: { Cookie: cookie, Origin: 'https://evil.example' },
      });
      expect([path, foreign.status]).toEqual([path, 403]);
      expect(await foreign.text()).not.toMatch(/ms_/);
    }
    const own = await fetch(`${demo.portalUrl}/api/club-session`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: demo.portalUrl },
    });
    expect(own.status).toBe(200);
  });

  it('ends every Club session of the member when the visitor signs out', async () => {
    const cookie = await signedInCookie();
    const mint = async () =>
      (
        (await (
          await fetch(`${demo.portalUrl}/api/club-session`, { method: 'POST', headers: { Cookie: cookie } })
        ).json()) as {
          token: string;
        }
      ).token;
    const tokens = [await mint(), await mint()];
    await fetch(`${demo.portalUrl}/api/sign-out`, { method: 'POST', headers: { Cookie: cookie } });
    for (const token of tokens) {
      const me = await fetch(`${demo.apiUrl}/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
      expect(me.status).toBe(401);
    }
    const after = await fetch(`${demo.portalUrl}/api/club-session`, { method: 'POST', headers: { Cookie: cookie } });
    expect(after.status).toBe(401);
  });

  it('forgets a sign-in once it has expired: no more sessions for its cookie', async () => {
    const portal = await startPortal({
      port: 0,
      clubApiUrl: demo.apiUrl,
      secretKey: demo.keys[demo.portalKey] ?? '',
      publishableKey: demo.publishableKey,
      memberId: demo.member.id,
      signInTtlSeconds: 1,
    });
    try {
      const signIn = await fetch(`${portal.url}/api/sign-in`, { method: 'POST' });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const session = () => fetch(`${portal.url}/api/club-session`, { method: 'POST', headers: { Cookie: cookie } });
      expect((await session()).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect((await session()).status).toBe(401);
    } finally {
      await portal.close();
    }
  });

  it('answers a malformed URL with 400 and no stack trace', async () => {
    const res = await fetch(`${demo.portalUrl}/%E0%A4%A`);
    const body = await res.text();
    expect(res.status).toBe(400);
    expect(body).not.toMatch(/URIError|at decodeURIComponent|\.ts:|\.js:/);
  });

  it('serves the CDN build with its on-demand locale files and the licences of what it bundles', async () => {
    const script = await (await fetch(`${demo.portalUrl}/clubkit.js`)).text();
    const chunks = [...script.matchAll(/"\.\/(chunks\/[\w-]+\.js)"/g)].map((m) => m[1]);
    expect(chunks.some((c) => c?.startsWith('chunks/en-'))).toBe(true);
    for (const chunk of chunks) expect((await fetch(`${demo.portalUrl}/${chunk}`)).status, chunk).toBe(200);
    const legal = await fetch(`${demo.portalUrl}/clubkit.js.LEGAL.txt`);
    expect(legal.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await legal.text()).toMatch(/@license[\s\S]*SPDX-License-Identifier: BSD-3-Clause/);
  });

  it('forbids framing, <base> and plugins in its CSP', async () => {
    const policy = (await fetch(`${demo.portalUrl}/`)).headers.get('content-security-policy') ?? '';
    const directives = policy.split(';').map((d) => d.trim());
    expect(directives).toEqual(
      expect.arrayContaining(["frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'"]),
    );
  });
});

describe('the bank portal pages in Chromium under the strict CSP', () => {
  it('signs the demo member in, shows the VIP card, files a complaint found by its reference and searches 洗車, with no console error or CSP violation', async () => {
    const { page, watch, close } = await openPage('/');
    try {
      expect(await page.locator('club-provider').getAttribute('base-url')).toBe(demo.apiUrl);
      expect(await page.locator('club-provider').getAttribute('publishable-key')).toBe(demo.publishableKey);
      // The member session tokens the page gets from its back end.
      const tokens: string[] = [];
      page.on('response', (response) => {
        if (response.url().endsWith('/api/club-session') && response.ok())
          void response.json().then((body: { token: string }) => tokens.push(body.token));
      });
      await page.locator('#signed-out-note').waitFor();
      await signInAndSeeCard(page, '#sign-in');
      expect(await page.locator('#account-status').textContent()).toContain('已登入');

      const reference = await fileComplaint(page, '道路救援等了兩小時才到場，希望改善。');
      expect(await complaintByReference(reference)).toMatchObject({
        name: '王小明',
        content: '道路救援等了兩小時才到場，希望改善。',
      });

      await searchDirectory(page);
      expect(watch.consoleInfo.some((text) => text.startsWith('merchant opened'))).toBe(true);

      await page.locator('#sign-out').click();
      await page.locator('#signed-out-note').waitFor();
      // Signed out means signed out: the token the page held is refused at once, not in 15 minutes.
      expect(tokens.length).toBeGreaterThan(0);
      for (const token of tokens) {
        const me = await fetch(`${demo.apiUrl}/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
        expect(me.status).toBe(401);
      }
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const width of [390, 1280])
    for (const path of ['/', '/restyled.html'])
      it(`finds no WCAG 2.2 A/AA problem on ${path} at ${width} px, signed out, signed in, and with a merchant open`, async () => {
        const { page, close } = await openPage(path, { bypassCSP: true, viewport: { width, height: 900 } });
        try {
          await page.locator('#sign-in').waitFor();
          expect(await axeFindings(page)).toEqual([]);
          await signInAndSeeCard(page, '#sign-in');
          expect(await axeFindings(page)).toEqual([]);
          await searchDirectory(page);
          expect(await axeFindings(page)).toEqual([]);
        } finally {
          await close();
        }
      });

  it('restyles the same widgets as another bank through ::part() and --club-* only, and they still work', async () => {
    const { page, watch, close } = await openPage('/restyled.html');
    try {
      await signInAndSeeCard(page, '#sign-in');
      // The restyled sheet's gold tier badge and jade submit button reached into the shadow roots.
      const tier = await page.locator('#card [part~="tier"]').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(tier).toBe('rgb(227, 178, 60)');
      const submit = await page
        .locator('#complaint [part~="submit-button"]')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(submit).toBe('rgb(15, 92, 86)');

      const reference = await fileComplaint(page, '洗車後車身仍有刮痕，請協助處理。');
      expect(await complaintByReference(reference)).toMatchObject({ content: '洗車後車身仍有刮痕，請協助處理。' });
      await searchDirectory(page);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('drives the headless directory with the page’s own markup, from the keyboard', async () => {
    const { page, watch, close } = await openPage('/headless.html');
    try {
      await page.locator('#list .row').first().waitFor();
      await page.locator('#search-text').fill('洗車');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#status').textContent()).toMatch(/^找到 \d+\+? 家商戶$/);
      await expect
        .poll(async () =>
          (await page.locator('#list .row .name').allTextContents()).every((name) => name.includes('洗車')),
        )
        .toBe(true);
      const first = await page.locator('#list .row .name').first().textContent();

      // Tab from the search button reaches the list; arrows move the active row; Enter opens it.
      await page.locator('#search button[type="submit"]').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('list');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      const second = page.locator('#list .row').nth(1);
      expect(await page.locator('#list').getAttribute('aria-activedescendant')).toBe(await second.getAttribute('id'));
      expect(await second.getAttribute('aria-selected')).toBe('true');
      const name = await second.locator('.name').textContent();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('detail-name');
      expect(await page.locator('#detail-name').textContent()).toBe(name);

      await page.getByRole('button', { name: '← 返回列表' }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('list');
      expect(await page.locator('#list .row .name').first().textContent()).toBe(first);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runs the React page with the typed wrappers: the card after sign-in, the receipt from onSubmitted, onSelect logged, sign-out through the provider', async () => {
    const { page, watch, close } = await openPage('/react/');
    try {
      await signInAndSeeCard(page, 'button.sign-in');
      const reference = await fileComplaint(page, '保養預約被取消卻沒有通知。');
      await expect.poll(() => page.locator('#receipt-reference').textContent()).toBe(reference);
      expect(await complaintByReference(reference)).toMatchObject({ content: '保養預約被取消卻沒有通知。' });
      await searchDirectory(page);
      await expect.poll(() => watch.consoleInfo.some((text) => text.startsWith('select '))).toBe(true);
      // Sign-out goes through <club-provider>'s signOut(), then the site's own sign-out.
      const ended = page.waitForRequest(
        (request) => request.method() === 'DELETE' && request.url().endsWith('/v1/member-sessions/current'),
      );
      await page.locator('button.sign-out').click();
      await ended;
      await page.locator('button.sign-in').waitFor();
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the VIP card sold on the portal', () => {
  /** A signed-in visitor's cookie. */
  async function signedInCookie(): Promise<string> {
    const signIn = await fetch(`${demo.portalUrl}/api/sign-in`, { method: 'POST' });
    return (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }
  /** The member's card as the member reads it, with a session from the portal's back end. */
  async function memberCard(cookie: string): Promise<{ vip?: { activeUntil: string; card: { tier: string } } }> {
    const { token } = (await (
      await fetch(`${demo.portalUrl}/api/club-session`, { method: 'POST', headers: { Cookie: cookie } })
    ).json()) as { token: string };
    const res = await fetch(`${demo.apiUrl}/v1/me/card`, { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    return (await res.json()) as { vip?: { activeUntil: string; card: { tier: string } } };
  }
  const pay = (cookie: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${demo.portalUrl}/api/vip-payment`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, ...headers },
      body: JSON.stringify(body),
    });
  /** Opens an order for `memberId` with the admin key, as a partner's back end may. */
  async function orderFor(memberId: string): Promise<string> {
    const res = await fetch(`${demo.apiUrl}/v1/vip-orders`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${demo.secretKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ memberId }),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  it('takes a payment only for the signed-in member’s own open order, from its own origin', async () => {
    const cookie = await signedInCookie();
    const foreign = await pay(cookie, { orderId: 'vor_x' }, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await pay('', { orderId: 'vor_x' })).status).toBe(401);
    for (const body of [{}, { orderId: 12 }, { orderId: '../../v1/members' }, 'vor_x'])
      expect([body, (await pay(cookie, body)).status]).toEqual([body, 400]);
    const page = (await (
      await fetch(`${demo.apiUrl}/v1/members?limit=5`, { headers: { Authorization: `Bearer ${demo.secretKey}` } })
    ).json()) as { data: { id: string }[] };
    const other = page.data.find((m) => m.id !== demo.member.id);
    if (!other) throw new Error('the demo seed has one member only');
    const theirs = await orderFor(other.id);
    const refused = await pay(cookie, { orderId: theirs });
    expect(refused.status).toBe(404);
    const order = await fetch(`${demo.apiUrl}/v1/vip-orders/${theirs}`, {
      headers: { Authorization: `Bearer ${demo.secretKey}` },
    });
    expect(((await order.json()) as { status: string }).status).toBe('pending');
  });

  it('leaves the member not VIP with an unconfirmed order, and no browser can confirm one without the secret key', async () => {
    const cookie = await signedInCookie();
    const { page, watch, close } = await openPage('/');
    try {
      await page.locator('#sign-in').click();
      await page.locator('#vip-offer [part~="buy-button"]').waitFor();
      // The page's own session and the publishable key, in the browser, against the Club API.
      const answers = await page.evaluate(
        async ({ api, pk }) => {
          const { token } = (await (await fetch('/api/club-session', { method: 'POST' })).json()) as { token: string };
          const member = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
          const created = await fetch(`${api}/v1/vip-orders`, {
            method: 'POST',
            headers: { ...member, 'Idempotency-Key': crypto.randomUUID() },
            body: '{}',
          });
          const { id } = (await created.json()) as { id: string };
          const confirm = (headers: Record<string, string>) =>
            fetch(`${api}/v1/vip-orders/${id}/confirm`, {
              method: 'POST',
              headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
              body: JSON.stringify({ paymentReference: 'FORGED-0001' }),
            }).then((r) => r.status);
          return {
            id,
            created: created.status,
            asMember: await confirm({ Authorization: member.Authorization }),
            withPublishableKey: await confirm({ Authorization: `Bearer ${pk}` }),
            anonymous: await confirm({}),
          };
        },
        { api: demo.apiUrl, pk: demo.publishableKey },
      );
      expect(answers).toMatchObject({ created: 201, asMember: 403, anonymous: 401 });
      expect([401, 403]).toContain(answers.withPublishableKey);
      expect((await memberCard(cookie)).vip).toBeUndefined();
      const order = await fetch(`${demo.apiUrl}/v1/vip-orders/${answers.id}`, {
        headers: { Authorization: `Bearer ${demo.secretKey}` },
      });
      expect(((await order.json()) as { status: string }).status).toBe('pending');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !/^Failed to load resource: /.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('sells the card from the keyboard: estimate, buy, the back end confirms, the widget and GET /v1/me/card show VIP for a year', async () => {
    const { page, watch, close } = await openPage('/');
    try {
      await page.locator('#sign-in').click();
      const offer = page.locator('#vip-offer');
      await offer.locator('[part~="buy-button"]').waitFor();
      expect((await offer.locator('[part~="buy-button"]').textContent())?.trim()).toBe('購買 VIP 鑽石卡');

      // Keyboard only: Tab into the first spend field, type, Tab on, Enter to estimate.
      for (let presses = 0; ; presses++) {
        if (presses > 60) throw new Error('Tab never reached the car-wash field');
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id);
        if (id === 'spend-car-wash') break;
      }
      await page.keyboard.type('200');
      await page.keyboard.press('Tab');
      await page.keyboard.type('150');
      await page.keyboard.press('Enter');
      await offer.locator('[part~="savings"]').waitFor();
      expect(await offer.locator('[part~="savings"]').textContent()).toMatch(/^估計一年可省 ¥[\d,]+\.\d\d$/);

      for (let presses = 0; ; presses++) {
        if (presses > 60) throw new Error('Tab never reached the buy button');
        await page.keyboard.press('Tab');
        const part = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'));
        if (part === 'buy-button') break;
      }
      const payments: number[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('/api/vip-payment')) payments.push(r.status());
      });
      await page.keyboard.press('Enter');

      // A year on: active through the day before the anniversary of today (the club's day).
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
      const anniversary = new Date(`${today}T00:00:00Z`);
      anniversary.setUTCFullYear(anniversary.getUTCFullYear() + 1);
      anniversary.setUTCDate(anniversary.getUTCDate() - 1);
      const activeUntil = anniversary.toISOString().slice(0, 10);
      const until = new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'long', timeZone: 'UTC' }).format(anniversary);
      await offer.locator('[part~="order-status"].paid').waitFor();
      expect((await offer.locator('[part~="order-status"]').textContent())?.trim()).toBe(
        `付款完成！您是 VIP 會員，有效至 ${until}。`,
      );
      await offer.locator('[part~="member-status"]').waitFor();
      expect(payments).toEqual([200]);

      const cookie = (await page.context().cookies()).find((c) => c.name === 'portal_session');
      const card = await memberCard(`portal_session=${cookie?.value ?? ''}`);
      expect(card.vip).toMatchObject({ activeUntil, card: { tier: 'vip' } });

      // After a reload the offer is a renewal, and the page still has no error.
      await page.reload();
      await offer.locator('[part~="member-status"]').waitFor();
      expect((await offer.locator('[part~="buy-button"]').textContent())?.trim()).toBe('續購一年');
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } catch (e) {
      await page.screenshot({ path: '/tmp/vipc-fail.png', fullPage: true });
      throw e;
    } finally {
      await close();
    }
  });

  it('takes the member from the card’s Renew to the VIP offer, where one more key press opens a renewal order that the bank pays', async () => {
    const { page, watch, close } = await openPage('/');
    try {
      await page.locator('#sign-in').click();
      const renew = page.locator('#card [part~="renew-button"]');
      await renew.waitFor();
      const offer = page.locator('#vip-offer');
      await offer.locator('[part~="member-status"]').waitFor();
      const orders: { kind?: string; status?: string }[] = [];
      page.on('response', async (r) => {
        if (r.request().method() === 'POST' && /\/v1\/vip-orders$/.test(r.url()))
          orders.push((await r.json()) as { kind?: string });
      });
      const cookie = (await page.context().cookies()).find((c) => c.name === 'portal_session');
      const before = await memberCard(`portal_session=${cookie?.value ?? ''}`);

      // Keyboard only: Tab to the card's Renew, Enter; focus lands on the offer's renew button.
      for (let presses = 0; ; presses++) {
        if (presses > 60) throw new Error('Tab never reached the renew button');
        await page.keyboard.press('Tab');
        const part = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('part'));
        if (part?.split(' ').includes('renew-button')) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () =>
          document.activeElement?.id === 'vip-offer' &&
          document.activeElement.shadowRoot?.activeElement?.getAttribute('part') === 'buy-button',
      );
      expect((await offer.locator('[part~="buy-button"]').textContent())?.trim()).toBe('續購一年');
      await page.keyboard.press('Enter');
      await offer.locator('[part~="order-status"].paid').waitFor();
      expect(orders.map((o) => o.kind)).toEqual(['renewal']);

      // The VIP year now ends a year later than before.
      const after = await memberCard(`portal_session=${cookie?.value ?? ''}`);
      const later = new Date(`${before.vip?.activeUntil ?? ''}T00:00:00Z`);
      later.setUTCFullYear(later.getUTCFullYear() + 1);
      expect(after.vip?.activeUntil).toBe(later.toISOString().slice(0, 10));
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('club activities on the portal’s member page', () => {
  /** Calls the Club API with the admin secret key, as the club's back office would. */
  async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${demo.apiUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${demo.secretKey}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
  /** `days` after the club's today (Asia/Shanghai), as YYYY-MM-DD. */
  const day = (days: number) =>
    new Date(
      Date.parse(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())) + days * 864e5,
    )
      .toISOString()
      .slice(0, 10);
  /** Tabs until focus is on the element of id `id` inside the activities widget. */
  async function tabTo(page: Page, id: string): Promise<void> {
    for (let presses = 0; ; presses++) {
      if (presses > 80) throw new Error(`Tab never reached #${id}`);
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() =>
        document.activeElement?.id === 'activities' ? document.activeElement.shadowRoot?.activeElement?.id : undefined,
      );
      if (at === id) return;
    }
  }

  it('signs the member up for a trip from the keyboard and cancels it, the club holding the seat in between', async () => {
    const trip = await admin<{ id: string; title: string }>('POST', '/v1/activities', {
      kind: 'self-drive-trip',
      title: '瀾滄江畔自駕遊',
      place: '景洪 會員服務中心集合',
      startsOn: day(15),
      endsOn: day(16),
      capacity: 10,
      priceFen: 38_000,
      signUpFrom: day(0),
      signUpUntil: day(10),
    });
    const seats = async () =>
      (await admin<{ data: { memberId: string; status: string }[] }>('GET', `/v1/activities/${trip.id}/sign-ups`)).data;
    const { page, watch, close } = await openPage('/');
    try {
      await page.locator('#sign-in').click();
      const activities = page.locator('#activities');
      const card = activities.locator('[part~="open"] [part~="activity"]').filter({ hasText: trip.title });
      await card.waitFor();
      expect(await card.locator('[part~="seats"]').textContent()).toBe('尚餘 10 個名額');

      await tabTo(page, `sign-up-${trip.id}`);
      await page.keyboard.press('Enter');
      await activities.locator('[part~="outcome"]').filter({ hasText: '已為您報名' }).waitFor();
      await card.locator('[part~="seats"]', { hasText: '尚餘 9 個名額' }).waitFor();
      const [held] = await seats();
      expect(held).toMatchObject({ memberId: demo.member.id, status: 'signed-up' });

      const mine = activities.locator('[part~="mine"] [part~="activity"]').filter({ hasText: trip.title });
      const ownId = await mine.locator('[part~="cancel-button"]').getAttribute('id');
      expect(ownId).toMatch(/^cancel-asu_/);
      await tabTo(page, ownId ?? '');
      await page.keyboard.press('Enter');
      await activities.locator('[part~="outcome"]').filter({ hasText: '已取消' }).waitFor();
      await card.locator('[part~="seats"]', { hasText: '尚餘 10 個名額' }).waitFor();
      expect((await seats()).map((s) => s.status)).toEqual(['cancelled']);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the docs site under /docs/', () => {
  it('serves every built docs page with 200 and the strict CSP', async () => {
    const pages = (await readdir(docsDir, { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(pages, 'docs/dist has no pages: run `pnpm docs`').toContain('index.html');
    for (const file of pages) {
      const response = await fetch(`${demo.urls.docs}${file.split('\\').join('/')}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-security-policy'), file).toBe(csp);
      await response.arrayBuffer();
    }
    const home = await fetch(demo.urls.docs);
    expect([home.status, home.headers.get('content-security-policy')]).toEqual([200, csp]);
  });
});

describe('stopping', () => {
  it('stops the Club API and the portal together on one Ctrl-C (SIGINT), exiting 0', async () => {
    const job = started(child, 'The demo');
    const exited = new Promise<number | null>((resolve) => job.once('exit', resolve));
    job.kill('SIGINT');
    expect(await exited).toBe(0);
    await expect(fetch(`${demo.apiUrl}/v1/health`)).rejects.toThrow();
    await expect(fetch(demo.urls.portal)).rejects.toThrow();
  });
});
