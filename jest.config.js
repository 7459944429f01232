// Jest runs TypeScript as native ESM through SWC (decorator metadata on, for NestJS).
// Run through npm scripts: they add --experimental-vm-modules and use the project's Node 24.
import { readFileSync } from 'node:fs';

const tsconfig = JSON.parse(readFileSync(new URL('./tsconfig.base.json', import.meta.url), 'utf8'));
const aliases = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/*', '/(.*)')}$`,
    `<rootDir>/${target.replace('./', '').replace('*', '$1')}`,
  ]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  rootDir: '.',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    // Its ESM build imports JSON without an import attribute, which Jest warns about on every file.
    '^libphonenumber-js$': '<rootDir>/node_modules/libphonenumber-js/index.cjs',
    // `@beacon/workflows/appointment/definitions.js` → the .ts source
    '^@beacon/workflows/(.*)\\.js$': '<rootDir>/workflows/$1.ts',
    ...aliases,
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/apps/console/', '/.venv/'],
};

export default {
  // Jest reads the timeout from the root config only; integration and browser tests need minutes.
  testTimeout: 180_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,workflows,test,temporal,scripts}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,workflows,test}/**/*.int-spec.ts'], setupFiles: ['<rootDir>/test/support/quiet-temporal.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'], setupFiles: ['<rootDir>/test/support/quiet-temporal.ts'] },
  ],
};
