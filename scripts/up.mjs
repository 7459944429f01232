// Starts the whole product locally with demo data: PostgreSQL (already started by bootstrap.sh),
// the Temporal dev server (persisted in .data/temporal), API, worker and console.
// Run through `npm start`. Ctrl-C stops everything it started; data stays for the next run.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DEV_DB_FILE, DEV_LOG_FILE, startDevServer } from '../temporal/temporal.mjs';
import { ensureDatabase, LOCAL_DATABASE_URL, loadLocalEnv, ROOT, run, say } from './lib.mjs';

const API_PORT = Number(process.env.API_PORT ?? 3000);
const CONSOLE_PORT = Number(process.env.CONSOLE_PORT ?? 4200);
const logsDir = path.join(ROOT, '.data', 'logs');
mkdirSync(logsDir, { recursive: true });

const env = {
  NODE_ENV: 'development',
  ...loadLocalEnv(),
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? LOCAL_DATABASE_URL,
  API_PORT: String(API_PORT),
  PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL ?? `http://localhost:${API_PORT}`,
  CONSOLE_BASE_URL: process.env.CONSOLE_BASE_URL ?? `http://localhost:${CONSOLE_PORT}`,
  // No SMTP server configured: the API runs one on loopback and the console shows what it received.
  SMTP_LOCAL_SERVER: process.env.SMTP_LOCAL_SERVER ?? (process.env.SMTP_HOST ? 'false' : 'true'),
  NX_DAEMON: 'false',
};

const children = [];
let temporal = null;
let consoleForward = null;
let stopping = false;

async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const child of children.reverse()) child.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))));
  consoleForward?.close();
  await temporal?.stop();
  say('stopped. Data is kept in PostgreSQL and .data/temporal; run `npm start` again to resume.');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

function start(name, args, options = {}) {
  const logFile = path.join(logsDir, `${name}.log`);
  const out = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, env: { ...env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`\n[beacon] ${name} exited with code ${code}. Last lines of ${logFile}:`);
    console.error(readFileSync(logFile, 'utf8').split('\n').slice(-25).join('\n'));
    void stopAll(1);
  });
  children.push(child);
  return child;
}

