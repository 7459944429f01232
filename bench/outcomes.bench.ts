// Outcomes and usage at scale: 1,000,000 texts and 200,000 appointments (one year, 2 locations,
// 20,000 patients) filled with generate_series into a scratch database, then p50/p95 of what
// GET /api/outcomes (week and month), GET /api/usage and POST /api/usage/preview run — the
// controllers are one-line delegations to these library calls. Goal: p95 < 300 ms each.
//   npm run bench -- outcomes        (BENCH_DATABASE_URL, BENCH_MESSAGES, BENCH_APPOINTMENTS, BENCH_ITERATIONS to override)
// BENCH_DATABASE_URL must name a scratch database: beacon_bench… or a worktree's own beacon_<name>_bench….
// The data is loaded once and reused by later runs of the same size (table bench_meta).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createOrm, migrate, useDataCipher } from '@beacon/db';
import { OUTCOMES_ROLL_LAG_DAYS, outcomesReport, rollOutcomeDays } from '@beacon/outcomes';
import { checkAllowance, monthlyUsage } from '@beacon/plans';
import { dataKeyRingFromEnv } from '@beacon/security';
import { ensureDatabase } from './support/scratch-db.js';
import { percentileSorted } from './support/stats.js';

const DATABASE_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://beacon:beacon@127.0.0.1:5432/beacon_bench_outcomes';
const MESSAGES = Number(process.env['BENCH_MESSAGES'] ?? 1_000_000);
const APPOINTMENTS = Number(process.env['BENCH_APPOINTMENTS'] ?? 200_000);
const ITERATIONS = Number(process.env['BENCH_ITERATIONS'] ?? 20);
const PATIENTS = Math.max(100, Math.round(APPOINTMENTS / 10));
const GOAL_MS = 300;
const ring = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: Buffer.alloc(32, 42).toString('base64') });
useDataCipher(ring);

const log = (line: string) => process.stderr.write(`  ${line}\n`);

// A scratch database only (it is emptied): beacon_bench…, or a worktree's own beacon_<name>_bench….
if (!/\/beacon_(?:[a-z0-9]+_)?bench[^/]*$/.test(new URL(DATABASE_URL).pathname)) throw new Error('BENCH_DATABASE_URL must name a database beacon_bench… or beacon_<name>_bench… (it is emptied)');

const WEEKDAYS = JSON.stringify(Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, d === '0' || d === '6' ? [] : [{ open: '09:00', close: '18:00' }]])));

