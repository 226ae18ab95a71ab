// Checks the built docs site in Chromium, served under the strict Content-Security-Policy the
// demo portal serves it with: at 360 px no page scrolls sideways; the navigation folds behind its
// Menu button and opens and closes from the keyboard; the search box finds a guide by a word that
// only that guide has; each page marks itself in the navigation; the typedoc pages lead back to
// the guides; axe-core finds nothing (WCAG 2.0–2.2 A and AA and best practices) on the site's
// own pages; and no page logs a console error, a page error or a CSP violation.
// Exits 1 with the list of what failed.
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../dist/', import.meta.url));
const guides = JSON.parse(await readFile(new URL('../guides/nav.json', import.meta.url), 'utf8'));
const CSP =
  "default-src 'self'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; connect-src 'self'; base-uri 'none'; object-src 'none'";
const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://docs').pathname);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(root)) return void res.writeHead(404).end();
  readFile(file).then(
    (body) =>
      res
        .writeHead(200, {
          'Content-Type': types[extname(file)] ?? 'application/octet-stream',
          'Content-Security-Policy': CSP,
        })
        .end(body),
    () => res.writeHead(404).end('not found'),
  );
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const failures = [];
const fail = (what) => failures.push(what);

/** A page at 360 × 800 that records console errors, page errors and CSP violations into `failures`. */
async function phonePage() {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  let at = '';
  await page.exposeFunction('__docsViolation', (text) => fail(`${at}: CSP violation ${text}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__docsViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  // A failed request is reported with its address from the response; the browser's own console
  // line for it names none. The live examples ask for /demo/config.json, which only `pnpm start`
  // serves: without it they say so on the page (live.js), as intended here.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^Failed to load resource: /.test(m.text())) fail(`${at}: console error ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && new URL(r.url()).pathname !== '/demo/config.json')
      fail(`${at}: ${r.status()} for ${r.url()}`);
  });
  // A request the page's own navigation cut short (ERR_ABORTED) is not a failure of the site.
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (!error.includes('ERR_ABORTED')) fail(`${at}: request failed ${r.url()} ${error}`);
  });
  page.on('pageerror', (e) => fail(`${at}: page error ${e.message}`));
  return {
    page,
    open: async (path) => {
      at = path;
      await page.goto(`${origin}/${path}`, { waitUntil: 'load' });
    },
    close: () => context.close(),
  };
}

/** axe-core's violations on the page as it is now. */
async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

