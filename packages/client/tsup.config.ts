import { defineConfig } from 'tsup';

/** One module per source file, so that a page composing only some resources carries only their code. */
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/testing/**'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  bundle: false,
  dts: true,
  sourcemap: true,
  clean: true,
});
