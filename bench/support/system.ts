// The system under test, started the way `npm start` (scripts/up.mjs) starts it — tsc build in
// dist/node, a Temporal dev server, migrations, worker and API as separate Node processes, the demo
// clinic seeded — but on the bench's own fresh database and its own in-memory Temporal dev server
// and ports. Or an already running system named by BENCH_API_URL (+ DATABASE_URL).
// Everything started here is stopped by stop(), and killed on process exit whatever happened.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { sleep } from './load.js';

/** The repository: the harness runs every bench with the repository as its working directory. */
export const REPO_ROOT = process.cwd();

export interface BenchSystem {
  /** True when this bench started (and will stop) the system; false when it reuses BENCH_API_URL. */
  owned: boolean;
  apiUrl: string;
  /** What the API signs Twilio webhooks against (its PUBLIC_BASE_URL). */
  publicBaseUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  twilioAuthToken: string;
  bookingKeyId: string;
  bookingSecret: string;
  /** Pids of the processes under test (null when unknown, e.g. a reused system without BENCH_*_PID). */
  /** `worker` polls the scheduled queue (the open appointment workflows); `workerInteractive` and `workerBackground` the other two. */
  pids: { api: number | null; worker: number | null; workerInteractive?: number | null; workerBackground?: number | null; temporal: number | null };
  logDir: string | null;
  /** Processes that exited while the bench ran (name and exit code). */
  exits: { name: string; code: number | null; signal: string | null; at: string }[];
  stop(): Promise<void>;
}

type TemporalModule = {
  startDevServer(opts: { port: number; uiPort: number; dbFile: null; headless: boolean; logFile: string }): Promise<{ address: string; pid: number | null; reused: boolean; stop(): Promise<void> }>;
};

const children = new Set<ChildProcess>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort (an exception, a timeout, process.exit): nothing we started outlives the bench.
  process.on('exit', () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });
}

/** KEY=VALUE lines of .data/local.env (written by scripts/bootstrap.sh); real env wins. */
export function loadLocalEnv(): Record<string, string> {
  const file = path.join(REPO_ROOT, '.data', 'local.env');
  if (!existsSync(file)) return {};
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]!] = m[2]!.replace(/^["']|["']$/g, '');
  }
  return env;
}

/** Refuses anything but the loopback interface: the bench only ever talks to 127.0.0.1. */
export function assertLoopback(url: string, what: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) throw new Error(`${what} must point at 127.0.0.1 (got ${host}); the load bench never targets another machine.`);
}

async function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

function newestMtime(dir: string): number {
  let newest = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir);
  return newest;
}

/** `npm run -s build:node` when dist/node is missing or older than the sources (BENCH_BUILD=always|never|auto). */
export function ensureBuilt(log: (s: string) => void): void {
  const mode = process.env['BENCH_BUILD'] ?? 'auto';
  const marker = path.join(REPO_ROOT, 'dist/node/apps/api/src/main.js');
  const worker = path.join(REPO_ROOT, 'dist/node/apps/worker/src/main.js');
  const built = existsSync(marker) && existsSync(worker) ? Math.min(statSync(marker).mtimeMs, statSync(worker).mtimeMs) : 0;
  const sources = Math.max(...['apps/api/src', 'apps/worker/src', 'libs', 'workflows'].map((d) => newestMtime(path.join(REPO_ROOT, d))));
  if (mode === 'never' || (mode === 'auto' && built > sources)) return;
  log(built ? 'dist/node is older than the sources: npm run -s build:node' : 'dist/node missing: npm run -s build:node');
  const r = spawnSync('npm', ['run', '-s', 'build:node'], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'], env: process.env });
  if (r.status !== 0) throw new Error('npm run build:node failed');
}

async function recreateDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^beacon_bench[a-z0-9_]*$/.test(name)) throw new Error(`refusing to drop database ${name}: the bench only recreates databases named beacon_bench*`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(`drop database if exists "${name}" with (force)`);
    await c.query(`create database "${name}"`);
  } finally {
    await c.end();
  }
}

async function waitHttp(url: string, label: string, child: ChildProcess | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`${label} exited (code ${child.exitCode}) before it was ready`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(300);
  }
  throw new Error(`${label} did not become ready at ${url} within ${timeoutMs / 1000}s`);
}

function runNode(args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<number> {
  return new Promise((resolve) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on('exit', (code) => {
      children.delete(child);
      resolve(code ?? 1);
    });
  });
}

export interface StartOptions {
  dbName: string;
  apiPort: number;
  workerHealthPort: number;
  temporalPort: number;
  temporalUiPort: number;
  log: (s: string) => void;
}