async function load(client: pg.Client): Promise<{ organizationId: string; locationIds: string[] }> {
  await client.query('create table if not exists bench_meta (messages int not null, appointments int not null, organization_id uuid not null, location_ids uuid[] not null)');
  const meta = await client.query<{ messages: number; appointments: number; organization_id: string; location_ids: string[] }>('select * from bench_meta');
  if (meta.rows[0]?.messages === MESSAGES && meta.rows[0].appointments === APPOINTMENTS) {
    log(`reusing ${MESSAGES.toLocaleString()} texts / ${APPOINTMENTS.toLocaleString()} appointments already loaded`);
    return { organizationId: meta.rows[0].organization_id, locationIds: meta.rows[0].location_ids };
  }
  const started = Date.now();
  await client.query('truncate message, conversation, appointment, consent_event, patient, integration, location, organization, bench_meta cascade');
  const organizationId = randomUUID();
  const integrationId = randomUUID();
  const locationIds = [randomUUID(), randomUUID()];
  await client.query(`insert into organization (id, name, created_at, plan) values ($1, 'Bench Clinic', now(), 'professional')`, [organizationId]);
  await client.query(`insert into integration (id, organization_id, name, key_id, secret_encrypted, active, created_at) values ($1, $2, 'bench', $3, 'x', true, now())`, [integrationId, organizationId, `bench-${integrationId}`]);
  for (const [i, id] of locationIds.entries()) {
    await client.query(
      `insert into location (id, organization_id, name, phone_number, time_zone, address, business_hours, messaging_settings, created_at) values ($1, $2, $3, $4, 'America/Chicago', '1 Main St', $5::jsonb, '{}', now() - interval '2 years')`,
      [id, organizationId, `Bench ${i}`, `+1512555${String(9100 + i)}`, WEEKDAYS],
    );
  }
  const body = ring.encrypt('Bench text');
  log(`patients and threads (${PATIENTS.toLocaleString()})…`);
  await client.query(
    `insert into patient (id, organization_id, first_name, last_name, phone, email, created_at)
     select gen_random_uuid(), $1, 'Bench', 'Patient', '+1' || (3000000000 + g)::text, null, now() from generate_series(1, $2) g`,
    [organizationId, PATIENTS],
  );
  await client.query(`create temporary table bench_thread as select row_number() over () - 1 as n, p.id as patient_id, gen_random_uuid() as conversation_id from patient p`);
  await client.query(`alter table bench_thread add column location_id uuid`);
  await client.query(`update bench_thread set location_id = case when n % 2 = 0 then $1::uuid else $2::uuid end`, locationIds);
  await client.query(`create index on bench_thread (n)`);
  await client.query(
    `insert into conversation (id, organization_id, location_id, patient_id, status, last_message_at, last_message_preview, created_at, updated_at)
     select conversation_id, $1, location_id, patient_id, 'open', now(), $2, now(), now() from bench_thread`,
    [organizationId, body],
  );

  log(`${APPOINTMENTS.toLocaleString()} appointments over the past year…`);
  await client.query(
    `insert into appointment (id, organization_id, integration_id, external_id, location_id, patient_id, starts_at, duration_minutes, provider_name, service_name, source, status, confirmation_status, version, last_event_at, price_cents, created_at, updated_at)
     select gen_random_uuid(), $1, $2, 'B-' || g, t.location_id, t.patient_id, s.starts_at, 30, 'Dr ' || (g % 6), 'Botox', 'staff',
            case when s.starts_at > now() then 'booked' when g % 10 = 0 then 'no_show' when g % 10 = 1 then 'cancelled' else 'completed' end,
            case when g % 3 = 0 then 'unconfirmed' else 'confirmed' end, 1 + (g % 7 = 0)::int,
            case when g % 10 = 1 then s.starts_at - (g % 72) * interval '1 hour' else null end, 10000 + (g % 5) * 5000, s.starts_at - interval '20 days', now()
       from generate_series(1, $3) g
       join bench_thread t on t.n = g % $4
       cross join lateral (select now() - interval '365 days' + (g::float / $3) * interval '380 days' as starts_at) s`,
    [organizationId, integrationId, APPOINTMENTS, PATIENTS],
  );

  log(`${MESSAGES.toLocaleString()} texts over the past year (incl. a 48 h request per unconfirmed appointment)…`);
  await client.query(
    `insert into message (id, conversation_id, direction, body, segments, status, automated, kind, from_number, to_number, idempotency_key, error_code, created_at, updated_at)
     select gen_random_uuid(), a_thread.id, 'outbound', $1, 1, 'delivered', true, 'confirmation_request', '+15125559100', '+15125559101',
            'appointment-' || a.id || ':confirmation_request:v1', null, a.starts_at - interval '48 hours', a.starts_at - interval '48 hours'
       from appointment a join conversation a_thread on a_thread.patient_id = a.patient_id and a_thread.location_id = a.location_id
      where a.organization_id = $2 and a.id::text < '5'`,
    [body, organizationId],
  );
  const [{ requests }] = (await client.query<{ requests: string }>('select count(*) as requests from message')).rows as [{ requests: string }];
  await client.query(
    `insert into message (id, conversation_id, direction, body, segments, status, automated, kind, from_number, to_number, error_code, created_at, updated_at)
     select gen_random_uuid(), t.conversation_id, d.direction, $1, case when g % 10 = 0 then 2 else 1 end,
            case when d.direction = 'inbound' then 'received' when g % 50 = 0 then 'undelivered' when g % 97 = 0 then 'failed' else 'delivered' end,
            d.direction = 'outbound' and g % 3 <> 0 and g % 5 <> 2, case when d.direction = 'inbound' then 'patient_reply' when g % 3 = 0 or g % 5 = 2 then 'manual' else 'reminder' end,
            '+15125559100', '+15125559101', case when g % 50 = 0 then '30003' when g % 97 = 0 then '30006' else null end, c.at, c.at
       from generate_series(1, $2) g
       -- Every fifth text is staff answering the patient text just before it, in the same thread, minutes
       -- later (so the response-time figures have answers to measure); the rest spread over the threads.
       join bench_thread t on t.n = ((case when g % 5 = 2 then g - 1 else g end)::bigint * 7919) % $3
       cross join lateral (select case when g % 5 < 2 then 'inbound' else 'outbound' end as direction) d
       cross join lateral (select now() - interval '365 days' + (g::float / $2) * interval '365 days' + case when g % 5 = 2 then (g % 40 + 2) * interval '1 minute' else interval '0' end as at) c`,
    [body, Math.max(0, MESSAGES - Number(requests)), PATIENTS],
  );
  await client.query(
    `insert into consent_event (id, organization_id, patient_id, phone, kind, action, method, created_at)
     select gen_random_uuid(), $1, p.id, p.phone, 'transactional', 'opt_out', 'keyword', now() - (random() * interval '365 days') from patient p where p.phone like '%7'`,
    [organizationId],
  );
  log('analyze…');
  for (const table of ['message', 'appointment', 'conversation', 'consent_event', 'patient']) await client.query(`vacuum analyze ${table}`);
  await client.query('insert into bench_meta values ($1, $2, $3, $4)', [MESSAGES, APPOINTMENTS, organizationId, locationIds]);
  log(`loaded in ${Math.round((Date.now() - started) / 1000)} s`);
  return { organizationId, locationIds };
}

