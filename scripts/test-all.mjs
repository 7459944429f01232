// The whole test suite: typecheck + lint, unit, integration (real PostgreSQL + Temporal dev
// server), workflow timers (time-skipping server) and browser tests (real Chromium).
// Run through `npm test`, which first runs scripts/bootstrap.sh --test.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { resolveTestServer, startDevServer } from '../temporal/temporal.mjs';
import { ROOT, run, say, throwawayDatabase } from './lib.mjs';

const started = Date.now();
const reportsDir = path.join(ROOT, 'reports');
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

const testDatabaseUrl = await throwawayDatabase('test');

say('starting a throwaway Temporal dev server for the tests (127.0.0.1:7244)');
const temporal = await startDevServer({ port: 7244, uiPort: 8244, dbFile: null, headless: true });

const env = {
  ...process.env,
  TEST_DATABASE_URL: testDatabaseUrl,
  TEST_TEMPORAL_ADDRESS: temporal.address,
  TEMPORAL_TEST_SERVER: resolveTestServer(),
  CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
};

const steps = [
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.json', '--noEmit'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  // The compiled worker is what the worker-crash test runs (and kills).
  { name: 'api + worker build', cmd: 'npm', args: ['run', '-s', 'build:node'] },
  { name: 'console build', cmd: 'npx', args: ['nx', 'run', 'console:build', '--skip-nx-cache'] },
  ...['unit', 'integration', 'e2e'].map((project) => ({
    name: `${project} tests`,
    project,
    cmd: process.execPath,
    args: [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--selectProjects',
      project,
      ...(project === 'unit' ? [] : ['--runInBand', '--forceExit']),
      '--json',
      `--outputFile=${path.join(reportsDir, `${project}.json`)}`,
    ],
  })),
];

let failedSteps = [];
let passed = 0;
let failed = 0;
try {
  for (const step of steps) {
    say(`── ${step.name}`);
    const code = await run(step.cmd, step.args, { env });
    if (step.project) {
      try {
        const report = JSON.parse(readFileSync(path.join(reportsDir, `${step.project}.json`), 'utf8'));
        passed += report.numPassedTests;
        failed += report.numFailedTests;
      } catch {
        failed += 1;
      }
    }
    if (code !== 0) failedSteps.push(step.name);
  }
} finally {
  await temporal.stop();
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
say(failedSteps.length ? `FAILED: ${failedSteps.join(', ')} (${minutes} min)` : `all steps passed (${minutes} min)`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
