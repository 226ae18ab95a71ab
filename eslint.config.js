// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.clubkit/**',
      'docs/dist/**',
      'packages/elements/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          'packages/core/tsconfig.json',
          'packages/client/tsconfig.test.json',
          'packages/elements/tsconfig.test.json',
          'packages/elements/tsconfig.json',
          'packages/server/tsconfig.json',
          'examples/bank-portal/tsconfig.json',
          'examples/club-console/tsconfig.json',
          'examples/react/tsconfig.json',
        ],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // Numbers read naturally in messages and ids; everything else must be made a string on purpose.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `() => void run()` and `(e) => console.log(e)` are the ordinary shape of a callback.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    // Browser code takes core's helpers from `@clubkit/core/shared` and each context from its own
    // subpath: the root re-exports every context, and a bundler that splits code then puts what a
    // lazy chunk uses into the page's first load. Types may come from anywhere (they are erased);
    // the opt-in answer check is never in a page's bundle.
    files: ['packages/elements/src/**/*.ts', 'packages/client/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-d.ts', '**/testing/**', 'packages/client/src/check.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@clubkit/core',
              message: 'Import from @clubkit/core/shared or a context subpath: the root barrel reaches every context.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript (build scripts, benches, the example pages) and the tool configs are
    // not part of a TypeScript project: they get the untyped rules only.
    files: ['**/*.js', '**/*.mjs', '**/*.config.ts'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
