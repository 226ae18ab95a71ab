// Bundles the React page into dist/: app.js (React, the wrappers, lit and the client in one
// minified ES module), index.html and app.css, ready to be served at /react/.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const here = new URL('./', import.meta.url);
const out = new URL('dist/', here);

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: [new URL('src/app.tsx', here).pathname],
  outfile: new URL('app.js', out).pathname,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
});
await copyFile(new URL('src/index.html', here), new URL('index.html', out));
await copyFile(new URL('src/app.css', here), new URL('app.css', out));
