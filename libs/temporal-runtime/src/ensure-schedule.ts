import { ScheduleAlreadyRunning, type Client, type ScheduleOptions } from '@temporalio/client';

export type StartWorkflowSchedule = ScheduleOptions & { action: { type: 'startWorkflow'; taskQueue: string } };

/**
 * Creates the schedule, or brings an existing one up to date (task queue, time zone): so it runs
 * at every worker start and after a location's time zone changes. Returns the ids created or changed.
 */
export async function ensureSchedule(client: Client, options: StartWorkflowSchedule): Promise<boolean> {
  try {
    await client.schedule.create(options);
    return true;
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
  }
  const handle = client.schedule.getHandle(options.scheduleId);
  const current = await handle.describe();
  const action = current.action;
  const sameQueue = action.type === 'startWorkflow' && action.taskQueue === options.action.taskQueue;
  const sameZone = (current.spec.timezone ?? undefined) === (options.spec.timezone ?? undefined);
  if (sameQueue && sameZone) return false;
  await handle.update((previous) => ({
    ...previous,
    spec: { ...previous.spec, timezone: options.spec.timezone },
    action: previous.action.type === 'startWorkflow' ? { ...previous.action, taskQueue: options.action.taskQueue } : previous.action,
  }));
  return true;
}

/** One daily Schedule per organisation at a UTC time, starting `workflowType` with the organisation's id. */
export async function ensureDailyOrganisationSchedules(
  client: Client,
  taskQueue: string,
  organizations: { id: string }[],
  daily: { scheduleId: (organizationId: string) => string; hour: number; minute: number; workflowType: string },
): Promise<string[]> {
  const changed: string[] = [];
  for (const organization of organizations) {
    const scheduleId = daily.scheduleId(organization.id);
    const touched = await ensureSchedule(client, {
      scheduleId,
      spec: { calendars: [{ hour: daily.hour, minute: daily.minute }] },
      action: { type: 'startWorkflow', workflowType: daily.workflowType, args: [{ organizationId: organization.id }], taskQueue, workflowId: scheduleId },
      policies: { catchupWindow: '1 day' },
    });
    if (touched) changed.push(scheduleId);
  }
  return changed;
}
