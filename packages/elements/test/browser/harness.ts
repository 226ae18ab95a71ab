import { readdir, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createClubServer, seedDemo, type ClubServer, type DemoSeedResult } from '@clubkit/server';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);

/** The policy the widgets must live under on a partner page (the page adds the Club API to `connect-src`). */
export const STRICT_CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * {@link STRICT_CSP} as a partner page sends it: `default-src 'self'` alone would also block the
 * widgets' requests to the Club API on its own origin, so the page allows that origin to connect.
 */
export function strictCsp(apiOrigin: string): string {
  return `${STRICT_CSP}; connect-src 'self' ${apiOrigin}`;
}

/** A partner page server in front of the real Club API: pages, the CDN build, a session endpoint. */
export interface Portal {
  /** The partner page origin, e.g. http://127.0.0.1:PORT */
  url: string;
  /** The Content-Security-Policy header every page and script carries. */
  csp: string;
  api: { server: ClubServer; url: string; demo: DemoSeedResult; secretKey: string; publishableKey: string };
  /**
   * Whether the staff session endpoint (`POST /api/staff-session/<role>`, the club's own back end
   * for its console) ends each session it mints before answering, as a sign-out elsewhere would.
   */
  revokeStaffSessions: boolean;
  /**
   * Whom the member session endpoint signs in: the demo member (not VIP), `demo.vipMember`, who
   * holds a paid VIP card, or nobody (it answers `{ "token": null }`, as a partner page signed out).
   */
  signIn: 'member' | 'vipMember' | 'nobody';
  /** Mints a staff session for the demo staff member of `role` (or the staff member of id `stf_…`) with the admin secret key. */
  staffToken(role: string): Promise<string>;
  count(table: 'complaints' | 'merchants'): Promise<number>;
  /** Stops the Club API's HTTP listener (the database stays open), as a club whose server went down. */
  stopApi(): Promise<void>;
  close(): Promise<void>;
}

const JS_TYPE = 'text/javascript; charset=utf-8';
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': JS_TYPE,
  '.map': 'application/json',
};

/**
 * Starts the Club API with demo data and a partner page server whose pages carry the strict
 * CSP. Pages in test/browser/pages are templates: {{BASE_URL}}, {{PK}}, {{ROLE}} (`?role=`) and
 * {{MERCHANT_ID}} (the demo merchant operator's merchant) are filled in, and
 * {{AXE}} becomes a `<script src="/axe.min.js">` when the page is asked for with `?axe`
 * (Trusted Types forbid adding the script afterwards, so it has to be in the markup).
 */
