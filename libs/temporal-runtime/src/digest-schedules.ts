import type { Client } from '@temporalio/client';
import { DAILY_DIGEST_HOUR, dailyDigestScheduleId } from '@beacon/workflows/digest/definitions.js';
import { ensureSchedule } from './ensure-schedule.js';

/** One Temporal Schedule per location runs the evening digest at 17:00 in the location's own time zone. */
export async function ensureDigestSchedules(client: Client, taskQueue: string, locations: { id: string; timeZone: string }[]): Promise<string[]> {
  const changed: string[] = [];
  for (const location of locations) {
    const scheduleId = dailyDigestScheduleId(location.id);
    const touched = await ensureSchedule(client, {
      scheduleId,
      spec: { calendars: [{ hour: DAILY_DIGEST_HOUR, minute: 0 }], timezone: location.timeZone },
      action: { type: 'startWorkflow', workflowType: 'dailyDigestWorkflow', args: [{ locationId: location.id }], taskQueue, workflowId: `daily-digest-${location.id}` },
      policies: { catchupWindow: '1 hour' },
    });
    if (touched) changed.push(scheduleId);
  }
  return changed;
}
