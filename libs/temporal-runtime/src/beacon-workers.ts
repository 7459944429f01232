import { NativeConnection, Worker, type WorkerStatus } from '@temporalio/worker';
import { TASK_QUEUE_ROLES, taskQueueName, type TaskQueueRole } from '@beacon/workflows/task-queues.js';
import { failFastWhenRowIsGone } from './activity-errors.js';
import { loadWorkflowBundle } from './workflow-bundle-cache.js';

type ActivityFn = (...args: never[]) => Promise<unknown>;

/** Counts a queue's running tasks and when one last finished, to tell "busy" from "stuck". */
export class SlotGauge {
  inFlight = 0;
  /** Tasks finished since start (ops and tests see how work spreads over workers). */
  finished = 0;
  lastFinishedAt = Date.now();

  constructor(readonly slots: number) {}

  /** Wraps every activity so the gauge sees it start and end (local activities included). */
  instrument<T extends object>(activities: T): T {
    const wrapped: Record<string, ActivityFn> = {};
    for (const [name, fn] of Object.entries(activities) as [string, ActivityFn][]) {
      wrapped[name] = async (...args: never[]) => {
        this.inFlight += 1;
        try {
          return await fn(...args);
        } finally {
          this.inFlight -= 1;
          this.finished += 1;
          this.lastFinishedAt = Date.now();
        }
      };
    }
    return wrapped as T;
  }

  /** Every slot busy and nothing finished for `stallMs`: the queue is not making progress. */
  stalled(stallMs: number, now = Date.now()): boolean {
    return this.inFlight >= this.slots && now - this.lastFinishedAt > stallMs;
  }
}

export interface QueueWorkerSpec {
  /** Concurrent activities, and concurrent local activities, this queue runs (its pool is as large). */
  slots: number;
  activities: object;
}

export interface BeaconWorkersOptions {
  connection: NativeConnection;
  namespace: string;
  /** TEMPORAL_TASK_QUEUE: the scheduled queue's name, and the prefix of the others. */
  baseTaskQueue: string;
  workflowsPath: string;
  /** The queues this process polls (see WORKER_QUEUES). */
  queues: Partial<Record<TaskQueueRole, QueueWorkerSpec>>;
  identity?: string;
  /** maxCachedWorkflows of each queue's worker (WORKER_CACHED_WORKFLOWS); the SDK default when absent. */
  cachedWorkflows?: number;
}

export interface QueueHealth {
  taskQueue: string;
  ok: boolean;
  problems: string[];
  slots: number;
  inFlight: number;
  finished: number;
  status: Pick<WorkerStatus, 'runState' | 'workflowPollerState' | 'activityPollerState'>;
}

/**
 * One worker per task queue (interactive, scheduled, background), each with its own slots, all
 * running the same prebuilt workflow bundle in one process. Every queue's worker registers every
 * workflow and activity, so histories started on any queue (including before the split) still run.
 */
export class BeaconWorkers {
  private constructor(
    readonly roles: TaskQueueRole[],
    readonly workers: Partial<Record<TaskQueueRole, Worker>>,
    readonly gauges: Partial<Record<TaskQueueRole, SlotGauge>>,
  ) {}

  static async create(options: BeaconWorkersOptions): Promise<BeaconWorkers> {
    const workflowBundle = await loadWorkflowBundle(options.workflowsPath);
    const gauges: Partial<Record<TaskQueueRole, SlotGauge>> = {};
    const workers: Partial<Record<TaskQueueRole, Worker>> = {};
    const roles = TASK_QUEUE_ROLES.filter((role) => options.queues[role]);
    for (const role of roles) {
      const spec = options.queues[role]!;
      const gauge = new SlotGauge(spec.slots);
      gauges[role] = gauge;
      workers[role] = await Worker.create({
        connection: options.connection,
        namespace: options.namespace,
        taskQueue: taskQueueName(options.baseTaskQueue, role),
        workflowBundle,
        activities: gauge.instrument(failFastWhenRowIsGone(spec.activities)),
        maxConcurrentActivityTaskExecutions: spec.slots,
        maxConcurrentLocalActivityExecutions: spec.slots,
        ...(options.cachedWorkflows ? { maxCachedWorkflows: options.cachedWorkflows } : {}),
        ...(options.identity ? { identity: `${options.identity}:${role}` } : {}),
      });
    }
    return new BeaconWorkers(roles, workers, gauges);
  }

  /** Runs every queue's worker until shutdown; if one fails, the others are shut down too. */
  async run(): Promise<void> {
    const runs = this.roles.map((role) => this.workers[role]!.run());
    try {
      await Promise.all(runs);
    } catch (error) {
      this.shutdown();
      await Promise.allSettled(runs);
      throw error;
    }
  }

  shutdown(): void {
    for (const role of this.roles) {
      const worker = this.workers[role]!;
      if (worker.getState() === 'RUNNING') worker.shutdown();
    }
  }

  health(stallMs: number): Partial<Record<TaskQueueRole, QueueHealth>> {
    const out: Partial<Record<TaskQueueRole, QueueHealth>> = {};
    for (const role of this.roles) {
      const worker = this.workers[role]!;
      const gauge = this.gauges[role]!;
      const status = worker.getStatus();
      const problems: string[] = [];
      if (status.runState !== 'RUNNING') problems.push(`worker is ${status.runState}`);
      if (status.workflowPollerState === 'FAILED' || status.activityPollerState === 'FAILED') problems.push('task pollers failed');
      if (gauge.stalled(stallMs)) problems.push(`all ${gauge.slots} slots busy and no task finished for ${Math.round((Date.now() - gauge.lastFinishedAt) / 1000)} s`);
      out[role] = {
        taskQueue: worker.options.taskQueue,
        ok: problems.length === 0,
        problems,
        slots: gauge.slots,
        inFlight: gauge.inFlight,
        finished: gauge.finished,
        status: { runState: status.runState, workflowPollerState: status.workflowPollerState, activityPollerState: status.activityPollerState },
      };
    }
    return out;
  }
}
