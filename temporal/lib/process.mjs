// Running the Temporal CLI and probing local ports for the helpers in this folder (plain ESM, Node >= 24, built-ins only).

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { REPO_ROOT } from './paths.mjs';


export function connArgs(address, namespace, local, timeout = '15s') {
  const args = ['--address', address, '--command-timeout', timeout];
  if (namespace) args.push('--namespace', namespace);
  if (local) args.push('--disable-config-file');
  return args;
}

/** Environment without TEMPORAL_* connection settings, so a user's cloud config cannot leak into local calls. */
export function localEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('TEMPORAL_')) delete env[k];
  return env;
}

export function runCli(cli, args, { env = process.env, timeoutMs = 30_000 } = {}) {
  return new Promise((resolve) => {
    execFile(cli, args, { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, cwd: REPO_ROOT }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) || (err && !stderr ? err.message : '') });
    });
  });
}

export function portAnswers(host, port, timeoutMs = 1_000) {
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

export async function httpOk(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

export function tailFile(file, maxLines = 40) {
  try {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    return lines.slice(-maxLines).join('\n') || '(empty)';
  } catch (err) {
    return `(cannot read log: ${err.message})`;
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

