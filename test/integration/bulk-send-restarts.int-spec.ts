import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Socket } from 'socket.io-client';
import { AuditEvent } from '@beacon/db';
import type { BulkSendDetail } from '@beacon/bulk';
import { bulkSendWorkflowId } from '@beacon/workflows/bulk/definitions.js';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { startDevServer, type DevServer } from '../../temporal/temporal.mjs';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { insertPatients, laterToday } from '../support/bulk-fixtures.js';
import { killHard, requireBuiltApi, startApiProcess } from '../support/api-process.js';
import { connectStaffSocket } from '../support/socket-recorder.js';
import { freePort } from '../support/test-env.js';

const RECIPIENTS = 150;
const RATE = 10;

/**
 * A bulk send survives the API process and the Temporal server dying under it (both SIGKILL): with
 * the API gone the texts keep going out; a new API serves the progress to a reconnected console
 * socket and takes pause, resume and cancel; the Temporal server restarted on its database file
 * carries the send on. Each of the 150 recipients gets exactly one text, nobody is skipped.
 */
describe('a bulk send across restarts of the API and the Temporal server', () => {
  let dir: string;
  let port: number;
  let server: DevServer | null = null;
  let system: RunningSystem;
  let db: pg.Client;
  const apis: ChildProcess[] = [];
  let socket: Socket | null = null;

  const startTemporal = async () => {
    server = await startDevServer({ port, uiPort: await freePort(), dbFile: join(dir, 'temporal.db'), headless: true });
  };

  beforeAll(async () => {
    requireBuiltApi();
    dir = mkdtempSync(join(tmpdir(), 'beacon-bulk-restarts-'));
    port = await freePort();
    await startTemporal();
    // The in-process system runs the worker (the test kills the API process and the Temporal server).
    system = await RunningSystem.start({ TEMPORAL_ADDRESS: `127.0.0.1:${port}` });
    db = new pg.Client({ connectionString: system.config.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    socket?.disconnect();
    for (const child of apis) await killHard(child);
    await db?.end();
    await system?.stop();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const startApi = async () => {
    const api = await startApiProcess(system);
    apis.push(api.child);
    return api;
  };
  const call = async <T>(baseUrl: string, cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
    const res = await fetch(`${baseUrl}/api${path}`, { method, headers: { 'content-type': 'application/json', cookie }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: res.status, body: (await res.json()) as T };
  };
  const texted = async (phones: string[]) => (await db.query<{ n: number }>('select count(*)::int as n from simulator_message where patient_phone = any($1)', [phones])).rows[0]?.n ?? 0;
  const workflowEnded = async (id: string) => {
    const client = await createTemporalClient({ address: system.config.TEMPORAL_ADDRESS, namespace: system.config.TEMPORAL_NAMESPACE });
    try {
      await client.workflow.getHandle(bulkSendWorkflowId(id)).result();
    } finally {
      await client.connection.close();
    }
  };

  it('texts each of 150 recipients exactly once, and the new API reports, pauses, resumes and cancels', async () => {
    const org = { organizationId: system.org.organizationId, integrationId: system.org.integrationId, locationId: system.org.locations.austin.id };
    const tz = system.org.locations.austin.timeZone;
    const phones = Array.from({ length: RECIPIENTS }, (_, i) => `+1512559${String(1000 + i).padStart(4, '0')}`);
    await insertPatients(system.orm.em.fork(), org, phones.map((phone, i) => ({ firstName: `Restart${i}`, phone, appointment: { startsAt: laterToday(tz), providerName: 'Dr. Restart' } })));
    const cookie = await system.login('frontdesk@glow.test');

    // Started through an API process, which dies (SIGKILL) once texts are going out.
    const first = await startApi();
    const started = await call<{ id: string }>(first.baseUrl, cookie, 'POST', '/bulk-sends', { locationId: org.locationId, criteria: { scenario: 'provider_running_late', providerName: 'Dr. Restart', delayMinutes: 20 }, ratePerSecond: RATE });
    expect(started.status).toBe(202);
    const id = started.body.id;
    await eventually(async () => (await texted(phones)) >= RATE, 'the first texts', 60_000, 100);
    await killHard(first.child);
    const whenApiDied = await texted(phones);
    // No API at all: the send goes on.
    await eventually(async () => (await texted(phones)) >= whenApiDied + RATE, 'texts while no API runs', 30_000, 100);

    // A new API process; the console's socket reconnects to it and gets the progress again.
    const second = await startApi();
    const connected = await connectStaffSocket(second.baseUrl, cookie);
    socket = connected.socket;
    await connected.events.next<{ bulkSendId: string }>('bulk_send.updated', (e) => e.bulkSendId === id, 30_000);
    const reported = await call<BulkSendDetail>(second.baseUrl, cookie, 'GET', `/bulk-sends/${id}`);
    expect(reported.body.status).toBe('running');
    expect(reported.body.counts.sent).toBeGreaterThan(whenApiDied);

    // Pause and resume through the new API: nobody is texted while paused.
    expect((await call(second.baseUrl, cookie, 'POST', `/bulk-sends/${id}/pause`)).status).toBe(200);
    // Paused once no text is half-way (each text claims its recipient only while the send runs).
    await eventually(async () => (await db.query<{ n: number }>(`select count(*)::int as n from bulk_send_recipient where bulk_send_id = $1 and status = 'sending'`, [id])).rows[0]?.n === 0, 'the text in flight to be recorded', 30_000, 100);
    const paused = await texted(phones);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await texted(phones)).toBe(paused);
    expect(paused).toBeLessThan(RECIPIENTS);
    expect((await call(second.baseUrl, cookie, 'POST', `/bulk-sends/${id}/resume`)).status).toBe(200);
    await eventually(async () => (await texted(phones)) >= paused + RATE, 'sending again after the resume', 30_000, 100);

    // The Temporal server dies mid-send and comes back on the same database file.
    const pid = server?.pid;
    if (!pid) throw new Error('the test needs a Temporal server it started itself');
    process.kill(pid, 'SIGKILL');
    await server?.exited;
    const whenTemporalDied = await texted(phones);
    expect(whenTemporalDied).toBeLessThan(RECIPIENTS);
    const seenBeforeRestart = connected.events.all('bulk_send.updated').length;
    await startTemporal();

    const done = await eventually(async () => {
      const d = (await call<BulkSendDetail>(second.baseUrl, cookie, 'GET', `/bulk-sends/${id}`)).body;
      return d.status === 'finished' ? d : null;
    }, 'the send to finish', 90_000, 250);
    expect(connected.events.all('bulk_send.updated').length).toBeGreaterThan(seenBeforeRestart);
    expect(done.counts).toMatchObject({ recipients: RECIPIENTS, queued: 0, sent: RECIPIENTS, failed: 0, excluded: 0 });
    const { rows } = await db.query<{ patient_phone: string; n: number; dups: number }>(
      'select patient_phone, count(*)::int as n, sum(duplicate_sends)::int as dups from simulator_message where patient_phone = any($1) group by patient_phone',
      [phones],
    );
    expect(rows).toHaveLength(RECIPIENTS);
    expect(rows.filter((r) => r.n !== 1 || r.dups !== 0)).toEqual([]);
    expect(await system.orm.em.fork().count(AuditEvent, { action: 'bulk_send.finish', targetId: id })).toBe(1);

    // Cancel through the new API, on a second (slow) send after both restarts.
    const later = Array.from({ length: 8 }, (_, i) => `+1512559${String(5000 + i).padStart(4, '0')}`);
    await insertPatients(system.orm.em.fork(), org, later.map((phone, i) => ({ firstName: `Stop${i}`, phone, appointment: { startsAt: laterToday(tz), providerName: 'Dr. Restart Cancel' } })));
    const slow = await call<{ id: string }>(second.baseUrl, cookie, 'POST', '/bulk-sends', { locationId: org.locationId, criteria: { scenario: 'provider_running_late', providerName: 'Dr. Restart Cancel', delayMinutes: 20 }, ratePerSecond: 1 });
    expect(slow.status).toBe(202);
    await eventually(async () => (await texted(later)) >= 1, 'the slow send’s first text', 60_000, 100);
    expect((await call(second.baseUrl, cookie, 'POST', `/bulk-sends/${slow.body.id}/cancel`)).status).toBe(200);
    await workflowEnded(slow.body.id);
    const cancelled = (await call<BulkSendDetail>(second.baseUrl, cookie, 'GET', `/bulk-sends/${slow.body.id}`)).body;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.counts.sent).toBeLessThan(later.length);
    expect(cancelled.counts).toMatchObject({ queued: 0, sent: await texted(later) });
  }, 240_000);
});
