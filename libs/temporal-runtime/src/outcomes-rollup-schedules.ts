import { ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import { OUTCOMES_ROLLUP_HOUR_UTC, outcomesRollupScheduleId } from '@beacon/workflows/outcomes-rollup/definitions.js';
import { ensureDailyOrganisationSchedules } from './ensure-schedule.js';

/** One daily outcomes rollup Schedule per organisation (its closed days, after the retention purge). */
export function ensureOutcomesRollupSchedules(client: Client, taskQueue: string, organizations: { id: string }[]): Promise<string[]> {
  return ensureDailyOrganisationSchedules(client, taskQueue, organizations, { scheduleId: outcomesRollupScheduleId, hour: OUTCOMES_ROLLUP_HOUR_UTC, minute: 0, workflowType: 'outcomesRollupWorkflow' });
}

/**
 * Runs each organisation's rollup Schedule once now (a worker start: a deployment's migration may
 * have emptied the rollup), so the outcomes page reads closed days from it again within minutes
 * instead of after the next daily run. SKIP: a roll already running for that organisation (the daily
 * run, another worker's start) is not joined by a second one. A run with nothing due rolls nothing.
 */
export async function triggerOutcomesRollups(client: Client, organizations: { id: string }[]): Promise<void> {
  for (const organization of organizations) await client.schedule.getHandle(outcomesRollupScheduleId(organization.id)).trigger(ScheduleOverlapPolicy.SKIP);
}
