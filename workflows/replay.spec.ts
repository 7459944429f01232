import '../test/support/quiet-temporal.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { workflowBundlerOptions } from '@beacon/temporal-runtime';
import { historyFromJson } from './testing/history-json.js';

const WORKFLOWS_DIR = fileURLToPath(new URL('.', import.meta.url));
const WORKFLOWS_PATH = join(WORKFLOWS_DIR, 'index.ts');

interface Recorded {
  /** `<type>/<scenario>`: also the workflow id given to the replay, so a failure names its file. */
  name: string;
  workflowType: string;
  json: { events: { workflowExecutionStartedEventAttributes?: { workflowType?: { name?: string } } }[] };
}

function recordedHistories(): Recorded[] {
  const recorded: Recorded[] = [];
  for (const type of readdirSync(WORKFLOWS_DIR, { withFileTypes: true })) {
    if (!type.isDirectory()) continue;
    let files: string[];
    try {
      files = readdirSync(join(WORKFLOWS_DIR, type.name, 'histories')).filter((f) => f.endsWith('.json'));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      const json = JSON.parse(readFileSync(join(WORKFLOWS_DIR, type.name, 'histories', file), 'utf8')) as Recorded['json'];
      const workflowType = json.events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name ?? '';
      recorded.push({ name: `${type.name}/${file.replace(/\.json$/, '')}`, workflowType, json });
    }
  }
  return recorded;
}

/**
 * Every history recorded under workflows/<type>/histories/ stands for workflows running in
 * production when the code changed. Replaying them with today's code (bundled exactly as the
 * worker bundles it) fails on any change that is not guarded by patched() — see workflows/README.md.
 */
describe('workflow replay of recorded histories', () => {
  const histories = recordedHistories();

  it('has recorded histories for every workflow the worker registers', () => {
    const registered = [...readFileSync(WORKFLOWS_PATH, 'utf8').matchAll(/export\s*\{([^}]+)\}/g)].flatMap((m) => (m[1] ?? '').split(',').map((name) => name.trim()));
    expect(registered.length).toBeGreaterThanOrEqual(5);
    const recordedTypes = new Set(histories.map((h) => h.workflowType));
    expect(registered.filter((name) => !recordedTypes.has(name ?? ''))).toEqual([]);
  });

  it('replays every recorded history without non-determinism', async () => {
    const results = Worker.runReplayHistories(
      { workflowsPath: WORKFLOWS_PATH, bundlerOptions: workflowBundlerOptions(WORKFLOWS_PATH), replayName: 'recorded-histories' },
      histories.map((h) => ({ workflowId: h.name, history: historyFromJson(h.json) })),
    );
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of results) {
      replayed += 1;
      // The core's own sentence ("[TMPRL1100] Nondeterminism error: …") without the wrapping.
      if (result.error) failures.push(`${result.workflowId}: ${/\[TMPRL\d+\][^"]*/.exec(result.error.message)?.[0] ?? `${result.error.name}: ${result.error.message}`}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(histories.length);
  });
});
