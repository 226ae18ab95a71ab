// Builds dist/cdn/clubkit.js: one minified ES module with lit, @lit/context, the client and the
// core schemas the widgets use, that registers the tags on load.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../src/cdn.ts', import.meta.url).pathname],
  outfile: new URL('../dist/cdn/clubkit.js', import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
  tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
});
