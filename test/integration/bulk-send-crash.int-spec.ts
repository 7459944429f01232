import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { AuditEvent, Message, SimulatorMessage } from '@beacon/db';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { bulkSendWorkflowId } from '@beacon/workflows/bulk/definitions.js';
import type { BulkSendDetail } from '@beacon/bulk';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { insertPatients, laterToday } from '../support/bulk-fixtures.js';
import { requireBuiltWorker, startWorkerProcess } from '../support/worker-process.js';
import { killHard } from '../support/api-process.js';

const RECIPIENTS = 500;
const KILL_AFTER = 100;

/**
 * Kills the real worker process (the compiled production build, SIGKILL) in the middle of a
 * 500-recipient bulk send, at the worst moment: the carrier has accepted a text and the worker has
 * not recorded it yet. A fresh worker picks the send up: every recipient gets exactly one text.
 * And a send cancelled while no worker runs stays cancelled when one is back.
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

  /**
   * A test-only trigger that holds the worker's "record the outcome" step of the bulk text after the
   * first `sent` of a send, so a kill lands between the carrier's acceptance and our record.
   */
  const holdBulkTextAfter = async (sent: number) => {
    await db.query(`create or replace function test_hold_bulk_sent() returns trigger language plpgsql as $$
      begin
        if old.status = 'sending' and new.status = 'sent' and new.bulk_send_id is not null
           and (select count(*) from message where bulk_send_id = new.bulk_send_id and status in ('sent', 'delivered')) >= ${sent} then
          perform pg_sleep(60);
        end if;
        return new;
      end $$;`);
    await db.query('create trigger test_hold_bulk_sent before update on message for each row execute function test_hold_bulk_sent();');
  };

  /** Kills `worker` (SIGKILL) while the held text is at the carrier and "sending" in our rows; returns that text. */
  const killWhileHeld = async (worker: ChildProcess, bulkSendId: string) => {
    const held = await eventually(async () => {
      const { rows } = await db.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and wait_event = 'PgSleep'`);
      return rows.length ? rows.map((r) => r.pid) : null;
    }, 'the held "sent" update', 120_000, 20);
    // The carrier has that text; our row still says "sending". Other lanes of the batch may hold
    // "sending" rows whose carrier call has not happened yet: the held one is a "sending" row the
    // carrier already has.
    const sending = await system.orm.em.fork().find(Message, { bulkSendId, status: 'sending' });
    const atCarrier = await system.orm.em.fork().find(SimulatorMessage, { patientPhone: { $in: sending.map((m) => m.toNumber) } });
    const inFlight = sending.find((m) => atCarrier.some((c) => c.patientPhone === m.toNumber));
    if (!inFlight) throw new Error(`none of the ${sending.length} "sending" texts is at the carrier while the "sent" update is held`);
    expect(atCarrier.filter((c) => c.patientPhone === inFlight.toNumber)).toHaveLength(1);
    worker.kill('SIGKILL');
    await new Promise((r) => worker.once('exit', r));
    // PostgreSQL ends the dead worker's session (rolling its transaction back) once it notices the
    // closed connection, which a sleeping backend does not: end it now instead of waiting out the sleep.
    await db.query('select pg_terminate_backend(pid) from pg_stat_activity where pid = any($1)', [held]);
    await eventually(async () => (await db.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where pid = any($1)', [held])).rows[0]?.n === 0, 'the killed worker’s session to end', 30_000, 50);
    await db.query('drop trigger test_hold_bulk_sent on message');
    return inFlight;
  };

  it('texts each of 500 recipients exactly once', async () => {
    const org = { organizationId: system.org.organizationId, integrationId: system.org.integrationId, locationId: system.org.locations.austin.id };
    const phones = Array.from({ length: RECIPIENTS }, (_, i) => `+1512558${String(1000 + i).padStart(4, '0')}`);
    const at = laterToday(system.org.locations.austin.timeZone);
    await insertPatients(system.orm.em.fork(), org, phones.map((phone, i) => ({ firstName: `Crash${i}`, phone, appointment: { startsAt: at, providerName: 'Dr. Priya Lee' } })));
    // Hold the worker's "record the outcome" step of the bulk text that comes after the first
    // KILL_AFTER (a test-only trigger), so the kill lands between the carrier's acceptance and our record.
    await holdBulkTextAfter(KILL_AFTER);

    const cookie = await system.login('frontdesk@glow.test');
    const res = await fetch(`${system.baseUrl}/api/bulk-sends`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ locationId: org.locationId, criteria: { scenario: 'closure', reason: 'ice storm' }, ratePerSecond: 100 }),
    });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };

    const first = await startWorker();
    const inFlight = await killWhileHeld(first, id);
    const sentBeforeRestart = await system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones } });
    expect(sentBeforeRestart).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(sentBeforeRestart).toBeLessThan(RECIPIENTS);

    // A fresh worker: Temporal retries the lost batch once its heartbeat times out, and the send goes on.
    await startWorker();
    const done = await eventually(async () => {
      const r = await fetch(`${system.baseUrl}/api/bulk-sends/${id}`, { headers: { cookie } });
      const d = (await r.json()) as BulkSendDetail;
      return d.status === 'finished' ? d : null;
    }, 'the send to finish', 300_000, 500);

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

  it('takes a cancel while no worker runs: not one more text when the worker is back, and the run ends cancelled with the counts right', async () => {
    for (const w of workers) await killHard(w);
    const org = { organizationId: system.org.organizationId, integrationId: system.org.integrationId, locationId: system.org.locations.austin.id };
    const phones = Array.from({ length: 60 }, (_, i) => `+1512558${String(6000 + i).padStart(4, '0')}`);
    await insertPatients(system.orm.em.fork(), org, phones.map((phone, i) => ({ firstName: `Halt${i}`, phone, appointment: { startsAt: laterToday(system.org.locations.austin.timeZone), providerName: 'Dr. Halt' } })));
    const texted = () => system.orm.em.fork().count(SimulatorMessage, { patientPhone: { $in: phones } });
    // The worker dies at the worst moment again: one text at the carrier, "sending" in our rows.
    await holdBulkTextAfter(20);
    const cookie = await system.login('frontdesk@glow.test');
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${system.baseUrl}/api${path}`, { method, headers: { 'content-type': 'application/json', cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const res = await call('POST', '/bulk-sends', { locationId: org.locationId, criteria: { scenario: 'provider_running_late', providerName: 'Dr. Halt', delayMinutes: 15 }, ratePerSecond: 20 });
    expect(res.status).toBe(202);
    const { id } = (await res.json()) as { id: string };
    const inFlight = await killWhileHeld(await startWorker(), id);

    // No worker runs: the API takes the cancel.
    expect((await call('POST', `/bulk-sends/${id}/cancel`)).status).toBe(200);
    const carried = await texted();
    expect(carried).toBeGreaterThan(20);
    expect(carried).toBeLessThan(phones.length);

    await startWorker();
    const client = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    try {
      await client.workflow.getHandle(bulkSendWorkflowId(id)).result();
    } finally {
      await client.connection.close();
    }
    expect(await texted()).toBe(carried);
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from simulator_message where patient_phone = any($1) and duplicate_sends > 0', [phones]);
    expect(rows[0]?.n).toBe(0);
    const final = (await (await call('GET', `/bulk-sends/${id}`)).json()) as BulkSendDetail;
    expect(final.status).toBe('cancelled');
    // The text that was at the carrier when the worker died counts as sent (asked of the carrier), not cancelled.
    expect(final.counts).toMatchObject({ recipients: phones.length, queued: 0, sent: carried, failed: 0, excluded: 0 });
    expect(final.recipients.filter((r) => r.status === 'cancelled')).toHaveLength(phones.length - carried);
    expect(final.recipients.find((r) => r.messageId === inFlight.id)?.status).toBe('sent');
    expect((await system.orm.em.fork().findOneOrFail(Message, inFlight.id)).status).toMatch(/^(sent|delivered)$/);
    const finish = await system.orm.em.fork().find(AuditEvent, { action: 'bulk_send.finish', targetId: id });
    expect(finish.map((a) => a.details['outcome'])).toEqual(['cancelled']);
    const audited = await db.query<{ n: number }>(`select count(*)::int as n from audit_event where action = 'bulk_send.recipient' and details->>'bulkSendId' = $1`, [id]);
    expect(audited.rows[0]?.n).toBe(carried);
  }, 180_000);
});
