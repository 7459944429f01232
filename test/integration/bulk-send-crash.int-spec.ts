import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { Message, SimulatorMessage } from '@beacon/db';
import type { BulkSendDetail } from '@beacon/bulk';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { insertPatients, laterToday } from '../support/bulk-fixtures.js';
import { requireBuiltWorker, startWorkerProcess } from '../support/worker-process.js';

const RECIPIENTS = 500;
const KILL_AFTER = 100;

/**
 * Kills the real worker process (the compiled production build, SIGKILL) in the middle of a
 * 500-recipient bulk send, at the worst moment: the carrier has accepted a text and the worker has
 * not recorded it yet. A fresh worker picks the send up: every recipient gets exactly one text.
 */
describe('a worker killed in the middle of a bulk send', () => {
  let system: RunningSystem;
  let db: pg.Client;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    requireBuiltWorker();
    system = await RunningSystem.start({}, { withWorker: false });
    db = new pg.Client({ connectionString: system.config.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await db?.end();
    await system?.stop();
  });

  const startWorker = () => startWorkerProcess(system, workers, 60_000);

  it('texts each of 500 recipients exactly once', async () => {
    const org = { organizationId: system.org.organizationId, integrationId: system.org.integrationId, locationId: system.org.locations.austin.id };
    const phones = Array.from({ length: RECIPIENTS }, (_, i) => `+1512558${String(1000 + i).padStart(4, '0')}`);
    const at = laterToday(system.org.locations.austin.timeZone);
    await insertPatients(system.orm.em.fork(), org, phones.map((phone, i) => ({ firstName: `Crash${i}`, phone, appointment: { startsAt: at, providerName: 'Dr. Priya Lee' } })));
    // Hold the worker's "record the outcome" step of the bulk text that comes after the first
    // KILL_AFTER (a test-only trigger), so the kill lands between the carrier's acceptance and our record.
    await db.query(`create or replace function test_hold_bulk_sent() returns trigger language plpgsql as $$
      begin
        if old.status = 'sending' and new.status = 'sent' and new.bulk_send_id is not null
           and (select count(*) from message where bulk_send_id = new.bulk_send_id and status in ('sent', 'delivered')) >= ${KILL_AFTER} then
          perform pg_sleep(60);
        end if;
        return new;
      end $$;`);
    await db.query('create trigger test_hold_bulk_sent before update on message for each row execute function test_hold_bulk_sent();');

    const cookie = await system.login('frontdesk@glow.test');
    const res = await fetch(`${system.baseUrl}/api/bulk-sends`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ locationId: org.locationId, criteria: { scenario: 'closure', reason: 'ice storm' }, ratePerSecond: 100 }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };

    const first = await startWorker();
    const held = await eventually(async () => {
      const { rows } = await db.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and wait_event = 'PgSleep'`);
      return rows.length ? rows.map((r) => r.pid) : null;
    }, 'the held "sent" update', 120_000, 20);
    // The carrier has that text; our row still says "sending".
    const inFlight = await system.orm.em.fork().findOneOrFail(Message, { bulkSendId: id, status: 'sending' });
    expect(await system.orm.em.fork().count(SimulatorMessage, { patientPhone: inFlight.toNumber })).toBe(1);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    await db.query('drop trigger test_hold_bulk_sent on message');
    await eventually(async () => (await db.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where pid = any($1)', [held])).rows[0]?.n === 0, 'the killed worker’s session to end', 30_000, 50);
    const sentBeforeRestart = await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones } });
    expect(sentBeforeRestart).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(sentBeforeRestart).toBeLessThan(RECIPIENTS);

    // A fresh worker: Temporal retries the lost batch once its heartbeat times out, and the send goes on.
    await startWorker();
    const done = await eventually(async () => {
      const r = await fetch(`${system.baseUrl}/api/bulk-sends/${id}`, { headers: { cookie } });
      const d = (await r.json()) as BulkSendDetail;
      return d.status === 'finished' ? d : null;
    }, 'the send to finish', 180_000, 500);

    expect(done.counts).toMatchObject({ recipients: RECIPIENTS, queued: 0, failed: 0, excluded: 0 });
    expect(done.recipients.every((r) => r.status === 'sent')).toBe(true);
    const { rows } = await db.query<{ patient_phone: string; n: number; dups: number }>(
      'select patient_phone, count(*)::int as n, sum(duplicate_sends)::int as dups from simulator_message where patient_phone = any($1) group by patient_phone',
      [phones],
    );
    expect(rows).toHaveLength(RECIPIENTS);
    expect(rows.filter((r) => r.n !== 1 || r.dups !== 0)).toEqual([]);
    expect(await system.orm.em.fork().count(Message, { bulkSendId: id, direction: 'outbound' })).toBe(RECIPIENTS);
    const reconciled = await system.orm.em.fork().findOneOrFail(Message, inFlight.id);
    expect(['sent', 'delivered']).toContain(reconciled.status);
  }, 420_000);
});
