import { ScheduleAlreadyRunning, type Client } from '@temporalio/client';
import { DAILY_DIGEST_HOUR, dailyDigestScheduleId } from '@beacon/workflows/digest/definitions.js';
import { RETENTION_PURGE_HOUR_UTC, retentionScheduleId } from '@beacon/workflows/retention/definitions.js';

/**
 * One Temporal Schedule per location runs the evening digest at 17:00 in the location's own time
 * zone. Creating an existing schedule is a no-op, so this runs at every worker start.
 */
export async function ensureDigestSchedules(client: Client, taskQueue: string, locations: { id: string; timeZone: string }[]): Promise<string[]> {
  const created: string[] = [];
  for (const location of locations) {
    const scheduleId = dailyDigestScheduleId(location.id);
    try {
      await client.schedule.create({
        scheduleId,
        spec: { calendars: [{ hour: DAILY_DIGEST_HOUR, minute: 0 }], timezone: location.timeZone },
        action: { type: 'startWorkflow', workflowType: 'dailyDigestWorkflow', args: [{ locationId: location.id }], taskQueue, workflowId: `daily-digest-${location.id}` },
        policies: { catchupWindow: '1 hour' },
      });
      created.push(scheduleId);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
  }
  return created;
}

/** One daily retention purge Schedule per organisation (idempotent, like the digest schedules). */
export async function ensureRetentionSchedules(client: Client, taskQueue: string, organizations: { id: string }[]): Promise<string[]> {
  const created: string[] = [];
  for (const organization of organizations) {
    const scheduleId = retentionScheduleId(organization.id);
    try {
      await client.schedule.create({
        scheduleId,
        spec: { calendars: [{ hour: RETENTION_PURGE_HOUR_UTC, minute: 15 }] },
        action: { type: 'startWorkflow', workflowType: 'retentionPurgeWorkflow', args: [{ organizationId: organization.id }], taskQueue, workflowId: `retention-purge-${organization.id}` },
        policies: { catchupWindow: '1 day' },
      });
      created.push(scheduleId);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
  }
  return created;
}
