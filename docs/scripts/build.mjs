// Builds the integrator docs site into docs/dist: the guides (Markdown), typedoc references of
// @clubkit/core and @clubkit/client, the elements' reference from custom-elements.json, the
// OpenAPI reference from the server's own /v1/openapi.json, and the CDN build for live examples.
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { Marked } from 'marked';
import { renderElementsReference } from './elements-reference.mjs';
import { renderOpenApiReference } from './openapi-reference.mjs';
import { escapeHtml, layout, slugify } from './layout.mjs';
import { guideSections } from './search-index.mjs';
import { inputsHash } from './stamp.mjs';

const docs = new URL('../', import.meta.url);
const out = new URL('dist/', docs);
const packages = new URL('../packages/', docs);
const stamp = new URL('.inputs-hash', out);

// Nothing the site is made of changed since the last build (`--force` rebuilds anyway): keep it.
const hash = await inputsHash(docs);
const built = await readFile(stamp, 'utf8').catch(() => '');
if (built === hash && !process.argv.includes('--force')) {
  console.log('docs: unchanged since the last build, docs/dist kept (--force rebuilds)');
  process.exit(0);
}

/** The guides in reading order: file name (without .md) and title in the navigation. */
export const guides = JSON.parse(await readFile(new URL('guides/nav.json', docs), 'utf8'));

