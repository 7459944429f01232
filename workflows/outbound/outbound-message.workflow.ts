import { ActivityFailure, ApplicationFailure, patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { OutboundActivities, OutboundMessageInput } from './definitions.js';

const DELIVERY_RETRY = { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 8 } as const;

/** Before 'local-send': each step was a task on the queue (kept so earlier histories replay). */
const delivery = proxyActivities<OutboundActivities>({ startToCloseTimeout: '1 minute', retry: DELIVERY_RETRY });
const bookkeeping = proxyActivities<OutboundActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });

/** The send needs no durable wait before it: a local activity (no extra round trip through the queue). */
const localDelivery = proxyLocalActivities<OutboundActivities>({ startToCloseTimeout: '1 minute', localRetryThreshold: '10 seconds', retry: DELIVERY_RETRY });
const localBookkeeping = proxyLocalActivities<OutboundActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });

/** Started through the outbox once the message is stored as queued (workflow id `outbound-<message id>`, interactive queue). */
export async function outboundMessageWorkflow(input: OutboundMessageInput): Promise<void> {
  const local = patched('local-send');
  try {
    await (local ? localDelivery : delivery).sendQueuedMessage({ messageId: input.messageId });
  } catch (error) {
    // A failed local activity surfaces as its ApplicationFailure, a remote one wrapped in ActivityFailure.
    if (!(error instanceof ActivityFailure || error instanceof ApplicationFailure)) throw error;
    await (local ? localBookkeeping : bookkeeping).markMessageUnsent({ messageId: input.messageId, reason: 'The text message provider could not be reached after several tries.' });
  }
}
