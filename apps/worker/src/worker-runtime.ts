import type { AppConfig } from '@beacon/config';
import { createOrm, Organization, poolUsage, type MikroORM } from '@beacon/db';
import type { Logger } from '@beacon/logging';
import { handoverLeaseMs } from '@beacon/inbox';
import { createSmsSender, type SmsSender } from '@beacon/messaging';
import { dataKeyRingFromEnv } from '@beacon/security';
import { BeaconWorkers, createTemporalClient, OutboxRelay, syncSchedules, triggerOutcomesRollups, type QueueHealth } from '@beacon/temporal-runtime';
import { NativeConnection } from '@temporalio/worker';
import type { Client } from '@temporalio/client';
import { TASK_QUEUE_ROLES, taskQueues, type TaskQueueRole } from '@beacon/workflows/task-queues.js';
import { createWorkerActivities } from './worker-activities.js';

const POOL_PROBE_TIMEOUT_MS = 5_000;
/** The relay hands rows over within a second; this old a due row means hand-off is not happening. */
const OUTBOX_MAX_AGE_MS = 120_000;

export interface WorkerHealth {
  ok: boolean;
  queues: Partial<Record<TaskQueueRole, QueueHealth & { pool: { ok: boolean; total: number; idle: number; waiting: number; max: number } }>>;
  outbox: { ok: boolean; rows: number; oldestMs: number; sinceLastRoundMs: number };
  smsProvider: string;
}

/**
 * The worker process's parts, wired once for the worker app and the tests: one database pool per
 * task queue (sized like the queue's slots), a worker per queue, and the outbox relay.
 */
export class WorkerRuntime {
  private running: Promise<void> | null = null;

  private constructor(
    private readonly config: AppConfig,
    private readonly orms: Partial<Record<TaskQueueRole, MikroORM>>,
    readonly workers: BeaconWorkers,
    readonly relay: OutboxRelay,
    private readonly client: Client,
    private readonly connection: NativeConnection,
    private readonly smsProvider: string,
  ) {}

