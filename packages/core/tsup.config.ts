import { defineConfig } from 'tsup';

/**
 * One module per source file (no bundling): a partner's bundler then drops every module whose
 * exports it does not use (`sideEffects: false`), schemas included, so a page that needs the
 * complaint schema does not carry the dealer-alliance rules.
 */
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.bench.ts', '!src/**/fixtures.ts'],
  format: ['esm'],
  target: 'es2022',
  bundle: false,
  dts: true,
  sourcemap: true,
  clean: true,
});
