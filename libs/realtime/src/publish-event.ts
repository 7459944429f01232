import type { EntityManager } from '@beacon/db';
import { REALTIME_CHANNEL, type RealtimeEvent } from './realtime-event.js';

/**
 * Queues a notice on the caller's transaction: PostgreSQL delivers it only if that transaction
 * commits, so listeners never hear about a row that does not exist.
 */
export async function publishEvent(em: EntityManager, event: RealtimeEvent): Promise<void> {
  await em.execute('select pg_notify(?, ?)', [REALTIME_CHANNEL, JSON.stringify(event)]);
}
