import { createHash } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { OUTBOX_CHANNEL, type EntityManager, type OutboxCommand } from '@beacon/db';
import { NotifiedLoop, PgNotificationListener } from '@beacon/realtime';
import type { AppointmentEvent } from '@beacon/workflows/appointment/definitions.js';
import { REPLY_SUGGESTIONS_BATCH_WORKFLOW } from '@beacon/workflows/inbound/definitions.js';
import { TASK_QUEUE_ROLES, type TaskQueueRole, type TaskQueues } from '@beacon/workflows/task-queues.js';
import { TemporalAppointmentGateway } from '@beacon/appointments';
import { syncSchedules } from './sync-schedules.js';

export interface OutboxRelayLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface OutboxRelayOptions {
  em: () => EntityManager;
  client: Client;
  queues: TaskQueues;
  databaseUrl: string;
  logger: OutboxRelayLogger;
  /** Rows claimed (and handed over concurrently) per round. */
  batchSize?: number;
  /** How long a claim lasts: a relay that dies mid-hand-off leaves its rows to another after this. */
  claimMs?: number;
  /** The lanes this relay hands over (the queues its process polls; default all). */
  lanes?: TaskQueueRole[];
  /** Fallback poll when no NOTIFY arrives (a lost notice, or a row waiting for its retry time). */
  pollMs?: number;
  /**
   * The background lane waits this long before each claim, so a burst's smart-reply rows gather
   * into a few batches instead of one round per text (default 100 ms; background work has no
   * one waiting on it at that scale).
   */
  backgroundLingerMs?: number;
}

interface ClaimedRow {
  id: string;
  payload: OutboxCommand;
  attempts: number;
}

const MAX_BACKOFF_MS = 60_000;

/**
 * Hands committed outbox rows to Temporal: at least once, with deterministic workflow ids, so a
 * repeat is harmless; rows of one workflow id strictly in the order they were written. One loop per
 * lane (interactive, scheduled, background), so a staff reply never waits behind a thousand smart
 * reply starts. Several relays (one per worker process) share the table through short claims
 * (`for update skip locked`); no transaction is held while Temporal is called.
 */
export class OutboxRelay {
  private readonly listener: PgNotificationListener;
  private readonly gateway: TemporalAppointmentGateway;
  private readonly lanes: NotifiedLoop[];
  private readonly laneNames: TaskQueueRole[];

  constructor(private readonly options: OutboxRelayOptions) {
    this.gateway = new TemporalAppointmentGateway(options.client, options.queues.scheduled);
    this.laneNames = options.lanes ?? [...TASK_QUEUE_ROLES];
    this.lanes = this.laneNames.map((lane) => new NotifiedLoop(`outbox-${lane}`, () => this.round(lane), options.logger, options.pollMs));
    this.listener = new PgNotificationListener(options.databaseUrl, OUTBOX_CHANNEL, () => this.nudge(), options.logger, () => this.nudge());
  }