const focusedElement = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? `.${el.className}` : ''}` : '';
  });

try {
  const { page, open, close } = await phonePage();
  const pages = (await readdir(root, { recursive: true }))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replaceAll('\\', '/'))
    .sort();
  const own = ['index.html', 'elements.html', 'openapi.html', ...guides.map((g) => `guides/${g.file}.html`)];

  // At 360 px nothing is wider than the viewport: on the site's own pages and typedoc's index and
  // module pages, and on every tenth of typedoc's other pages (DOCS_CHECK_ALL=1: on all of them;
  // typedoc lays every page of a kind out alike, and a thousand pages take minutes).
  const all = process.env.DOCS_CHECK_ALL === '1';
  const sideways = pages.filter(
    (path, i) =>
      all ||
      !path.startsWith('api/') ||
      /^api\/\w+\/(index|hierarchy|modules\/[^/]+)\.html$/.test(path) ||
      i % 10 === 0,
  );
  for (const path of sideways) {
    await open(path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (wide > 0) fail(`${path}: scrolls sideways by ${wide} px at 360 px`);
  }

  // The site's own pages: marked in the navigation, folded on a phone, no axe finding.
  for (const path of own) {
    await open(path);
    const current = await page.locator('nav a[aria-current="page"]').evaluateAll((links) => links.map((a) => a.href));
    if (current.length !== 1 || current[0] !== `${origin}/${path}`)
      fail(`${path}: the navigation marks ${JSON.stringify(current)} as the current page`);
    if (await page.locator('#site-nav').isVisible())
      fail(`${path}: the navigation is open on a phone before it is asked for`);
    const findings = await axe(page);
    if (findings.length > 0) fail(`${path}: axe finds ${findings.join('; ')}`);
  }

  // The Menu button, from the keyboard: Enter opens, Escape closes with focus back on it, Space opens.
  await open('guides/theming.html');
  const toggle = page.locator('.nav-toggle');
  for (let presses = 0; presses < 5 && (await focusedElement(page)) !== 'button.nav-toggle'; presses++)
    await page.keyboard.press('Tab');
  if ((await focusedElement(page)) !== 'button.nav-toggle')
    fail('guides/theming.html: Tab never reaches the Menu button');
  await page.keyboard.press('Enter');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true' || !(await page.locator('#site-nav').isVisible()))
    fail('Enter on the Menu button does not open the navigation');
  const findings = await axe(page);
  if (findings.length > 0) fail(`guides/theming.html with the navigation open: axe finds ${findings.join('; ')}`);
  // Tab goes on into the navigation's links, past the search box.
  let reached = '';
  for (let presses = 0; presses < 4 && !reached.startsWith('a'); presses++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (document.activeElement?.closest('#site-nav') ? 'a in nav' : ''));
  }
  if (!reached) fail('Tab from the open Menu does not reach the navigation links');
  await page.keyboard.press('Escape');
  if ((await toggle.getAttribute('aria-expanded')) !== 'false' || (await page.locator('#site-nav').isVisible()))
    fail('Escape does not fold the navigation');
  if ((await focusedElement(page)) !== 'button.nav-toggle') fail('Escape does not bring focus back to the Menu button');
  await page.keyboard.press('Space');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true')
    fail('Space on the Menu button does not open the navigation');

  // The search box finds a guide by a word only that guide has, and its result leads there.
  const index = JSON.parse(await readFile(join(root, 'assets/search-index.json'), 'utf8'));
  const guideOf = new Map();
  for (const s of index)
    for (const word of s.words.split(' '))
      guideOf.set(word, guideOf.has(word) && guideOf.get(word) !== s.title ? null : s.title);
  const [word, title] = [...guideOf].find(([w, t]) => t === 'Dealer alliance' && /^[a-z]{9,}$/.test(w)) ?? [];
  if (!word) fail('the search index has no word that only the dealer alliance guide uses');
  else {
    await open('index.html');
    await page.locator('#search-input').focus();
    await page.keyboard.type(word);
    const result = page.locator('#search-results a').first();
    await result.waitFor({ timeout: 5000 }).catch(() => {});
    const text = (await result.textContent().catch(() => null)) ?? '';
    if (!text.startsWith(title))
      fail(`searching "${word}" does not offer the ${title} guide (first result: "${text}")`);
    const findings = await axe(page);
    if (findings.length > 0) fail(`index.html with search results: axe finds ${findings.join('; ')}`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/guides\/dealer-alliance\.html/, { timeout: 5000 }).catch(() => {});
    if (!page.url().includes('guides/dealer-alliance.html')) fail(`the result for "${word}" leads to ${page.url()}`);
    await open('index.html');
    await page.locator('#search-input').fill('zzqqxxnothing');
    await page
      .locator('#search-status', { hasText: 'No guide matches.' })
      .waitFor({ timeout: 5000 })
      .catch(() => {});
    if (
      (await page.locator('#search-results a').count()) !== 0 ||
      !(await page.locator('#search-status').textContent())?.includes('No guide')
    )
      fail('a word no guide has is not answered with "No guide matches."');
  }

  // The typedoc pages lead back to the guides from their header.
  for (const path of ['api/core/index.html', 'api/client/index.html', 'api/core/modules/fees.html']) {
    if (!pages.includes(path)) continue;
    await open(path);
    const back = await page
      .locator('header a', { hasText: 'Guides home' })
      .first()
      .getAttribute('href')
      .catch(() => null);
    if (!back) fail(`${path}: no link back to the guides in its header`);
    else if (new URL(back, page.url()).href !== `${origin}/index.html`)
      fail(`${path}: its guides link leads to ${back}`);
  }
  await close();
  console.log(`docs: ${sideways.length} of ${pages.length} pages checked for sideways scrolling in Chromium at 360 px`);
} finally {
  await browser.close();
  server.close();
}

if (failures.length > 0) {
  console.error(`docs: ${failures.length} problem(s) in Chromium:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = 1;
}
