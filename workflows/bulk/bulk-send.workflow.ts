import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { bulkSendChangedSignal, type BulkSendActivities, type BulkSendInput } from './definitions.js';

const { sendBulkBatch, finishBulkSend } = proxyActivities<BulkSendActivities>({
  startToCloseTimeout: '2 minutes',
  // The batch heartbeats per text: a killed worker's batch is retried elsewhere within seconds.
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Batches per run before continuing as new, so a send of any size keeps a short history. */
const BATCHES_PER_RUN = 200;
/** While paused, look at the row again this often even without a signal (a signal is only a nudge). */
const PAUSED_RECHECK = '5 minutes';

/**
 * One bulk send (`bulk-send-<id>`, background queue, started through the outbox with its row). Paces
 * the texts with timers between batches (each batch is the rate's share of a second), follows the
 * state staff set on the row (pause, resume, cancel; a signal wakes it at once), and continues as
 * new every BATCHES_PER_RUN batches. The activities are idempotent per recipient, so a retried
 * batch, a restarted worker or a replayed run never texts anyone twice.
 */
export async function bulkSendWorkflow(input: BulkSendInput): Promise<void> {
  let changes = 0;
  setHandler(bulkSendChangedSignal, () => {
    changes += 1;
  });
  for (let batch = 0; batch < BATCHES_PER_RUN; batch++) {
    // Counted before the batch: a change signalled while it runs wakes the wait after it.
    const seen = changes;
    const result = await sendBulkBatch(input);
    switch (result.state) {
      case 'done':
        await finishBulkSend({ ...input, outcome: 'finished' });
        return;
      case 'cancelled':
        await finishBulkSend({ ...input, outcome: 'cancelled' });
        return;
      case 'paused':
        await condition(() => changes !== seen, PAUSED_RECHECK);
        break;
      case 'sending':
        // Pacing; a pause or cancel signalled meanwhile ends the wait early (the next batch reads the row).
        if (result.waitMs > 0) await condition(() => changes !== seen, result.waitMs);
        break;
    }
    if (workflowInfo().continueAsNewSuggested) break;
  }
  await continueAsNew<typeof bulkSendWorkflow>(input);
}
