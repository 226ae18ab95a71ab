import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { start: 'src/start.ts', server: 'src/server.ts' },
  format: ['esm'],
  target: 'node22',
  platform: 'node',
  sourcemap: true,
  clean: true,
});
