import { proxyActivities } from '@temporalio/workflow';
import type { DailyDigestInput, DailyDigestResult, DigestActivities } from './definitions.js';

const { postDailyDigest } = proxyActivities<DigestActivities>({ startToCloseTimeout: '1 minute', retry: { maximumAttempts: 5 } });

/** Started every evening by the location's Temporal Schedule (visible in the Temporal UI). */
export async function dailyDigestWorkflow(input: DailyDigestInput): Promise<DailyDigestResult> {
  return postDailyDigest(input);
}
