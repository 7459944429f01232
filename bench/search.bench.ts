// Search at scale: 1,000,000 encrypted messages (7 years, 2 locations, 50,000 patients) in a
// scratch database, then p50/p95 of typical queries through the real search repository
// (searchInbox in @beacon/inbox). Goal: p95 < 30 ms per request.
//   npm run bench -- search          (BENCH_DATABASE_URL, BENCH_MESSAGES to override)
// The data is loaded once and reused by later runs (table bench_meta records what was loaded).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createOrm, messageSearchTokens, migrate, patientSearchTokens, useDataCipher } from '@beacon/db';
import { searchInbox } from '@beacon/inbox';
import { dataKeyRingFromEnv } from '@beacon/security';
import { ensureDatabase } from './support/scratch-db.js';
import { percentileSorted } from './support/stats.js';

const DATABASE_URL = process.env['BENCH_DATABASE_URL'] ?? 'postgres://beacon:beacon@127.0.0.1:5432/beacon_bench_search';
const MESSAGES = Number(process.env['BENCH_MESSAGES'] ?? 1_000_000);
const PATIENTS = 50_000;
const DISTINCT_TEXTS = 20_000;
const ITERATIONS = 60;
const ring = dataKeyRingFromEnv({ DATA_ENCRYPTION_KEY: Buffer.alloc(32, 42).toString('base64') });
useDataCipher(ring);

const log = (line: string) => process.stderr.write(`  ${line}\n`);

/** Deterministic pseudo-random numbers so every run loads the same data. */
let seed = 20261126;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
/** Zipf-like: low indexes (common words) much more often than high ones. */
const zipf = <T>(items: readonly T[]) => items[Math.min(items.length - 1, Math.floor(items.length * rand() ** 3))]!;