/** Starts a fresh system of our own (see the file comment). */
export async function startSystem(o: StartOptions): Promise<BenchSystem> {
  installExitHook();
  const localEnv = loadLocalEnv();
  const serverUrl = new URL(process.env['BENCH_DATABASE_SERVER'] ?? 'postgres://beacon:beacon@127.0.0.1:5432/postgres');
  assertLoopback(serverUrl.toString().replace(/^postgres(ql)?:/, 'http:'), 'BENCH_DATABASE_SERVER');
  serverUrl.pathname = `/${o.dbName}`;
  const databaseUrl = serverUrl.toString();
  for (const port of [o.apiPort, o.workerHealthPort, o.workerHealthPort + 1, o.temporalPort, o.temporalUiPort]) {
    if (!(await portFree(port))) throw new Error(`port ${port} on 127.0.0.1 is in use; the bench needs its own ports (BENCH_API_PORT, BENCH_WORKER_HEALTH_PORT, BENCH_TEMPORAL_PORT, BENCH_TEMPORAL_UI_PORT)`);
  }
  const logDir = path.join(REPO_ROOT, '.data', 'bench-logs');
  mkdirSync(logDir, { recursive: true });

  ensureBuilt(o.log);
  o.log(`database ${o.dbName}: drop and create`);
  await recreateDatabase(databaseUrl);

  const exits: BenchSystem['exits'] = [];
  const started: ChildProcess[] = [];
  let temporal: Awaited<ReturnType<TemporalModule['startDevServer']>> | null = null;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const c of [...started].reverse()) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
    await Promise.all(
      started.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.exitCode !== null || c.signalCode !== null) return resolve();
            const t = setTimeout(() => c.kill('SIGKILL'), 10_000);
            c.once('exit', () => {
              clearTimeout(t);
              resolve();
            });
          }),
      ),
    );
    await temporal?.stop();
  };

  try {
    o.log(`Temporal dev server (in memory) on 127.0.0.1:${o.temporalPort}`);
    const temporalModule = (await import(pathToFileURL(path.join(REPO_ROOT, 'temporal/temporal.mjs')).href)) as TemporalModule;
    temporal = await temporalModule.startDevServer({ port: o.temporalPort, uiPort: o.temporalUiPort, dbFile: null, headless: true, logFile: path.join(logDir, 'temporal.log') });
    if (temporal.reused) throw new Error(`something already serves Temporal on ${o.temporalPort}`);

    const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', ...localEnv };
    for (const [k, v] of Object.entries(process.env)) if (!/^(BENCH_|TEMPORAL_|OPENAI_|TWILIO_ACCOUNT_SID|SMS_PROVIDER|DATABASE_URL|API_PORT|PUBLIC_BASE_URL|WORKER_HEALTH_PORT)/.test(k)) env[k] = v;
    Object.assign(env, {
      DATABASE_URL: databaseUrl,
      API_PORT: String(o.apiPort),
      PUBLIC_BASE_URL: `http://127.0.0.1:${o.apiPort}`,
      WORKER_HEALTH_PORT: String(o.workerHealthPort),
      TEMPORAL_ADDRESS: temporal.address,
      SMS_PROVIDER: 'simulator', // never a real carrier
      NX_DAEMON: 'false',
      ...(process.env['BENCH_LOG_LEVEL'] ? { LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] } : {}),
    });
    for (const key of ['DATA_ENCRYPTION_KEY', 'TWILIO_AUTH_TOKEN', 'BOOKING_DEMO_API_SECRET']) {
      if (!env[key]) throw new Error(`${key} is not set and .data/local.env does not define it (run scripts/bootstrap.sh)`);
    }

    o.log('migrations');
    if ((await runNode(['dist/node/apps/api/src/cli/migrate.js'], env, path.join(logDir, 'migrate.log'))) !== 0) throw new Error(`migrations failed (see ${logDir}/migrate.log)`);

    const start = (name: string, script: string, extraEnv: NodeJS.ProcessEnv = {}): ChildProcess => {
      const out = createWriteStream(path.join(logDir, `${name}.log`), { flags: 'w' });
      // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of each process on exit (open in Chrome DevTools).
      const profile = process.env['BENCH_CPU_PROFILE'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env['BENCH_CPU_PROFILE'])}`, `--cpu-prof-name=${name}.cpuprofile`] : [];
      const child = spawn(process.execPath, [...profile, script], { cwd: REPO_ROOT, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
      children.add(child);
      started.push(child);
      child.stdout!.pipe(out);
      child.stderr!.pipe(out);
      child.on('exit', (code, signal) => {
        children.delete(child);
        if (!stopped) {
          exits.push({ name, code, signal, at: new Date().toISOString() });
          o.log(`!! ${name} exited (code ${code}, signal ${signal}); log ${logDir}/${name}.log`);
        }
      });
      return child;
    };
    o.log('worker (scheduled), interactive worker, background worker (nice 10) and API processes from dist/node, as npm start runs them');
    const worker = start('worker', 'dist/node/apps/worker/src/main.js', { WORKER_QUEUES: 'scheduled' });
    const interactivePort = o.workerHealthPort + 1;
    const workerInteractive = start('worker-interactive', 'dist/node/apps/worker/src/main.js', { WORKER_QUEUES: 'interactive', WORKER_HEALTH_PORT: String(interactivePort) });
    const backgroundPort = o.workerHealthPort + 2;
    const workerBackground = start('worker-background', 'dist/node/apps/worker/src/main.js', { WORKER_QUEUES: 'background', WORKER_HEALTH_PORT: String(backgroundPort), WORKER_CPU_NICE: '10' });
    const api = start('api', 'dist/node/apps/api/src/main.js');
    await waitHttp(`http://127.0.0.1:${o.apiPort}/api/health`, 'API', api, 120_000);
    await waitHttp(`http://127.0.0.1:${o.workerHealthPort}/health`, 'worker', worker, 120_000);
    await waitHttp(`http://127.0.0.1:${interactivePort}/health`, 'interactive worker', workerInteractive, 120_000);
    await waitHttp(`http://127.0.0.1:${backgroundPort}/health`, 'background worker', workerBackground, 120_000);

    o.log('seeding the demo clinic');
    if ((await runNode(['dist/node/apps/api/src/cli/seed.js'], env, path.join(logDir, 'seed.log'))) !== 0) throw new Error(`seeding failed (see ${logDir}/seed.log)`);

    return {
      owned: true,
      apiUrl: `http://127.0.0.1:${o.apiPort}`,
      publicBaseUrl: env['PUBLIC_BASE_URL']!,
      databaseUrl,
      temporalAddress: temporal.address,
      temporalNamespace: 'default',
      twilioAuthToken: env['TWILIO_AUTH_TOKEN']!,
      bookingKeyId: 'demo-booking-system',
      bookingSecret: env['BOOKING_DEMO_API_SECRET']!,
      pids: { api: api.pid ?? null, worker: worker.pid ?? null, workerInteractive: workerInteractive.pid ?? null, workerBackground: workerBackground.pid ?? null, temporal: temporal.pid },
      logDir,
      exits,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A running system: BENCH_API_URL, DATABASE_URL, TEMPORAL_ADDRESS; pids from BENCH_API_PID / BENCH_WORKER_PID / BENCH_TEMPORAL_PID when known. */
export async function attachSystem(): Promise<BenchSystem> {
  const localEnv = loadLocalEnv();
  const apiUrl = process.env['BENCH_API_URL']!.replace(/\/$/, '');
  assertLoopback(apiUrl, 'BENCH_API_URL');
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl) throw new Error('BENCH_API_URL needs DATABASE_URL too (the bench checks rows)');
  assertLoopback(databaseUrl.replace(/^postgres(ql)?:/, 'http:'), 'DATABASE_URL');
  const temporalAddress = process.env['TEMPORAL_ADDRESS'] ?? '127.0.0.1:7233';
  assertLoopback(`http://${temporalAddress}`, 'TEMPORAL_ADDRESS');
  const pid = (k: string) => (process.env[k] ? Number(process.env[k]) : null);
  const get = (k: string) => process.env[k] ?? localEnv[k];
  await waitHttp(`${apiUrl}/api/health`, 'API', null, 10_000);
  return {
    owned: false,
    apiUrl,
    publicBaseUrl: process.env['PUBLIC_BASE_URL'] ?? apiUrl,
    databaseUrl,
    temporalAddress,
    temporalNamespace: process.env['TEMPORAL_NAMESPACE'] ?? 'default',
    twilioAuthToken: get('TWILIO_AUTH_TOKEN') ?? '',
    bookingKeyId: process.env['BENCH_BOOKING_KEY'] ?? 'demo-booking-system',
    bookingSecret: get('BOOKING_DEMO_API_SECRET') ?? '',
    pids: { api: pid('BENCH_API_PID'), worker: pid('BENCH_WORKER_PID'), temporal: pid('BENCH_TEMPORAL_PID') },
    logDir: null,
    exits: [],
    stop: async () => undefined,
  };
}

/** Node, PostgreSQL and Temporal CLI versions. */
export async function versions(databaseUrl: string): Promise<{ node: string; postgres: string; temporalCli: string }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const postgres = await c.query<{ server_version: string }>('show server_version').then(
    (r) => String(r.rows[0]?.server_version ?? '?'),
    () => '?',
  );
  await c.end();
  const cli = [path.join(REPO_ROOT, '.venv/bin/temporal'), process.env['TEMPORAL_CLI'] ?? 'temporal'].find((p) => p === 'temporal' || existsSync(p)) ?? 'temporal';
  const r = spawnSync(cli, ['--version'], { encoding: 'utf8' });
  return { node: process.version, postgres, temporalCli: (r.stdout || r.stderr || '?').trim() };
}
