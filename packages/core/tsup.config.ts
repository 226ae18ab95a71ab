import { defineConfig } from 'tsup';

/** One entry per public subpath; the names mirror `exports` in package.json. */
const contexts = ['membership', 'fees', 'merchants', 'projection', 'service', 'alliance', 'access', 'stats', 'api'];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(contexts.map((c) => [`${c}/index`, `src/${c}/index.ts`])),
  },
  format: ['esm'],
  target: 'es2022',
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: true,
  clean: true,
});