const FIRST = ['Jordan', 'Maria', 'Emily', 'Sophia', 'Olivia', 'Ava', 'Mia', 'Isabella', 'Chloe', 'Grace', 'Lucas', 'Ethan', 'Noah', 'Liam', 'Mason', 'Priya', 'Aisha', 'Mei', 'Sofia', 'Camila', 'Hannah', 'Zoe', 'Nora', 'Leah', 'Ruby'];
const LAST = ['Avery', 'Garcia', 'Smith', 'Johnson', 'Brown', 'Nguyen', 'Patel', 'Kim', 'Lopez', 'Martinez', 'Davis', 'Wilson', 'Anderson', 'Thomas', 'Moore', 'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'Quintanilla', 'Okafor', 'Haddad', 'Novak', 'Fischer'];
const CLINIC = ['appointment', 'botox', 'filler', 'lips', 'facial', 'peel', 'laser', 'consultation', 'reschedule', 'confirm', 'tomorrow', 'friday', 'monday', 'morning', 'afternoon', 'price', 'swelling', 'bruising', 'aftercare', 'hydrafacial', 'microneedling', 'coolsculpting', 'dermaplaning', 'membership', 'deposit', 'parking', 'running', 'late', 'thanks', 'great', 'question', 'booked', 'reminder', 'cancel', 'wedding', 'vacation', 'sunscreen', 'retinol', 'numbing', 'cream'];
const FILLER = ['can', 'get', 'there', 'would', 'like', 'need', 'what', 'when', 'time', 'still', 'okay', 'sure', 'please', 'really', 'just', 'also', 'about', 'after', 'before', 'next', 'week', 'today', 'again', 'much', 'good', 'see', 'soon', 'know', 'let', 'thank', 'much', 'best', 'hope', 'been', 'feel', 'look', 'little', 'more', 'day', 'few'];
// A long tail of rarer words (street names, product names, misspellings) like real texts have.
const RARE = Array.from({ length: 3000 }, (_, i) => `${pick(['zel', 'mor', 'kan', 'vel', 'tri', 'sol', 'ber', 'qua', 'dun', 'pli'])}${pick(['a', 'o', 'i', 'e', 'u'])}${pick(['ran', 'sto', 'vik', 'mel', 'dor', 'tus', 'nix', 'pel', 'gar', 'lon'])}${i}`);

function messageText(): string {
  const words: string[] = [];
  const n = 6 + Math.floor(rand() * 14);
  for (let i = 0; i < n; i += 1) {
    const r = rand();
    words.push(r < 0.45 ? zipf(FILLER) : r < 0.85 ? zipf(CLINIC) : r < 0.93 ? pick(FIRST) : zipf(RARE));
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${pick(['.', '?', '!', ' :)', ''])}`;
}

async function load(client: pg.Client): Promise<{ organizationId: string; locationIds: string[] }> {
  await client.query('create table if not exists bench_meta (messages int not null, organization_id uuid not null, location_ids uuid[] not null)');
  const meta = await client.query<{ messages: number; organization_id: string; location_ids: string[] }>('select * from bench_meta');
  if (meta.rows[0]?.messages === MESSAGES) {
    log(`reusing ${MESSAGES.toLocaleString()} messages already loaded`);
    return { organizationId: meta.rows[0].organization_id, locationIds: meta.rows[0].location_ids };
  }
  const started = Date.now();
  await client.query('truncate message, message_search_token, conversation, patient, location, organization, bench_meta cascade');
  const organizationId = randomUUID();
  const locationIds = [randomUUID(), randomUUID()];
  await client.query(`insert into organization (id, name, created_at) values ($1, 'Bench Clinic', now())`, [organizationId]);
  for (const [i, id] of locationIds.entries()) {
    await client.query(
      `insert into location (id, organization_id, name, phone_number, time_zone, address, business_hours, created_at) values ($1, $2, $3, $4, 'America/Chicago', '1 Main St', '{}', now())`,
      [id, organizationId, `Bench ${i}`, `+1512555${String(9000 + i)}`],
    );
  }

  log(`patients and threads (${PATIENTS.toLocaleString()})…`);
  const patients = Array.from({ length: PATIENTS }, (_, i) => {
    const p = { id: randomUUID(), firstName: pick(FIRST), lastName: pick(LAST), phone: `+1${String(2000000000 + i * 7919).slice(0, 10)}` };
    return { ...p, tokens: patientSearchTokens(p), conversationId: randomUUID(), locationId: locationIds[i % 2]! };
  });
  for (let i = 0; i < patients.length; i += 5000) {
    const batch = patients.slice(i, i + 5000);
    await client.query(
      `insert into patient (id, organization_id, first_name, last_name, phone, email, created_at, search_tokens)
       select id, $1, f, l, ph, null, now(), string_to_array(t, ' ') from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) as x(id, f, l, ph, t)`,
      [organizationId, batch.map((p) => p.id), batch.map((p) => p.firstName), batch.map((p) => p.lastName), batch.map((p) => p.phone), batch.map((p) => p.tokens.join(' '))],
    );
    await client.query(
      `insert into conversation (id, organization_id, location_id, patient_id, status, last_message_at, last_message_preview, created_at, updated_at)
       select c, $1, l, p, 'open', now(), $2, now(), now() from unnest($3::uuid[], $4::uuid[], $5::uuid[]) as x(c, l, p)`,
      [organizationId, ring.encrypt('…'), batch.map((p) => p.conversationId), batch.map((p) => p.locationId), batch.map((p) => p.id)],
    );
  }
  await client.query('create temporary table bench_thread (n int primary key, conversation_id uuid, location_id uuid)');
  await client.query(`insert into bench_thread select n - 1, c, l from unnest($1::uuid[], $2::uuid[]) with ordinality as x(c, l, n)`, [patients.map((p) => p.conversationId), patients.map((p) => p.locationId)]);

  log(`${DISTINCT_TEXTS.toLocaleString()} distinct texts and their tokens…`);
  await client.query('create temporary table bench_text (n int primary key, body text not null)');
  await client.query('create temporary table bench_text_token (n int not null, token text not null)');
  for (let i = 0; i < DISTINCT_TEXTS; i += 2000) {
    const texts = Array.from({ length: Math.min(2000, DISTINCT_TEXTS - i) }, () => messageText());
    await client.query(`insert into bench_text select $1::int + n - 1, b from unnest($2::text[]) with ordinality as x(b, n)`, [i, texts.map((t) => ring.encrypt(t))]);
    const ns: number[] = [];
    const tokens: string[] = [];
    texts.forEach((t, j) => {
      for (const token of new Set(messageSearchTokens(t))) {
        ns.push(i + j);
        tokens.push(token);
      }
    });
    await client.query(`insert into bench_text_token select * from unnest($1::int[], $2::text[])`, [ns, tokens]);
  }
  await client.query('create index on bench_text_token (n)');

  log(`${MESSAGES.toLocaleString()} messages over 7 years…`);
  await client.query(
    `create temporary table bench_message as
       select gen_random_uuid() as id, ((g::bigint * 7919) % $2)::int as thread, ((g::bigint * 104729) % $3)::int as text,
              now() - (random() * interval '2555 days') as created_at, (g % 3 = 0) as outbound
         from generate_series(1, $1) g`,
    [MESSAGES, PATIENTS, DISTINCT_TEXTS],
  );
  await client.query(
    `insert into message (id, conversation_id, direction, body, status, automated, kind, from_number, to_number, created_at, updated_at)
     select m.id, t.conversation_id, case when m.outbound then 'outbound' else 'inbound' end, x.body,
            case when m.outbound then 'delivered' else 'received' end, false, case when m.outbound then 'manual' else 'patient_reply' end,
            '+15125550000', '+15125550001', m.created_at, m.created_at
       from bench_message m join bench_thread t on t.n = m.thread join bench_text x on x.n = m.text`,
  );
  log('search tokens…');
  await client.query('alter table message_search_token disable trigger message_search_token_location');
  await client.query('drop index if exists message_search_token_lookup_index');
  await client.query('alter table message_search_token drop constraint if exists message_search_token_pkey');
  await client.query(
    `insert into message_search_token (message_id, token, conversation_id, location_id, created_at)
     select m.id, tt.token, t.conversation_id, t.location_id, m.created_at
       from bench_message m join bench_thread t on t.n = m.thread join bench_text_token tt on tt.n = m.text`,
  );
  log('indexes…');
  await client.query('alter table message_search_token add primary key (message_id, token)');
  await client.query(`create index message_search_token_lookup_index on message_search_token (location_id, token, created_at desc, message_id desc)`);
  await client.query('alter table message_search_token enable trigger message_search_token_location');
  await client.query('vacuum analyze message_search_token');
  await client.query('analyze message; analyze patient; analyze conversation');
  await client.query('insert into bench_meta values ($1, $2, $3)', [MESSAGES, organizationId, locationIds]);
  const [{ n }] = (await client.query<{ n: string }>('select count(*) as n from message_search_token')).rows as [{ n: string }];
  log(`loaded in ${Math.round((Date.now() - started) / 1000)} s (${Number(n).toLocaleString()} index rows)`);
  return { organizationId, locationIds };
}

await ensureDatabase(DATABASE_URL);
const orm = await createOrm({ databaseUrl: DATABASE_URL, poolMax: 4, dataCipher: ring });
const client = new pg.Client({ connectionString: DATABASE_URL });
await client.connect();
try {
  await migrate(orm);
  const { organizationId, locationIds } = await load(client);
  const queries: { label: string; q: string; all?: boolean; cursor?: boolean }[] = [
    { label: 'common word', q: 'appointment' },
    { label: 'clinic word', q: 'botox' },
    { label: 'rare word', q: RARE[1234]! },
    { label: 'type-ahead prefix', q: 'hydra' },
    { label: 'long prefix (verified)', q: 'microneed' },
    { label: 'two words', q: 'botox wedding' },
    { label: 'three words', q: 'filler swelling friday' },
    { label: 'first name', q: 'Priya' },
    { label: 'full name', q: 'maria garcia' },
    { label: 'phone last 4', q: '0007' },
    { label: 'both locations', q: 'laser', all: true },
    { label: 'no match', q: 'xylophone' },
    { label: 'next page', q: 'peel', cursor: true },
  ];
  const timings: number[] = [];
  const perQuery: Record<string, number> = {};
  for (const query of queries) {
    const em = () => orm.em.fork();
    const request = { organizationId, locationIds: query.all ? locationIds : [locationIds[0]!], query: query.q, limit: 20, viewer: null };
    const first = await searchInbox(em(), request);
    const cursor = query.cursor ? first.nextCursor : null;
    for (let i = 0; i < 5; i += 1) await searchInbox(em(), { ...request, cursor });
    const samples: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      const t0 = performance.now();
      await searchInbox(em(), { ...request, cursor });
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    timings.push(...samples);
    perQuery[`${query.label} p95_ms`] = Math.round(percentileSorted(samples, 0.95) * 10) / 10;
    log(`${query.label.padEnd(24)} "${query.q}": ${first.messages.length} messages, ${first.conversations.length} threads; p50 ${percentileSorted(samples, 0.5).toFixed(1)} ms, p95 ${percentileSorted(samples, 0.95).toFixed(1)} ms`);
  }
  timings.sort((a, b) => a - b);
  const result = {
    name: 'search over 1M encrypted messages',
    metrics: { messages: MESSAGES, p50_ms: Math.round(percentileSorted(timings, 0.5) * 10) / 10, p95_ms: Math.round(percentileSorted(timings, 0.95) * 10) / 10, max_ms: Math.round(timings.at(-1)! * 10) / 10, ...perQuery },
    goals: [{ metric: 'p95_ms', max: 30 }],
    notes: `${queries.length} query kinds × ${ITERATIONS} runs through searchInbox (blind-index lookup, decrypt of the page, thread load), 20 results per page, one location unless noted`,
  };
  console.log(JSON.stringify(result));
} finally {
  await client.end();
  await orm.close();
}
