// The local Temporal dev server (`temporal server start-dev`): start, reuse, health (plain ESM, Node >= 24, built-ins only).

import { spawn } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, resolveTemporalCli, STOP_GRACE_MS } from './paths.mjs';
import { connArgs, httpOk, localEnv, portAnswers, runCli, sleep, tailFile } from './process.mjs';
import { ensureSearchAttributes, readSearchAttributes } from './search-attributes.mjs';


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

