// Same-run baselines: (a) a bare node:http endpoint doing one INSERT per request into the same
// PostgreSQL, as a separate process; (b) the raw Temporal client starting empty workflows.
import { spawn, type ChildProcess } from 'node:child_process';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { pool, type Timed } from './load.js';
import { REPO_ROOT } from './system.js';

const TABLE = 'bench_baseline_insert';

// Runs in its own Node process: parse the form body, one INSERT, answer like the webhook does.
const SERVER_SOURCE = `
import http from 'node:http';
import pg from 'pg';
const db = new pg.Pool({ connectionString: process.env.BASELINE_DATABASE_URL, max: Number(process.env.BASELINE_POOL_MAX), application_name: 'beacon-bench-baseline' });
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    db.query('insert into ${TABLE} (sid, from_number, body) values ($1, $2, $3)', [form.get('MessageSid'), form.get('From'), form.get('Body')]).then(
      () => res.writeHead(200, { 'content-type': 'text/xml' }).end('<?xml version="1.0" encoding="UTF-8"?><Response></Response>'),
      (e) => res.writeHead(500).end(String(e)),
    );
  });
});
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
process.on('SIGTERM', () => { server.close(); db.end().then(() => process.exit(0)); });
`;

export interface BaselineServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts the bare endpoint (its table is created fresh, and dropped by stop()). */
export async function startInsertBaseline(databaseUrl: string, poolMax: number): Promise<BaselineServer> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  await c.query(`drop table if exists ${TABLE}; create table ${TABLE} (id uuid primary key default gen_random_uuid(), sid text not null, from_number text not null, body text not null, created_at timestamptz not null default now())`);
  await c.end();
  const child: ChildProcess = spawn(process.execPath, ['--input-type=module', '-e', SERVER_SOURCE], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'], BASELINE_DATABASE_URL: databaseUrl, BASELINE_POOL_MAX: String(poolMax) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const kill = () => child.kill('SIGKILL');
  process.on('exit', kill);
  const port = await new Promise<number>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('baseline server did not start')), 15_000);
    child.stdout!.on('data', (d: Buffer) => {
      const m = /PORT (\d+)/.exec(d.toString());
      if (m) {
        clearTimeout(t);
        resolve(Number(m[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`baseline server exited (${code})`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    async stop() {
      process.off('exit', kill);
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      const d = new pg.Client({ connectionString: databaseUrl });
      await d.connect();
      await d.query(`drop table if exists ${TABLE}`);
      await d.end();
    },
  };
}

/**
 * Starts `count` empty workflows (type benchEmptyWorkflow, a throwaway task queue no worker polls,
 * one-minute execution timeout so they vanish by themselves) with `concurrency` starts in flight.
 */
export async function temporalStartBaseline(address: string, namespace: string, count: number, concurrency: number, tag: string): Promise<{ timings: Timed[]; seconds: number }> {
  const connection = await Connection.connect({ address });
  try {
    const client = new Client({ connection, namespace });
    const items = Array.from({ length: count }, (_, i) => i);
    const { results, seconds } = await pool(items, concurrency, async (i): Promise<Timed> => {
      const startedAt = Date.now();
      const t0 = performance.now();
      try {
        await client.workflow.start('benchEmptyWorkflow', { taskQueue: `bench-throwaway-${tag}`, workflowId: `bench-empty-${tag}-${i}`, args: [], workflowExecutionTimeout: '1 minute' });
        return { status: 200, startedAt, ms: performance.now() - t0, body: null };
      } catch (error) {
        return { status: 0, startedAt, ms: performance.now() - t0, body: null, error: String(error) };
      }
    });
    return { timings: results.filter((r): r is Timed => !!r), seconds };
  } finally {
    await connection.close();
  }
}
