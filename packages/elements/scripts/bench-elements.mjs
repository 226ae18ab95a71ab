// Measures the widgets in Debian's Chromium against the reference Club API with the demo data
// and 10,000 merchants, under the strict CSP of a partner page, and prints the medians next to
// their targets. It reports; it is not a test: it exits 0 whether or not a target is met.
//
//   pnpm bench:elements        (root)   →   pnpm --filter @clubkit/elements bench
//
// Needs the built packages (core, client and server, and this one: `npx tsup && node
// scripts/build-cdn.mjs`). The page server below is a small copy of test/browser/harness.ts,
// which needs vitest; the pages are test/browser/pages/bench.html and bench.js.
//
// With `--baseline <dir>` (the dist/cdn folder of another build, e.g. a checkout of main), the
// first renders are measured for both builds in the same run, alternating, side by side:
//   pnpm bench:elements -- --baseline ../main/packages/elements/dist/cdn
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createClubServer, seedDemo } from '@clubkit/server';
import { firstLoads } from './first-load.mjs';

const root = new URL('../', import.meta.url);
const MERCHANTS = 10_000;
/** Runs of each measurement; each run is a fresh page. */
const RUNS = 3;
const FIRST_RENDER_RUNS = 5;
const { values: args } = parseArgs({ options: { baseline: { type: 'string' } } });
/** Another build's dist/cdn, measured beside this one. */
const baselineDir = args.baseline ? resolve(process.env.INIT_CWD ?? process.cwd(), args.baseline) : undefined;
if (baselineDir && !existsSync(join(baselineDir, 'clubkit.js'))) {
  console.error(
    `--baseline ${args.baseline}: no clubkit.js in ${baselineDir} (give another build's packages/elements/dist/cdn)`,
  );
  process.exit(2);
}

const quantile = (values, q) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.ceil(at)] - sorted[low]) * (at - low);
};
const median = (values) => quantile(values, 0.5);
const p95 = (values) => quantile(values, 0.95);
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ---- the Club API and the partner page server -------------------------------------------