export async function startPortal(
  options: { members?: number; merchants?: number; complaints?: number; operator?: boolean } = {},
): Promise<Portal> {
  const partner: Server = createServer();
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(partner.address() as AddressInfo).port}`;

  const server = await createClubServer({ db: ':memory:', rateLimit: false, logError: () => {} });
  const demo = await seedDemo(server, {
    origins: [origin],
    members: options.members ?? 40,
    merchants: options.merchants ?? 300,
    complaints: options.complaints ?? 10,
  });
  const listening = await server.listen();
  const apiUrl = listening.url;
  const keyWhere = (what: string, test: (key: DemoSeedResult['keys'][number]) => boolean) => {
    const key = demo.keys.find(test);
    if (!key) throw new Error(`The demo seed made no ${what} key`);
    return key.secret;
  };
  const secretKey = keyWhere('admin secret', (k) => k.kind === 'secret' && k.principal.role === 'admin');
  const publishableKey = keyWhere('publishable', (k) => k.kind === 'publishable');
  const csp = strictCsp(new URL(apiUrl).origin);
  // Read once: a rebuild of the package while tests run (tsup empties dist first) cannot break a page.
  // The CDN build and the locale files it loads on demand (chunks/), served as a CDN would.
  const cdn = new Map([
    ['/clubkit.js', await readBuilt(new URL('dist/cdn/clubkit.js', root))],
    // clubkit.js with <club-vip-offer>, for a page that sells the VIP card.
    ['/clubkit-vip.js', await readBuilt(new URL('dist/cdn/clubkit-vip.js', root))],
    // clubkit-vip.js with <club-vip-activities>, for a VIP page where members sign up for activities.
    ['/clubkit-vip-activities.js', await readBuilt(new URL('dist/cdn/clubkit-vip-activities.js', root))],
  ]);
  for (const file of await readdir(new URL('dist/cdn/chunks/', root)))
    if (file.endsWith('.js')) cdn.set(`/chunks/${file}`, await readBuilt(new URL(`dist/cdn/chunks/${file}`, root)));

  // The operator widgets are not in the CDN build: a console bundles its own, as esbuild does here.
  if (options.operator) for (const [path, text] of await bundleOperator()) cdn.set(path, text);

  async function staffToken(role: string): Promise<string> {
    // A staff id (`stf_…`) names a staff member a test added; a role, the demo staff member of that role.
    const staffId = role.startsWith('stf_') ? role : demo.staff.find((s) => s.principal.role === role)?.id;
    if (!staffId) throw new Error(`The demo seed has no ${role} staff member`);
    const minted = await server.fetch(
      new Request(`${apiUrl}/v1/staff-sessions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ staffId }),
      }),
    );
    return ((await minted.json()) as { token: string }).token;
  }

  // answer() catches its own errors, so its promise is safe to drop.
  partner.on('request', (req, res) => void answer(req, res));
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const requested = new URL(req.url ?? '/', origin);
      const path = requested.pathname;
      // Browsers ask for it unprompted; a 404 would show up as a console error.
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      const built = cdn.get(path);
      if (built !== undefined)
        return void res
          .writeHead(200, {
            'Content-Type': JS_TYPE,
            'Content-Security-Policy': csp,
            'Cache-Control': 'no-store',
          })
          .end(built);
      if (path === '/api/club-session' && req.method === 'POST' && portal.signIn === 'nobody')
        return void res
          .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
          .end(JSON.stringify({ token: null }));
      if (path === '/api/club-session' && req.method === 'POST') {
        const minted = await server.fetch(
          new Request(`${apiUrl}/v1/member-sessions`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ memberId: (portal.signIn === 'vipMember' ? demo.vipMember : demo.member)?.id }),
          }),
        );
        const { token } = (await minted.json()) as { token: string };
        return void res
          .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
          .end(JSON.stringify({ token }));
      }
      const staffRole = /^\/api\/staff-session\/(\w+)$/.exec(path)?.[1];
      if (staffRole && req.method === 'POST') {
        const token = await staffToken(staffRole);
        if (portal.revokeStaffSessions)
          await server.fetch(
            new Request(`${apiUrl}/v1/staff-sessions/current`, {
              method: 'DELETE',
              headers: { Authorization: `Bearer ${token}` },
            }),
          );
        return void res
          .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
          .end(JSON.stringify({ token }));
      }
      let file: URL;
      if (path === '/clubkit.js.map') file = new URL(`dist/cdn${path}`, root);
      else if (path === '/axe.min.js') file = new URL(`file://${require.resolve('axe-core/axe.min.js')}`);
      else if (/^\/[\w-]+\.(html|js)$/.test(path)) file = new URL(`test/browser/pages${path}`, root);
      else return void res.writeHead(404).end('not found');
      let body = await readFile(file, 'utf8');
      if (path.endsWith('.html')) {
        const axe = requested.searchParams.has('axe') ? '<script src="/axe.min.js"></script>' : '';
        const role = requested.searchParams.get('role') ?? 'admin';
        body = body
          .replaceAll('{{BASE_URL}}', apiUrl)
          .replaceAll('{{PK}}', publishableKey)
          .replaceAll('{{AXE}}', axe)
          .replaceAll('{{ROLE}}', /^\w+$/.test(role) ? role : 'admin')
          .replaceAll('{{MERCHANT_ID}}', demo.merchantId);
      }
      const ext = path.slice(path.lastIndexOf('.'));
      res
        .writeHead(200, {
          'Content-Type': types[ext] ?? 'text/plain',
          'Content-Security-Policy': csp,
          'Cache-Control': 'no-store',
        })
        .end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  }

  const portal: Portal = {
    url: origin,
    csp,
    api: { server, url: apiUrl, demo, secretKey, publishableKey },
    revokeStaffSessions: false,
    signIn: 'member',
    staffToken,
    stopApi: () => listening.close(),
    async count(table) {
      const row = await server.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async close() {
      await new Promise<void>((resolve) => {
        partner.closeAllConnections();
        partner.close(() => resolve());
      });
      await server.close();
    },
  };
  return portal;
}

