import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { msToTs } from '@temporalio/common/lib/time.js';
import { Message, SimulatorMessage } from '@beacon/db';
import { RunningSystem } from '../support/running-system.js';
import { freePort } from '../support/test-env.js';
import { requireBuiltWorker, startWorkerProcess } from '../support/worker-process.js';
import { eventually } from '../support/eventually.js';
import { startTimeSkippingEnv } from '../support/time-skipping.js';

const PATIENT = '+15125550191';

/**
 * Kills the real worker process (the compiled production build) after the carrier accepted a text
 * but before the worker recorded it, then lets a fresh worker retry: the patient must get the text
 * exactly once. Runs on the time-skipping server so Temporal's retry delays pass in moments.
 */
describe('a worker killed mid-send', () => {
  let env: TestWorkflowEnvironment;
  let system: RunningSystem;
  let db: pg.Client;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    requireBuiltWorker();
    const port = await freePort();
    env = await startTimeSkippingEnv({ port });
    system = await RunningSystem.start({ TEMPORAL_ADDRESS: `127.0.0.1:${port}` }, { withWorker: false });
    db = new pg.Client({ connectionString: system.config.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await db?.end();
    await system?.stop();
    await env?.teardown();
  });

  const startWorker = () => startWorkerProcess(system, workers);

  it('delivers the booking confirmation exactly once', async () => {
    // Hold the worker's "record the outcome" step (a test-only trigger) so the kill lands in the gap.
    await db.query(`create or replace function test_hold_sent() returns trigger language plpgsql as $$
      begin if old.status = 'sending' and new.status = 'sent' then perform pg_sleep(4); end if; return new; end $$;`);
    await db.query(`create trigger test_hold_sent before update on message for each row execute function test_hold_sent();`);

    const first = await startWorker();
    const res = await system.postBookingEvent({
      eventId: 'crash-1',
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: 'EXT-CRASH-1',
        locationId: system.org.locations.austin.id,
        startsAt: new Date(Date.now() + 6 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: 'Botox',
        source: 'online',
        patient: { firstName: 'Kim', lastName: 'Crash', phone: PATIENT },
      },
    });
    expect(res.status).toBe(202);

    // The carrier (simulator) has the text; our row still says "sending": kill the worker now.
    await eventually(async () => (await system.orm.em.fork().count(SimulatorMessage, { patientPhone: PATIENT })) === 1, 'carrier accepted the text');
    const inFlight = await system.orm.em.fork().findOneOrFail(Message, { toNumber: PATIENT, kind: 'booking_confirmation' });
    expect(inFlight.status).toBe('sending');
    // The database session recording "sent", held in the trigger.
    const held = await eventually(async () => {
      const { rows } = await db.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and wait_event = 'PgSleep'`);
      return rows.length ? rows.map((r) => r.pid) : null;
    }, 'the held "sent" update', 10_000, 20);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    await db.query('drop trigger test_hold_sent on message');
    // The killed worker's transaction never commits: its session ends without it.
    await eventually(async () => (await db.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where pid = any($1)', [held])).rows[0]?.n === 0, 'the killed worker’s session to end', 30_000, 50);
    expect((await system.orm.em.fork().findOneOrFail(Message, inFlight.id)).status).toBe('sending');

    await startWorker();
    // Temporal notices the lost attempt when its 1-minute start-to-close timeout expires (real time:
    // the server does not skip time while an activity is outstanding), then skips the 5-minute retry
    // delay; the new worker runs the retry.
    // The skip is cancelled once the retry is recorded, so no call outlives the test server.
    const skip = new AbortController();
    const skipping = env.connection
      .withAbortSignal(skip.signal, () => env.connection.testService!.unlockTimeSkippingWithSleep({ duration: msToTs('10 minutes') }))
      .catch(() => undefined);
    const recorded = await eventually(
      async () => {
        const m = await system.orm.em.fork().findOne(Message, inFlight.id);
        return m && m.status !== 'sending' ? m : null;
      },
      'the retry recorded the send',
      150_000,
    );
    skip.abort();
    await skipping;

    expect(['sent', 'delivered']).toContain(recorded.status);
    const carried = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: PATIENT });
    expect(carried).toHaveLength(1);
    expect(carried[0]?.duplicateSends).toBe(0);
    expect(recorded.providerSid).toBe(carried[0]?.sid);
    expect(await system.orm.em.fork().count(Message, { toNumber: PATIENT, direction: 'outbound' })).toBe(1);
  }, 240_000);
});
