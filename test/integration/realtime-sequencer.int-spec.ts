import pg from 'pg';
import { eventsSince, publishEvent, REALTIME_CHANNEL, type SequencedRealtimeEvent } from '@beacon/realtime';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';

/**
 * Realtime notices are written without a shared lock and numbered after commit: whatever the
 * interleaving of writers, listeners hear every committed notice once, in strictly increasing seq
 * order, and "events after N" returns exactly what came later.
 */
describe('realtime sequencer', () => {
  let system: RunningSystem;
  let listener: pg.Client;
  const heard: SequencedRealtimeEvent[] = [];

  beforeAll(async () => {
    system = await RunningSystem.start({}, { withWorker: false });
    listener = new pg.Client({ connectionString: system.config.DATABASE_URL });
    await listener.connect();
    listener.on('notification', (n) => {
      if (n.channel === REALTIME_CHANNEL && n.payload) heard.push(JSON.parse(n.payload) as SequencedRealtimeEvent);
    });
    await listener.query(`LISTEN ${REALTIME_CHANNEL}`);
  });

  afterAll(async () => {
    await listener?.end();
    await system?.stop();
  });

  it('numbers 150 concurrent notices (one rolled back) in the order listeners hear them', async () => {
    const locationId = system.org.locations.austin.id;
    const since = heard.at(-1)?.seq ?? 0;
    const publish = (i: number) =>
      system.orm.em.fork().transactional(async (tx) => {
        await publishEvent(tx, { type: 'conversation.updated', conversationId: `c-${i}`, locationId, patientId: 'p' });
        if (i === 7) throw new Error('rolled back');
      });
    const results = await Promise.allSettled(Array.from({ length: 151 }, (_, i) => publish(i)));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);

    const mine = await eventually(async () => {
      const got = heard.filter((e) => e.seq > since && (e as { conversationId?: string }).conversationId?.startsWith('c-'));
      return got.length >= 150 ? got : null;
    }, '150 numbered notices');
    expect(mine).toHaveLength(150);
    expect(mine.some((e) => (e as { conversationId?: string }).conversationId === 'c-7')).toBe(false);
    for (let i = 1; i < mine.length; i += 1) expect(mine[i]!.seq).toBeGreaterThan(mine[i - 1]!.seq);
    const replay = await eventsSince(system.orm.em.fork(), since, [locationId]);
    expect(replay?.map((e) => e.seq)).toEqual(mine.map((e) => e.seq));
  });
});
