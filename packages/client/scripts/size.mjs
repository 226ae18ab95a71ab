// Measures the browser build of the client: one ESM bundle of dist with the core rules it uses
// (and, for the check entry, zod and core's schemas), minified by esbuild, then gzip -9 — the bytes a partner page
// downloads.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

async function measure(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(
    `${label.padEnd(58)} ${(code.length / 1024).toFixed(1).padStart(7)} KB min ${(gzip / 1024).toFixed(1).padStart(6)} KB min+gzip`,
  );
  return gzip;
}

const publishable = await measure(
  'createClubClient (a page with a publishable key)',
  "export { createClubClient } from './dist/index.js';",
);
const all = await measure(
  '@clubkit/client, everything (createClubClient + errors)',
  "export * from './dist/index.js';",
);
await measure(
  'a browser page: transport + merchants, complaints, me',
  "export { createClubTransport, merchantsResource, complaintsResource, meResource } from './dist/index.js';",
);
await measure('@clubkit/client/check (opt-in: zod + core schemas)', "export * from './dist/check.js';");

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [name, limit] of [
  ['target', 10 * 1024],
  ['goal', 8 * 1024],
]) {
  console.log(
    `${name} ${kb(limit)} min+gzip: createClubClient ${kb(publishable)} ${publishable <= limit ? 'met' : 'missed'}, everything ${kb(all)} ${all <= limit ? 'met' : 'missed'}`,
  );
}