function markdown(source, from) {
  const marked = new Marked({ gfm: true });
  const seen = new Map();
  marked.use({
    renderer: {
      // A code block scrolls sideways when its lines are long: focusable, so the keyboard can scroll it.
      code({ text, lang, escaped }) {
        const language = lang ? ` class="language-${escapeHtml(lang.split(/\s/)[0])}"` : '';
        return `<pre tabindex="0"><code${language}>${escaped ? text : escapeHtml(text)}</code></pre>\n`;
      },
      heading({ tokens, depth }) {
        const text = this.parser.parseInline(tokens);
        let id = slugify(text.replace(/<[^>]+>/g, ''));
        const n = seen.get(id) ?? 0;
        seen.set(id, n + 1);
        if (n > 0) id = `${id}-${n}`;
        return `<h${depth} id="${id}">${text}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        // Guides link to each other as .md files in the repository; on the site they are .html.
        const target = /^[\w-]+\.md(#.*)?$/.test(href) ? href.replace(/\.md(#|$)/, '.html$1') : href;
        if (!/^(https?:|mailto:|#|\.\.?\/|[\w-]+\.html)/.test(target))
          throw new Error(`${from}: link "${href}" does not point at a guide or a web page`);
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
      },
    },
  });
  return marked.parse(source);
}

const DOCS_HOME = 'https://clubkit.invalid/docs-home';

async function typedocFor(name, entryPoints) {
  const { Application } = await import('typedoc');
  const pkg = new URL(`${name}/`, packages);
  const app = await Application.bootstrapWithPlugins({
    entryPoints: entryPoints.map((e) => new URL(e, pkg).pathname),
    tsconfig: new URL('tsconfig.json', pkg).pathname,
    name: `@clubkit/${name}`,
    readme: 'none',
    excludePrivate: true,
    excludeInternal: true,
    excludeExternals: true,
    hideGenerator: true,
    // The way back to the guides, in every page's header; the address is made relative per page below.
    navigationLinks: { 'Guides home': DOCS_HOME },
    logLevel: 'Warn',
    validation: { notExported: false, invalidLink: true, notDocumented: false },
    treatWarningsAsErrors: false,
  });
  const project = await app.convert();
  if (!project) throw new Error(`typedoc could not convert @clubkit/${name}`);
  const dir = new URL(`api/${name}/`, out);
  await app.generateDocs(project, dir.pathname);
  await strictTypedoc(dir, name);
}

/**
 * Makes typedoc's pages fit the site's Content-Security-Policy: its theme bootstraps with an
 * inline script and renders navigation, search and icons with `innerHTML`, which a strict policy
 * with Trusted Types refuses. The pages are complete without that script: the inline script and
 * the script tags go, the navigation becomes static links, and the controls that only work with
 * the scripts (search, settings) are hidden by a rule in typedoc's own style sheet.
 */
async function strictTypedoc(dir, name) {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html'));
  const modules = files
    .filter((f) => /^modules\/[^/]+\.html$/.test(f))
    .sort((a, b) => (a === 'modules/index.html' ? -1 : b === 'modules/index.html' ? 1 : a.localeCompare(b)));
  const groups = [
    ...(await readFile(new URL('index.html', dir), 'utf8')).matchAll(
      /<h2 class="tsd-anchor-link" id="([\w-]+)">([^<]+)/g,
    ),
  ].map((m) => ({ href: `index.html#${m[1]}`, label: m[2].trim() }));
  const entries =
    modules.length > 0
      ? modules.map((f) => ({
          href: f,
          label:
            f === 'modules/index.html'
              ? `@clubkit/${name}`
              : `@clubkit/${name}/${f.slice('modules/'.length, -'.html'.length)}`,
        }))
      : groups;
  for (const file of files) {
    const url = new URL(file, dir);
    let html = await readFile(url, 'utf8');
    const base = /<html[^>]*\sdata-base="([^"]*)"/.exec(html)?.[1] ?? './';
    const nav = entries
      .map(
        (e) =>
          `<li><a href="${escapeHtml(base + e.href)}"${e.href === file ? ' class="current"' : ''}>${escapeHtml(e.label)}</a></li>`,
      )
      .join('');
    html = html
      .replace(/<script>[\s\S]*?<\/script>/g, '')
      .replace(/<script (?:async|defer) src="[^"]*assets\/\w+\.js"[^>]*><\/script>/g, '')
      .replace('<li>Loading...</li>', nav)
      .replaceAll(`href="${DOCS_HOME}"`, `href="${escapeHtml(`${base}../../index.html`)}"`);
    if (/<script|\sstyle="|\son[a-z]+="/i.test(html))
      throw new Error(`api/${name}/${file} still has a script, a style attribute or an event handler attribute`);
    await writeFile(url, html);
  }
  const css = new URL('assets/style.css', dir);
  await writeFile(
    css,
    `${await readFile(css, 'utf8')}\n/* clubkit docs: without typedoc's scripts, search and settings do nothing. */\n#tsd-search-trigger, #tsd-search, .tsd-navigation.settings { display: none; }\n` +
      // Long signatures, types and tags wrap on a phone instead of widening the page.
      `/* clubkit docs: nothing wider than a 360 px screen. */\n.col-content { min-width: 0; overflow-wrap: anywhere; }\n.tsd-signature, .tsd-signatures, .tsd-kind-icon ~ span, code.tsd-tag { overflow-wrap: anywhere; white-space: normal; }\npre { overflow-x: auto; max-width: 100%; }\n`,
  );
}

await rm(out, { recursive: true, force: true });
await mkdir(new URL('guides/', out), { recursive: true });
await cp(new URL('assets/', docs), new URL('assets/', out), { recursive: true });
await cp(new URL('elements/dist/cdn/clubkit.js', packages), new URL('assets/clubkit.js', out));
// The locales loaded on demand sit next to it.
await cp(new URL('elements/dist/cdn/chunks/', packages), new URL('assets/chunks/', out), {
  recursive: true,
  filter: (src) => !src.endsWith('.map'),
});

const nav = guides.map((g) => ({ href: `guides/${g.file}.html`, title: g.title }));
const searchSections = [];
// The server guide's table of who may call each route, generated from the routes and core's rules.
const { routeAccessMarkdown } = await import('@clubkit/server');
const generated = { '<!-- route-access-table -->': routeAccessMarkdown() };
for (const guide of guides) {
  let source = await readFile(new URL(`guides/${guide.file}.md`, docs), 'utf8');
  for (const [marker, table] of Object.entries(generated)) source = source.replace(marker, table);
  const body = markdown(source, `guides/${guide.file}.md`);
  const href = `guides/${guide.file}.html`;
  await writeFile(
    new URL(href, out),
    layout({ title: guide.title, body, nav, depth: 1, live: /<club-/.test(source), current: href }),
  );
  searchSections.push(...guideSections({ title: guide.title, href, html: body }));
}
await writeFile(new URL('assets/search-index.json', out), JSON.stringify(searchSections));
const home = markdown(await readFile(new URL('index.md', docs), 'utf8'), 'index.md');
await writeFile(
  new URL('index.html', out),
  layout({ title: 'clubkit', body: home, nav, depth: 0, live: false, current: 'index.html' }),
);

const manifest = JSON.parse(await readFile(new URL('elements/custom-elements.json', packages), 'utf8'));
await writeFile(
  new URL('elements.html', out),
  layout({
    title: 'Elements reference',
    body: renderElementsReference(manifest),
    nav,
    depth: 0,
    live: false,
    current: 'elements.html',
  }),
);

const { createClubServer } = await import('@clubkit/server');
const server = await createClubServer({ db: ':memory:', logError: () => {} });
const openapi = await (await server.fetch(new Request('http://docs/v1/openapi.json'))).json();
await server.close();
await writeFile(new URL('openapi.json', out), JSON.stringify(openapi, null, 2));
await writeFile(
  new URL('openapi.html', out),
  layout({
    title: 'HTTP API reference',
    body: renderOpenApiReference(openapi),
    nav,
    depth: 0,
    live: false,
    current: 'openapi.html',
  }),
);

// The root entry last: it re-exports every context, and typedoc documents a declaration under the
// first entry point that exports it — each under its own subpath (`@clubkit/core/fees`), then.
await typedocFor('core', [
  'src/membership/index.ts',
  'src/fees/index.ts',
  'src/fees/annual-fee.ts',
  'src/merchants/index.ts',
  'src/merchants/category-labels-zh-hant.ts',
  'src/merchants/category-labels-zh-hans.ts',
  'src/merchants/category-labels-en.ts',
  'src/projection/index.ts',
  'src/service/index.ts',
  'src/service/vocabulary.ts',
  'src/vip/card-status.ts',
  'src/alliance/index.ts',
  'src/access/index.ts',
  'src/stats/index.ts',
  'src/api/index.ts',
  'src/samples/index.ts',
  'src/shared/index.ts',
  'src/index.ts',
]);
await typedocFor('client', ['src/index.ts', 'src/check.ts']);

await writeFile(stamp, hash);
const files = await readdir(out, { recursive: true });
console.log(`docs: ${files.filter((f) => f.endsWith('.html')).length} pages in docs/dist`);
