import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { start: 'src/start.ts', server: 'src/server.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  clean: true,
});
