// Builds dist/cdn/clubkit.js: one minified ES module with lit, @lit/context, the client and the
// core rules the widgets use, that registers the tags on load. The locales a page loads on
// demand (English, Simplified Chinese) are separate files next to it, in dist/cdn/chunks/:
// serve the whole folder.
import { build } from 'esbuild';

await build({
  entryPoints: { clubkit: new URL('../src/cdn.ts', import.meta.url).pathname },
  outdir: new URL('../dist/cdn', import.meta.url).pathname,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  // The licences of lit and its packages go to clubkit.js.LEGAL.txt beside it: serve it with the build.
  legalComments: 'external',
  logLevel: 'warning',
  tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
});

// dist/cdn/vip-offer.js: <club-vip-offer> alone, for a page that sells the VIP card, next to
// clubkit.js (a separate file, so that clubkit.js stays the size of the three member widgets).
// It carries its own copy of lit and the client; inside a <club-provider> of clubkit.js it takes
// the provider's configuration (the context is keyed by a global symbol).
await build({
  entryPoints: { 'vip-offer': new URL('../src/define/vip-offer.ts', import.meta.url).pathname },
  outdir: new URL('../dist/cdn', import.meta.url).pathname,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  sourcemap: true,
  legalComments: 'external',
  logLevel: 'warning',
  tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
});