  async start(): Promise<void> {
    await this.listener.start();
    for (const lane of this.lanes) lane.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.stop()));
    await this.listener.stop();
  }

  /** Milliseconds since the slowest lane last finished a round (a stuck relay stops advancing this). */
  sinceLastRound(): number {
    return Math.max(...this.lanes.map((lane) => Date.now() - lane.lastRoundAt));
  }

  /** Rows of this relay's lanes that are due and not handed over yet, and the age of the oldest (0 when none). */
  async backlog(): Promise<{ rows: number; oldestMs: number }> {
    const [row] = await this.options.em().execute<{ rows: string; oldest_ms: string | null }[]>(
      `select count(*) as rows, extract(epoch from now() - min(created_at)) * 1000 as oldest_ms from outbox where available_at <= now() and lane = any(?)`,
      [`{${this.laneNames.join(',')}}`],
    );
    return { rows: Number(row?.rows ?? 0), oldestMs: Math.round(Number(row?.oldest_ms ?? 0)) };
  }

  private nudge(): void {
    for (const lane of this.lanes) lane.nudge();
  }

  /** One round: claim due rows (at most one per workflow id), hand them over, delete or reschedule. */
  private async round(lane: TaskQueueRole): Promise<number> {
    if (lane === 'background') await new Promise((resolve) => setTimeout(resolve, this.options.backgroundLingerMs ?? 100));
    const rows = await this.options.em().execute<ClaimedRow[]>(
      `update outbox set claimed_until = now() + make_interval(secs => ?), attempts = attempts + 1
        where id in (
          select o.id from outbox o
           where o.lane = ? and o.available_at <= now() and (o.claimed_until is null or o.claimed_until < now())
             and not exists (select 1 from outbox e where e.ordering_key = o.ordering_key and e.id < o.id)
           order by o.id limit ? for update skip locked)
        returning id, payload, attempts`,
      [(this.options.claimMs ?? 30_000) / 1000, lane, this.options.batchSize ?? 64],
    );
    if (!rows.length) return 0;
    const handOffs = groupSuggestions(rows);
    const outcomes = (
      await Promise.all(handOffs.map(async ({ rows: group, command }) => ({ group, error: await this.deliver(command).then(() => null, (e: unknown) => e) })))
    ).flatMap(({ group, error }) => group.map((row) => ({ row, error })));
    const done = outcomes.filter((o) => o.error === null).map((o) => o.row.id);
    if (done.length) await this.options.em().execute('delete from outbox where id = any(?::bigint[])', [`{${done.join(',')}}`]);
    for (const { row, error } of outcomes) {
      if (error === null) continue;
      const backoffMs = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(row.attempts, 10));
      this.options.logger.warn({ err: error, outboxId: row.id, kind: row.payload.kind, workflowId: row.payload.workflowId, attempts: row.attempts }, 'outbox hand-off failed; will retry');
      await this.options.em().execute(
        'update outbox set claimed_until = null, available_at = now() + make_interval(secs => ?), last_error = ? where id = ?',
        [backoffMs / 1000, String(error instanceof Error ? error.message : error).slice(0, 500), row.id],
      );
    }
    return rows.length;
  }

  private async deliver(command: HandOff): Promise<void> {
    const { client, queues } = this.options;
    switch (command.kind) {
      case 'workflow.start':
        try {
          await client.workflow.start(command.workflowType, {
            workflowId: command.workflowId,
            taskQueue: queues[command.taskQueue],
            args: command.args,
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
          });
        } catch (error) {
          if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        }
        return;
      case 'workflow.signal':
        try {
          await client.workflow.getHandle(command.workflowId).signal(command.signal, ...command.args);
        } catch (error) {
          // The workflow has finished (an appointment long past, or cancelled): staff see the text in the inbox.
          if (!(error instanceof WorkflowNotFoundError)) throw error;
        }
        return;
      case 'appointment.event':
        await this.gateway.deliver(command.event as AppointmentEvent, { applied: command.applied });
        return;
      case 'schedules.sync':
        await syncSchedules(client, queues.background, this.options.em(), command.organizationId);
        return;
    }
  }
}

/** What the relay hands to Temporal: any command but a smart-reply row, which goes in a batch start. */
type HandOff = Exclude<OutboxCommand, { kind: 'suggestions.prepare' }>;

/**
 * The batch's id comes from exactly the texts in it: a relay that dies after the start and before
 * the delete re-claims the rows, and the same rows give the same id (Temporal refuses the repeat);
 * a different grouping gives another id, and preparing a text twice is a no-op (idempotent per text).
 */
function batchWorkflowId(messageIds: string[]): string {
  return `suggest-batch-${createHash('sha256').update([...messageIds].sort().join(',')).digest('hex').slice(0, 32)}`;
}

/** Every claimed row is handed over on its own, except smart-reply rows: those start one batch workflow together. */
function groupSuggestions(rows: ClaimedRow[]): { rows: ClaimedRow[]; command: HandOff }[] {
  const handOffs: { rows: ClaimedRow[]; command: HandOff }[] = [];
  const suggestions: ClaimedRow[] = [];
  const messageIds: string[] = [];
  for (const row of rows) {
    if (row.payload.kind === 'suggestions.prepare') {
      suggestions.push(row);
      messageIds.push(row.payload.messageId);
    } else {
      handOffs.push({ rows: [row], command: row.payload });
    }
  }
  if (suggestions.length) {
    handOffs.push({
      rows: suggestions,
      command: { kind: 'workflow.start', workflowType: REPLY_SUGGESTIONS_BATCH_WORKFLOW, workflowId: batchWorkflowId(messageIds), taskQueue: 'background', args: [{ messageIds }] },
    });
  }
  return handOffs;
}
