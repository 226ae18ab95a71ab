import { defineConfig } from 'tsup';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

/**
 * One module per source file: a class module never defines its tag, and a partner's bundler
 * keeps only the widgets (and their schemas) a page imports. The define entries are the only
 * modules with side effects (see `sideEffects` in package.json).
 */
export default defineConfig({
  entry: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.test-d.ts',
    '!src/testing/**',
    '!src/cdn.ts',
    '!src/cdn-vip.ts',
    '!src/cdn-vip-activities.ts',
  ],
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  bundle: false,
  dts: true,
  sourcemap: true,
  clean: true,
  // The insides of css/html/svg templates, which no bundler minifies: see the script.
  esbuildPlugins: [minifyTemplatesPlugin()],
});
