import type { Client } from '@temporalio/client';
import { OUTCOMES_ROLLUP_HOUR_UTC, outcomesRollupScheduleId } from '@beacon/workflows/outcomes-rollup/definitions.js';
import { ensureDailyOrganisationSchedules } from './ensure-schedule.js';

/** One daily outcomes rollup Schedule per organisation (its closed days, after the retention purge). */
export function ensureOutcomesRollupSchedules(client: Client, taskQueue: string, organizations: { id: string }[]): Promise<string[]> {
  return ensureDailyOrganisationSchedules(client, taskQueue, organizations, { scheduleId: outcomesRollupScheduleId, hour: OUTCOMES_ROLLUP_HOUR_UTC, minute: 0, workflowType: 'outcomesRollupWorkflow' });
}
