import { ScheduleAlreadyRunning, type Client, type ScheduleOptions } from '@temporalio/client';
import { Location, Organization, type EntityManager } from '@beacon/db';
import { DAILY_DIGEST_HOUR, dailyDigestScheduleId } from '@beacon/workflows/digest/definitions.js';
import { OUTCOMES_ROLLUP_HOUR_UTC, outcomesRollupScheduleId } from '@beacon/workflows/outcomes-rollup/definitions.js';
import { RETENTION_PURGE_HOUR_UTC, retentionScheduleId } from '@beacon/workflows/retention/definitions.js';

type StartWorkflowSchedule = ScheduleOptions & { action: { type: 'startWorkflow'; taskQueue: string } };

/**
 * Creates the schedule, or brings an existing one up to date (task queue, time zone): so it runs
 * at every worker start and after a location's time zone changes. Returns the ids created or changed.
 */
async function ensureSchedule(client: Client, options: StartWorkflowSchedule): Promise<boolean> {
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

/** One daily Schedule per organisation at a UTC time, starting `workflowType` with the organisation's id. */
async function ensureDailyOrganisationSchedules(
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

/** One daily retention purge Schedule per organisation. */
export function ensureRetentionSchedules(client: Client, taskQueue: string, organizations: { id: string }[]): Promise<string[]> {
  return ensureDailyOrganisationSchedules(client, taskQueue, organizations, { scheduleId: retentionScheduleId, hour: RETENTION_PURGE_HOUR_UTC, minute: 15, workflowType: 'retentionPurgeWorkflow' });
}

/** One daily outcomes rollup Schedule per organisation (its closed days, after the retention purge). */
export function ensureOutcomesRollupSchedules(client: Client, taskQueue: string, organizations: { id: string }[]): Promise<string[]> {
  return ensureDailyOrganisationSchedules(client, taskQueue, organizations, { scheduleId: outcomesRollupScheduleId, hour: OUTCOMES_ROLLUP_HOUR_UTC, minute: 0, workflowType: 'outcomesRollupWorkflow' });
}

/**
 * Brings the schedules of one organisation (or of every one, at worker start) in line with its rows
 * as they are now: the retention purge, the outcomes rollup and each location's digest in the location's time zone.
 * Idempotent, so the outbox may relay a `schedules.sync` twice.
 */
export async function syncSchedules(client: Client, taskQueue: string, em: EntityManager, organizationId?: string): Promise<string[]> {
  const organizations = await em.find(Organization, organizationId ? { id: organizationId } : {}, { orderBy: { id: 'asc' } });
  if (!organizations.length) return [];
  const locations = await em.find(Location, { organizationId: { $in: organizations.map((o) => o.id) } }, { orderBy: { id: 'asc' } });
  return [
    ...(await ensureRetentionSchedules(client, taskQueue, organizations)),
    ...(await ensureOutcomesRollupSchedules(client, taskQueue, organizations)),
    ...(await ensureDigestSchedules(client, taskQueue, locations)),
  ];
}
