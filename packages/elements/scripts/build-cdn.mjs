// Builds dist/cdn/clubkit.js: one minified ES module with lit, @lit/context, the client and the
// core rules the widgets use, that registers the tags on load. The locales a page loads on
// demand (English, Simplified Chinese) are separate files next to it, in dist/cdn/chunks/:
// serve the whole folder.
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

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
  plugins: [minifyTemplatesPlugin()],
});

// dist/cdn/clubkit-vip.js: clubkit.js with <club-vip-offer>, for a page that sells the VIP card
// (it loads this file instead of clubkit.js). A build of its own, so that clubkit.js stays one
// file of the three member widgets; its on-demand locales go to the same chunks/ folder.
await build({
  entryPoints: { 'clubkit-vip': new URL('../src/cdn-vip.ts', import.meta.url).pathname },
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
  plugins: [minifyTemplatesPlugin()],
});

// dist/cdn/clubkit-vip-activities.js: clubkit-vip.js with <club-vip-activities>, for a VIP page where members
// sign up for the club's activities and group buys (it loads this file instead of clubkit-vip.js).
await build({
  entryPoints: { 'clubkit-vip-activities': new URL('../src/cdn-vip-activities.ts', import.meta.url).pathname },
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
  plugins: [minifyTemplatesPlugin()],
});