/** Forwards every connection on `port` to the API (HTTP and WebSocket alike), so the console keeps its usual address. */
function forwardToApi(port) {
  const server = net.createServer((client) => {
    const upstream = net.connect(API_PORT, '127.0.0.1');
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  server.listen(port, '127.0.0.1');
  return server;
}

async function waitFor(url, label, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${label} did not become ready at ${url} within ${timeoutMs / 1000}s (logs in .data/logs/)`);
}

try {
  for (const key of ['DATA_ENCRYPTION_KEY', 'TWILIO_AUTH_TOKEN', 'BOOKING_DEMO_API_SECRET']) {
    if (!env[key]) throw new Error(`${key} is not set and .data/local.env does not define it; run \`npm start\` (it runs scripts/bootstrap.sh) or set it.`);
  }
  await ensureDatabase(env.DATABASE_URL);

  say('compiling api and worker');
  if ((await run('npx', ['tsc', '-p', 'tsconfig.build.json'], { env })) !== 0) throw new Error('TypeScript build failed');
  if ((await run('npx', ['tsc-alias', '-p', 'tsconfig.build.json'], { env })) !== 0) throw new Error('path alias rewrite failed');

  if (process.env.TEMPORAL_ADDRESS) {
    say(`using the Temporal server at ${process.env.TEMPORAL_ADDRESS}`);
  } else {
    say('starting the Temporal dev server (data in .data/temporal/dev.db)');
    temporal = await startDevServer({ port: 7233, uiPort: 8233, dbFile: DEV_DB_FILE, logFile: DEV_LOG_FILE });
    env.TEMPORAL_ADDRESS = temporal.address;
  }

  say('applying database migrations');
  if ((await run(process.execPath, ['dist/node/apps/api/src/cli/migrate.js'], { env })) !== 0) throw new Error('migrations failed');

  say('starting worker, API and console (logs in .data/logs/)');
  // Three worker processes, one per task queue: appointments (:3001), the interactive queue (staff
  // replies, confirmations, :3002) and background work (smart replies, digests, retention, :3003) at a
  // lower CPU priority, so a burst of one kind never holds the event loop or the CPU of another.
  const workerPort = Number(env.WORKER_HEALTH_PORT ?? 3001);
  start('worker', ['dist/node/apps/worker/src/main.js'], { env: { WORKER_QUEUES: 'scheduled', WORKER_HEALTH_PORT: String(workerPort) } });
  start('worker-interactive', ['dist/node/apps/worker/src/main.js'], { env: { WORKER_QUEUES: 'interactive', WORKER_HEALTH_PORT: String(workerPort + 1) } });
  start('worker-background', ['dist/node/apps/worker/src/main.js'], { env: { WORKER_QUEUES: 'background', WORKER_HEALTH_PORT: String(workerPort + 2), WORKER_CPU_NICE: '10' } });
  const ng = path.join(ROOT, 'node_modules/@angular/cli/bin/ng.js');
  const consoleDir = path.join(ROOT, 'apps/console');
  if (env.CONSOLE_DEV_SERVER === '1') {
    // Debug build with live reload (`ng serve`); no service worker, so not installable and nothing offline.
    start('api', ['dist/node/apps/api/src/main.js']);
    start('console', [ng, 'serve', '--port', String(CONSOLE_PORT), '--host', '127.0.0.1'], { cwd: consoleDir });
  } else {
    // The production build, rebuilt on every change and served by the API as nginx serves it in production:
    // the installable app with its service worker (`ng serve` rewrites index.html, so its worker could
    // never verify the files it caches). Port CONSOLE_PORT forwards to the API.
    const consoleOut = path.join(ROOT, '.data', 'console');
    start('console', [ng, 'build', '--watch', '--configuration', 'production', '--output-path', consoleOut], { cwd: consoleDir });
    start('api', ['dist/node/apps/api/src/main.js'], { env: { CONSOLE_DIST: path.join(consoleOut, 'browser') } });
    consoleForward = forwardToApi(CONSOLE_PORT);
  }
  await waitFor(`http://127.0.0.1:${API_PORT}/api/health`, 'API');
  await waitFor(`http://127.0.0.1:${workerPort}/health`, 'worker');
  await waitFor(`http://127.0.0.1:${workerPort + 1}/health`, 'interactive worker');
  await waitFor(`http://127.0.0.1:${workerPort + 2}/health`, 'background worker');

  say('seeding the demo clinic (first run only)');
  if ((await run(process.execPath, ['dist/node/apps/api/src/cli/seed.js'], { env })) !== 0) throw new Error('seeding failed');

  await waitFor(`http://127.0.0.1:${CONSOLE_PORT}/`, 'console');
  const temporalUi = temporal ? temporal.uiUrl.replace('127.0.0.1', 'localhost') : '(your Temporal server’s UI)';
  console.log(`
  Beacon is running.

    Console          http://localhost:${CONSOLE_PORT}        sign in: frontdesk@glow.test / beacon-demo
                                                    (also owner@, provider@, coordinator@, assistant@, frontdesk.sd@glow.test)
    New clinic       http://localhost:${CONSOLE_PORT}/signup  sign up, then the setup checklist${env.SMTP_LOCAL_SERVER === 'true' ? ' (the verification email shows on that page)' : ''}
    API docs         http://localhost:${API_PORT}/api/docs
    Temporal Web UI  ${temporalUi}      (workflows appointment-<id>; filter by LocationId, ConfirmationStatus…)
    SMS              ${env.TWILIO_ACCOUNT_SID ? 'Twilio' : 'local simulator — see “Patient simulator” in the console'}
    Staff email      ${env.SMTP_LOCAL_SERVER === 'true' ? 'local SMTP server on 127.0.0.1 — owners read it under Settings → Email notifications → “See the emails sent”' : `SMTP ${env.SMTP_HOST}`}

  Booking-system demo key: demo-booking-system (secret BOOKING_DEMO_API_SECRET in .data/local.env)
  Press Ctrl-C to stop.
`);
} catch (error) {
  console.error(`[beacon] ${error instanceof Error ? error.message : error}`);
  await stopAll(1);
}
