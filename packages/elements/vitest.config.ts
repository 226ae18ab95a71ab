import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // The browser build of @lit/react: its "node" build is for server rendering and sets no properties.
        resolve: {
          alias: { '@lit/react': fileURLToPath(new URL('./node_modules/@lit/react/index.js', import.meta.url)) },
        },
        test: {
          name: 'unit',
          server: { deps: { inline: ['@lit/react'] } },
          include: ['src/**/*.test.ts'],
          environment: 'happy-dom',
          // Node 25+ has a localStorage of its own on globalThis, which hides happy-dom's window
          // storage from the tests; the flag exists on every Node we support (22.12+).
          execArgv: ['--no-experimental-webstorage'],
          typecheck: { include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
          testTimeout: 20_000,
        },
      },
      {
        // The build's own scripts (the template minifier), in Node.
        test: { name: 'build', include: ['test/build/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
