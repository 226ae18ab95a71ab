import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const entry = process.argv[2];
const out = mkdtempSync(join(tmpdir(), 'sz-'));
const r = await build({ entryPoints: [entry], bundle: true, splitting: true, format: 'esm', minify: true, target: 'es2022', outdir: out, metafile: true, write: true, logLevel: 'error' });
const outs = r.metafile.outputs;
const first = Object.keys(outs).find((k) => outs[k].entryPoint);
const seen = new Set();
const walk = (k) => { if (seen.has(k)) return; seen.add(k); for (const i of outs[k].imports) if (i.kind === 'import-statement') walk(i.path); };
walk(first);
const per = {};
let gz = 0;
for (const k of seen) { gz += gzipSync(readFileSync(k), { level: 9 }).length; for (const [f, v] of Object.entries(outs[k].inputs)) per[f] = (per[f] ?? 0) + v.bytesInOutput; }
console.log('first load gzip', (gz / 1024).toFixed(2), 'KiB files', seen.size);
for (const [f, b] of Object.entries(per).sort((a, b) => b[1] - a[1]).slice(0, +process.argv[3] || 40)) console.log(String(b).padStart(7), f);
console.log('lazy:', Object.keys(outs).filter((k) => !seen.has(k) && k.endsWith('.js')).map((k) => k.split('/').pop() + ' ' + outs[k].bytes).join(', '));
