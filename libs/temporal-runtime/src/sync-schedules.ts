import { ScheduleNotFoundError, type Client } from '@temporalio/client';
import { Location, Organization, type EntityManager } from '@beacon/db';
import { ensureDigestSchedules } from './digest-schedules.js';
import { ensureOutcomesRollupSchedules } from './outcomes-rollup-schedules.js';
import { ensureRetentionSchedules } from './retention-schedules.js';
import { outcomesRollupScheduleId } from '@beacon/workflows/outcomes-rollup/definitions.js';
import { retentionScheduleId } from '@beacon/workflows/retention/definitions.js';

/**
 * Brings the schedules of one organisation (or of every one, at worker start) in line with its rows
 * as they are now: the retention purge, the outcomes rollup and each location's digest in the location's time zone.
 * Idempotent, so the outbox may relay a `schedules.sync` twice.
 */
export async function syncSchedules(client: Client, taskQueue: string, em: EntityManager, organizationId?: string): Promise<string[]> {
  const organizations = await em.find(Organization, organizationId ? { id: organizationId } : {}, { orderBy: { id: 'asc' } });
  // An organisation that is gone (a sign-up never verified, removed when it expired): its daily schedules go too.
  if (!organizations.length) return organizationId ? removeOrganisationSchedules(client, organizationId) : [];
  const locations = await em.find(Location, { organizationId: { $in: organizations.map((o) => o.id) } }, { orderBy: { id: 'asc' } });
  return [
    ...(await ensureRetentionSchedules(client, taskQueue, organizations)),
    ...(await ensureOutcomesRollupSchedules(client, taskQueue, organizations)),
    ...(await ensureDigestSchedules(client, taskQueue, locations)),
  ];
}

/** Deletes an organisation's daily schedules (it had no locations, hence no digests); the ids deleted. */
async function removeOrganisationSchedules(client: Client, organizationId: string): Promise<string[]> {
  const removed: string[] = [];
  for (const scheduleId of [retentionScheduleId(organizationId), outcomesRollupScheduleId(organizationId)]) {
    try {
      await client.schedule.getHandle(scheduleId).delete();
      removed.push(scheduleId);
    } catch (error) {
      if (!(error instanceof ScheduleNotFoundError)) throw error;
    }
  }
  return removed;
}
