import { describe, expect, it } from '@jest/globals';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// Proves the workflow fence in eslint.config.js: workflow code may not import Node built-ins,
// I/O libraries or non-workflow Temporal packages, while type-only imports stay allowed.
//
// The snippets are linted as if they lived in workflows/ but exist on no disk, and the
// TypeScript project service refuses files it cannot find; so this test switches off
// type-aware linting (the fence itself is purely syntactic) and keeps the rest of the config.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked } as ESLint.Options['overrideConfig'],
});
const WORKFLOW_FILE = 'workflows/appointment/bad.workflow.ts';

async function fenceViolations(code: string, filePath = WORKFLOW_FILE): Promise<{ line: number; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath });
  const fatal = result!.messages.filter((m) => m.fatal);
  expect(fatal).toEqual([]); // a parse/config error would otherwise look like "no violations"
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => ({ line: m.line, message: m.message }));
}

describe('workflow import fence (eslint.config.js)', () => {
  it('rejects Node built-ins and I/O libraries in workflow code', async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { createOrm } from '@beacon/db';",
      "import { Client } from '@temporalio/client';",
      "import { Injectable } from '@nestjs/common';",
      "import { createHash } from 'crypto';",
      "import { Pool } from 'pg';",
      '',
      'export const used = [readFileSync, createOrm, Client, Injectable, createHash, Pool];',
      '',
    ].join('\n');

    const violations = await fenceViolations(code);

    expect(violations.map((v) => v.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(violations[0]!.message).toContain('node:fs');
    expect(violations[1]!.message).toContain('@beacon/db');
  }, 60_000);

  it('allows @temporalio/workflow and type-only imports', async () => {
    const code = [
      "import { proxyActivities, sleep } from '@temporalio/workflow';",
      "import type { EntityManager } from '@mikro-orm/postgresql';",
      "import type { Client } from '@temporalio/client';",
      "import { type Readable } from 'node:stream';",
      '',
      'export type Deps = { em: EntityManager; client: Client; stream: Readable };',
      'export const used = [proxyActivities, sleep];',
      '',
    ].join('\n');

    expect(await fenceViolations(code)).toEqual([]);
  }, 60_000);

  it('does not fence workflow tests', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const used = readFileSync;\n";
    for (const file of ['bad.workflow.spec.ts', 'bad.workflow.int-spec.ts']) {
      expect(await fenceViolations(code, `workflows/appointment/${file}`)).toEqual([]);
    }
  }, 60_000);
});
