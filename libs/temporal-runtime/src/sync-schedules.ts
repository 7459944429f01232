import type { Client } from '@temporalio/client';
import { Location, Organization, type EntityManager } from '@beacon/db';
import { ensureDigestSchedules } from './digest-schedules.js';
import { ensureOutcomesRollupSchedules } from './outcomes-rollup-schedules.js';
import { ensureRetentionSchedules } from './retention-schedules.js';

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
