// ESLint (flat config): typescript-eslint's recommended rules without type information, so a run
// takes seconds. `npm run lint`; `.ci/run` runs it before the tests. Formatting is prettier's job
// (.prettierrc.json), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.ci/node24/', 'coverage/', '.tmp/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Name checks (tags, file names, headers) match control characters on purpose, to refuse them.
      'no-control-regex': 'off',
      // `_`-prefixed names are deliberately unused (`for await (const _ of ...)`, `const { drop: _x, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Tests, fixtures, the local GitHub stand-in and benchmarks handle untyped JSON (API payloads,
    // NDJSON logs) on purpose; `any` stays an error in src/, where the shipped code lives.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
