// The whole test suite: typecheck + lint, unit, integration (real PostgreSQL + Temporal dev
// server), workflow timers (time-skipping server) and browser tests (real Chromium).
// Run through `npm test`, which first runs scripts/bootstrap.sh --test.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { resolveTestServer, startDevServer } from '../temporal/temporal.mjs';
import { ensureDatabase, ROOT, run, say, throwawayDatabase } from './lib.mjs';

const started = Date.now();
const reportsDir = path.join(ROOT, 'reports');
rmSync(reportsDir, { recursive: true, force: true });
mkdirSync(reportsDir, { recursive: true });

const testDatabaseUrl = await throwawayDatabase('test');

say('starting a throwaway Temporal dev server for the tests (127.0.0.1:7244)');
const temporal = await startDevServer({ port: 7244, uiPort: 8244, dbFile: null, headless: true });

// The integration files run in INTEGRATION_SHARDS processes at once (default 2), each with its own
// database and its own Temporal dev server, so no file can see another's rows, workflows or
// schedules. Most of an integration test's time is spent waiting on a system it started (timers,
// polls, process restarts), so two shards on two cores finish in about 60 % of the time of one.
const shardCount = Math.max(1, Number(process.env.INTEGRATION_SHARDS ?? 2));
const shards = [];
for (let i = 1; i <= shardCount; i += 1) {
  if (i === 1) {
    shards.push({ databaseUrl: testDatabaseUrl, temporal });
    continue;
  }
  const port = 7244 + 10 * (i - 1);
  say(`starting a Temporal dev server for integration shard ${i}/${shardCount} (127.0.0.1:${port})`);
  const databaseUrl = new URL(testDatabaseUrl);
  databaseUrl.pathname = `${databaseUrl.pathname}_${i}`;
  await ensureDatabase(databaseUrl.toString());
  shards.push({ databaseUrl: databaseUrl.toString(), temporal: await startDevServer({ port, uiPort: port + 1000, dbFile: null, headless: true }) });
}

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
  jestStep('unit'),
  { name: 'integration tests', parallel: shards.map((shard, i) => ({ ...jestStep('integration', shardCount > 1 ? { index: i + 1, count: shardCount } : null), shard })) },
  jestStep('e2e'),
];

function jestStep(project, shard = null) {
  const report = shard ? `${project}-${shard.index}.json` : `${project}.json`;
  return {
    name: shard ? `${project} tests ${shard.index}/${shard.count}` : `${project} tests`,
    reports: [path.join(reportsDir, report)],
    cmd: process.execPath,
    args: [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      'node_modules/jest/bin/jest.js',
      '--selectProjects',
      project,
      ...(project === 'unit' ? [] : ['--runInBand', '--forceExit']),
      ...(shard ? [`--shard=${shard.index}/${shard.count}`] : []),
      '--json',
      `--outputFile=${path.join(reportsDir, report)}`,
    ],
  };
}

/** Runs one shard with its own database and Temporal server; its output lines carry the shard's name. */
function runShard(step) {
  const shardEnv = { ...env, TEST_DATABASE_URL: step.shard.databaseUrl, TEST_TEMPORAL_ADDRESS: step.shard.temporal.address };
  const tag = `[${step.name.replace(' tests', '')}] `;
  return new Promise((resolve) => {
    const child = spawn(step.cmd, step.args, { cwd: ROOT, env: shardEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = '';
      stream.on('data', (chunk) => {
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) out.write(`${tag}${line}\n`);
      });
      stream.on('end', () => rest && out.write(`${tag}${rest}\n`));
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let failedSteps = [];
let passed = 0;
let failed = 0;
try {
  for (const step of steps) {
    say(`── ${step.name}`);
    const parts = step.parallel ?? [step];
    const codes = step.parallel ? await Promise.all(parts.map(runShard)) : [await run(step.cmd, step.args, { env })];
    for (const [i, part] of parts.entries()) {
      for (const file of part.reports ?? []) {
        try {
          const report = JSON.parse(readFileSync(file, 'utf8'));
          passed += report.numPassedTests;
          failed += report.numFailedTests;
        } catch {
          failed += 1;
        }
      }
      if (codes[i] !== 0) failedSteps.push(part.name);
    }
  }
} finally {
  for (const shard of shards) await shard.temporal.stop();
}

const minutes = ((Date.now() - started) / 60000).toFixed(1);
say(failedSteps.length ? `FAILED: ${failedSteps.join(', ')} (${minutes} min)` : `all steps passed (${minutes} min)`);
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
