#!/usr/bin/env node
// Benchmark harness: runs every bench/*.bench.ts (or the ones named on the command line) in its own
// Node process and writes reports/bench.json and reports/bench.md.
// A bench prints exactly one JSON line on stdout as its last line:
//   {"name": "...", "metrics": {"p95_ms": 12.3, ...}, "goals": [{"metric": "p95_ms", "max": 30}], "notes": "..."}
// Goals are checked and reported; a missed goal makes the harness exit 1.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleTs } from './run-ts.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

const results = [];
for (const file of files) {
  process.stderr.write(`bench: ${file} …\n`);
  const outfile = await bundleTs(join(root, 'bench', file));
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  let result;
  try {
    result = JSON.parse(last);
  } catch {
    result = { name: file, metrics: {}, goals: [], error: `exit ${run.status}; no result line` };
  }
  result.file = file;
  result.goals = (result.goals ?? []).map((g) => {
    const value = result.metrics?.[g.metric];
    const met = typeof value === 'number' && (g.max === undefined || value <= g.max) && (g.min === undefined || value >= g.min);
    return { ...g, value, met };
  });
  results.push(result);
}

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2));
const lines = ['# Benchmarks', '', `Run ${new Date().toISOString()} on Node ${process.version}.`, ''];
for (const r of results) {
  lines.push(`## ${r.name}`, '');
  if (r.error) lines.push(`**Error:** ${r.error}`, '');
  if (r.notes) lines.push(r.notes, '');
  lines.push('| metric | value | goal |', '| --- | --- | --- |');
  for (const [metric, value] of Object.entries(r.metrics ?? {})) {
    const goal = r.goals.find((g) => g.metric === metric);
    const goalText = goal ? `${goal.max !== undefined ? `≤ ${goal.max}` : `≥ ${goal.min}`} ${goal.met ? '✔' : '✘'}` : '';
    lines.push(`| ${metric} | ${typeof value === 'number' ? Number(value.toFixed(3)) : value} | ${goalText} |`);
  }
  lines.push('');
}
writeFileSync(join(root, 'reports/bench.md'), lines.join('\n'));
process.stdout.write(lines.join('\n') + '\n');
const failed = results.filter((r) => r.error || r.goals.some((g) => !g.met));
process.exit(failed.length ? 1 : 0);