await ensureDatabase(DATABASE_URL);
const orm = await createOrm({ databaseUrl: DATABASE_URL, poolMax: 10, dataCipher: ring });
const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
try {
  await migrate(orm);
  const { organizationId, locationIds } = await load(client);
  // What the nightly rollup job has done by now: every closed day rolled up (the rest is read live).
  const rollStarted = Date.now();
  const rolled = await rollOutcomeDays(orm.em.fork(), organizationId);
  const rollSeconds = Math.round((Date.now() - rollStarted) / 100) / 10;
  log(`rolled up ${rolled.days} closed days in ${rollSeconds} s`);
  const now = new Date();
  const DAY = 86_400_000;
  const texts = Array.from({ length: 500 }, (_, i) => `Hi, your appointment is tomorrow at ${i % 12} pm. Reply C to confirm.`);
  const cases: { label: string; run: () => Promise<unknown> }[] = [
    { label: 'outcomes weekly (12 weeks, all locations)', run: () => outcomesReport(orm.em.fork(), { organizationId, locationIds, granularity: 'week', from: new Date(now.getTime() - 84 * DAY), to: now }) },
    { label: 'outcomes monthly (12 months, all locations)', run: () => outcomesReport(orm.em.fork(), { organizationId, locationIds, granularity: 'month', from: new Date(now.getTime() - 365 * DAY), to: now }) },
    { label: 'outcomes weekly, one location + provider', run: () => outcomesReport(orm.em.fork(), { organizationId, locationIds: [locationIds[0]!], providerName: 'Dr 2', granularity: 'week', from: new Date(now.getTime() - 84 * DAY), to: now }) },
    { label: 'usage this month', run: () => monthlyUsage(orm.em.fork(), organizationId, now) },
    { label: 'usage preview (500 texts)', run: () => checkAllowance(orm.em.fork(), organizationId, texts, now) },
  ];
  const metrics: Record<string, number> = { messages: MESSAGES, appointments: APPOINTMENTS, rollup_days: rolled.days, rollup_seconds: rollSeconds };
  const goals: { metric: string; max: number }[] = [];
  for (const c of cases) {
    for (let i = 0; i < 2; i += 1) await c.run();
    const samples: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      const t0 = performance.now();
      await c.run();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const key = c.label.replace(/[^a-z0-9]+/gi, '_').replace(/_+$/, '').toLowerCase();
    metrics[`${key}_p50_ms`] = Math.round(percentileSorted(samples, 0.5) * 10) / 10;
    metrics[`${key}_p95_ms`] = Math.round(percentileSorted(samples, 0.95) * 10) / 10;
    goals.push({ metric: `${key}_p95_ms`, max: GOAL_MS });
    log(`${c.label.padEnd(44)} p50 ${percentileSorted(samples, 0.5).toFixed(1)} ms, p95 ${percentileSorted(samples, 0.95).toFixed(1)} ms`);
  }
  console.log(JSON.stringify({
    name: 'outcomes and usage over 1M texts / 200k appointments',
    metrics,
    goals,
    notes: `${ITERATIONS} runs each of what the outcomes, usage and usage-preview endpoints call (thin controllers over these library functions), after 2 warm-ups; one year of data, 2 locations, ${PATIENTS.toLocaleString()} patients; closed days read from the outcomes rollup (${rolled.days} days rolled in ${rollSeconds} s before measuring, as the rollup job would have), the last ${OUTCOMES_ROLL_LAG_DAYS - 1} day(s) before today, today and the cut first day live, with the sends and patient turns still open at the rollup's horizon completed from the rows written since`,
  }));
} finally {
  await client.end();
  await orm.close();
}
