import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { EntityManager } from '@beacon/db';
import { inboundFollowUpWorkflowId, replySuggestionsWorkflowId } from '@beacon/workflows/inbound/definitions.js';
import { eventually } from './eventually.js';

/**
 * Waits until everything a stored inbound text set off has finished: its outbox rows handed to
 * Temporal, then its follow-up (confirmations, after-hours reply) and smart-reply workflows, where
 * the webhook started them. A deterministic signal instead of sleeping and looking.
 */
export async function inboundProcessed(em: () => EntityManager, temporal: Client, messageId: string): Promise<void> {
  const ids = [inboundFollowUpWorkflowId(messageId), replySuggestionsWorkflowId(messageId)];
  await eventually(async () => {
    const [row] = await em().execute<{ n: string }[]>('select count(*) as n from outbox where ordering_key = any(?)', [`{${ids.join(',')}}`]);
    return Number(row?.n) === 0;
  }, `outbox hand-off of message ${messageId}`);
  for (const id of ids) {
    try {
      await temporal.workflow.getHandle(id).result();
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) throw error;
    }
  }
}
