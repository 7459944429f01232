import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSystem } from './running-system.js';
import { eventually } from './eventually.js';
import { freePort, REPO_ROOT } from './test-env.js';

/** The compiled production API (`npm run build:node`). */
export const API_MAIN = join(REPO_ROOT, 'dist/node/apps/api/src/main.js');

export function requireBuiltApi(): void {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npm run build:node\` first (scripts/test-all.mjs does).`);
}

/**
 * The production API build on a port of its own, with the system's configuration (database,
 * Temporal server, secrets), answering /api/health. The caller kills it (SIGKILL) when it wants.
 */
export async function startApiProcess(system: RunningSystem): Promise<{ child: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] };
  for (const [k, v] of Object.entries(system.config)) if (v !== undefined && v !== null) env[k] = Array.isArray(v) ? v.join(',') : String(v);
  Object.assign(env, { NODE_ENV: 'test', LOG_LEVEL: 'error', API_PORT: String(port), PUBLIC_BASE_URL: baseUrl });
  const child = spawn(process.execPath, [API_MAIN], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'], env });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}): ${stderr}`);
      return (await fetch(`${baseUrl}/api/health`).catch(() => null))?.ok ? true : null;
    },
    'the API process to answer /api/health',
    60_000,
    200,
  );
  return { child, baseUrl };
}

/** SIGKILL, resolved once the process is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}
