// Helpers shared by up.mjs and test-all.mjs (plain Node, no dependencies beyond pg).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LOCAL_DATABASE_URL = 'postgres://beacon:beacon@127.0.0.1:5432/beacon';

export const say = (msg) => console.log(`\x1b[36m[beacon]\x1b[0m ${msg}`);

/** KEY=VALUE lines from .data/local.env (dev secrets made by bootstrap.sh); real env wins. */
export function loadLocalEnv() {
  const file = path.join(ROOT, '.data', 'local.env');
  if (!existsSync(file)) return {};
  const env = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2].replace(/^["']|["']$/g, '');
  }
  return env;
}

/** Runs a command, streaming its output; resolves with the exit code. */
export function run(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A throwaway database beside the local one (`beacon_<suffix>`), created when missing; TEST_DATABASE_URL wins. */
export async function throwawayDatabase(suffix) {
  const url = new URL(process.env.DATABASE_URL ?? LOCAL_DATABASE_URL);
  url.pathname = `${url.pathname.replace(/^\//, '') || 'beacon'}_${suffix}`;
  const chosen = process.env.TEST_DATABASE_URL ?? url.toString();
  await ensureDatabase(chosen);
  return chosen;
}

/** Creates the database named in `url` when it does not exist yet (connecting to `postgres`). */
export async function ensureDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return;
  } catch (error) {
    await client.end().catch(() => undefined);
    if (error.code !== '3D000') throw error;
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await c.end();
  }
}
