import { SimulatorMessage, type MikroORM } from '@beacon/db';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { inboundFollowUpWorkflowId, REPLY_SUGGESTIONS_BATCH_WORKFLOW, replySuggestionsWorkflowId } from '@beacon/workflows/inbound/definitions.js';
import { taskQueueName } from '@beacon/workflows/task-queues.js';
import { eventually } from './eventually.js';

interface SystemLike {
  orm: MikroORM;
  config: { TEMPORAL_ADDRESS: string; TEMPORAL_NAMESPACE: string; TEMPORAL_TASK_QUEUE: string };
}

/** Closed, never started, or waiting on a timer with no activity and no workflow task (signal, start) pending. */
async function isSettled(client: Client, workflowId: string): Promise<boolean> {
  try {
    const described = await client.workflow.getHandle(workflowId).describe();
    if (described.status.name !== 'RUNNING') return true;
    return (described.raw.pendingActivities?.length ?? 0) === 0 && !described.raw.pendingWorkflowTask;
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return true;
    throw error;
  }
}

/**
 * Resolves once nothing is left in flight for these workflows: their outbox rows (starts, signals,
 * booking events) have been handed to Temporal, and each workflow is closed, was never started, or
 * waits on a timer with no activity or workflow task pending. A text such a workflow has not sent by
 * then it will not send before its next timer, so "nothing else was sent" can be checked at once —
 * the deterministic replacement for sleeping a second and looking.
 */
export async function workflowsSettled(system: SystemLike, workflowIds: string[], timeoutMs = 30_000): Promise<void> {
  const client = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
  try {
    await eventually(
      async () => {
        const [row] = await system.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from outbox where ordering_key = any(?)', [`{${workflowIds.join(',')}}`]);
        if (Number(row?.n) > 0) return false;
        for (const id of workflowIds) if (!(await isSettled(client, id))) return false;
        return true;
      },
      `nothing in flight for ${workflowIds.join(', ')}`,
      timeoutMs,
      50,
    );
  } finally {
    await client.connection.close();
  }
}

/**
 * Everything a stored inbound text set off has finished: its follow-up (confirmations, after-hours
 * reply) and smart replies. Smart replies go in batches (`suggest-<id>` is the outbox ordering key,
 * or a legacy workflow): once that row is handed over, they are ready when their row exists, or
 * when no batch is running any more (a text with none, such as an opt-out, or one whose tries failed).
 */
export async function inboundProcessed(system: SystemLike, messageId: string): Promise<void> {
  await workflowsSettled(system, [inboundFollowUpWorkflowId(messageId), replySuggestionsWorkflowId(messageId)]);
  const client = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
  let idleChecks = 0;
  try {
    await eventually(
      async () => {
        const [row] = await system.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from reply_suggestion where message_id = ?', [messageId]);
        if (Number(row?.n) > 0) return true;
        // This system's batches only: test files share one Temporal server, and a stopped system's
        // unfinished batches stay Running there with nobody polling their queue.
        const queue = taskQueueName(system.config.TEMPORAL_TASK_QUEUE, 'background');
        const running = client.workflow.list({ query: `WorkflowType = '${REPLY_SUGGESTIONS_BATCH_WORKFLOW}' AND ExecutionStatus = 'Running' AND TaskQueue = '${queue}'`, pageSize: 1 });
        for await (const _ of running) return ((idleChecks = 0), false);
        // Twice in a row: a batch started just now may reach the visibility store a moment later.
        return ++idleChecks >= 2;
      },
      `smart replies settled for ${messageId}`,
      30_000,
      50,
    );
  } finally {
    await client.connection.close();
  }
}

/**
 * How many times the provider was asked to send matching texts: the simulator keeps one row per
 * idempotency key and counts repeats in `duplicate_sends`, so a row count alone cannot see a text
 * sent twice.
 */
export async function timesSentToProvider(system: SystemLike, where: { patientPhone: string; body?: string }): Promise<number> {
  const rows = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: where.patientPhone, direction: 'to_patient' });
  return rows.filter((m) => where.body === undefined || m.body === where.body).reduce((n, m) => n + 1 + m.duplicateSends, 0);
}
