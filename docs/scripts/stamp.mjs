// What the docs site is made of, as one hash: the build keeps docs/dist when it is unchanged.
// The guides, assets and build scripts; the sources typedoc reads (core's and client's public
// API with their comments); the elements' manifest and CDN build (the elements reference and the
// live examples); the server's build (the OpenAPI reference and the route access table); typedoc's
// version.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';

/** The files under `dir` (recursively) that `keep` accepts, as paths relative to `root`, sorted. */
async function filesUnder(root, dir, keep) {
  const entries = await readdir(new URL(dir, root), { recursive: true }).catch(() => []);
  return entries
    .map((f) => `${dir}${f.replaceAll('\\', '/')}`)
    .filter(keep)
    .sort();
}

const source = (f) => /\.(ts|mts|json)$/.test(f) && !/\.test(-d)?\.ts$/.test(f);
const any = () => true;
const script = (f) => f.endsWith('.js');

/** The list of inputs, as paths relative to the repository's root. */
export async function inputFiles(docs) {
  const root = new URL('../', docs);
  const lists = await Promise.all([
    filesUnder(root, 'docs/guides/', any),
    filesUnder(root, 'docs/assets/', any),
    filesUnder(root, 'docs/scripts/', any),
    filesUnder(root, 'packages/core/src/', source),
    filesUnder(root, 'packages/client/src/', source),
    filesUnder(root, 'packages/elements/dist/cdn/', script),
    filesUnder(root, 'packages/server/dist/', script),
  ]);
  return [
    'docs/index.md',
    'docs/package.json',
    'docs/node_modules/typedoc/package.json',
    'packages/core/tsconfig.json',
    'packages/client/tsconfig.json',
    'packages/elements/custom-elements.json',
    ...lists.flat(),
  ];
}

/**
 * The elements' manifest with its modules in path order: the analyzer lists them in the order it
 * happens to read the files, which changes from one build to the next for the same elements.
 */
export function canonicalManifest(text) {
  const manifest = JSON.parse(text);
  manifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return Buffer.from(JSON.stringify(manifest));
}

/** The hash of every input's path and content (a missing file counts as missing). */
export async function inputsHash(docs) {
  const root = new URL('../', docs);
  const hash = createHash('sha256');
  for (const file of await inputFiles(docs)) {
    let content = await readFile(new URL(file, root)).catch(() => null);
    if (content && file.endsWith('custom-elements.json')) content = canonicalManifest(content.toString('utf8'));
    hash.update(`${file}\0${content === null ? 'missing' : content.length}\0`);
    if (content) hash.update(content);
  }
  return hash.digest('hex');
}
