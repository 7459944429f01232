import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startDevServer, type DevServer } from '../../temporal/temporal.mjs';
import { RunningSystem } from '../support/running-system.js';
import { eventually } from '../support/eventually.js';
import { freePort } from '../support/test-env.js';

const BOOKINGS = 40;

/**
 * Booking events are acknowledged on commit, not on Temporal: with the Temporal server killed
 * (SIGKILL) in the middle of a burst, every event is still answered 202, and once the server is back
 * every appointment gets its booking confirmation exactly once — nothing acknowledged is lost.
 */
describe('a Temporal server killed during a burst', () => {
  let dir: string;
  let port: number;
  let uiPort: number;
  let server: DevServer | null = null;
  let system: RunningSystem;
  let db: pg.Client;

  const startServer = async () => {
    server = await startDevServer({ port, uiPort, dbFile: join(dir, 'temporal.db'), headless: true });
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'beacon-outage-'));
    port = await freePort();
    uiPort = await freePort();
    await startServer();
    system = await RunningSystem.start({ TEMPORAL_ADDRESS: `127.0.0.1:${port}` });
    db = new pg.Client({ connectionString: system.config.DATABASE_URL });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await system?.stop();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every booking event while Temporal is down and texts each patient once when it is back', async () => {
    const phones = Array.from({ length: BOOKINGS }, (_, i) => `+1512555${String(4000 + i).padStart(4, '0')}`);
    const post = (i: number) =>
      system.postBookingEvent(system.appointmentCreated(`OUTAGE-${i}`, { firstName: `Out${i}`, phone: phones[i] ?? '' }));
    const first = await Promise.all(phones.slice(0, BOOKINGS / 2).map((_, i) => post(i)));
    const pid = server?.pid;
    if (!pid) throw new Error('the test needs a Temporal server it started itself');
    process.kill(pid, 'SIGKILL');
    await server?.exited;
    const second = await Promise.all(phones.slice(BOOKINGS / 2).map((_, i) => post(BOOKINGS / 2 + i)));
    expect([...first, ...second].map((r) => r.status).filter((s) => s !== 202)).toEqual([]);

    await startServer();
    const sent = await eventually(
      async () => {
        const { rows } = await db.query<{ texts: string; repeats: string }>(
          `select count(*) as texts, coalesce(sum(duplicate_sends), 0) as repeats from simulator_message where patient_phone = any($1)`,
          [phones],
        );
        const texts = Number(rows[0]?.texts);
        return texts >= BOOKINGS ? { texts, repeats: Number(rows[0]?.repeats) } : null;
      },
      'every booking confirmation after the restart',
      150_000,
      500,
    );
    expect(sent).toEqual({ texts: BOOKINGS, repeats: 0 });
    const { rows } = await db.query<{ n: string }>('select count(*) as n from outbox');
    expect(Number(rows[0]?.n)).toBe(0);
  }, 240_000);
});
