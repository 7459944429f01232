import type { EntityManager } from '@beacon/db';
import { REALTIME_CHANNEL, type RealtimeEvent, type SequencedRealtimeEvent } from './realtime-event.js';

/** NOTIFY channel that wakes the sequencer when unnumbered notices commit. */
export const PENDING_EVENTS_CHANNEL = 'beacon_events_pending';

/**
 * Logs the notice in the caller's transaction, unnumbered: it exists only if that transaction
 * commits, so listeners never hear about a row that does not exist. Writers take no shared lock;
 * the sequencer numbers committed notices afterwards (see sequenceEvents).
 */
export async function publishEvent(em: EntityManager, event: RealtimeEvent): Promise<void> {
  await publishEvents(em, [event]);
}

/** The same for several notices in one statement (a batch of work that finished together). */
export async function publishEvents(em: EntityManager, events: RealtimeEvent[]): Promise<void> {
  if (!events.length) return;
  // One statement: the rows and the wake-up for the sequencer (delivered on commit).
  await em.execute(
    `with logged as (insert into realtime_event (location_id, type, payload, created_at) values ${events.map(() => '(?, ?, ?, now())').join(', ')}) select pg_notify(?, '')`,
    [...events.flatMap((event) => [event.locationId, event.type, JSON.stringify(event)]), PENDING_EVENTS_CHANNEL],
  );
}

/**
 * Numbers committed notices and announces them, in one short transaction under a single lock: seqs
 * become visible strictly in the order they are handed out, so a client that has seen seq N and
 * later asks for "after N" misses nothing. Any number of API instances may run it.
 */
export async function sequenceEvents(em: EntityManager, batch = 500): Promise<number> {
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', ['beacon:realtime_sequencer']);
    const rows = await tx.execute<{ seq: string; payload: RealtimeEvent }[]>(
      `with numbered as (
         select id, nextval('realtime_event_seq_seq') as seq
           from (select id from realtime_event where seq is null order by id limit ?) pending
       )
       update realtime_event r set seq = n.seq from numbered n where r.id = n.id returning r.seq, r.payload`,
      [batch],
    );
    const sequenced = rows.map((r): SequencedRealtimeEvent => ({ ...r.payload, seq: Number(r.seq) })).sort((a, b) => a.seq - b.seq);
    // One statement for the whole batch; notifications go out in array order on commit.
    if (sequenced.length) {
      await tx.execute('select pg_notify(?, e) from jsonb_array_elements_text(?::jsonb) with ordinality as t(e, n) order by n', [REALTIME_CHANNEL, JSON.stringify(sequenced.map((e) => JSON.stringify(e)))]);
    }
    return sequenced.length;
  });
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
    `select seq, payload from realtime_event where seq is not null and seq > ? and location_id in (${locationIds.map(() => '?').join(', ')}) order by seq limit ?`,
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
  const rows = await em.execute<{ seq: string }[]>('delete from realtime_event where created_at < ? and seq is not null returning seq', [new Date(Date.now() - olderThanMs)]);
  return rows.length;
}
