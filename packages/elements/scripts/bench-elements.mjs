// Measures the widgets in Debian's Chromium against the reference Club API with the demo data
// and 10,000 merchants, under the strict CSP of a partner page, and prints the medians next to
// their targets. It reports; it is not a test: it exits 0 whether or not a target is met.
//
//   pnpm bench:elements        (root)   →   pnpm --filter @clubkit/elements bench
//
// Needs the built packages (core, client and server, and this one: `npx tsup && node
// scripts/build-cdn.mjs`). The page server below is a small copy of test/browser/harness.ts,
// which needs vitest; the pages are test/browser/pages/bench.html and bench.js.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { createClubServer, seedDemo } from '@clubkit/server';

const root = new URL('../', import.meta.url);
const MERCHANTS = 10_000;
/** Runs of each measurement; each run is a fresh page. */
const RUNS = 3;
const FIRST_RENDER_RUNS = 5;

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
  const cdn = await readFile(new URL('dist/cdn/clubkit.js', root), 'utf8');
  const headers = (type) => ({ 'Content-Type': type, 'Content-Security-Policy': csp, 'Cache-Control': 'no-store' });

  partner.on('request', async (req, res) => {
    try {
      const path = new URL(req.url ?? '/', origin).pathname;
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      if (path === '/clubkit.js') return void res.writeHead(200, headers('text/javascript; charset=utf-8')).end(cdn);
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
      if (path !== '/bench.html' && path !== '/bench.js') return void res.writeHead(404).end('not found');
      let body = await readFile(new URL(`test/browser/pages${path}`, root), 'utf8');
      if (path.endsWith('.html'))
        body = body.replaceAll('{{BASE_URL}}', apiUrl).replaceAll('{{PK}}', publishableKey).replaceAll('{{AXE}}', '');
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

/** Opens bench.html in a fresh context; fails on a CSP violation or a page error. */
async function openBench(browser, portal) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${portal.url}/bench.html`);
  await page.evaluate(() => window.clubBench.ready());
  return { page, problems, close: () => context.close() };
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

/** (d) From creating each widget to the first frame with its content (and data). */
async function firstRenders(browser, portal) {
  const tags = ['club-member-card', 'club-merchant-directory', 'club-complaint-form'];
  const results = Object.fromEntries(tags.map((tag) => [tag, []]));
  const problems = [];
  for (let run = 0; run < FIRST_RENDER_RUNS; run++) {
    for (const tag of tags) {
      const bench = await openBench(browser, portal);
      results[tag].push(await bench.page.evaluate((t) => window.clubBench.firstRender(t), tag));
      problems.push(...bench.problems);
      await bench.close();
    }
  }
  return { results, problems };
}

/** (e) Bytes of each entry bundled for the browser with esbuild: minified, and gzip -9. */
async function bundleSizes() {
  const entries = [
    ['dist/define/member-card.js', { entryPoints: [fileURLToPath(new URL('dist/define/member-card.js', root))] }],
    ['dist/define/complaint-form.js', { entryPoints: [fileURLToPath(new URL('dist/define/complaint-form.js', root))] }],
    [
      'dist/define/merchant-directory.js',
      { entryPoints: [fileURLToPath(new URL('dist/define/merchant-directory.js', root))] },
    ],
    ['dist/define.js (all three + provider)', { entryPoints: [fileURLToPath(new URL('dist/define.js', root))] }],
    [
      "lit alone (export * from 'lit')",
      { stdin: { contents: "export * from 'lit';", resolveDir: fileURLToPath(root), loader: 'js' } },
    ],
  ];
  const sizes = [];
  let largest;
  for (const [name, input] of entries) {
    const result = await build({
      ...input,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      metafile: true,
      absWorkingDir: fileURLToPath(root),
      legalComments: 'none',
      logLevel: 'error',
    });
    const code = result.outputFiles[0].contents;
    sizes.push({ name, min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength });
    if (name.startsWith('dist/define.js')) largest = result.metafile;
  }
  const cdn = await readFile(new URL('dist/cdn/clubkit.js', root));
  sizes.push({
    name: 'dist/cdn/clubkit.js (CDN build)',
    min: cdn.byteLength,
    gzip: gzipSync(cdn, { level: 9 }).byteLength,
  });

  // Where the bytes of dist/define.js come from, by package (minified bytes in the bundle).
  const byPackage = new Map();
  for (const [file, { bytesInOutput }] of Object.entries(Object.values(largest.outputs)[0].inputs)) {
    const dep = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
    const key = dep ?? (file.startsWith('../') ? `@clubkit/${file.split('/')[1]}` : '@clubkit/elements');
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return { sizes, byPackage: [...byPackage].sort((a, b) => b[1] - a[1]) };
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
  const sizes = await bundleSizes();
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
    ...Object.entries(d.results).map(([tag, times]) => [
      `(d) first render with data: <${tag}>`,
      times.map((t) => ms(t)).join(' / '),
      ms(median(times)),
      '',
      times.length,
      'reported',
      '',
    ]),
  ];
  console.log(table(rows));

  const define = sizes.sizes.find((s) => s.name.startsWith('dist/define.js'));
  const cdn = sizes.sizes.find((s) => s.name.startsWith('dist/cdn'));
  const lit = sizes.sizes.find((s) => s.name.startsWith('lit alone'));
  console.log(
    `\n${table([
      ['(e) bundle (esbuild, es2022, minified)', 'min', 'min+gzip -9', 'vs lit alone', 'target', 'met'],
      ...sizes.sizes.map((s) => {
        const target = s === define || s === cdn ? '≤ 35 KB gzip (all three widgets + client)' : '';
        return [
          s.name,
          kb(s.min),
          kb(s.gzip),
          s === lit ? '' : `${(s.gzip / lit.gzip).toFixed(1)}×`,
          target,
          target ? verdict(s.gzip <= 35 * 1024) : '',
        ];
      }),
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