async function startPortal() {
  const partner = createServer();
  await new Promise((resolve) => partner.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${partner.address().port}`;
  const server = await createClubServer({ db: ':memory:', rateLimit: false, logError: () => {} });
  const demo = await seedDemo(server, { origins: [origin], members: 40, merchants: MERCHANTS, complaints: 10 });
  const { url: apiUrl } = await server.listen();
  const secretKey = demo.keys.find((k) => k.kind === 'secret' && k.principal.role === 'admin').secret;
  const publishableKey = demo.keys.find((k) => k.kind === 'publishable').secret;
  const csp = `default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; connect-src 'self' ${new URL(apiUrl).origin}`;
  // This build under /, the baseline (if any) under /base/: each with its on-demand locale files.
  const cdn = new Map();
  for (const [prefix, dir] of [
    ['/', fileURLToPath(new URL('dist/cdn/', root))],
    ['/base/', baselineDir],
  ]) {
    if (dir === undefined) continue;
    cdn.set(`${prefix}clubkit.js`, await readFile(`${dir}/clubkit.js`, 'utf8'));
    const chunks = await readdir(`${dir}/chunks`).catch(() => []);
    for (const file of chunks)
      if (file.endsWith('.js')) cdn.set(`${prefix}chunks/${file}`, await readFile(`${dir}/chunks/${file}`, 'utf8'));
  }
  const headers = (type) => ({ 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });

  partner.on('request', async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', origin).pathname;
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      if (cdn.has(path)) return void res.writeHead(200, headers('text/javascript; charset=utf-8')).end(cdn.get(path));
      if (path === '/api/club-session' && req.method === 'POST') {
        const minted = await server.fetch(
          new Request(`${apiUrl}/v1/member-sessions`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ memberId: demo.member.id }),
          }),
        );
        const { token } = await minted.json();
        return void res
          .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
          .end(JSON.stringify({ token }));
      }
      const base = path.startsWith('/base/') && cdn.has('/base/clubkit.js');
      const page = base ? path.slice('/base'.length) : path;
      if (page !== '/bench.html' && page !== '/bench.js') return void res.writeHead(404).end('not found');
      let body = await readFile(new URL(`test/browser/pages${page}`, root), 'utf8');
      if (page.endsWith('.html'))
        body = body
          .replaceAll('{{BASE_URL}}', apiUrl)
          .replaceAll('{{PK}}', publishableKey)
          .replaceAll('{{AXE}}', '')
          .replaceAll('src="/clubkit.js"', `src="${base ? '/base' : ''}/clubkit.js"`);
      res
        .writeHead(200, headers(path.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8'))
        .end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });

  return {
    url: origin,
    async close() {
      partner.closeAllConnections();
      await new Promise((resolve) => partner.close(resolve));
      await server.close();
    },
  };
}

/** Opens bench.html (of the baseline build under /base/) in a fresh context; fails on a CSP violation or a page error. */
async function openBench(browser, portal, page = 'bench.html') {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  tab.on('pageerror', (error) => problems.push(String(error)));
  await tab.goto(`${portal.url}/${page}`);
  await tab.evaluate(() => window.clubBench.ready());
  return { page: tab, problems, close: () => context.close() };
}

// ---- the measurements -------------------------------------------------------------------

/** (a) From the controller getting an answer to the frame after Lit rendered it. */
async function renderAfterResponse(browser, portal) {
  const searches = [
    { text: '洗車' },
    { text: '景洪' },
    { text: 'car' },
    { text: 'hotel' },
    { text: '店' },
    { text: '', category: 'dining' },
    { text: '', category: 'repair' },
    { text: 'ktv', category: undefined },
    { text: '勐海' },
    { text: '修' },
    { text: '', amountYuan: 300 },
    { text: '酒店', amountYuan: 800 },
  ];
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, problems, close } = await openBench(browser, portal);
    const result = await page.evaluate(([s, pages]) => window.clubBench.renderAfterResponse(s, pages), [searches, 20]);
    runs.push({ ...result, problems });
    await close();
  }
  return runs;
}

/** (b) From a keydown in the search box to the frame showing the list for the new text. */
async function keystrokeToList(browser, portal) {
  const keys = [...'car wash', ...Array(8).fill('Backspace')];
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, problems, close } = await openBench(browser, portal);
    await page.evaluate(() => window.clubBench.focusSearch());
    const times = [];
    for (const key of keys) {
      await page.evaluate(() => window.clubBench.armKeystroke());
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      times.push(await page.evaluate(() => window.clubBench.keystrokeResult()));
    }
    runs.push({ times, problems });
    await close();
  }
  return runs;
}

/** (c) Row elements in the DOM while scrolling through all 10,000 hits. */
async function rowsWhileScrolling(browser, portal) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const { page, problems, close } = await openBench(browser, portal);
    runs.push({ ...(await page.evaluate((total) => window.clubBench.scrollThroughAll(total), MERCHANTS)), problems });
    await close();
  }
  return runs;
}

/**
 * (d) From creating each widget to the first frame with its content (and data), in a fresh page:
 * in zh-Hant (in the bundle) and en (loaded on demand on first use), for this build and the
 * baseline, alternating run by run so that both see the same machine.
 */
async function firstRenders(browser, portal) {
  const tags = ['club-member-card', 'club-merchant-directory', 'club-complaint-form'];
  const builds = baselineDir
    ? [
        ['this build', ''],
        ['baseline', 'base/'],
      ]
    : [['this build', '']];
  const cases = builds.flatMap(([build, prefix]) =>
    ['zh-Hant', 'en'].flatMap((locale) => tags.map((tag) => ({ build, prefix, locale, tag }))),
  );
  const results = new Map(cases.map((c) => [c, []]));
  const problems = [];
  for (let run = 0; run < FIRST_RENDER_RUNS; run++) {
    for (const c of cases) {
      const bench = await openBench(browser, portal, `${c.prefix}bench.html`);
      results.get(c).push(await bench.page.evaluate(([t, l]) => window.clubBench.firstRender(t, l), [c.tag, c.locale]));
      problems.push(...bench.problems);
      await bench.close();
    }
  }
  return { results, problems };
}

// ---- the report ---------------------------------------------------------------------------

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((cell, i) => String(cell).padEnd(widths[i])).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const started = Date.now();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
});
const portal = await startPortal();
console.log(
  `clubkit elements bench: Chromium ${browser.version()}, ${MERCHANTS} merchants, ${RUNS} runs (first render: ${FIRST_RENDER_RUNS}), strict CSP\n`,
);

try {
  const sizes = await firstLoads();
  const a = await renderAfterResponse(browser, portal);
  const b = await keystrokeToList(browser, portal);
  const c = await rowsWhileScrolling(browser, portal);
  const d = await firstRenders(browser, portal);

  const perRun = (runs, pick, format = ms) => runs.map((r) => format(median(pick(r)))).join(' / ');
  const all = (runs, pick) => runs.flatMap(pick);
  const verdict = (ok) => (ok ? 'yes' : 'NO');
  const aFirst = all(a, (r) => r.firstPages);
  const aNext = all(a, (r) => r.nextPages);
  const bTimes = all(b, (r) => r.times);
  const mostRows = Math.max(...c.map((r) => r.most));

  const rows = [
    ['measurement', 'per run (median)', 'median', 'p95', 'samples', 'target', 'met'],
    [
      '(a) answer → rendered list: new search',
      perRun(a, (r) => r.firstPages),
      ms(median(aFirst)),
      ms(p95(aFirst)),
      aFirst.length,
      '≤ 16 ms median',
      verdict(median(aFirst) <= 16),
    ],
    [
      '(a) answer → rendered list: next page',
      perRun(a, (r) => r.nextPages),
      ms(median(aNext)),
      ms(p95(aNext)),
      aNext.length,
      '≤ 16 ms median',
      verdict(median(aNext) <= 16),
    ],
    [
      '(b) keystroke → updated list (200 ms debounce incl.)',
      perRun(b, (r) => r.times),
      ms(median(bTimes)),
      ms(p95(bTimes)),
      bTimes.length,
      'reported',
      '',
    ],
    [
      `(c) row elements in the DOM, scrolling all ${MERCHANTS}`,
      c.map((r) => `${r.most} max, ${r.atEnd} at end, ${r.loaded} loaded`).join(' / '),
      String(median(c.map((r) => r.most))),
      '',
      c.length,
      '≤ 200',
      verdict(mostRows <= 200 && c.every((r) => r.loaded === MERCHANTS)),
    ],
    ...[...d.results].map(([c, times]) => {
      const base = [...d.results].find(([o]) => o.build === 'baseline' && o.tag === c.tag && o.locale === c.locale);
      const vs = c.build === 'this build' && base ? `baseline ${ms(median(base[1]))}` : 'reported';
      return [
        `(d) first render with data: <${c.tag}> ${c.locale}, ${c.build}`,
        times.map((t) => ms(t)).join(' / '),
        ms(median(times)),
        '',
        times.length,
        vs,
        '',
      ];
    }),
  ];
  console.log(table(rows));

  const lit = sizes.sizes.find((s) => s.name.startsWith('lit alone'));
  console.log(
    `\n${table([
      [
        '(e) bundle (esbuild, es2022, minified; entry + static imports)',
        'min',
        'min+gzip -9',
        'vs lit alone',
        'target',
        'met',
      ],
      ...sizes.sizes.map((s) => [
        s.name,
        kb(s.min),
        kb(s.gzip),
        s === lit ? '' : `${(s.gzip / lit.gzip).toFixed(1)}×`,
        s.target ? `≤ ${s.target} KB gzip` : '',
        s.target ? verdict(s.gzip <= s.target * 1024) : '',
      ]),
    ])}`,
  );
  console.log(
    `\nWhere dist/define.js's minified bytes come from: ${sizes.byPackage
      .slice(0, 8)
      .map(([name, bytes]) => `${name} ${kb(bytes)}`)
      .join(', ')}`,
  );

  const problems = [...a, ...b, ...c].flatMap((r) => r.problems).concat(d.problems);
  if (problems.length > 0) console.log(`\nThe pages logged ${problems.length} error(s), e.g. ${problems[0]}`);
  console.log(
    `\n(a) is measured in the page: from the request's answer reaching the controller (status → ready) to the animation frame after Lit's updateComplete.`,
  );
  console.log(`Done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  await browser.close();
  await portal.close();
}
