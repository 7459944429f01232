import { proxyActivities } from '@temporalio/workflow';
import type { RetentionActivities, RetentionPurgeInput, RetentionPurgeResult } from './definitions.js';

const { purgeExpiredMessages } = proxyActivities<RetentionActivities>({ startToCloseTimeout: '30 minutes', heartbeatTimeout: '2 minutes', retry: { maximumAttempts: 5 } });

/** Started daily by the organisation's retention Schedule; the activity is idempotent (re-running deletes nothing more). */
export async function retentionPurgeWorkflow(input: RetentionPurgeInput): Promise<RetentionPurgeResult> {
  return purgeExpiredMessages(input);
}
