import { proxyActivities } from '@temporalio/workflow';
import type { OutcomesRollupActivities, OutcomesRollupInput, OutcomesRollupResult } from './definitions.js';

const { rollUpOutcomes } = proxyActivities<OutcomesRollupActivities>({ startToCloseTimeout: '30 minutes', retry: { maximumAttempts: 5 } });

/** Started daily by the organisation's outcomes rollup Schedule; the activity is idempotent (a re-run rolls nothing more). */
export async function outcomesRollupWorkflow(input: OutcomesRollupInput): Promise<OutcomesRollupResult> {
  return rollUpOutcomes(input);
}
