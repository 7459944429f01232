// Where Beacon's local Temporal pieces live: the repo's venv binaries, data and config files (plain ESM, Node >= 24, built-ins only).

import { accessSync, constants as fsConstants, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VENV_DIR = path.join(REPO_ROOT, '.venv');
export const SEARCH_ATTRIBUTES_FILE = path.join(REPO_ROOT, 'temporal', 'search-attributes.json');
export const DEV_DATA_DIR = path.join(REPO_ROOT, '.data', 'temporal');
export const DEV_DB_FILE = path.join(DEV_DATA_DIR, 'dev.db');
export const DEV_LOG_FILE = path.join(DEV_DATA_DIR, 'dev.log');

export const INSTALL_HINT = 'run `bash temporal/install.sh` (or `bash scripts/bootstrap.sh`)';
export const STOP_GRACE_MS = 10_000;
export const SEARCH_ATTRIBUTE_TYPES = ['Text', 'Keyword', 'Int', 'Double', 'Bool', 'Datetime', 'KeywordList'];


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

