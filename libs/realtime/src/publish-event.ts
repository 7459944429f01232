import type { EntityManager } from '@beacon/db';
import { REALTIME_CHANNEL, type RealtimeEvent, type SequencedRealtimeEvent } from './realtime-event.js';

/**
 * Logs the notice (numbered) and queues it on the caller's transaction: PostgreSQL delivers it only
 * if that transaction commits, so listeners never hear about a row that does not exist.
 * Publishers of one organisation serialise on its lock, held until commit, so within an
 * organisation seqs become visible in the order they were handed out: a console (which only ever
 * follows one organisation's locations) that has seen seq N and later asks for "after N" misses
 * nothing. Different organisations never wait for each other.
 */
export async function publishEvent(em: EntityManager, event: RealtimeEvent): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended('realtime:' || organization_id::text, 0)) from location where id = ?`, [event.locationId]);
  const [row] = await em.execute<{ seq: string }[]>(
    'insert into realtime_event (location_id, type, payload, created_at) values (?, ?, ?, now()) returning seq',
    [event.locationId, event.type, JSON.stringify(event)],
  );
  const sequenced: SequencedRealtimeEvent = { ...event, seq: Number(row?.seq) };
  await em.execute('select pg_notify(?, ?)', [REALTIME_CHANNEL, JSON.stringify(sequenced)]);
}

/**
 * Notices after `since` at the given locations, oldest first; `null` when `since` is older than the
 * log keeps (the client must reload instead) or more than `limit` are waiting.
 */
export async function eventsSince(em: EntityManager, since: number, locationIds: string[], limit = 1000): Promise<SequencedRealtimeEvent[] | null> {
  if (!locationIds.length) return [];
  const [oldest] = await em.execute<{ seq: string | null }[]>('select min(seq) as seq from realtime_event');
  if (oldest?.seq != null && Number(oldest.seq) > since + 1) return null;
  const rows = await em.execute<{ seq: string; payload: RealtimeEvent }[]>(
    `select seq, payload from realtime_event where seq > ? and location_id in (${locationIds.map(() => '?').join(', ')}) order by seq limit ?`,
    [since, ...locationIds, limit + 1],
  );
  if (rows.length > limit) return null;
  return rows.map((r) => ({ ...r.payload, seq: Number(r.seq) }));
}

/** The newest seq handed out so far (0 when none): a fresh client's starting point. */
export async function latestEventSeq(em: EntityManager): Promise<number> {
  const [row] = await em.execute<{ seq: string | null }[]>('select max(seq) as seq from realtime_event');
  return Number(row?.seq ?? 0);
}

/** Drops notices older than `olderThanMs`; clients offline longer than that reload. */
export async function pruneEvents(em: EntityManager, olderThanMs: number): Promise<number> {
  const rows = await em.execute<{ seq: string }[]>('delete from realtime_event where created_at < ? returning seq', [new Date(Date.now() - olderThanMs)]);
  return rows.length;
}
