// The console's pages as a club's own build makes them: the page script bundled by esbuild from
// the elements' define entries (minified, the locales loaded on demand as chunks of their own),
// and the HTML templates and styles copied beside it, into dist/pages.
import { cp, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const out = new URL('dist/pages/', import.meta.url);
await rm(out, { recursive: true, force: true });
await cp(new URL('pages/', import.meta.url), out, {
  recursive: true,
  // The scripts are bundled below (the handbook form as a chunk the page loads on demand).
  filter: (source) => !source.endsWith('.js'),
});
await build({
  entryPoints: { console: 'pages/console.js' },
  outdir: 'dist/pages',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'linked',
  logLevel: 'warning',
});
