import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Message, type IMessage } from '@beacon/db';
import type { SmsSender } from '@beacon/messaging';
import type { RunningSystem } from './running-system.js';
import { eventually } from './eventually.js';
import { freePort, REPO_ROOT, TEST_AUTH_TOKEN } from './test-env.js';

/** The compiled production worker (`npm run build:node`). */
export const WORKER_MAIN = join(REPO_ROOT, 'dist/node/apps/worker/src/main.js');

export function requireBuiltWorker(): void {
  if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run \`npm run build:node\` first (scripts/test-all.mjs does).`);
}

/**
 * Starts the real worker process on the system's database, Temporal server and task queues and
 * waits until its health endpoint answers 200. The caller kills it (SIGKILL) and keeps it in
 * `workers` so the test can clean up.
 */
export async function startWorkerProcess(system: RunningSystem, workers: ChildProcess[], healthTimeoutMs?: number): Promise<ChildProcess> {
  const healthPort = await freePort();
  const child = spawn(process.execPath, [WORKER_MAIN], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      PATH: process.env['PATH'],
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      DATABASE_URL: system.config.DATABASE_URL,
      TEMPORAL_ADDRESS: system.config.TEMPORAL_ADDRESS,
      TEMPORAL_TASK_QUEUE: system.config.TEMPORAL_TASK_QUEUE,
      DATA_ENCRYPTION_KEY: system.config.DATA_ENCRYPTION_KEY,
      TWILIO_AUTH_TOKEN: TEST_AUTH_TOKEN,
      PUBLIC_BASE_URL: system.baseUrl,
      WORKER_HEALTH_PORT: String(healthPort),
    },
  });
  workers.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}:\n${stderr}`);
      const res = await fetch(`http://127.0.0.1:${healthPort}/health`).catch(() => null);
      return res?.status === 200;
    },
    'worker health',
    healthTimeoutMs,
  );
  return child;
}

/** A sender whose every provider call takes `ms` longer (a slow carrier, to make one lane busy). */
export function slowSender(sender: SmsSender, ms: number): SmsSender {
  return {
    provider: sender.provider,
    findAccepted: (m, since, options) => sender.findAccepted(m, since, options),
    send: async (m) => {
      await new Promise((r) => setTimeout(r, ms));
      return sender.send(m);
    },
  };
}

/** A staff reply in a thread through the API, resolved once the provider has it (its SID is recorded). */
export async function staffReplyAtProvider(system: RunningSystem, cookie: string, conversationId: string): Promise<IMessage> {
  const res = await fetch(`${system.baseUrl}/api/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ body: 'Parking is behind the building.', clientMessageId: randomUUID() }),
  });
  if (res.status !== 202) throw new Error(`staff reply: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  return eventually(async () => {
    const m = await system.orm.em.fork().findOne(Message, id);
    return m?.providerSid ? m : null;
  }, 'staff reply at the provider', 60_000, 25);
}
