// ESLint 10 flat config for Beacon's Node code (apps/api, apps/worker, libs, workflows).
// The Angular console (apps/console) has its own tooling and is not linted here.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS_SOURCES = ['apps/api/**/*.ts', 'apps/worker/**/*.ts', 'libs/**/*.ts', 'workflows/**/*.ts'];
// Benches with a project of their own (bench/tsconfig.json): `npx tsc -p bench/tsconfig.json`.
const BENCH_SOURCES = ['bench/load.bench.ts', 'bench/support/**/*.ts'];

// "Light" type-checked set: typescript-eslint `recommended` plus the type-aware rules that catch
// real bugs (promises, exhaustiveness, thenables) — without the noisy no-unsafe-* family of
// `recommendedTypeChecked`.
const typeCheckedLight = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
  '@typescript-eslint/await-thenable': 'error',
  '@typescript-eslint/switch-exhaustiveness-check': 'error',
  '@typescript-eslint/no-explicit-any': 'error',
  '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
};

// --- The workflow fence ------------------------------------------------------
// Workflow code runs in Temporal's deterministic sandbox: no I/O, no Node APIs, no DI, no DB.
// Type-only imports are fine (they are erased at compile time).
const FENCE_MESSAGE = 'Workflow code must stay deterministic and I/O-free: do this in an activity (type-only imports are allowed).';
const nodeBuiltins = [...new Set(builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/^node:/, '')))];
const ioPackages = ['pg', 'twilio', 'openai', 'nodemailer', 'smtp-server'];
const temporalNonWorkflow = ['@temporalio/client', '@temporalio/worker', '@temporalio/activity'];
const beaconIoLibs = ['db', 'messaging', 'inbox', 'realtime', 'notifications', 'retention'];

const workflowFence = [
  'error',
  {
    paths: [
      ...nodeBuiltins.map((name) => ({ name, message: `Node built-in '${name}': ${FENCE_MESSAGE}`, allowTypeImports: true })),
      ...ioPackages.map((name) => ({ name, message: `'${name}' does I/O. ${FENCE_MESSAGE}`, allowTypeImports: true })),
      ...temporalNonWorkflow.map((name) => ({
        name,
        message: `Workflows may use only @temporalio/workflow (and @temporalio/common), not '${name}'. ${FENCE_MESSAGE}`,
        allowTypeImports: true,
      })),
      ...beaconIoLibs.map((lib) => ({
        name: `@beacon/${lib}`,
        message: `@beacon/${lib} is an I/O library. ${FENCE_MESSAGE}`,
        allowTypeImports: true,
      })),
    ],
    patterns: [
      { group: ['node:*'], message: `Node built-ins: ${FENCE_MESSAGE}`, allowTypeImports: true },
      { group: ['@nestjs/*'], message: `NestJS belongs in apps/api. ${FENCE_MESSAGE}`, allowTypeImports: true },
      { group: ['@mikro-orm/*'], message: `The ORM does I/O. ${FENCE_MESSAGE}`, allowTypeImports: true },
      {
        group: [
          ...nodeBuiltins.filter((m) => !m.includes('/')).map((m) => `${m}/*`),
          ...ioPackages.map((p) => `${p}/*`),
          ...temporalNonWorkflow.map((p) => `${p}/*`),
          ...beaconIoLibs.map((lib) => `@beacon/${lib}/*`),
        ],
        message: FENCE_MESSAGE,
        allowTypeImports: true,
      },
      {
        // Relative imports reaching into the I/O libraries bypass the @beacon/* names.
        regex: `(^|/)libs/(${beaconIoLibs.join('|')})(/|$)`,
        message: `I/O library imported by path. ${FENCE_MESSAGE}`,
        allowTypeImports: true,
      },
    ],
  },
];

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    'apps/console/',
    '.venv/',
    '.data/',
    '.nx/',
    '.angular/',
    'coverage/',
    'reports/',
    'test-results/',
  ]),

  // Plain JavaScript tooling (scripts/, temporal/, this file): Node ESM.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
      },
    },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // TypeScript sources of the Node apps, libraries and workflows: type-aware.
  {
    files: [...TS_SOURCES, ...BENCH_SOURCES],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      ...typeCheckedLight,
      // TypeScript itself reports undefined names.
      'no-undef': 'off',
    },
  },

  // The fence: workflow code (tests excluded: *.spec.ts, *.int-spec.ts, *.e2e-spec.ts, testing/).
  {
    files: ['workflows/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/*.test.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': workflowFence,
    },
  },

  // Pure libs the console imports too (libs/contracts, libs/scheduling, libs/templates): no Node
  // built-ins, no NestJS, no ORM, no I/O libraries or I/O Beacon libs — only zod, liquidjs,
  // libphonenumber-js and other pure code.
  {
    files: ['libs/contracts/**/*.ts', 'libs/scheduling/**/*.ts', 'libs/templates/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, ...ioPackages, ...temporalNonWorkflow, ...beaconIoLibs.map((lib) => `@beacon/${lib}`)].map((name) => ({
            name,
            message: 'Pure lib (the console imports it): no Node built-ins, NestJS, ORM or I/O.',
            allowTypeImports: false,
          })),
          patterns: [{ group: ['node:*', '@nestjs/*', '@mikro-orm/*', '@temporalio/*'], message: 'Pure lib (the console imports it): no Node built-ins, NestJS, ORM or Temporal.' }],
        },
      ],
    },
  },
);
