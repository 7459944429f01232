import type { EntityManager } from '@mikro-orm/postgresql';

/** NOTIFY channel that wakes the relay when an outbox row commits. */
export const OUTBOX_CHANNEL = 'beacon_outbox';

/** The queue a workflow runs on (names resolved by the relay from TEMPORAL_TASK_QUEUE). */
export type OutboxTaskQueue = 'interactive' | 'scheduled' | 'background';

/**
 * Work for Temporal, written in the same transaction as the row it is about, so it exists exactly
 * when that row does. The relay (libs/temporal-runtime) hands each to Temporal with a deterministic
 * workflow id, so a repeated hand-off (relay crash, lease expiry) changes nothing. Payloads carry ids
 * and times only, never patient text.
 */
export type OutboxCommand =
  | { kind: 'workflow.start'; workflowType: string; workflowId: string; taskQueue: OutboxTaskQueue; args: unknown[] }
  | { kind: 'workflow.signal'; workflowId: string; signal: string; args: unknown[] }
  /** A booking-system event for `appointment-<id>` (signal-with-start, see TemporalAppointmentGateway). */
  | { kind: 'appointment.event'; workflowId: string; event: unknown; applied: boolean };

/** The relay loop a command waits in: the queue its workflow runs on (signals and events go to appointments). */
export function outboxLane(command: OutboxCommand): OutboxTaskQueue {
  return command.kind === 'workflow.start' ? command.taskQueue : 'scheduled';
}

/**
 * Queues commands inside the caller's transaction. Commands with the same workflow id are relayed
 * in the order they were written (events and replies of one appointment stay in order).
 */
export async function enqueueOutbox(tx: EntityManager, ...commands: OutboxCommand[]): Promise<void> {
  if (!commands.length) return;
  const values = commands.map(() => '(?, ?, ?, ?::jsonb)').join(', ');
  // One statement: the rows and the wake-up for the relays (delivered on commit).
  await tx.execute(
    `with queued as (insert into outbox (kind, lane, ordering_key, payload) values ${values}) select pg_notify(?, '')`,
    [...commands.flatMap((c) => [c.kind, outboxLane(c), c.workflowId, JSON.stringify(c)]), OUTBOX_CHANNEL],
  );
}
