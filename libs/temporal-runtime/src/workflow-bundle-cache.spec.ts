import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { workflowBundleKey } from './workflow-bundle-cache.js';

describe('workflowBundleKey', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function tree(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'bundle-key-'));
    dirs.push(root);
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    return join(root, 'workflows', 'index.ts');
  }

  const base = { 'workflows/index.ts': 'export * from "./a";', 'workflows/a.ts': 'export const a = 1;', 'libs/scheduling/src/index.ts': 'export const z = 1;' };

  it('is the same for the same sources, wherever the checkout lives', () => {
    expect(workflowBundleKey(tree(base))).toBe(workflowBundleKey(tree(base)));
  });

  it('changes when a workflow or a lib it may import changes, or a file is added', () => {
    const key = workflowBundleKey(tree(base));
    expect(workflowBundleKey(tree({ ...base, 'workflows/a.ts': 'export const a = 2;' }))).not.toBe(key);
    expect(workflowBundleKey(tree({ ...base, 'libs/scheduling/src/index.ts': 'export const z = 2;' }))).not.toBe(key);
    expect(workflowBundleKey(tree({ ...base, 'workflows/b.ts': '' }))).not.toBe(key);
  });

  it('ignores tests, which are never bundled', () => {
    const key = workflowBundleKey(tree(base));
    expect(workflowBundleKey(tree({ ...base, 'workflows/a.spec.ts': 'it()' }))).toBe(key);
  });
});
