import type { Client } from '@temporalio/client';
import { RETENTION_PURGE_HOUR_UTC, retentionScheduleId } from '@beacon/workflows/retention/definitions.js';
import { ensureDailyOrganisationSchedules } from './ensure-schedule.js';

/** One daily retention purge Schedule per organisation. */
export function ensureRetentionSchedules(client: Client, taskQueue: string, organizations: { id: string }[]): Promise<string[]> {
  return ensureDailyOrganisationSchedules(client, taskQueue, organizations, { scheduleId: retentionScheduleId, hour: RETENTION_PURGE_HOUR_UTC, minute: 15, workflowType: 'retentionPurgeWorkflow' });
}
