import { ActivityFailure, proxyActivities } from '@temporalio/workflow';
import type { OutboundActivities, OutboundMessageInput } from './definitions.js';

const delivery = proxyActivities<OutboundActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 8 },
});
const bookkeeping = proxyActivities<OutboundActivities>({ startToCloseTimeout: '30 seconds', retry: { maximumInterval: '1 minute' } });

/** Started by the API once the message is stored as queued (workflow id `outbound-<message id>`). */
export async function outboundMessageWorkflow(input: OutboundMessageInput): Promise<void> {
  try {
    await delivery.sendQueuedMessage({ messageId: input.messageId });
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    await bookkeeping.markMessageUnsent({ messageId: input.messageId, reason: 'The text message provider could not be reached after several tries.' });
  }
}
