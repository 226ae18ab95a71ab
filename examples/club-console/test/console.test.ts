// The club console end to end: the real Club API with the demo data, the console's back end
// minting staff sessions with the admin key, and its pages in Debian's Chromium under the strict CSP.
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClubServer, seedDemo, type ClubServer, type DemoSeedResult } from '@clubkit/server';
import { contentSecurityPolicy, startConsole, type Console } from '../src/server.js';

let api: { url: string };
let consoleStarted: Console | undefined;
// Undefined until beforeAll has started them (and left so when it failed half-way).
let server: ClubServer | undefined;
let apiServer: { url: string; close(): Promise<void> } | undefined;
let demo: DemoSeedResult;
let console_: Console;
let browser: Browser | undefined;

/** A port that is free now: the demo keys must name the console's origin before it listens. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  server = await createClubServer({ db: ':memory:', rateLimit: false, logError: () => {} });
  demo = await seedDemo(server, { origins: [`http://127.0.0.1:${port}`], members: 40, merchants: 50, complaints: 30 });
  apiServer = await server.listen();
  api = apiServer;
  const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
  if (!admin) throw new Error('The demo seed made no admin secret key');
  [consoleStarted, browser] = await Promise.all([
    startConsole({
      port,
      clubApiUrl: api.url,
      secretKey: admin.secret,
      staff: [
        ...demo.staff.map((s) => ({ id: s.id, name: s.name, role: s.principal.role })),
        // Staff of a role the console has no page for: never offered.
        { id: 'stf_auditor', name: '稽核員', role: 'auditor' },
      ],
    }),
    chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    }),
  ]);
  console_ = consoleStarted;
});

afterAll(async () => {
  await browser?.close();
  await consoleStarted?.close();
  await apiServer?.close();
  await server?.close();
});

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Watch {
  cspViolations: string[];
  consoleErrors: string[];
  /** The staff-session tokens the page was given. */
  tokens: string[];
}

