#!/usr/bin/env node
// Runs one TypeScript entry point of the workspace without a prior build: esbuild bundles it
// (workspace path aliases from tsconfig.base.json, npm packages left external) into
// node_modules/.cache and Node imports the result. Used by `npm run classify` and `npm run bench`.
//   node scripts/run-ts.mjs <entry.ts> [args...]
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` and returns the path of the runnable .mjs file. */
export async function bundleTs(entry) {
  const source = resolve(entry);
  const inRepo = relative(root, source);
  // Entries outside the repository (a scratch file) get a name of their own inside the cache.
  const name = inRepo.startsWith('..') ? `outside/${createHash('sha256').update(source).digest('hex').slice(0, 16)}.mjs` : inRepo.replace(/\.ts$/, '.mjs');
  const outfile = join(root, 'node_modules/.cache/beacon-run-ts', name);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.base.json'),
    sourcemap: 'inline',
    logLevel: 'error',
  });
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    process.stderr.write('usage: node scripts/run-ts.mjs <entry.ts> [args...]\n');
    process.exit(2);
  }
  const outfile = await bundleTs(entry);
  process.argv = [process.argv[0], outfile, ...args];
  await import(pathToFileURL(outfile).href);
}
