// What a page downloads before a widget runs: each published entry as a partner's bundler makes
// it (esbuild with code splitting, minified, gzip -9), the entry and every file it imports
// statically, and the CDN build as built. `pnpm bench:elements` prints these beside the issue's
// targets; `node scripts/first-load.mjs` (part of `pnpm test`) fails when one passes its guard.
//
// size-limit's budgets (.size-limit.js) measure each entry bundled alone, without splitting: they
// missed a lazy chunk's code landing in the first load through a shared chunk (a barrel import
// reaching it from the entry). These guards measure what splitting makes.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

/**
 * The most each first load may weigh, in KiB of gzip -9: regression guards about 0.3 KiB above
 * what was measured (December 2026), like size-limit's. The targets are the `target`
 * beside each entry below, which the bench judges; a guard is not a target, except where the
 * first load meets its target: there the guard is the target (the complaint form's 20 KiB).
 * Every entry with a target needs a guard, and every guard an entry: a renamed entry fails here.
 */
const GUARDS = {
  'dist/define/member-card.js': 19.4,
  'dist/define/complaint-form.js': 20.0,
  'dist/define/merchant-directory.js': 22.9,
  'dist/define/stats-board.js (operator widget)': 26.4,
  'dist/define/complaint-desk.js (operator widget)': 22.7,
  'dist/define/offer-manager.js (operator widget)': 23.3,
  'dist/define/vip-offer.js (sold on a partner page)': 20.5,
  'dist/define/vip-activities.js (on a partner page)': 17.2,
  'dist/define/member-desk.js (operator widget)': 23.7,
  'dist/define/card-check.js (operator widget)': 22.0,
  'dist/define/procedure-desk.js (operator widget)': 24.7,
  'dist/define/alliance-board.js (operator widget)': 21.8,
  'dist/define/handover-desk.js (operator widget)': 18.6,
  'dist/define/service-catalogue.js (operator widget)': 16.4,
  'dist/define.js (all three + provider)': 36.9,
  '@clubkit/client: createClubClient (publishable key)': 4.9,
  'dist/cdn/clubkit.js (CDN build)': 37.5,
};

/**
 * Minified and gzip -9 bytes of an output file and the files it imports statically: what a page
 * downloads before it runs. `imports` gives a file's static imports, as paths relative to `dir`.
 */
async function staticBytes(dir, file, imports) {
  const seen = new Set();
  const walk = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of imports(key)) walk(next);
  };
  walk(file);
  let min = 0;
  let gzip = 0;
  for (const key of seen) {
    const code = await readFile(join(dir, key));
    min += code.byteLength;
    gzip += gzipSync(code, { level: 9 }).byteLength;
  }
  return { min, gzip, files: seen };
}

/**
 * (e) Bytes of each entry as a partner's bundler makes them: esbuild with code splitting (so the
 * locales loaded on demand become files of their own), minified, gzip -9, counting the entry and
 * what it imports statically. The CDN build is measured as built.
 */
