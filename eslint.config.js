// ESLint flat config. Kept small on purpose: each rule catches a real class of bug
// (a promise nobody awaits, a hook with stale inputs, an import that runs against the layers)
// and none needs a pile of disable comments. See docs/code-map.md for the layers.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/** Modules that do I/O (files, network, database, HTTP server). */
const ioModules = [
  'fs',
  'node:fs',
  'node:fs/promises',
  'node:net',
  'node:http',
  'node:https',
  'node:child_process',
  'node:dgram',
  'pg',
  'pg-boss',
  'pg-copy-streams',
  '@electric-sql/pglite',
  'sql-template-tag',
  'fastify',
  'nodemailer',
  'openid-client',
];

const layer = (folder) => `./src/${folder}`;

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'data/', 'bench/results/', 'test-results/', 'playwright-report/', '.tmp/', '**/.tmp*'] },

  js.configs.recommended,
  {
    // The typescript-eslint rules that need type information, and only those that find bugs.
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...tseslint.configs.eslintRecommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `import('…')` types stay allowed: the lazily loaded modules are typed that way without loading them.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // TypeScript itself reports these (and better).
      'no-undef': 'off',
      'no-redeclare': 'off',
      'no-unused-vars': 'off',
      // The input guards reject control characters on purpose; a regex with \x00-\x1f says so plainest.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },

  {
    // Imports: no duplicates, no file importing itself, no cycles. Cycles are checked in src
    // only (the costly part of the rule), where a cycle means two modules that should be one
    // or a shared piece that should move down.
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      // Without these, import-x cannot read the TypeScript files it resolves, and no-cycle sees nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-duplicates': 'error',
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Layer direction: src/domain ← src/db, src/services ← src/api, src/cli, src/web.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: layer('domain'),
              from: [layer('db'), layer('services'), layer('api'), layer('cli'), layer('web'), './src/config.ts'],
              message: 'src/domain is pure: pass the data in as arguments, and do the reading or writing in src/db or src/services.',
            },
            {
              target: layer('db'),
              from: [layer('services'), layer('api'), layer('web'), layer('cli')],
              message: 'src/db sits below the services, API, web and CLI: move the shared code down into src/db or src/domain, or let the caller pass it in.',
            },
            {
              target: layer('services'),
              from: [layer('api'), layer('web'), layer('cli')],
              message: 'src/services must not know who calls it: move the shared code into src/services, src/db or src/domain, and let api/cli/web adapt it.',
            },
            {
              target: layer('web'),
              from: [layer('api'), layer('services'), layer('db'), layer('cli'), './src/config.ts'],
              message: 'src/web runs in the browser and talks to the server over HTTP only: call the API (src/web/api), or use a pure helper from src/domain.',
            },
            {
              target: [layer('api'), layer('cli')],
              from: [layer('web')],
              except: ['./i18n'],
              message: 'The server does not import the browser code (only its texts in src/web/i18n): move the shared piece into src/domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts', 'src/domain/**/*.testdata.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ioModules.map((name) => ({
            name,
            message: 'src/domain does no I/O: take the data as an argument and do the reading, writing or querying in src/db or src/services.',
          })),
        },
      ],
    },
  },

  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
      // Off: the data hooks (useApi, useResource) and a few forms set "loading" or reset a form from an
      // effect when their input changes. That costs one extra render, not a bug, and rewriting each
      // is not worth the churn; stale dependencies (exhaustive-deps) are the bug class we guard.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
);