async function openPage(
  path: string,
  contextOptions: BrowserContextOptions = {},
  { axe = false }: { axe?: boolean } = {},
): Promise<{ page: Page; watch: Watch; close: () => Promise<void> }> {
  if (!browser) throw new Error('Chromium did not start');
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  // axe-core given by the browser before the page's own scripts, so the CSP is kept and still watched.
  if (axe) await page.addInitScript({ path: axeScript });
  const watch: Watch = { cspViolations: [], consoleErrors: [], tokens: [] };
  await page.exposeFunction('__consoleViolation', (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __consoleViolation(t: string): void }).__consoleViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.url().endsWith('/api/staff-session'))
      void response.json().then((body: { token: string | null }) => body.token && watch.tokens.push(body.token));
  });
  const response = await page.goto(`${console_.url}${path}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy(new URL(api.url).origin));
  return { page, watch, close: () => context.close() };
}

/** axe-core's WCAG 2.0–2.2 A and AA findings, shadow roots included (the page is opened with `bypassCSP` or `axe`). */
async function axeFindings(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axeScript });
  // Content that fades in is read as it ends up, not halfway through its fade.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  try {
    return await readAxeFindings(page);
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
}

function readAxeFindings(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    interface Result {
      violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact ?? ''}) ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
    );
  });
}

const staffOf = (role: string) => {
  const staff = demo.staff.find((s) => s.principal.role === role);
  if (!staff) throw new Error(`The demo seed made no ${role} staff`);
  return staff;
};

/** Signs in by keyboard alone: Tab to the chosen person's radio (arrows move within the group), then Enter. */
async function signInByKeyboard(page: Page, role: string): Promise<void> {
  const staff = staffOf(role);
  await page.keyboard.press('Tab');
  for (let i = 0; i < 8; i += 1) {
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    if (value === staff.id) break;
    await page.keyboard.press('ArrowDown');
  }
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('登入');
  await Promise.all([page.waitForURL(/\/console$/), page.keyboard.press('Enter')]);
}

/** Waits until the stats board has loaded its period. */
async function boardReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const board = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>(
      'club-stats-board',
    );
    return board?.controller?.state.status === 'ready';
  });
}

describe('the club console in Chromium', () => {
  it('offers the demo staff whose role has a page, and no one else', async () => {
    const { page, watch, close } = await openPage('/');
    try {
      const offered = await page
        .locator('input[name="staff"]')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
      expect(offered).toEqual(
        demo.staff
          .filter((s) => ['admin', 'branch', 'merchant', 'desk', 'alliance'].includes(s.principal.role))
          .map((s) => s.id),
      );
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const [role, section] of [
    ['admin', 'members'],
    ['branch', 'members'],
    ['desk', 'desk'],
    ['alliance', 'alliance'],
  ] as const)
    it(`signs in as the ${role} staff by keyboard and shows that role's stats board, with no CSP violation, console error or axe finding`, async () => {
      const { page, watch, close } = await openPage('/', { bypassCSP: false });
      try {
        await signInByKeyboard(page, role);
        await expect(page.locator('.who').textContent()).resolves.toContain(staffOf(role).name);
        await boardReady(page);
        expect(await page.locator(`club-stats-board [part~="section-${section}"]`).count()).toBe(1);
        // The demo data fills the section: members in each branch, complaints, the alliance's counties.
        const chart = { members: 'members-by-branch', desk: 'complaints', alliance: 'alliance-counties' }[section];
        expect(await page.locator(`club-stats-board [part~="chart-${chart}"] table tbody tr`).count()).toBeGreaterThan(
          role === 'branch' ? 0 : 2,
        );
        if (role === 'admin' || role === 'branch') {
          // The administrator's and branch operator's pages lead with the member desk: the waiting
          // applications (a branch operator's own branch's only).
          await page.waitForFunction(() => {
            const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>(
              'club-member-desk',
            );
            return desk?.controller?.state.status === 'ready';
          });
          const branches = await page
            .locator('club-member-desk [part~="applications"] tbody tr td:nth-of-type(4)')
            .allTextContents();
          expect(branches.length).toBeGreaterThan(0);
          if (role === 'branch') expect(new Set(branches)).toEqual(new Set(['br_jinghong']));
        }
        if (role === 'admin') {
          // The administrator, the desk staff's manager, has the complaint desk to move a conduct complaint along.
          await page.waitForFunction(() => {
            const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>(
              'club-complaint-desk',
            );
            return desk?.controller?.state.status === 'ready';
          });
          expect(await page.locator('club-complaint-desk [part~="conduct-button"]').count()).toBe(1);
          // Beneath the board, the administrator keeps the club's service catalogue: the demo's 54.
          await page
            .locator('club-service-catalogue [part~="status"]')
            .filter({ hasText: '目前提供 54 項服務' })
            .waitFor();
          expect(await page.locator('club-service-catalogue [part~="category"]').count()).toBe(3);
        } else {
          expect(await page.locator('club-service-catalogue').count()).toBe(0);
        }
        if (role === 'desk') {
          // The desk's page leads with its complaint queue.
          await page.waitForFunction(() => {
            const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>(
              'club-complaint-desk',
            );
            return desk?.controller?.state.status === 'ready';
          });
          expect(await page.locator('club-complaint-desk [part~="entry"]').count()).toBeGreaterThan(0);
          // Beneath it, today's return visits after resolved complaints: the demo's overdue one is listed, marked.
          await page.waitForFunction(() => {
            const desk = document.querySelector<HTMLElement & { visits?: { state: { status: string } } }>(
              'club-complaint-desk',
            );
            return desk?.visits?.state.status === 'ready';
          });
          const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
          const booked = (await (
            await fetch(
              `${api.url}/v1/visits?kind=return&status=scheduled&subjectKind=complaint&dueBefore=${new Date().toISOString()}`,
              {
                headers: { Authorization: `Bearer ${admin?.secret}` },
              },
            )
          ).json()) as { data: { id: string; customer: string }[] };
          const [overdue] = booked.data;
          if (!overdue) throw new Error('The demo data has no return visit due');
          const listed = page.locator(`club-complaint-desk [part~="visit-overdue"]:has([data-visit="${overdue.id}"])`);
          await expect(listed.textContent()).resolves.toContain(overdue.customer);
          expect(await listed.locator('[part~="overdue"]').count()).toBe(1);
        }
        expect(watch.tokens.length).toBeGreaterThan(0);
        expect(watch.cspViolations).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    });

  it('signs in as the administrator by keyboard and opens the activities and advertising income beneath the revenue, with no axe finding', async () => {
    const { page, watch, close } = await openPage('/', { bypassCSP: false }, { axe: true });
    try {
      await signInByKeyboard(page, 'admin');
      await boardReady(page);
      expect(
        await page.locator('club-stats-board [part~="chart-revenue-other"] table tbody tr').count(),
      ).toBeGreaterThan(0);
      const inBoard = () =>
        page.evaluate(() => {
          const host = document.querySelector('club-stats-board');
          const el = host?.shadowRoot?.activeElement;
          return el && document.activeElement === host ? (el.getAttribute('part') ?? el.id) : null;
        });
      let at: string | null = null;
      for (let i = 0; i < 300 && at !== 'income-button'; i += 1) {
        await page.keyboard.press('Tab');
        at = await inBoard();
      }
      expect(at).toBe('income-button');
      await page.keyboard.press('Enter');
      // The demo club's trips, gathering and group buying, listed with their seats.
      await page.locator('club-stats-board [part~="activity"]').first().waitFor();
      expect(await page.locator('club-stats-board [part~="activity"]').count()).toBe(4);
      expect(await inBoard()).toBe('income-title');
      expect(await axeFindings(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs in as the 景洪 branch operator by keyboard, approves a waiting application and finds the new member, with no CSP violation, console error or axe finding', async () => {
    const { page, watch, close } = await openPage('/', { bypassCSP: false }, { axe: true });
    try {
      await signInByKeyboard(page, 'branch');
      const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const call = async <T>(path: string): Promise<T> =>
        (await (
          await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${admin?.secret}` } })
        ).json()) as T;
      type Application = { id: string; branchId: string; plate: string; status: string; applicant: { name: string } };
      const waiting = await call<{ data: Application[] }>('/v1/applications?status=submitted&limit=100');
      const target = waiting.data.find((a) => a.branchId === 'br_jinghong');
      if (!target) throw new Error('The demo data has no waiting application of 景洪');
      const desk = () =>
        page.evaluate(() => {
          const host = document.querySelector<
            HTMLElement & { controller?: { state: { status: string }; action: { status: string; kind?: string } } }
          >('club-member-desk');
          const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
          return {
            state: host?.controller?.state.status,
            action: host?.controller?.action,
            focus:
              el && document.activeElement === host
                ? {
                    part: el.getAttribute('part') ?? '',
                    id: el.id,
                    data: Object.fromEntries(Object.entries(el.dataset)) as Record<string, string>,
                  }
                : null,
          };
        });
      const tabUntil = async (
        matches: (at: { part: string; id: string; data: Record<string, string | undefined> }) => boolean,
      ) => {
        for (let i = 0; i < 200; i += 1) {
          await page.keyboard.press('Tab');
          const { focus } = await desk();
          if (focus && matches(focus)) return;
        }
        throw new Error(`Tab never reached it (focus is on ${JSON.stringify((await desk()).focus)})`);
      };
      const focusOn = (id: string) =>
        page.waitForFunction(
          (want) => document.querySelector('club-member-desk')?.shadowRoot?.activeElement?.id === want,
          id,
        );
      await page.waitForFunction(() => {
        const host = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>(
          'club-member-desk',
        );
        return host?.controller?.state.status === 'ready';
      });
      expect(await axeFindings(page)).toEqual([]);

      await tabUntil((at) => at.part.includes('approve-button') && at.data['id'] === target.id);
      await page.keyboard.press('Enter');
      await focusOn('open-approved');
      expect((await desk()).action).toMatchObject({ status: 'done', kind: 'approve' });
      expect(await axeFindings(page)).toEqual([]);
      const stored = await call<Application>(`/v1/applications/${target.id}`);
      expect(stored.status).toBe('approved');

      // She then finds the new member by its plate, by keyboard alone, and opens the record.
      await tabUntil((at) => at.id === 'plate');
      await page.keyboard.type(target.plate);
      await page.keyboard.press('Enter');
      await page.locator('club-member-desk [part~="status"]').filter({ hasText: '找到 1 位會員。' }).waitFor();
      await tabUntil((at) => at.part.includes('open-button'));
      await page.keyboard.press('Enter');
      await focusOn('record-title');
      await expect(page.locator('club-member-desk #record-title').textContent()).resolves.toContain(
        target.applicant.name,
      );
      await expect(page.locator('club-member-desk [part~="membership"]').first().textContent()).resolves.toContain(
        target.plate,
      );
      expect(await axeFindings(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs in as the desk by keyboard and signs off a renovation step beside the complaint desk, end to end', async () => {
    const { page, watch, close } = await openPage('/', { bypassCSP: false });
    try {
      await signInByKeyboard(page, 'desk');
      await page.waitForFunction(() => {
        const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>(
          'club-procedure-desk',
        );
        return desk?.controller?.state.status === 'ready';
      });
      // The demo renovation waiting for sign-offs, as the Club API holds it.
      const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const get = async <T>(path: string): Promise<T> =>
        (await (
          await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${admin?.secret}` } })
        ).json()) as T;
      const units = await get<{ data: { id: string; number: string }[] }>('/v1/units?number=A-1203');
      const unit = units.data[0];
      const procedures = await get<{ data: { id: string; name: string }[] }>(`/v1/procedures?unitId=${unit?.id ?? ''}`);
      const renovation = procedures.data.find((p) => p.name === 'renovation');
      if (!renovation) throw new Error('The demo data has no renovation waiting for sign-offs');
      const next = await get<{ signOffs: { step: string; department: string }[] }>(
        `/v1/procedures/${renovation.id}/next-steps`,
      );
      const step = next.signOffs[0];
      if (!step) throw new Error('The demo renovation has no sign-off to give');

      /** Where focus is inside the procedure desk: its part and data attributes. */
      const inDesk = () =>
        page.evaluate(() => {
          const host = document.querySelector('club-procedure-desk');
          const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
          if (!el || document.activeElement !== host) return null;
          return {
            part: el.getAttribute('part') ?? '',
            id: el.id,
            data: Object.fromEntries(Object.entries(el.dataset)) as Record<string, string>,
          };
        });
      const tabUntil = async (matches: (at: NonNullable<Awaited<ReturnType<typeof inDesk>>>) => boolean) => {
        for (let i = 0; i < 400; i += 1) {
          await page.keyboard.press('Tab');
          const at = await inDesk();
          if (at && matches(at)) return;
        }
        throw new Error(`Tab never reached it (focus is on ${JSON.stringify(await inDesk())})`);
      };
      await tabUntil((at) => at.data['id'] === renovation.id);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('club-procedure-desk')?.shadowRoot?.activeElement?.id === 'procedure-title',
      );
      await tabUntil((at) => at.data['step'] === step.step && at.data['department'] === step.department);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        const desk = document.querySelector<HTMLElement & { controller?: { action: { status: string } } }>(
          'club-procedure-desk',
        );
        return desk?.controller?.action.status === 'done';
      });
      const stored = await get<{ signOffs: { step: string; department: string; by: string }[] }>(
        `/v1/procedures/${renovation.id}`,
      );
      expect(stored.signOffs).toContainEqual(expect.objectContaining({ ...step, by: `staff:${staffOf('desk').id}` }));
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs in as the desk by keyboard and takes over the night shift’s hand-over, end to end', async () => {
    const { page, watch, close } = await openPage('/', { bypassCSP: false });
    try {
      await signInByKeyboard(page, 'desk');
      await page.waitForFunction(() => {
        const desk = document.querySelector<HTMLElement & { controller?: { state: { status: string } } }>(
          'club-handover-desk',
        );
        return desk?.controller?.state.status === 'ready';
      });
      // The night shift's hand-over, written by the other desk staff member, waits for the day shift.
      const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const latest = async () =>
        (await (
          await fetch(`${api.url}/v1/handovers/latest`, { headers: { Authorization: `Bearer ${admin?.secret}` } })
        ).json()) as { id: string; status: string; handedOverBy: string; acceptedBy?: string };
      const night = demo.staff.find((s) => s.principal.role === 'desk' && s.id !== staffOf('desk').id);
      const before = await latest();
      expect(before).toMatchObject({ status: 'handed-over', handedOverBy: `staff:${night?.id ?? ''}` });
      await expect(page.locator('club-handover-desk [part~="item"]').count()).resolves.toBe(3);

      /** Where focus is inside the hand-over desk. */
      const focusId = () =>
        page.evaluate(() => {
          const host = document.querySelector('club-handover-desk');
          return document.activeElement === host ? (host?.shadowRoot?.activeElement?.id ?? '') : null;
        });
      let reached = false;
      for (let i = 0; i < 400 && !reached; i += 1) {
        await page.keyboard.press('Tab');
        reached = (await focusId()) === 'accept';
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => {
        const desk = document.querySelector<HTMLElement & { controller?: { action: { status: string } } }>(
          'club-handover-desk',
        );
        return desk?.controller?.action.status === 'done';
      });
      await expect(latest()).resolves.toMatchObject({
        id: before.id,
        status: 'accepted',
        acceptedBy: `staff:${staffOf('desk').id}`,
      });
      // Taken over: the form for the day shift's own hand-over, the night's items to tick off.
      await page.locator('club-handover-desk #write-title').waitFor();
      await expect(page.locator('club-handover-desk input[type="checkbox"]').count()).resolves.toBe(3);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs in as the merchant operator by keyboard and shows that merchant’s counter and own offers to manage, with no CSP violation or console error', async () => {
    const { page, watch, close } = await openPage('/', { bypassCSP: false });
    try {
      await signInByKeyboard(page, 'merchant');
      await expect(page.locator('.who').textContent()).resolves.toContain(staffOf('merchant').name);
      // The manager asks the API who is signed in and shows that operator's own merchant.
      await page.locator('club-offer-manager [part~="status"]').filter({ hasText: '已載入' }).waitFor();
      const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const merchant = (await (
        await fetch(`${api.url}/v1/merchants/${demo.merchantId}`, {
          headers: { Authorization: `Bearer ${admin?.secret}` },
        })
      ).json()) as { offers: unknown[] };
      expect(merchant.offers.length).toBeGreaterThan(0);
      expect(await page.locator('club-offer-manager [part~="offer"]').count()).toBe(merchant.offers.length);

      // The counter beside it checks a VIP member's live code for the operator's own merchant.
      const session = (await (
        await fetch(`${api.url}/v1/member-sessions`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${admin?.secret}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ memberId: demo.vipMember?.id }),
        })
      ).json()) as { token: string };
      const { code } = (await (
        await fetch(`${api.url}/v1/me/card-code`, { headers: { Authorization: `Bearer ${session.token}` } })
      ).json()) as { code: string };
      await page.locator('club-card-check #card').fill(code);
      await page.locator('club-card-check #bill').fill('300');
      await page.locator('club-card-check #check').press('Enter');
      await expect(page.locator('club-card-check [part~="card-status"]').textContent()).resolves.toBe('有效 VIP 卡');
      expect(await page.locator('club-card-check #record').count()).toBe(1);
      expect(watch.tokens.length).toBeGreaterThan(0);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs in as the alliance staff by keyboard and reads the warned dealer of the last month and a salesperson’s pay statement, with no CSP violation or console error', async () => {
    const { page, watch, close } = await openPage('/', { bypassCSP: false });
    try {
      await signInByKeyboard(page, 'alliance');
      await expect(page.locator('.who').textContent()).resolves.toContain(staffOf('alliance').name);
      // The alliance's page leads with its board: the last month's standing and the first salesperson's pay.
      await page.waitForFunction(() => {
        const board = document.querySelector<
          HTMLElement & { controller?: { state: { status: string }; pay: { status: string } } }
        >('club-alliance-board');
        return board?.controller?.state.status === 'ready' && board.controller.pay.status === 'ready';
      });
      // The demo's 勐臘通途副食 fell under 70 % of its market the last two months: warned, marked and said so.
      const warned = page.locator('club-alliance-board [part~="row-warned"]');
      expect(await warned.count()).toBe(1);
      await expect(warned.locator('th').textContent()).resolves.toBe('勐臘通途副食');
      await expect(warned.locator('[part~="level-warned"]').textContent()).resolves.toContain('警告');
      await expect(warned.locator('[part~="level-note"]').textContent()).resolves.toBe(
        '連續 2 個月未達 70 %：下個月仍未達即取消資格。',
      );
      expect(await page.locator('club-alliance-board [part~="row-revoked"]').count()).toBe(1);
      // The pay statement: base 3,000 CNY, the visit fund over (the salespeople started nine months ago).
      const total = page.locator('club-alliance-board [part~="total"] dd');
      await expect(total.textContent()).resolves.toMatch(/^¥[\d,]+\.\d\d$/);
      await expect(page.locator('club-alliance-board [part~="statement"]').textContent()).resolves.toContain(
        '底薪 × 70 %¥2,100.00',
      );
      // The stats board beside it holds the alliance's counties.
      await boardReady(page);
      expect(await page.locator('club-stats-board [part~="section-alliance"]').count()).toBe(1);
      // The member-only promotions open on demand: the demo's two, and the form that sets one up, the sales centre's.
      const promotions = page.locator('club-alliance-board [part~="promotions-button"]');
      await expect(promotions.textContent()).resolves.toBe('查看促銷活動');
      await promotions.click();
      await page.locator('club-alliance-board [part~="promotion-list"]').waitFor();
      expect(await page.locator('club-alliance-board [part~="promotion"]').count()).toBe(2);
      expect(await page.locator('club-alliance-board [part~="promotion-form"]').count()).toBe(1);
      expect(await page.locator('club-alliance-board [part~="read-only"]').count()).toBe(0);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const width of [390, 1280])
    it(`finds no WCAG 2.2 A/AA problem at ${width} px on the sign-in page and a role's page`, async () => {
      const { page, close } = await openPage('/', { bypassCSP: true, viewport: { width, height: 900 } });
      try {
        expect(await axeFindings(page)).toEqual([]);
        await signInByKeyboard(page, 'desk');
        await boardReady(page);
        expect(await axeFindings(page)).toEqual([]);
        await Promise.all([
          page.waitForURL(`${console_.url}/`),
          page.locator('form[action="/sign-out"] button').click(),
        ]);
        await signInByKeyboard(page, 'merchant');
        await page.locator('club-offer-manager [part~="status"]').filter({ hasText: '已載入' }).waitFor();
        expect(await axeFindings(page)).toEqual([]);
        await Promise.all([
          page.waitForURL(`${console_.url}/`),
          page.locator('form[action="/sign-out"] button').click(),
        ]);
        await signInByKeyboard(page, 'alliance');
        await page.locator('club-alliance-board [part~="total"]').waitFor();
        await boardReady(page);
        expect(await axeFindings(page)).toEqual([]);
      } finally {
        await close();
      }
    });

  it('signs in as the admin, opens the handbook form on demand and publishes the next version by keyboard; a backdated one is refused with a message', async () => {
    const { page, watch, close } = await openPage('/', { bypassCSP: false }, { axe: true });
    try {
      const chunks: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/chunks/')) chunks.push(request.url());
      });
      await signInByKeyboard(page, 'admin');
      await boardReady(page);
      const form = page.locator('#handbook-publish form');
      expect(await form.count()).toBe(0);
      const before = chunks.length;

      await page.locator('#handbook-publish summary').focus();
      await page.keyboard.press('Enter');
      // The form arrives as a chunk of its own, filled in from the version in force (the demo's).
      await page.locator('#handbook-rights').waitFor();
      expect(chunks.length).toBeGreaterThan(before);
      await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#handbook-duties')?.value !== '');
      expect((await page.locator('#handbook-rights').inputValue()).split('\n')).toHaveLength(5);
      expect(await page.locator('.handbook-status').textContent()).toMatch(/目前生效：第 1 版/);

      // Backdated: refused, with the reason in the alert.
      await page.locator('#handbook-effectiveFrom').fill('2020-01-01');
      await page.locator('#handbook-publish button[type="submit"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('#handbook-publish [role="alert"]', { hasText: '生效日' }).waitFor();

      // Tomorrow, with a sixth right added: published as version 2.
      const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
      await page.locator('#handbook-effectiveFrom').fill(tomorrow);
      await page.locator('#handbook-rights').focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n參加俱樂部舉辦的車主活動');
      await page.locator('#handbook-publish button[type="submit"]').focus();
      await page.keyboard.press('Enter');
      await page.locator('.handbook-status', { hasText: '已發佈第 2 版' }).waitFor();
      expect(await page.locator('#handbook-publish [role="alert"]').textContent()).toBe('');
      const admin = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin');
      const versions = (await (
        await fetch(`${api.url}/v1/handbook/versions`, { headers: { Authorization: `Bearer ${admin?.secret}` } })
      ).json()) as { data: { version: number; effectiveFrom: string; rights: string[] }[] };
      expect(versions.data.map((v) => [v.version, v.rights.length])).toEqual([
        [1, 5],
        [2, 6],
      ]);
      expect(versions.data[1]?.effectiveFrom).toBe(tomorrow);
      expect(await axeFindings(page)).toEqual([]);
      expect(watch.cspViolations).toEqual([]);
      expect(watch.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs out by keyboard: back to the sign-in page, and every staff session the page held is refused at once', async () => {
    const { page, watch, close } = await openPage('/');
    try {
      await signInByKeyboard(page, 'admin');
      await boardReady(page);
      const tokens = [...watch.tokens];
      expect(tokens.length).toBeGreaterThan(0);
      for (const token of tokens) {
        const live = await fetch(`${api.url}/v1/staff-sessions/current`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        expect(live.status).toBe(200);
      }
      await page.locator('form[action="/sign-out"] button').focus();
      await Promise.all([page.waitForURL(`${console_.url}/`), page.keyboard.press('Enter')]);
      for (const token of tokens) {
        const ended = await fetch(`${api.url}/v1/staff-sessions/current`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        expect(ended.status).toBe(401);
      }
      // The role's page is gone with the sign-in.
      const after = await page.goto(`${console_.url}/console`);
      expect(after?.url()).toBe(`${console_.url}/`);
      expect(watch.cspViolations).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the club console’s back end', () => {
  it('gives no staff session and no role page to a visitor who has not signed in', async () => {
    const session = await fetch(`${console_.url}/api/staff-session`, { method: 'POST' });
    expect(await session.json()).toEqual({ token: null });
    const page = await fetch(`${console_.url}/console`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/');
  });

  it('refuses a sign-in, sign-out or session asked for by another site’s page (CSRF), signing no one in', async () => {
    for (const path of ['/sign-in', '/sign-out', '/api/staff-session']) {
      const response = await fetch(`${console_.url}${path}`, {
        method: 'POST',
        headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `staff=${staffOf('admin').id}`,
        redirect: 'manual',
      });
      expect(response.status).toBe(403);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('refuses to sign in someone who is not offered — an unknown id, or staff whose role has no page — with a message', async () => {
    for (const staff of ['stf_nobody', 'stf_auditor', '']) {
      const response = await fetch(`${console_.url}/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `staff=${staff}`,
        redirect: 'manual',
      });
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe('/?error=unknown-staff');
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    const page = await fetch(`${console_.url}/?error=unknown-staff`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain('role="alert"');
  });

  it('serves only its built pages: no path outside them, no source map of another package', async () => {
    for (const path of ['/../server.js', '/%2e%2e/server.js', '/console.html', '/chunks/../../server.js.map'])
      expect((await fetch(`${console_.url}${path}`)).status).toBe(404);
    expect((await fetch(`${console_.url}/console.js`)).status).toBe(200);
  });
});