export async function firstLoads() {
  const client = fileURLToPath(new URL('../client/', root));
  const entries = [
    ['dist/define/member-card.js', 20, { entryPoints: [fileURLToPath(new URL('dist/define/member-card.js', root))] }],
    [
      'dist/define/complaint-form.js',
      20,
      { entryPoints: [fileURLToPath(new URL('dist/define/complaint-form.js', root))] },
    ],
    [
      'dist/define/merchant-directory.js',
      20,
      { entryPoints: [fileURLToPath(new URL('dist/define/merchant-directory.js', root))] },
    ],
    [
      'dist/define/stats-board.js (operator widget)',
      31,
      { entryPoints: [fileURLToPath(new URL('dist/define/stats-board.js', root))] },
    ],
    [
      // An operator widget: the return visits due and the queue's paging took it from 18.5 to 20.2.
      'dist/define/complaint-desk.js (operator widget)',
      21,
      { entryPoints: [fileURLToPath(new URL('dist/define/complaint-desk.js', root))] },
    ],
    [
      'dist/define/offer-manager.js (operator widget)',
      30,
      { entryPoints: [fileURLToPath(new URL('dist/define/offer-manager.js', root))] },
    ],
    [
      'dist/define/vip-offer.js (sold on a partner page)',
      20,
      { entryPoints: [fileURLToPath(new URL('dist/define/vip-offer.js', root))] },
    ],
    [
      'dist/define/vip-activities.js (on a partner page)',
      20,
      { entryPoints: [fileURLToPath(new URL('dist/define/vip-activities.js', root))] },
    ],
    [
      'dist/define/member-desk.js (operator widget)',
      30,
      { entryPoints: [fileURLToPath(new URL('dist/define/member-desk.js', root))] },
    ],
    [
      'dist/define/card-check.js (operator widget)',
      30,
      { entryPoints: [fileURLToPath(new URL('dist/define/card-check.js', root))] },
    ],
    [
      'dist/define/procedure-desk.js (operator widget)',
      30,
      { entryPoints: [fileURLToPath(new URL('dist/define/procedure-desk.js', root))] },
    ],
    [
      'dist/define/alliance-board.js (operator widget)',
      20,
      { entryPoints: [fileURLToPath(new URL('dist/define/alliance-board.js', root))] },
    ],
    [
      'dist/define/handover-desk.js (operator widget)',
      20,
      { entryPoints: [fileURLToPath(new URL('dist/define/handover-desk.js', root))] },
    ],
    [
      'dist/define/service-catalogue.js (operator widget)',
      20,
      { entryPoints: [fileURLToPath(new URL('dist/define/service-catalogue.js', root))] },
    ],
    ['dist/define.js (all three + provider)', 35, { entryPoints: [fileURLToPath(new URL('dist/define.js', root))] }],
    [
      '@clubkit/client: createClubClient (publishable key)',
      10,
      { stdin: { contents: "export { createClubClient } from './dist/index.js';", resolveDir: client, loader: 'js' } },
    ],
    [
      "lit alone (export * from 'lit')",
      undefined,
      { stdin: { contents: "export * from 'lit';", resolveDir: fileURLToPath(root), loader: 'js' } },
    ],
  ];
  const out = await mkdtemp(join(tmpdir(), 'clubkit-bench-'));
  const sizes = [];
  let largest;
  try {
    for (const [name, target, input] of entries) {
      const outdir = join(out, String(sizes.length));
      const result = await build({
        ...input,
        outdir,
        splitting: true,
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        metafile: true,
        absWorkingDir: fileURLToPath(root),
        legalComments: 'none',
        logLevel: 'error',
      });
      const { outputs } = result.metafile;
      // Dynamic imports are entry points of their own: the page's entry is the one given.
      const given = input.entryPoints ? relative(fileURLToPath(root), input.entryPoints[0]) : '<stdin>';
      const entry = Object.keys(outputs).find((key) => outputs[key].entryPoint === given);
      const bytes = await staticBytes(fileURLToPath(root), entry, (key) =>
        outputs[key].imports.filter((i) => i.kind === 'import-statement').map((i) => i.path),
      );
      sizes.push({ name, target, guard: GUARDS[name], ...bytes });
      if (name.startsWith('dist/define.js')) largest = { outputs, files: bytes.files };
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  // The CDN build as built: clubkit.js and the chunks it imports statically.
  const cdnDir = fileURLToPath(new URL('dist/cdn/', root));
  const cdn = await staticBytes(cdnDir, 'clubkit.js', (key) => {
    const code = readFileSync(join(cdnDir, key), 'utf8');
    const from = key.includes('/') ? 'chunks/' : '';
    return [...code.matchAll(/import[^;()]*?from"\.\/((?:chunks\/)?[^"/]+)"/g)].map((m) => from + m[1]);
  });
  const cdnName = 'dist/cdn/clubkit.js (CDN build)';
  sizes.push({ name: cdnName, target: 35, guard: GUARDS[cdnName], ...cdn });

  // Where the bytes of dist/define.js come from, by package (minified bytes in what a page downloads first).
  const byPackage = new Map();
  for (const [key, output] of Object.entries(largest.outputs)) {
    if (!largest.files.has(key)) continue;
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const dep = /.*node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
      const pkg = dep ?? (file.startsWith('../') ? `@clubkit/${file.split('/')[1]}` : '@clubkit/elements');
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return { sizes, byPackage: [...byPackage].sort((a, b) => b[1] - a[1]) };
}

// `node scripts/first-load.mjs`: every first load against its guard; exit 1 when one passes it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { sizes } = await firstLoads();
  const over = [];
  // Lit alone is measured for scale, with neither target nor guard.
  const unguarded = sizes.filter((s) => s.guard === undefined && s.target !== undefined).map((s) => s.name);
  const stale = Object.keys(GUARDS).filter((name) => !sizes.some((s) => s.name === name));
  if (unguarded.length > 0 || stale.length > 0) {
    console.error(
      `first loads without a guard: ${unguarded.join(', ') || 'none'}; guards without an entry: ${stale.join(', ') || 'none'}. Keep GUARDS in step with the entries.`,
    );
    process.exit(1);
  }
  for (const { name, gzip, guard } of sizes) {
    if (guard === undefined) continue;
    const kib = gzip / 1024;
    console.log(`${kib <= guard ? 'ok  ' : 'OVER'}  ${kib.toFixed(2).padStart(6)} / ${guard.toFixed(1)} KiB  ${name}`);
    if (kib > guard) over.push(name);
  }
  if (over.length > 0) {
    console.error(
      `\nfirst load over its guard: ${over.join(', ')}. Find what came in with the metafile (pnpm bench:elements prints the breakdown); raise a guard only for a feature a visitor sees, and say so.`,
    );
    process.exit(1);
  }
}
