// Checks every page of docs/dist: each relative href and src must name a file of the site, and
// each #fragment an id on the target page. Exits 1 with the list of broken links.
import { readFile, readdir, stat } from 'node:fs/promises';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const pages = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
const ids = new Map();

async function idsOf(file) {
  if (!ids.has(file)) {
    const html = await readFile(file, 'utf8');
    ids.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
  }
  return ids.get(file);
}

async function exists(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

const broken = [];
let checked = 0;
for (const page of pages) {
  const file = join(root, page);
  const html = await readFile(file, 'utf8');
  for (const [, attr, raw] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
    const link = raw.replaceAll('&amp;', '&');
    if (/^(https?:|mailto:|data:|javascript:)/.test(link) || link === '') continue;
    checked++;
    const [path, fragment] = link.split('#');
    const target = path ? normalize(join(dirname(file), decodeURIComponent(path.split('?')[0]))) : file;
    if (!target.startsWith(root)) {
      broken.push(`${page}: ${attr}="${raw}" leaves the site`);
      continue;
    }
    const resolved = (await exists(target))
      ? target
      : (await exists(join(target, 'index.html')))
        ? join(target, 'index.html')
        : undefined;
    if (!resolved) {
      broken.push(`${page}: ${attr}="${raw}" → ${relative(root, target)} does not exist`);
      continue;
    }
    if (fragment && resolved.endsWith('.html') && !(await idsOf(resolved)).has(decodeURIComponent(fragment))) {
      broken.push(`${page}: ${attr}="${raw}" → no id "${fragment}" on ${relative(root, resolved)}`);
    }
  }
}
if (broken.length > 0) {
  console.error(`${broken.length} broken link(s) of ${checked}:\n${broken.join('\n')}`);
  process.exit(1);
}
console.log(`docs: ${checked} links on ${pages.length} pages, none broken`);
