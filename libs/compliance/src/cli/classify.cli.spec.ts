import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const root = join(import.meta.dirname, '../../../..');

function classify(lines: string[]): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'classify-'));
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  const run = spawnSync('npm', ['run', '-s', 'classify', '--', file], { cwd: root, encoding: 'utf8', env: process.env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run -s classify -- FILE', () => {
  it('writes exactly one JSON line per input line, in order, with the contract fields only', () => {
    const { status, stdout, stderr } = classify([
      JSON.stringify({ text: 'STOP' }),
      JSON.stringify({ text: 'C', replyToConfirmation: true }),
      '{"text": broken',
      JSON.stringify({ text: 'C', replyToConfirmation: false }),
      JSON.stringify({ text: 'yes' }),
      JSON.stringify({ text: 'yes', replyToConfirmation: true }),
      JSON.stringify({ text: 'please stop texting me' }),
      JSON.stringify({ text: 'Should I stop taking retinol before the peel?' }),
      JSON.stringify({ text: 'HELP' }),
      JSON.stringify({ nope: 1 }),
      // Alone, "bas" is "enough" or only "that's all": a person confirms (a rule, not a model threshold).
      JSON.stringify({ text: 'Bas' }),
    ]);
    expect(status).toBe(0);
    const out = stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(11);
    const brief = out.map((o) => ('error' in o ? `error@${o.line}` : `${o.text}|${o.optOut}|${o.optIn}|${o.help}|${o.intent}`));
    expect(brief).toEqual([
      'STOP|true|false|false|opt_out',
      'C|false|false|false|confirm',
      'error@3',
      'C|false|false|false|other',
      'yes|false|true|false|opt_in',
      'yes|false|false|false|confirm',
      'please stop texting me|true|false|false|opt_out',
      'Should I stop taking retinol before the peel?|false|false|false|pre_treatment',
      'HELP|false|false|true|help',
      'error@10',
      'Bas|false|false|false|other',
    ]);
    // The new field: a possible opt-out that a person should confirm (never together with optOut).
    expect(out.map((o) => o.optOutReview)).toEqual([false, false, false, false, false, false, false, false, false, false, true]);
    for (const o of out.filter((x) => !('error' in x))) {
      expect(Object.keys(o)).toEqual(['text', 'optOut', 'optIn', 'help', 'intent', 'confidence', 'optOutReview']);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
    }
    expect(stderr).toMatch(/line 3: not valid JSON/);
    expect(stderr).toMatch(/line 10: expected an object with a string "text"/);
  }, 60_000);

  it('fails with a message on stderr and nothing on stdout when the file cannot be read', () => {
    const run = spawnSync('npm', ['run', '-s', 'classify', '--', '/nonexistent/in.jsonl'], { cwd: root, encoding: 'utf8', env: process.env });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/cannot read/);
  }, 60_000);
});