/**
 * The operator page's script, as a console's bundler makes it: `<club-provider>`,
 * `<club-stats-board>`, `<club-complaint-desk>`, `<club-offer-manager>`, `<club-member-desk>`, `<club-card-check>`, `<club-alliance-board>`, `<club-handover-desk>` and `<club-service-catalogue>` from their define entries, minified, with the locales loaded on demand as
 * chunks. Served as /operator.js and /operator-chunks/….
 */
async function bundleOperator(): Promise<Map<string, string>> {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents:
        "import './dist/define/provider.js'; import './dist/define/stats-board.js'; import './dist/define/complaint-desk.js'; import './dist/define/offer-manager.js'; import './dist/define/member-desk.js'; import './dist/define/card-check.js'; import './dist/define/procedure-desk.js'; import './dist/define/alliance-board.js'; import './dist/define/handover-desk.js'; import './dist/define/service-catalogue.js';",
      resolveDir: fileURLToPath(root),
      loader: 'js',
    },
    outdir: '/operator',
    entryNames: 'operator',
    chunkNames: 'operator-chunks/[name]-[hash]',
    write: false,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return new Map(result.outputFiles.map((f) => [f.path.replace(/^\/operator\//, '/'), f.text]));
}

/** Reads a build output, waiting a little while a concurrent build is rewriting it. */
async function readBuilt(file: URL): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if (attempt >= 50)
        throw new Error(
          `${file.pathname} is missing: build the package first (npx tsup && node scripts/build-cdn.mjs)`,
          { cause: error },
        );
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Debian's Chromium, headless, never a downloaded browser. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
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
}

/** What a page reported while a test used it. */
export interface PageWatch {
  cspViolations: string[];
  consoleErrors: string[];
}

/**
 * Opens a page that records CSP violations (the `securitypolicyviolation` event, from an init
 * script the page's CSP does not govern) and console errors.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: { bypassCSP?: boolean } = {},
): Promise<{ page: Page; watch: PageWatch; close: () => Promise<void> }> {
  const context = await browser.newContext({ bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  const watch: PageWatch = { cspViolations: [], consoleErrors: [] };
  await page.exposeFunction('__clubkitViolation', (text: string) => watch.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __clubkitViolation(t: string): void }).__clubkitViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
  await page.goto(url);
  return { page, watch, close: () => context.close() };
}

/** One axe-core rule the page breaks, with the nodes (CSS paths through shadow roots) and their markup. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules plus best practices) on the whole page, shadow
 * roots included, and returns its violations. axe must already be on the page when it was opened
 * with `?axe` (a strict page: Trusted Types refuse a script added later); otherwise it is added
 * with a script tag, which works only in a context opened with `bypassCSP`.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.min.js' });
  // Content that fades in is read as it ends up, not halfway through its fade: reduced motion
  // stops the fade (and a skeleton's pulse) for the run, and layout settles before axe reads.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  try {
    return await readAxe(page);
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
}

async function readAxe(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    interface Result {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; html: string; failureSummary?: string }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), html: n.html, summary: n.failureSummary ?? '' })),
    }));
  });
}

/** The widths every widget is checked at: a phone and a desktop. */
export const CHECKED_WIDTHS = [390, 1280] as const;

/**
 * axe-core's findings on the page as it stands, at each of {@link CHECKED_WIDTHS} in turn (the
 * viewport is set, and left at the widest; motion reduced while it reads), with the WCAG 2.0–2.2 A and AA rules (tags
 * wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa) and best practices, shadow roots included. Each
 * finding reads `<width> px <rule> (<impact>) <target>: <summary>`, so `toEqual([])` names what
 * broke and where. A state is only checked if a test brings it on screen: call this in each one.
 */
export async function axeAtWidths(page: Page): Promise<string[]> {
  const height = page.viewportSize()?.height ?? 900;
  const findings: string[] = [];
  for (const width of CHECKED_WIDTHS) {
    await page.setViewportSize({ width, height });
    // Layout settles at the new width before axe reads colours and sizes (axeViolations stops
    // the fades itself).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    for (const v of await axeViolations(page))
      for (const n of v.nodes) findings.push(`${width} px ${v.id} (${v.impact ?? ''}) ${n.target}: ${n.summary}`);
  }
  return findings;
}
