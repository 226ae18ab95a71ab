import { build } from 'esbuild';
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true, external: ['./locales/*', './chunks/*', './qr.js'] });
const out = r.outputFiles[0].text;
const { gzipSync } = await import('node:zlib');
console.log('size', out.length, 'gz', gzipSync(out).length);
const inputs = Object.values(r.metafile.outputs)[0].inputs;
for (const [k, v] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) if (/region|shared\/errors|common|complaint-fields|field-rules|new-complaint-rules|complaint-form\/messages|invalid-input/.test(k)) console.log(v.bytesInOutput, k);
const i = out.indexOf('Jinghong'); console.log(out.slice(i - 400, i + 300));
