// Builds dist/cdn/clubkit.js: one minified ES module with lit, @lit/context, the client and the
// core rules the widgets use, that registers the tags on load. The locales a page loads on
// demand (English, Simplified Chinese) are separate files next to it, in dist/cdn/chunks/:
// serve the whole folder.
import { build } from 'esbuild';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

/**
 * Builds one CDN file, dist/cdn/<name>.js, from src/<source>; every CDN file is built alike,
 * with its on-demand chunks in the shared chunks/ folder.
 */
function buildCdnFile(name, source) {
  return build({
    entryPoints: { [name]: new URL(`../src/${source}`, import.meta.url).pathname },
    outdir: new URL('../dist/cdn', import.meta.url).pathname,
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    // The licences of lit and its packages go to <name>.js.LEGAL.txt beside it: serve it with the build.
    legalComments: 'external',
    logLevel: 'warning',
    tsconfig: new URL('../tsconfig.json', import.meta.url).pathname,
    plugins: [minifyTemplatesPlugin()],
  });
}

await buildCdnFile('clubkit', 'cdn.ts');

// dist/cdn/clubkit-vip.js: clubkit.js with <club-vip-offer>, for a page that sells the VIP card
// (it loads this file instead of clubkit.js). A build of its own, so that clubkit.js stays one
// file of the three member widgets; its on-demand locales go to the same chunks/ folder.
await buildCdnFile('clubkit-vip', 'cdn-vip.ts');

// dist/cdn/clubkit-vip-activities.js: clubkit-vip.js with <club-vip-activities>, for a VIP page where members
// sign up for the club's activities and group buys (it loads this file instead of clubkit-vip.js).
await buildCdnFile('clubkit-vip-activities', 'cdn-vip-activities.ts');