  static async create(
    config: AppConfig,
    logger: Logger,
    options: {
      workflowsPath: string;
      statusCallbackUrl?: string;
      identity?: string;
      /** Tests only: wraps the provider adapter of each queue (e.g. to make one kind of send slow). */
      wrapSender?: (sender: SmsSender, role: TaskQueueRole) => SmsSender;
    },
  ): Promise<WorkerRuntime> {
    const dataCipher = dataKeyRingFromEnv(config);
    const slots: Record<TaskQueueRole, number> = {
      interactive: config.WORKER_INTERACTIVE_SLOTS,
      scheduled: config.WORKER_SCHEDULED_SLOTS,
      background: config.WORKER_BACKGROUND_SLOTS,
    };
    const roles = TASK_QUEUE_ROLES.filter((role) => config.WORKER_QUEUES.includes(role));
    const orms: Partial<Record<TaskQueueRole, MikroORM>> = {};
    for (const role of roles) orms[role] = await createOrm({ databaseUrl: config.DATABASE_URL, poolMax: slots[role], dataCipher });
    const ormOf = (role: TaskQueueRole): MikroORM => orms[role] ?? orms[roles[0]!]!;
    const statusCallbackUrl = options.statusCallbackUrl ?? `${config.PUBLIC_BASE_URL}/api/webhooks/twilio/status`;
    let provider = 'simulator';
    const activitiesFor = (role: TaskQueueRole) => {
      const em = () => ormOf(role).em.fork();
      const base = createSmsSender(config, em, (err) => logger.warn({ err }, 'simulator delivery report failed'));
      const sender = options.wrapSender ? options.wrapSender(base, role) : base;
      provider = sender.provider;
      return createWorkerActivities({ config, em, sender, statusCallbackUrl, handoverLeaseMs: handoverLeaseMs(config, sender.provider) });
    };
    const queues = taskQueues(config.TEMPORAL_TASK_QUEUE);
    const client = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
    // Digest and retention run on the background queue: the process that polls it keeps them reconciled.
    if (orms.background) await reconcileSchedules(client, queues.background, orms.background, logger);

    const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
    const workers = await BeaconWorkers.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      baseTaskQueue: config.TEMPORAL_TASK_QUEUE,
      workflowsPath: options.workflowsPath,
      queues: Object.fromEntries(roles.map((role) => [role, { slots: slots[role], activities: activitiesFor(role) }])),
      cachedWorkflows: config.WORKER_CACHED_WORKFLOWS,
      ...(options.identity ? { identity: options.identity } : {}),
    });
    // Each process relays the outbox lanes of the queues it polls.
    const relay = new OutboxRelay({ em: () => ormOf('interactive').em.fork(), client, queues, lanes: roles, databaseUrl: config.DATABASE_URL, logger });
    return new WorkerRuntime(config, orms, workers, relay, client, connection, provider);
  }

  /** Starts the relay and the workers; resolves when they have stopped. */
  async run(): Promise<void> {
    await this.relay.start();
    this.running = this.workers.run();
    await this.running;
  }

  async stop(): Promise<void> {
    this.workers.shutdown();
    await this.running?.catch(() => undefined);
    await this.relay.stop();
    await this.connection.close();
    await this.client.connection.close();
    for (const orm of Object.values(this.orms)) await orm.close();
  }

  /** Healthy only when every queue can take and finish tasks, every pool hands out connections and the relay keeps up. */
  async health(): Promise<WorkerHealth> {
    const queueHealth = this.workers.health(this.config.WORKER_STALL_SECONDS * 1000);
    const queues: WorkerHealth['queues'] = {};
    await Promise.all(
      this.workers.roles.map(async (role) => {
        const orm = this.orms[role]!;
        const usage = await poolUsage(orm);
        const probe = await withTimeout(orm.em.fork().execute('select 1'), POOL_PROBE_TIMEOUT_MS).then(
          () => true,
          () => false,
        );
        const pool = { ok: probe, ...usage };
        const q = queueHealth[role]!;
        queues[role] = { ...q, ok: q.ok && probe, problems: probe ? q.problems : [...q.problems, `no database connection free within ${POOL_PROBE_TIMEOUT_MS / 1000} s`], pool };
      }),
    );
    const backlog = await this.relay.backlog().catch(() => ({ rows: -1, oldestMs: Number.POSITIVE_INFINITY }));
    const sinceLastRoundMs = this.relay.sinceLastRound();
    const outbox = { ok: backlog.rows >= 0 && backlog.oldestMs < OUTBOX_MAX_AGE_MS && sinceLastRoundMs < OUTBOX_MAX_AGE_MS, ...backlog, sinceLastRoundMs };
    return { ok: outbox.ok && this.workers.roles.every((r) => queues[r]?.ok === true), queues, outbox, smsProvider: this.smsProvider };
  }
}

/**
 * Schedules exist for every location / organisation, on the background queue: brought up to date at
 * start (a deployment that changed them, or a sync lost before the outbox existed), and the outcomes rollup
 * runs once (a migration may have emptied it); new locations and time-zone changes reach Temporal through
 * the outbox (`schedules.sync`).
 */
async function reconcileSchedules(client: Client, taskQueue: string, orm: MikroORM, logger: Logger): Promise<void> {
  try {
    const changed = await syncSchedules(client, taskQueue, orm.em.fork());
    if (changed.length) logger.info({ schedules: changed }, 'schedules created or updated');
    await triggerOutcomesRollups(client, await orm.em.fork().find(Organization, {}, { fields: ['id'] }));
  } catch (err) {
    // Appointment messages matter more than the digest: keep working, and say so loudly.
    logger.error({ err }, 'could not reconcile the digest/retention schedules; they will be retried at the next start');
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
