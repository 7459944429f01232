import { randomUUID } from 'node:crypto';
import { createOrm, migrate, useDataCipher, type MikroORM } from '@beacon/db';
import { OUTCOMES_LOOKAHEAD_DAYS, OUTCOMES_ROLL_LAG_DAYS, outcomesReport, rollOutcomeDays, type OutcomesQuery } from '@beacon/outcomes';
import { dataKeyRingFromEnv } from '@beacon/security';
import { resetDatabase, testConfig } from '../support/test-env.js';

const DAY = 86_400_000;
const WEEKDAYS = JSON.stringify(Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, d === '0' ? [] : [{ open: '08:00', close: '20:00' }]])));

/**
 * The outcomes rollup against the raw computation it replaces: 45 days of texts and bookings at two
 * locations (every kind, status, failure code, reply and booking pattern the rates read), rolled up,
 * then the same reports computed from the rollup and from the raw tables only — before and after late
 * changes to rolled days (a late delivery receipt, a late no-show, a deletion by retention, a late
 * import, an appointment rebooked and cancelled after its 48 h request, new business hours, a thread
 * moved) and after rolling those days again. Every figure is compared, staff response time and
 * revenue recovered included.
 */
describe('outcomes rollup (PostgreSQL)', () => {
  const config = testConfig();
  const ring = dataKeyRingFromEnv(config);
  let orm: MikroORM;
  const org = randomUUID();
  const locations = [randomUUID(), randomUUID()];
  const now = new Date();
  const midnight = new Date(Math.floor(now.getTime() / DAY) * DAY);
  const sql = (q: string, params: unknown[] = []) => orm.em.fork().getConnection().execute(q, params);

  beforeAll(async () => {
    await resetDatabase(config.DATABASE_URL);
    orm = await createOrm({ databaseUrl: config.DATABASE_URL, poolMax: 4, dataCipher: ring });
    useDataCipher(ring);
    await migrate(orm, ring);
    const integration = randomUUID();
    const body = ring.encrypt('Rollup text');
    await sql(`insert into organization (id, name, created_at, plan) values (?, 'Rollup Clinic', now(), 'professional')`, [org]);
    await sql(`insert into integration (id, organization_id, name, key_id, secret_encrypted, active, created_at) values (?, ?, 'rollup', ?, 'x', true, now())`, [integration, org, `rollup-${integration}`]);
    for (const [i, id] of locations.entries()) {
      await sql(`insert into location (id, organization_id, name, phone_number, time_zone, address, business_hours, messaging_settings, created_at) values (?, ?, ?, ?, 'America/Chicago', '1 Main St', ?::jsonb, '{}', now())`, [
        id, org, `Rollup ${i}`, `+1512555${9300 + i}`, WEEKDAYS,
      ]);
    }
    await sql(`insert into patient (id, organization_id, first_name, last_name, phone, email, created_at) select gen_random_uuid(), ?, 'Roll', 'Up', '+1' || (4000000000 + g)::text, null, now() from generate_series(1, 60) g`, [org]);
    await sql(
      `insert into conversation (id, organization_id, location_id, patient_id, status, last_message_at, last_message_preview, created_at, updated_at)
       select gen_random_uuid(), ?, case when row_number() over (order by p.phone) % 2 = 0 then ?::uuid else ?::uuid end, p.id, 'open', now(), ?, now(), now() from patient p where p.organization_id = ?`,
      [org, locations[0], locations[1], body, org],
    );
    const start = new Date(midnight.getTime() - 45 * DAY);
    // 900 appointments over the 45 days (and a few ahead), booked 0–9 days before.
    await sql(
      `insert into appointment (id, organization_id, integration_id, external_id, location_id, patient_id, starts_at, duration_minutes, provider_name, service_name, source, status, confirmation_status, version, last_event_at, price_cents, created_at, updated_at)
       select gen_random_uuid(), ?, ?, 'R-' || g, c.location_id, c.patient_id, s.at, 30, 'Dr ' || (g % 4), 'Botox', 'staff',
              case when s.at > now() then 'booked' when g % 9 = 0 then 'no_show' when g % 9 = 1 then 'cancelled' when g % 9 = 2 then 'checked_in' else 'completed' end,
              case when g % 4 = 0 then 'unconfirmed' else 'confirmed' end, 1 + (g % 6 = 0)::int,
              case when g % 9 = 1 then s.at - (g % 40) * interval '1 hour' else null end, 10000, s.at - (g % 10) * interval '1 day' - interval '3 hours', now()
         from generate_series(1, 900) g
         join lateral (select c.* from conversation c where c.organization_id = ? order by c.id offset (g % 60) limit 1) c on true
         cross join lateral (select ?::timestamptz + (g::float / 900) * interval '47 days' as at) s`,
      [org, integration, org, start],
    );
    // 4,000 texts: patients' replies, reminders, confirmation requests, manual replies, with templates and failures.
    const templates = [randomUUID(), randomUUID()];
    await sql(
      `insert into message (id, conversation_id, direction, body, segments, status, automated, kind, template_id, from_number, to_number, error_code, created_at, updated_at)
       select gen_random_uuid(), c.id, d.direction, ?, 1,
              case when d.direction = 'inbound' then 'received' when g % 23 = 0 then 'undelivered' when g % 31 = 0 then 'failed' when g % 37 = 0 then 'blocked' when g % 11 = 0 then 'sent' else 'delivered' end,
              d.direction = 'outbound' and g % 3 <> 0, case when d.direction = 'inbound' then 'patient_reply' when g % 3 = 0 then 'manual' when g % 3 = 1 then 'reminder' else 'confirmation_request' end,
              case when d.direction = 'outbound' and g % 3 = 1 then (array[?::uuid, ?::uuid])[1 + g % 2] else null end,
              '+15125559300', '+15125559301', case when g % 23 = 0 then '30003' when g % 31 = 0 then (array['30006', '30007', null])[1 + g % 3] else null end, t.at, t.at
         from generate_series(1, 4000) g
         join lateral (select c.* from conversation c where c.organization_id = ? order by c.id offset ((g * 7) % 60) limit 1) c on true
         cross join lateral (select case when g % 5 < 2 then 'inbound' else 'outbound' end as direction) d
         cross join lateral (select ?::timestamptz + (g::float / 4000) * interval '45 days' + (g % 7) * interval '13 minutes' as at) t`,
      [body, templates[0], templates[1], org, start],
    );
    // Conversations with staff: 20 more threads, a patient turn every 1.5 days (some with a second text
    // 5 minutes later, which is not a turn; some never answered), answered after 1–200 minutes by a person.
    await sql(`insert into patient (id, organization_id, first_name, last_name, phone, email, created_at) select gen_random_uuid(), ?, 'Turn', 'Taker', '+1' || (4100000000 + g)::text, null, now() from generate_series(1, 20) g`, [org]);
    await sql(
      `insert into conversation (id, organization_id, location_id, patient_id, status, last_message_at, last_message_preview, created_at, updated_at)
       select gen_random_uuid(), ?, case when row_number() over (order by p.phone) % 2 = 0 then ?::uuid else ?::uuid end, p.id, 'open', now(), ?, now(), now() from patient p where p.organization_id = ? and p.first_name = 'Turn'`,
      [org, locations[0], locations[1], body, org],
    );
    await sql(
      `insert into message (id, conversation_id, direction, body, segments, status, automated, kind, from_number, to_number, created_at, updated_at)
       select gen_random_uuid(), c.id, x.direction, ?, 1, case when x.direction = 'inbound' then 'received' else 'delivered' end, false,
              case when x.direction = 'inbound' then 'patient_reply' else 'manual' end, '+15125559300', '+15125559301', x.at, x.at
         from (select c.id, row_number() over (order by c.id) as n from conversation c join patient p on p.id = c.patient_id where p.first_name = 'Turn' and c.organization_id = ?) c
         cross join generate_series(0, 29) k
         cross join lateral (select ?::timestamptz + k * interval '36 hours' + ((c.n * 37 + k * 53) % 720) * interval '1 minute' as asked) t
         cross join lateral (values ('inbound', t.asked, true), ('inbound', t.asked + interval '5 minutes', (c.n + k) % 4 = 0),
                                    ('outbound', t.asked + (1 + (c.n * 11 + k * 7) % 200) * interval '1 minute', (c.n + k) % 5 <> 0)) x(direction, at, present)
        where x.present`,
      [body, org, start],
    );
    // The 48 h requests of half the appointments (keyed as the workflow keys them), and a second one for those rebooked.
    await sql(
      `insert into message (id, conversation_id, direction, body, segments, status, automated, kind, idempotency_key, from_number, to_number, created_at, updated_at)
       select gen_random_uuid(), c.id, 'outbound', ?, 1, case when a.external_id like '%7' then 'failed' else 'delivered' end, true, 'confirmation_request',
              'appointment-' || a.id || ':confirmation_request:v' || v, '+15125559300', '+15125559301', a.starts_at - (50 - v * 2) * interval '1 hour', a.starts_at - (50 - v * 2) * interval '1 hour'
         from appointment a
         join lateral (select c.id from conversation c where c.patient_id = a.patient_id and c.location_id = a.location_id limit 1) c on true
         cross join generate_series(1, a.version) v
        where a.organization_id = ? and a.id::text < '8'`,
      [body, org],
    );
    await sql(
      `insert into consent_event (id, organization_id, patient_id, phone, kind, action, method, created_at)
       select gen_random_uuid(), ?, p.id, p.phone, 'transactional', 'opt_out', 'keyword', ?::timestamptz + (row_number() over (order by p.phone)) * interval '2 days' from patient p where p.organization_id = ? and p.phone like '%3'`,
      [org, start, org],
    );
  });

  afterAll(async () => {
    await orm?.close();
  });

  const at = (daysAgo: number, hours = 0) => new Date(midnight.getTime() - daysAgo * DAY + hours * 3_600_000);
  const queries: OutcomesQuery[] = [
    { organizationId: org, locationIds: locations, granularity: 'week', from: new Date(now.getTime() - 42 * DAY), to: now },
    { organizationId: org, locationIds: locations, granularity: 'month', from: at(44, 5), to: now },
    { organizationId: org, locationIds: [locations[0]!], providerName: 'Dr 1', granularity: 'week', from: at(40, 17), to: at(3, 2) },
    { organizationId: org, locationIds: [locations[1]!], granularity: 'week', from: at(30), to: at(15) },
    { organizationId: org, locationIds: locations, granularity: 'month', from: at(38, 23.5), to: at(12, 0.5) },
  ];
  /** Every query, from the rollup and from the raw tables only, must agree. */
  const expectRollupEqualsRaw = async () => {
    for (const q of queries) {
      const [fromRollup, raw] = [await outcomesReport(orm.em.fork(), q), await outcomesReport(orm.em.fork(), q, { useRollup: false })];
      expect(fromRollup).toEqual(raw);
    }
  };
  const rolledDays = async () => Number((await sql(`select count(*) as n from outcomes_rolled_day where organization_id = ?`, [org]))[0].n);
  const firstThread = async () => (await sql(`select id, location_id from conversation where organization_id = ? order by id limit 1`, [org]))[0] as { id: string; location_id: string };

  it('rolls up the closed days once, and the reports read from it equal the raw computation', async () => {
    const first = await rollOutcomeDays(orm.em.fork(), org, now);
    expect(first.days).toBeGreaterThanOrEqual(45 - OUTCOMES_ROLL_LAG_DAYS);
    expect((await rollOutcomeDays(orm.em.fork(), org, now)).days).toBe(0);
    const counts = (await sql(`select (select count(*) from outcomes_appointment_day where organization_id = ?) as a, (select count(*) from outcomes_funnel_day where organization_id = ?) as f`, [org, org]))[0];
    expect(Number(counts.a)).toBeGreaterThan(0);
    expect(Number(counts.f)).toBeGreaterThan(0);
    // Response times and revenue recovered come from the rollup too, and the data has both.
    const figures = (await sql(`select (select count(*) from outcomes_response_day where organization_id = ?) as r, (select count(*) from outcomes_revenue_day where organization_id = ?) as v`, [org, org]))[0];
    expect(Number(figures.r)).toBeGreaterThan(50);
    expect(Number(figures.v)).toBeGreaterThan(10);
    const raw = await outcomesReport(orm.em.fork(), queries[0]!, { useRollup: false });
    expect(raw.responseTime.answered).toBeGreaterThan(50);
    expect(raw.revenueRecovered.appointments).toBeGreaterThan(10);
    await expectRollupEqualsRaw();
  });

  it('really reads the rollup for the closed days (a wrong rollup row shows)', async () => {
    const day = at(20).toISOString().slice(0, 10);
    const rows = Number((await sql(`select count(*) as n from outcomes_appointment_day where organization_id = ? and day = ?::date`, [org, day]))[0].n);
    expect(rows).toBeGreaterThan(0);
    await sql(`update outcomes_appointment_day set appointments = appointments + 1000 where organization_id = ? and day = ?::date`, [org, day]);
    await sql(`update outcomes_revenue_day set cents = cents + 100 where organization_id = ? and day = ?::date and cents is not null`, [org, day]);
    const revenueRows = Number((await sql(`select count(*) as n from outcomes_revenue_day where organization_id = ? and day = ?::date and cents is not null`, [org, day]))[0].n);
    await sql(`insert into outcomes_response_day (organization_id, day, location_id, minutes) select organization_id, day, location_id, 1e6 from outcomes_response_day where organization_id = ? and day = ?::date`, [org, day]);
    const q = queries[0]!;
    const [fromRollup, raw] = [await outcomesReport(orm.em.fork(), q), await outcomesReport(orm.em.fork(), q, { useRollup: false })];
    expect(fromRollup.totals.appointments).toBe(raw.totals.appointments + 1000 * rows);
    expect(fromRollup.revenueRecovered.cents).toBe(raw.revenueRecovered.cents + 100 * revenueRows);
    expect(fromRollup.responseTime.answered).toBeGreaterThan(raw.responseTime.answered);
    // Undo: forget the day; the next roll computes it again.
    await sql(`delete from outcomes_rolled_day where organization_id = ? and day = ?::date`, [org, day]);
    await expectRollupEqualsRaw();
    expect((await rollOutcomeDays(orm.em.fork(), org, now)).days).toBe(1);
    await expectRollupEqualsRaw();
  });

  it('stays equal after late changes to rolled days, and after rolling them again', async () => {
    const before = await rolledDays();
    const changes = async () => Number((await sql(`select coalesce(sum(changes), 0) as n from outcomes_change where organization_id = ?`, [org]))[0].n);
    // A text written now touches no counter (no cost on the hot path).
    const thread = await firstThread();
    const c0 = await changes();
    await sql(`insert into message (id, conversation_id, direction, body, segments, status, automated, kind, from_number, to_number, created_at, updated_at) values (?, ?, 'outbound', 'x', 1, 'queued', false, 'manual', '+1', '+1', now(), now())`, [randomUUID(), thread.id]);
    expect(await changes()).toBe(c0);

    // A late delivery receipt and a late failure on rolled days.
    await sql(`update message set status = 'delivered' where id = (select m.id from message m join conversation c on c.id = m.conversation_id where c.organization_id = ? and m.status = 'sent' and m.created_at < ? order by m.created_at limit 1)`, [org, at(20)]);
    await sql(`update message set status = 'undelivered', error_code = '30008' where id = (select m.id from message m join conversation c on c.id = m.conversation_id where c.organization_id = ? and m.status = 'delivered' and m.created_at < ? order by m.created_at desc limit 1)`, [org, at(25)]);
    // A late no-show, a late reschedule, and retention deleting an old reply.
    await sql(`update appointment set status = 'no_show' where id = (select id from appointment where organization_id = ? and status = 'completed' and starts_at < ? order by starts_at desc limit 1)`, [org, at(18)]);
    await sql(`update appointment set version = version + 1, starts_at = starts_at + interval '3 days' where id = (select id from appointment where organization_id = ? and starts_at < ? order by starts_at desc limit 1)`, [org, at(30)]);
    await sql(`delete from message where id = (select m.id from message m join conversation c on c.id = m.conversation_id where c.organization_id = ? and m.direction = 'inbound' and m.created_at < ? order by m.created_at desc limit 1)`, [org, at(22)]);
    // A late import: a booking made (by its timestamp) 14 days ago — the funnel's "booked within 7 days" of earlier texts.
    await sql(
      `insert into appointment (id, organization_id, integration_id, external_id, location_id, patient_id, starts_at, duration_minutes, provider_name, service_name, source, status, confirmation_status, version, created_at, updated_at)
       select gen_random_uuid(), organization_id, integration_id, 'late-import', location_id, patient_id, ?::timestamptz, 30, 'Dr 1', 'Botox', 'staff', 'completed', 'confirmed', 1, ?::timestamptz, now() from appointment where organization_id = ? limit 1`,
      [at(13, 15), at(14, 10), org],
    );
    // An appointment asked on a rolled day, rebooked weeks ahead (recovered), then cancelled there: no longer recovered.
    const [asked] = (await sql(
      `select a.id from appointment a where a.organization_id = ? and a.id::text < '8' and a.external_id not like '%7' and a.status in ('completed', 'checked_in') and a.starts_at < ? order by a.starts_at desc limit 1`,
      [org, at(20)],
    )) as { id: string }[];
    // (Booked long before, and rolled again after each step: only its request's day can tell the rollup of the cancellation.)
    await sql(`update appointment set created_at = created_at - interval '60 days' where id = ?`, [asked!.id]);
    await sql(`update appointment set version = version + 1, starts_at = starts_at + interval '30 days', status = 'booked' where id = ?`, [asked!.id]);
    await rollOutcomeDays(orm.em.fork(), org, now);
    await expectRollupEqualsRaw();
    await sql(`update appointment set status = 'cancelled' where id = ?`, [asked!.id]);
    expect(await changes()).toBeGreaterThan(c0);
    await expectRollupEqualsRaw();

    // New business hours change which patient texts count as turns, on every day (the organisation's epoch).
    await sql(`update location set business_hours = ?::jsonb where id = ?`, [JSON.stringify(Object.fromEntries(['0', '1', '2', '3', '4', '5', '6'].map((d) => [d, [{ open: '10:00', close: '16:00' }]]))), locations[0]]);
    await expectRollupEqualsRaw();

    // A thread moved to the other location changes every day (the organisation's epoch).
    const other = locations.find((l) => l !== thread.location_id)!;
    await sql(`update conversation set location_id = ? where id = ?`, [other, thread.id]);
    await expectRollupEqualsRaw();

    const piled = Number((await sql(`select count(*) - count(distinct day) as n from outcomes_change where organization_id = ?`, [org]))[0].n);
    expect(piled).toBeGreaterThan(0);
    const rerolled = await rollOutcomeDays(orm.em.fork(), org, now);
    expect(rerolled.days).toBe(before);
    expect(await rolledDays()).toBe(before);
    await expectRollupEqualsRaw();
    // The counters are folded into one row per day by the roll (their sums, hence the fingerprints, unchanged).
    expect(Number((await sql(`select count(*) - count(distinct day) as n from outcomes_change where organization_id = ?`, [org]))[0].n)).toBe(0);
    expect((await rollOutcomeDays(orm.em.fork(), org, now)).days).toBe(0);
  });

  it('completes what rolled recent days still waited for with rows written after their horizon (a late reply, a booking, a staff answer)', async () => {
    // Rolled up to the day before yesterday: the sends and turns of the last week still open at the horizon are pending.
    const pending = (await sql(`select (select count(*) from outcomes_funnel_pending where organization_id = ?) as f, (select count(*) from outcomes_response_pending where organization_id = ?) as r`, [org, org]))[0];
    expect(Number(pending.f)).toBeGreaterThan(0);
    expect(Number(pending.r)).toBeGreaterThan(0);
    const before = await outcomesReport(orm.em.fork(), queries[0]!);
    const total = (r: typeof before, k: 'replied' | 'booked') => r.funnel.reduce((sum, f) => sum + f[k], 0);
    const body = ring.encrypt('Late');
    // A patient's reply early yesterday (after the horizon) to a text of the day before that no one had answered yet.
    const [unreplied] = (await sql(
      `select m.conversation_id from message m join conversation c on c.id = m.conversation_id
        where c.organization_id = ? and m.direction = 'outbound' and m.created_at >= ? and m.created_at < ?
          and not exists (select 1 from message i where i.conversation_id = m.conversation_id and i.direction = 'inbound' and i.created_at >= m.created_at and i.created_at <= ?)
        limit 1`,
      [org, at(2, 1), at(1), at(1, 0.5)],
    )) as { conversation_id: string }[];
    await sql(`insert into message (id, conversation_id, direction, body, segments, status, automated, kind, from_number, to_number, created_at, updated_at) values (?, ?, 'inbound', ?, 1, 'received', false, 'patient_reply', '+1', '+1', ?, ?)`, [
      randomUUID(), unreplied!.conversation_id, body, at(1, 0.5), at(1, 0.5),
    ]);
    // A booking made now by a patient texted three days ago who had not booked since.
    const [unbooked] = (await sql(
      `select c.patient_id, c.location_id from message m join conversation c on c.id = m.conversation_id
        where c.organization_id = ? and m.direction = 'outbound' and m.created_at >= ? and m.created_at < ?
          and not exists (select 1 from appointment a where a.patient_id = c.patient_id and a.created_at >= m.created_at)
        limit 1`,
      [org, at(3), at(2)],
    )) as { patient_id: string; location_id: string }[];
    await sql(
      `insert into appointment (id, organization_id, integration_id, external_id, location_id, patient_id, starts_at, duration_minutes, provider_name, service_name, source, status, confirmation_status, version, created_at, updated_at)
       select gen_random_uuid(), organization_id, integration_id, 'booked-late', ?, ?, now() + interval '3 days', 30, 'Dr 1', 'Botox', 'staff', 'booked', 'unconfirmed', 1, now(), now() from appointment where organization_id = ? limit 1`,
      [unbooked!.location_id, unbooked!.patient_id, org],
    );
    // A person on staff answers now a turn of the last six days that was still open.
    const [turn] = (await sql(
      `select p.conversation_id from outcomes_response_pending p
        where p.organization_id = ? and p.at > now() - interval '6 days'
          and not exists (select 1 from message m where m.conversation_id = p.conversation_id and m.created_at >= p.since and m.direction = 'outbound' and not m.automated)
        order by p.at limit 1`,
      [org],
    )) as { conversation_id: string }[];
    await sql(`insert into message (id, conversation_id, direction, body, segments, status, automated, kind, from_number, to_number, created_at, updated_at) values (?, ?, 'outbound', ?, 1, 'delivered', false, 'manual', '+1', '+1', now(), now())`, [
      randomUUID(), turn!.conversation_id, body,
    ]);
    const after = await outcomesReport(orm.em.fork(), queries[0]!);
    expect(total(after, 'replied')).toBeGreaterThan(total(before, 'replied'));
    expect(total(after, 'booked')).toBeGreaterThan(total(before, 'booked'));
    expect(after.responseTime.answered).toBeGreaterThan(before.responseTime.answered);
    // Those rows changed no rolled day (none of their days is closed): the pending sends and turns made the difference.
    expect((await rollOutcomeDays(orm.em.fork(), org, now)).days).toBe(0);
    await expectRollupEqualsRaw();
    // A day later, the days whose look-ahead was not over at the old horizon are rolled again, with the new day.
    expect((await rollOutcomeDays(orm.em.fork(), org, new Date(now.getTime() + DAY))).days).toBe(OUTCOMES_LOOKAHEAD_DAYS);
    await expectRollupEqualsRaw();
  });

  it('counts the patients texted over any run of rolled days from the texted blocks', async () => {
    // A wrong bit shows: the report reads the blocks, not the daily rows.
    const q = queries[1]!;
    const raw = await outcomesReport(orm.em.fork(), q, { useRollup: false });
    expect(raw.optOut.patientsTexted).toBeGreaterThan(0);
    const [untexted] = (await sql(`select p.id as patient_id, c.location_id from patient p join conversation c on c.patient_id = p.id where p.organization_id = ? and not exists (select 1 from outcomes_texted_day t where t.patient_id = p.id) limit 1`, [org])) as {
      patient_id: string; location_id: string;
    }[];
    const day = Math.floor(at(20).getTime() / DAY);
    await sql(`insert into outcomes_texted_block (organization_id, block, location_id, patient_id, days) values (?, ?, ?, ?, set_bit(repeat('0', 366)::bit(366), ?, 1))`, [
      org, Math.floor(day / 366), untexted!.location_id, untexted!.patient_id, day % 366,
    ]);
    expect((await outcomesReport(orm.em.fork(), q)).optOut.patientsTexted).toBe(raw.optOut.patientsTexted + 1);
    await sql(`delete from outcomes_texted_block where organization_id = ? and patient_id = ?`, [org, untexted!.patient_id]);
    await expectRollupEqualsRaw();
  });
});
