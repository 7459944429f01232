import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunningSystem } from '../support/running-system.js';
import { REPO_ROOT } from '../support/test-env.js';

/**
 * Schemathesis (pinned in fuzz/requirements.txt, installed into .venv by the setup) against the real
 * API, signed in as each staff preset: it generates requests from /api/docs/openapi.json — valid and
 * invalid bodies, queries and path params — and fails on any 5xx or any answer that breaks the schema
 * the document gives for its status. Short budget here (npm test); `npm run fuzz` runs the long one.
 */
const LONG = process.env.BEACON_FUZZ === 'long';
const PRESETS = ['owner', 'frontdesk', 'provider', 'coordinator', 'assistant'] as const;
/** Seconds of generation per preset. */
const SECONDS = Number(process.env.BEACON_FUZZ_SECONDS ?? (LONG ? 300 : 10));
const ST = process.env.SCHEMATHESIS_BIN ?? join(REPO_ROOT, '.venv', 'bin', 'st');
const REPORTS = join(REPO_ROOT, 'reports', 'fuzz');

/**
 * Left out, each for a reason: signing out ends the session the rest of the run uses; the webhooks and
 * the booking integration need a provider's signature, so every generated call is refused before any
 * code under test runs (their validation is covered by their own tests); the docs pages are not JSON.
 */
const EXCLUDED = '^/api/(auth/logout$|webhooks/|integrations/|docs)';

function run(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Asynchronous on purpose: the API under test answers from this same process.
    const child = spawn(cmd, args, { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false', SCHEMATHESIS_HOOKS: join(REPO_ROOT, 'fuzz', 'hooks.py'), ...env } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

type StaffRow = { id: string; name: string; password_hash: string; role: string; permissions: unknown; location_ids: unknown; active: boolean; provider_name: string | null };

describe('API fuzzing with Schemathesis (generated from the OpenAPI document)', () => {
  let system: RunningSystem;
  let demoStaff: StaffRow[] = [];

  /**
   * The fuzzer finds real ids in answers and uses them: signed in as the owner it resets passwords and
   * deactivates colleagues, as owners may. Each preset starts again from the demo staff.
   */
  async function restoreDemoStaff(): Promise<void> {
    const em = system.orm.em.fork();
    for (const r of demoStaff) {
      await em.execute('update staff set name = ?, password_hash = ?, role = ?, permissions = ?::jsonb, location_ids = ?::jsonb, active = ?, provider_name = ? where id = ?', [
        r.name, r.password_hash, r.role, JSON.stringify(r.permissions), JSON.stringify(r.location_ids), r.active, r.provider_name, r.id,
      ]);
    }
  }

  beforeAll(async () => {
    if (!existsSync(ST)) throw new Error(`Schemathesis is not installed at ${ST}: run \`bash fuzz/install.sh\` (npm test does).`);
    mkdirSync(REPORTS, { recursive: true });
    system = await RunningSystem.start();
    demoStaff = await system.orm.em.fork().execute<StaffRow[]>('select id, name, password_hash, role, permissions, location_ids, active, provider_name from staff');
  }, 120_000);

  afterAll(async () => {
    await system?.stop();
  });

  it.each(PRESETS)(
    'signed in as %s: no server error, every answer matches its documented schema',
    async (who) => {
      await restoreDemoStaff();
      const cookie = await system.login(`${who}@glow.test`);
      const me = (await (await fetch(`${system.baseUrl}/api/auth/me`, { headers: { cookie } })).json()) as { staff: { id: string } };
      const { code, output } = await run(ST, [
        'run',
        `${system.baseUrl}/api/docs/openapi.json`,
        '--url',
        system.baseUrl,
        '--header',
        `Cookie: ${cookie}`,
        '--checks',
        'not_a_server_error,response_schema_conformance,content_type_conformance',
        '--phases',
        'examples,coverage,fuzzing',
        '--max-time',
        String(SECONDS),
        '--max-examples',
        LONG ? '100' : '5',
        '--workers',
        '1',
        '--request-timeout',
        '10',
        '--seed',
        process.env.BEACON_FUZZ_SEED ?? '1207',
        '--no-color',
        '--report',
        'junit',
        '--report-junit-path',
        join(REPORTS, `${who}.xml`),
        '--exclude-path-regex',
        EXCLUDED,
      ], { BEACON_FUZZ_STAFF_ID: me.staff.id });
      writeFileSync(join(REPORTS, `${who}.txt`), output);
      // The whole transcript on failure: it names each failing operation with a curl to reproduce it.
      expect({ who, code, failures: code === 0 ? '' : output.slice(-20_000) }).toEqual({ who, code: 0, failures: '' });
      // Nothing half-written: the audit trail (one entry per change) still verifies end to end.
      await restoreDemoStaff();
      const verify = (await (await fetch(`${system.baseUrl}/api/audit/verify`, { headers: { cookie: await system.login('owner@glow.test') } })).json()) as { ok: boolean };
      expect(verify.ok).toBe(true);
      expect(readFileSync(join(REPORTS, `${who}.xml`), 'utf8')).toContain('<testsuite');
    },
    (SECONDS + 120) * 1000,
  );
});
