// Load bench of the send/receive hot path, end to end, through observable behaviour only: HTTP
// answers, and rows in PostgreSQL (message, reply_suggestion, consent_event, simulator_message,
// appointment) plus Temporal's own view of the appointment workflows. See bench/README.md.
//
//   npm run bench -- load                                   small scale, every scenario
//   BENCH_SCALE=full npm run bench -- load                  the full-size run
//   BENCH_SCENARIOS=1,3 npm run bench -- load               only some scenarios
//   BENCH_API_URL=http://127.0.0.1:3000 DATABASE_URL=… npm run bench -- load   reuse a running system
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { startInsertBaseline, temporalStartBaseline } from './support/baselines.js';
import { BookingClient, newRunTag, sidFactory, StaffClient, TwilioWebhookClient, type BookingEvent } from './support/clients.js';
import { paced, pool, sleep, waitUntil, type Timed } from './support/load.js';
import { cpuMeter, pidsByComm, rssSampler, type CpuWindow } from './support/procs.js';
import { censoredLatencyMetrics, latencyMetrics, round, summarize } from './support/stats.js';
import { attachSystem, startSystem, versions, type BenchSystem } from './support/system.js';

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

const SCALE = process.env['BENCH_SCALE'] === 'full' ? 'full' : 'small';
const num = (key: string, small: number, full: number): number => {
  const v = process.env[key];
  return v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : SCALE === 'full' ? full : small;
};
const CFG = {
  concurrency: num('BENCH_CONCURRENCY', 32, 32),
  warmup: num('BENCH_WARMUP', 30, 100),
  s1Texts: num('BENCH_S1_TEXTS', 100, 1000), // each delivered 5×
  s1OpenSeconds: num('BENCH_S1_OPEN_SECONDS', 5, 30),
  s2Rate: num('BENCH_S2_RATE', 150, 150),
  s2Seconds: num('BENCH_S2_SECONDS', 3, 60),
  s2DrainSeconds: num('BENCH_S2_DRAIN_SECONDS', 60, 240),
  s3Events: num('BENCH_S3_EVENTS', 300, 3000),
  s3Sample: num('BENCH_S3_SAMPLE', 300, 300),
  s4Reminders: num('BENCH_S4_REMINDERS', 200, 2000),
  s4WaitSeconds: num('BENCH_S4_WAIT_SECONDS', 120, 300),
  s5RestReplies: num('BENCH_S5_REPLIES', 30, 200),
  s5LoadReplies: num('BENCH_S5_LOAD_REPLIES', 40, 240),
  s5LoadPerSecond: num('BENCH_S5_LOAD_RATE', 4, 4),
  s5BurstTexts: num('BENCH_S5_BURST', 300, 3000),
  s6Workflows: num('BENCH_S6_WORKFLOWS', 300, 20000),
  s7Recipients: num('BENCH_S7_RECIPIENTS', 200, 1000),
  s7Rate: num('BENCH_S7_RATE', 20, 20),
  timeoutSeconds: num('BENCH_TIMEOUT_SECONDS', 900, 3600),
};
const SCENARIOS = new Set((process.env['BENCH_SCENARIOS'] ?? '1,2,3,4,5,6,7').split(/[\s,]+/).filter(Boolean).map(Number));
const OWNER = { email: 'owner@glow.test', password: process.env['BENCH_OWNER_PASSWORD'] ?? 'beacon-demo' };
const BENCH_LOCATION = { name: 'Bench Clinic', timeZone: 'America/Chicago', phoneNumber: '+15125550199', address: '1 Bench Way, Austin, TX' };
const DB_POOL_OF_THE_API = 10; // DATABASE_POOL_MAX default; baseline (a) gets the same pool

const log = (s: string): void => void process.stderr.write(`[load ${new Date().toISOString().slice(11, 19)}] ${s}\n`);

// ---------------------------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------------------------

type Goal = { metric: string; max?: number; min?: number };
const metrics: Record<string, number | string> = {};
const goals: Goal[] = [];
const notes: string[] = [];
const cpu: Record<string, CpuWindow> = {};
let machine: Record<string, unknown> = {};
let errorText: string | undefined;
/** The bare INSERT endpoint of baseline (a) while it runs (its CPU is measured too). */
let baselinePid: number | null = null;

const put = (m: Record<string, number | string>): void => {
  for (const [k, v] of Object.entries(m)) metrics[k] = typeof v === 'number' ? round(v, 2) : v;
};

function emit(): void {
  const line = {
    name: `Load: send/receive hot path (${SCALE} scale)`,
    metrics,
    goals,
    notes: notes.join('\n\n'),
    machine,
    cpu,
    config: { scale: SCALE, scenarios: [...SCENARIOS], ...CFG },
    ...(errorText ? { error: errorText } : {}),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Distinct valid US mobile-format numbers per block, so scenarios never share patients. */
const phone = (block: number, i: number): string => `+1512${800 + block + Math.floor(i / 10_000)}${String(i % 10_000).padStart(4, '0')}`;
const BLOCK = { warmup: 0, s1: 10, s2: 20, s3: 30, s4: 40, s5: 50, s5burst: 60, s6: 70, s7: 80 } as const;

const QUESTIONS = [
  'Can I bring my sister on Thursday?',
  'how much is botox per unit',
  'where do i park??',
  'running 10 min late sorry!!',
  'Is it normal to have bruising 2 days after filler',
  'what are your hours on saturday',
  'thank you so much',
  'can i move my appt to next week',
  'Do you take HSA cards?',
  'Is there anything I should avoid before my facial?',
];

const ok2xx = (t: Timed | undefined): boolean => !!t && t.status >= 200 && t.status < 300;
const countBy = (xs: string[]): Record<string, number> => xs.reduce<Record<string, number>>((m, x) => ((m[x] = (m[x] ?? 0) + 1), m), {});

function cpuNote(label: string, w: CpuWindow): string {
  const parts = Object.entries(w.pctOfCore)
    .sort((a, b) => b[1] - a[1])
    .filter(([, v]) => v >= 0.5)
    .map(([k, v]) => `${k} ${Math.round(v)} %`);
  return `${label} — CPU over ${w.wallSeconds.toFixed(0)} s (% of one core): ${parts.join(', ')}; machine ${Math.round(w.machineBusyPct)} % busy (all ${os.cpus().length} cores, includes other users).`;
}

interface Ctx {
  sys: BenchSystem;
  db: pg.Pool;
  temporal: Client;
  webhook: TwilioWebhookClient;
  booking: BookingClient;
  owner: StaffClient;
  locationId: string;
  runTag: string;
  cpuGroups: Parameters<typeof cpuMeter>[0];
  /** Booking events per second measured so far (to plan scenario 4's due minute). */
  bookingRate: number | null;
}

/** Runs fn with CPU per process measured, and the system's database connections per state sampled every 2 s. */
async function measured<T>(ctx: Ctx, label: string, fn: () => Promise<T>): Promise<T> {
  const meter = cpuMeter(ctx.cpuGroups);
  const states: Record<string, number> = {};
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const now = await connectionStates(ctx).catch(() => ({}) as Record<string, number>);
      for (const [k, v] of Object.entries(now)) states[k] = Math.max(states[k] ?? 0, v);
      for (let i = 0; i < 20 && sampling; i += 1) await sleep(100);
    }
  })();
  try {
    return await fn();
  } finally {
    sampling = false;
    await sampler;
    const w = meter.stop();
    cpu[label] = w;
    notes.push(`${cpuNote(label, w)} Most database connections of the system per state: ${JSON.stringify(states)}.`);
  }
}

function bookingEvent(ctx: Ctx, tag: string, i: number, startsAt: Date, patientPhone: string): BookingEvent {
  return {
    eventId: `bench-${ctx.runTag}-${tag}-${i}`,
    type: 'appointment.created',
    occurredAt: new Date().toISOString(),
    appointment: {
      id: `BENCH-${ctx.runTag}-${tag}-${i}`,
      locationId: ctx.locationId,
      startsAt: startsAt.toISOString(),
      durationMinutes: 30,
      providerName: 'Dr. Bench',
      serviceName: 'Consultation',
      source: 'staff',
      patient: { firstName: 'Pat', lastName: `Bench${i}`, phone: patientPhone },
    },
  };
}

async function bookMany(ctx: Ctx, events: BookingEvent[], deadline: number): Promise<{ timings: (Timed<{ appointmentId?: string }> | undefined)[]; seconds: number }> {
  const { results, seconds } = await pool(events, CFG.concurrency, (e) => ctx.booking.post(e), deadline);
  return { timings: results, seconds };
}

/** Appointment ids for external ids: the HTTP answer when it names them, the appointment rows otherwise. */
async function appointmentIds(ctx: Ctx, events: BookingEvent[], timings: (Timed<{ appointmentId?: string }> | undefined)[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const missing: string[] = [];
  events.forEach((e, i) => {
    const b = timings[i]?.body;
    if (b && typeof b === 'object' && typeof b.appointmentId === 'string') ids.set(e.appointment.id, b.appointmentId);
    else missing.push(e.appointment.id);
  });
  if (missing.length) {
    const r = await ctx.db.query<{ external_id: string; id: string }>('select external_id, id from appointment where external_id = any($1)', [missing]);
    for (const row of r.rows) ids.set(row.external_id, row.id);
  }
  return ids;
}

/**
 * Waits (at most `maxSeconds`) until the system's own processes use under `quietPct` % of one core
 * together over a second, so a baseline and the scenario it is compared with both start on a quiet
 * system instead of one still catching up on start-up or on the previous scenario's work.
 */
async function settle(ctx: Ctx, label: string, quietPct = 25, maxSeconds = 60): Promise<void> {
  const until = Date.now() + maxSeconds * 1000;
  let busy = Infinity;
  while (Date.now() < until) {
    const meter = cpuMeter(ctx.cpuGroups);
    await sleep(1000);
    const w = meter.stop();
    busy = Object.entries(w.pctOfCore)
      .filter(([name]) => !name.startsWith('bench') && !name.startsWith('baseline'))
      .reduce((sum, [, pct]) => sum + pct, 0);
    if (busy < quietPct) return;
  }
  log(`${label}: the system still used ${Math.round(busy)} % of a core after ${maxSeconds} s; measuring anyway`);
}

/** Connections to the system's database per state (pg_stat_activity), the bench's own pool excluded. */
async function connectionStates(ctx: Ctx): Promise<Record<string, number>> {
  const r = await ctx.db.query<{ state: string | null; n: string }>(
    "select state, count(*) as n from pg_stat_activity where datname = current_database() and application_name not like 'beacon-bench%' group by state",
  );
  return Object.fromEntries(r.rows.map((x) => [x.state ?? 'unknown', Number(x.n)]));
}

// ---------------------------------------------------------------------------------------------
// Scenario 1: inbound webhook acknowledged, every text delivered 5× concurrently
// ---------------------------------------------------------------------------------------------

async function scenario1(ctx: Ctx): Promise<void> {
  const copies = 5;
  const sids = sidFactory(ctx.runTag, 1);
  const texts = Array.from({ length: CFG.s1Texts }, (_, i) => ({ sid: sids.next(), from: phone(BLOCK.s1, i % 500), to: BENCH_LOCATION.phoneNumber, body: QUESTIONS[i % QUESTIONS.length]! }));
  const requests = texts.flatMap((t) => Array.from({ length: copies }, () => t));

  // Baseline (a): same request count, same concurrency, same form bodies, one INSERT each.
  const baseline = await startInsertBaseline(ctx.sys.databaseUrl, DB_POOL_OF_THE_API);
  baselinePid = baseline.pid;
  const baselineClient = new TwilioWebhookClient(baseline.url, baseline.url, ctx.sys.twilioAuthToken);
  const bSids = sidFactory(ctx.runTag, 0x1b);
  await pool(Array.from({ length: CFG.warmup }), CFG.concurrency, () => baselineClient.inboundSms({ sid: bSids.next(), from: phone(BLOCK.warmup, 1), to: BENCH_LOCATION.phoneNumber, body: 'warm up' }));
  await settle(ctx, 'baseline (a)');
  const b = await measured(ctx, 'baseline (a) bare INSERT endpoint', () =>
    pool(requests, CFG.concurrency, (t) => baselineClient.inboundSms({ ...t, sid: bSids.next() })),
  );
  await baseline.stop();
  baselinePid = null;
  const bOk = b.results.filter(ok2xx);
  const bLat = summarize(bOk.map((t) => t!.ms));
  const baselineRate = bOk.length / b.seconds;

  // The real webhook.
  await settle(ctx, 'scenario 1');
  const s = await measured(ctx, 'scenario 1 webhook ack', () => pool(requests, CFG.concurrency, (t) => ctx.webhook.inboundSms(t), Date.now() + 600_000));
  const timings = s.results;
  const okTimings = timings.filter(ok2xx);
  const lat = summarize(okTimings.map((t) => t!.ms));
  const rate = timings.filter((t) => t).length / s.seconds;

  // Latency at the target rate: Twilio does not wait for one answer before the next text, so the
  // same shape of traffic (every text 5×, copies together) is offered open loop at half the
  // baseline's rate — the throughput goal — and each answer timed. Closed loop at concurrency 32,
  // latency is only queueing (concurrency ÷ rate), for the baseline as for the webhook.
  const openRate = Math.max(10, baselineRate / 2);
  const openTexts = Array.from({ length: Math.round((openRate * CFG.s1OpenSeconds) / copies) }, (_, i) => ({ sid: sids.next(), from: phone(BLOCK.s1, 500 + (i % 500)), to: BENCH_LOCATION.phoneNumber, body: QUESTIONS[i % QUESTIONS.length]! }));
  const openRequests = openTexts.flatMap((t) => Array.from({ length: copies }, () => t));
  await settle(ctx, 'scenario 1 open loop');
  const open = await measured(ctx, 'scenario 1 webhook ack, open loop at half the baseline rate', () => paced(openRequests.length, openRate, 512, (i) => ctx.webhook.inboundSms(openRequests[i]!), Date.now() + 600_000));
  const openLat = summarize(open.results.filter(ok2xx).map((t) => t!.ms));

  // Rows (both runs): exactly one inbound message per MessageSid; every 200-acknowledged sid stored.
  const acked = new Set<string>();
  requests.forEach((t, i) => {
    if (timings[i]?.status === 200) acked.add(t.sid);
  });
  openRequests.forEach((t, i) => {
    if (open.results[i]?.status === 200) acked.add(t.sid);
  });
  const rows = await ctx.db.query<{ provider_sid: string; n: string }>(
    "select provider_sid, count(*) as n from message where direction = 'inbound' and provider_sid like $1 group by provider_sid",
    [`${sids.prefix}%`],
  );
  const stored = new Map(rows.rows.map((r) => [r.provider_sid, Number(r.n)]));
  const lost = [...acked].filter((sid) => !stored.has(sid)).length;
  const duplicated = [...stored.values()].filter((n) => n > 1).length;
  const neverAcked = [...texts, ...openTexts].filter((t) => !acked.has(t.sid)).length;
  const statusCounts = countBy(timings.map((t) => String(t?.status ?? 'not sent')));

  put({
    s1_requests: requests.length,
    s1_texts: texts.length,
    s1_rate_req_per_s: rate,
    s1_baseline_a_rate_req_per_s: baselineRate,
    s1_rate_vs_baseline_a_pct: (100 * rate) / baselineRate,
    ...latencyMetrics('s1_ack', lat),
    ...latencyMetrics('s1_baseline_a', bLat),
    s1_non_200: timings.filter((t) => t?.status !== 200).length,
    s1_texts_never_acked: neverAcked,
    s1_acked_and_lost: lost,
    s1_duplicated_sids: duplicated,
    s1_open_offered_req_per_s: open.started / Math.max(open.sendSeconds, 0.001),
    s1_open_requests: openRequests.length,
    s1_open_non_200: openRequests.length - open.results.filter(ok2xx).length,
    ...latencyMetrics('s1_open_ack', openLat),
  });
  goals.push(
    { metric: 's1_rate_vs_baseline_a_pct', min: 50 },
    { metric: 's1_open_ack_p99_ms', max: 100 },
    { metric: 's1_open_offered_req_per_s', min: openRate * 0.95 },
    { metric: 's1_acked_and_lost', max: 0 },
    { metric: 's1_duplicated_sids', max: 0 },
  );
  notes.push(
    `Scenario 1: ${texts.length} texts × ${copies} concurrent deliveries (same MessageSid) at concurrency ${CFG.concurrency}; statuses ${JSON.stringify(statusCounts)}. ` +
      `Baseline (a): a bare node:http process, one INSERT per request, pg pool ${DB_POOL_OF_THE_API} (the API's DATABASE_POOL_MAX default), same ${requests.length} requests and concurrency. ` +
      `A non-200 answer is not a loss (Twilio retries it); "never acked" counts texts none of whose 5 deliveries got a 200. ` +
      `Both runs start once the system's processes use under 25 % of one core together (at most 60 s of waiting), so neither is measured while the other's work still runs. ` +
      `The p99 goal is read open loop (s1_open_*): ${openRequests.length} requests (${openTexts.length} more texts × ${copies}, copies together) offered at ${Math.round(openRate)} requests/s, half the baseline's rate, for ${CFG.s1OpenSeconds} s, as Twilio delivers (it does not wait for answers). ` +
      `The closed-loop s1_ack_* percentiles are queueing at saturation (${CFG.concurrency} requests always waiting: latency ≈ ${CFG.concurrency} ÷ rate), shown for comparison with the baseline's, which queue the same way.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Scenario 2: a stream of texts fully processed (classification + reply suggestions / consent)
// ---------------------------------------------------------------------------------------------

interface StreamText {
  sid: string;
  from: string;
  to: string;
  body: string;
  stop: boolean;
}

function streamTexts(ctx: Ctx, scenario: number, block: number, count: number): StreamText[] {
  const sids = sidFactory(ctx.runTag, scenario);
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 100;
    // ~3 % STOP, ~25 % "C", the rest questions; 1,000 different numbers.
    const stop = kind % 33 === 32;
    const body = stop ? 'STOP' : kind % 4 === 1 ? 'C' : QUESTIONS[i % QUESTIONS.length]!;
    return { sid: sids.next(), from: phone(block, (i * 7) % 1000), to: BENCH_LOCATION.phoneNumber, body, stop };
  });
}

/** For texts with the given sid prefix: stored, and processed (classification + suggestions, or consent for STOP) with when. */
async function processedRows(ctx: Ctx, prefix: string): Promise<{ sid: string; classified: boolean; suggestionsAt: Date | null; consentAt: Date | null }[]> {
  const r = await ctx.db.query<{ provider_sid: string; classified: boolean; suggestions_at: Date | null; consent_at: Date | null }>(
    `select m.provider_sid, m.classification is not null as classified,
            (select min(rs.created_at) from reply_suggestion rs where rs.message_id = m.id) as suggestions_at,
            (select min(ce.created_at) from consent_event ce where ce.message_id = m.id and ce.action = 'opt_out') as consent_at
       from message m where m.direction = 'inbound' and m.provider_sid like $1`,
    [`${prefix}%`],
  );
  return r.rows.map((x) => ({ sid: x.provider_sid, classified: x.classified, suggestionsAt: x.suggestions_at, consentAt: x.consent_at }));
}

async function countProcessed(ctx: Ctx, prefix: string, stopSids: string[]): Promise<number> {
  const r = await ctx.db.query<{ n: string }>(
    `select count(*) as n from message m
      where m.direction = 'inbound' and m.provider_sid like $1 and m.classification is not null
        and (case when m.provider_sid = any($2) then exists (select 1 from consent_event ce where ce.message_id = m.id and ce.action = 'opt_out')
                  else exists (select 1 from reply_suggestion rs where rs.message_id = m.id) end)`,
    [`${prefix}%`, stopSids],
  );
  return Number(r.rows[0]!.n);
}

async function scenario2(ctx: Ctx): Promise<void> {
  const count = Math.round(CFG.s2Rate * CFG.s2Seconds);
  const texts = streamTexts(ctx, 2, BLOCK.s2, count);
  const prefix = sidFactory(ctx.runTag, 2).prefix;
  const stopSids = texts.filter((t) => t.stop).map((t) => t.sid);
  const windowMs = CFG.s2Seconds * 1000;

  const timeline: { t: number; processed: number }[] = [];
  const t0 = Date.now();
  let sending = true;
  let ackedSoFar = 0;
  const poller = (async () => {
    // Two polls a second during the window, then once a second until drained or the drain deadline.
    const deadline = t0 + windowMs + CFG.s2DrainSeconds * 1000;
    while (Date.now() < deadline) {
      const processed = await countProcessed(ctx, prefix, stopSids);
      timeline.push({ t: Date.now() - t0, processed });
      if (!sending && processed >= ackedSoFar) break;
      await sleep(Date.now() - t0 < windowMs + 2000 ? 500 : 1000);
    }
  })();
  const sent = await measured(ctx, 'scenario 2 inbound stream', async () => {
    // Bounded: whatever is not sent by the end of the window + 30 s is not sent (and counted as such).
    const r = await paced(
      count,
      CFG.s2Rate,
      512,
      async (i) => {
        const t = await ctx.webhook.inboundSms(texts[i]!);
        if (t.status === 200) ackedSoFar += 1;
        return t;
      },
      t0 + windowMs + 30_000,
    );
    sending = false;
    await poller;
    return r;
  });

  const acked = texts.filter((_, i) => sent.results[i]?.status === 200);
  const rows = await processedRows(ctx, prefix);
  const bySid = new Map(rows.map((r) => [r.sid, r]));
  const startedAt = new Map(texts.map((t, i) => [t.sid, sent.results[i]?.startedAt ?? t0]));
  const lags: number[] = [];
  let processed = 0;
  let firstProcessedAt = Infinity;
  let lastProcessedAt = 0;
  for (const t of texts) {
    const row = bySid.get(t.sid);
    const at = row?.classified ? (t.stop ? row.consentAt : row.suggestionsAt) : null;
    if (!at) continue;
    processed += 1;
    lags.push(at.getTime() - startedAt.get(t.sid)!);
    firstProcessedAt = Math.min(firstProcessedAt, at.getTime());
    lastProcessedAt = Math.max(lastProcessedAt, at.getTime());
  }
  // Throughput of the processing pipeline itself: first to last processed text (pipeline latency excluded).
  const processedRate = processed > 1 && lastProcessedAt > firstProcessedAt ? (processed - 1) / ((lastProcessedAt - firstProcessedAt) / 1000) : 0;
  // Throughput in the window's steady part (from 20 % of it to its end), from the poll timeline.
  const at = (ms: number): number => {
    let v = 0;
    for (const p of timeline) if (p.t <= ms) v = p.processed;
    return v;
  };
  const from = windowMs * 0.2;
  const steady = (at(windowMs) - at(from)) / ((windowMs - from) / 1000);
  const drainRate = lastProcessedAt > t0 ? processed / ((lastProcessedAt - t0) / 1000) : 0;
  const ackLat = summarize(sent.results.filter(ok2xx).map((t) => t!.ms));

  put({
    s2_texts: count,
    s2_offered_rate_per_s: sent.started / Math.max(sent.sendSeconds, 0.001),
    s2_send_lag_max_ms: sent.lagMs,
    s2_not_sent_in_time: count - sent.started,
    s2_non_200: sent.started - acked.length,
    ...latencyMetrics('s2_ack', ackLat),
    s2_processed: processed,
    s2_processed_rate_per_s: processedRate,
    s2_processed_slope_in_window_per_s: steady,
    s2_drain_rate_per_s: drainRate,
    s2_all_processed_after_s: processed >= acked.length && lastProcessedAt ? (lastProcessedAt - t0) / 1000 : 'not drained',
    s2_unprocessed: Math.max(0, acked.length - processed),
    ...censoredLatencyMetrics('s2_processing', lags, Math.max(0, acked.length - processed), windowMs + CFG.s2DrainSeconds * 1000),
  });
  goals.push({ metric: 's2_processed_rate_per_s', min: 150 }, { metric: 's2_offered_rate_per_s', min: CFG.s2Rate * 0.95 }, { metric: 's2_unprocessed', max: 0 });
  notes.push(
    `Scenario 2: ${count} texts offered open-loop at ${CFG.s2Rate}/s for ${CFG.s2Seconds} s (${stopSids.length} STOP, ~25 % "C", the rest questions; 1,000 numbers). ` +
      `Processed = classification stored and a reply_suggestion row (STOP: an opt_out consent_event row for the message). ` +
      `s2_processed_rate_per_s (the goal) = processed texts ÷ time from the first to the last processed one (row timestamps), i.e. the pipeline's throughput without its latency; ` +
      `s2_processed_slope_in_window_per_s = processed rows gained from 20 % of the offered window to its end (polled every 0.5 s; 0 when the first text is not processed before the window ends); ` +
      `s2_drain_rate_per_s = processed ÷ (last processed − first send). Processing latency = row time − request start. The sender is open loop with at most 512 requests in flight: it falls behind the offered rate only when 512 webhooks are outstanding (the API not keeping up), and stops 30 s after the window (s2_not_sent_in_time). ` +
      (SCALE === 'small' ? 'At small scale the window is only a few seconds, so the rates are indicative; BENCH_SCALE=full offers 60 s.' : ''),
  );
}

// ---------------------------------------------------------------------------------------------
// Scenario 3: booking events acknowledged; each appointment's workflow running within 5 s
// ---------------------------------------------------------------------------------------------

async function scenario3(ctx: Ctx): Promise<void> {
  const startsAt = (i: number) => new Date(Date.now() + 30 * 86_400_000 + (i % 500) * 1_800_000);
  const warm = Array.from({ length: CFG.warmup }, (_, i) => bookingEvent(ctx, 's3w', i, startsAt(i), phone(BLOCK.warmup, 100 + i)));
  await bookMany(ctx, warm, Date.now() + 120_000);
  const events = Array.from({ length: CFG.s3Events }, (_, i) => bookingEvent(ctx, 's3', i, startsAt(i), phone(BLOCK.s3, i)));

  const base = await measured(ctx, 'baseline (b) Temporal client starts', () =>
    temporalStartBaseline(ctx.sys.temporalAddress, ctx.sys.temporalNamespace, CFG.s3Events, CFG.concurrency, ctx.runTag),
  );
  const baseOk = base.timings.filter((t) => t.status === 200);

  const r = await measured(ctx, 'scenario 3 booking events', () => bookMany(ctx, events, Date.now() + 600_000));
  const okT = r.timings.filter(ok2xx);
  const rate = r.timings.filter((t) => t).length / r.seconds;
  ctx.bookingRate = okT.length / r.seconds;

  // Workflows: describe appointment-<id>; "running" = RUNNING and its first workflow task completed
  // (a worker has executed it), timed by that event's server timestamp in the history.
  const ids = await appointmentIds(ctx, events, r.timings);
  const sample = events.map((e, i) => ({ e, i })).filter(({ i }) => ok2xx(r.timings[i]));
  const step = Math.max(1, Math.floor(sample.length / CFG.s3Sample));
  const chosen = sample.filter((_, k) => k % step === 0).slice(0, CFG.s3Sample);
  await sleep(5000);
  const lags: number[] = [];
  let missing = 0;
  let notRunning = 0;
  await pool(chosen, 8, async ({ e, i }) => {
    const id = ids.get(e.appointment.id);
    if (!id) {
      missing += 1;
      return;
    }
    const handle = ctx.temporal.workflow.getHandle(`appointment-${id}`);
    try {
      const d = await handle.describe();
      if (d.status.name !== 'RUNNING') notRunning += 1;
      const history = await handle.fetchHistory();
      const done = history.events?.find((ev) => ev.workflowTaskCompletedEventAttributes);
      const t = done?.eventTime;
      if (!t) {
        lags.push(Number.POSITIVE_INFINITY);
        return;
      }
      const ms = Number(t.seconds ?? 0) * 1000 + Math.floor((t.nanos ?? 0) / 1e6);
      lags.push(ms - r.timings[i]!.startedAt);
    } catch {
      missing += 1;
    }
  });
  const late = lags.filter((l) => !(l <= 5000)).length + missing;
  put({
    s3_events: events.length,
    s3_rate_per_s: rate,
    s3_baseline_b_temporal_starts_per_s: baseOk.length / base.seconds,
    ...latencyMetrics('s3_ack', summarize(okT.map((t) => t!.ms))),
    ...latencyMetrics('s3_baseline_b_start', summarize(baseOk.map((t) => t.ms))),
    s3_non_2xx: r.timings.filter((t) => !ok2xx(t)).length,
    s3_workflows_checked: chosen.length,
    s3_workflows_missing: missing,
    s3_workflows_not_running: notRunning,
    s3_workflows_not_running_within_5s: late,
    ...censoredLatencyMetrics('s3_request_to_first_task', lags.filter(Number.isFinite), lags.filter((l) => !Number.isFinite(l)).length + missing, 5000),
  });
  goals.push({ metric: 's3_rate_per_s', min: 300 }, { metric: 's3_workflows_not_running_within_5s', max: 0 });
  notes.push(
    `Scenario 3: ${events.length} signed appointment.created events (closed loop, concurrency ${CFG.concurrency}, appointments 30+ days ahead), after ${CFG.warmup} warm-up events. ` +
      `Workflow check on ${chosen.length} of them: describe appointment-<id> must say RUNNING, and the first WorkflowTaskCompleted in its history must be within 5 s of the request start (server timestamp). ` +
      `Baseline (b): raw @temporalio/client workflow.start of an empty workflow type on a throwaway task queue (no worker; 1-minute execution timeout), same count and concurrency.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Scenario 5 helpers: staff replies and their provider-accepted latency
// ---------------------------------------------------------------------------------------------

interface ReplyTiming {
  messageId: string | null;
  startedAt: number;
  status: number;
}

async function openConversations(ctx: Ctx, n: number): Promise<string[]> {
  const sids = sidFactory(ctx.runTag, 5);
  const texts = Array.from({ length: n }, (_, i) => ({ sid: sids.next(), from: phone(BLOCK.s5, i), to: BENCH_LOCATION.phoneNumber, body: 'Hi, quick question about my visit' }));
  await pool(texts, 4, (t) => ctx.webhook.inboundSms(t));
  let ids: string[] = [];
  await waitUntil(async () => {
    const r = await ctx.db.query<{ conversation_id: string }>("select distinct conversation_id from message where direction = 'inbound' and provider_sid like $1", [`${sids.prefix}%`]);
    ids = r.rows.map((x) => x.conversation_id);
    return ids.length >= n;
  }, Date.now() + 60_000, 500);
  if (!ids.length) throw new Error('no conversation to reply in');
  return ids;
}

async function sendReply(ctx: Ctx, staff: StaffClient, conversationId: string): Promise<ReplyTiming> {
  const t = await staff.request<{ id?: string }>('POST', `/conversations/${conversationId}/messages`, { body: 'Thanks for your message, see you soon!', clientMessageId: randomUUID(), mediaIds: [] });
  const id = t.body && typeof t.body === 'object' && typeof t.body.id === 'string' ? t.body.id : null;
  return { messageId: id, startedAt: t.startedAt, status: t.status };
}

/** Provider-accepted latency per reply: simulator_message.created_at (by the message's provider sid), else the message row reaching sent/delivered. */
async function replyLatencies(ctx: Ctx, replies: ReplyTiming[], deadline: number): Promise<{ lat: number[]; pending: number; failed: number }> {
  const ids = replies.map((r) => r.messageId).filter((x): x is string => !!x);
  type Row = { id: string; status: string; updated_at: Date; accepted_at: Date | null };
  let rows: Row[] = [];
  await waitUntil(async () => {
    const r = await ctx.db.query<Row>(
      `select m.id, m.status, m.updated_at, s.created_at as accepted_at
         from message m left join simulator_message s on s.sid = m.provider_sid where m.id = any($1)`,
      [ids],
    );
    rows = r.rows;
    return rows.filter((x) => x.accepted_at || ['sent', 'delivered', 'failed', 'undelivered', 'blocked'].includes(x.status)).length >= ids.length;
  }, deadline, 500);
  const byId = new Map(rows.map((x) => [x.id, x]));
  const lat: number[] = [];
  let pending = 0;
  let failed = replies.filter((r) => !r.messageId).length;
  for (const r of replies) {
    if (!r.messageId) continue;
    const row = byId.get(r.messageId);
    const accepted = row?.accepted_at ?? (row && ['sent', 'delivered'].includes(row.status) ? row.updated_at : null);
    if (accepted) lat.push(accepted.getTime() - r.startedAt);
    else if (row && ['failed', 'undelivered', 'blocked'].includes(row.status)) failed += 1;
    else pending += 1;
  }
  return { lat, pending, failed };
}

async function scenario5Rest(ctx: Ctx, staff: StaffClient, conversations: string[]): Promise<void> {
  for (let i = 0; i < 5; i += 1) await sendReply(ctx, staff, conversations[i % conversations.length]!); // warm-up
  const replies: ReplyTiming[] = [];
  await measured(ctx, 'scenario 5 staff replies at rest', async () => {
    for (let i = 0; i < CFG.s5RestReplies; i += 1) {
      replies.push(await sendReply(ctx, staff, conversations[i % conversations.length]!));
      await sleep(150);
    }
  });
  const { lat, pending, failed } = await replyLatencies(ctx, replies, Date.now() + 60_000);
  put({ s5_rest_replies: replies.length, ...censoredLatencyMetrics('s5_rest_accepted', lat, pending + failed, 60_000), s5_rest_not_accepted: pending + failed });
  goals.push({ metric: 's5_rest_accepted_p50_ms', max: 100 }, { metric: 's5_rest_accepted_p99_ms', max: 300 }, { metric: 's5_rest_not_accepted', max: 0 });
}

// ---------------------------------------------------------------------------------------------
// Scenario 4 (+ 5 under load): 2,000 reminders due in the same minute
// ---------------------------------------------------------------------------------------------

async function configureBenchLocation(ctx: Ctx): Promise<void> {
  const wanted = { reminders: ['2h'], sendingHours: { start: '00:00', end: '23:59' }, confirmationRequest: false, bookingConfirmation: { online: false, staff: false }, cancellationConfirmation: false };
  await ctx.owner.ok('PUT', `/locations/${ctx.locationId}/messaging-settings`, wanted);
  const got = await ctx.owner.ok<{ reminders: string[]; sendingHours: unknown; confirmationRequest: boolean; bookingConfirmation: unknown; problems: string[] }>('GET', `/locations/${ctx.locationId}/messaging-settings`);
  if (JSON.stringify(got.reminders) !== '["2h"]' || got.confirmationRequest !== false || (got.problems ?? []).length) {
    throw new Error(`messaging settings did not take: ${JSON.stringify({ reminders: got.reminders, confirmationRequest: got.confirmationRequest, problems: got.problems })}`);
  }
}

async function scenario4(ctx: Ctx, withReplies: StaffClient | null, conversations: string[]): Promise<void> {
  const n = CFG.s4Reminders;
  // Plan the due minute from the booking rate seen so far (or a quick probe), with room to spare.
  if (!ctx.bookingRate) {
    const probe = Array.from({ length: CFG.warmup }, (_, i) => bookingEvent(ctx, 's4p', i, new Date(Date.now() + 40 * 86_400_000), phone(BLOCK.warmup, 300 + i)));
    const p = await bookMany(ctx, probe, Date.now() + 120_000);
    ctx.bookingRate = p.timings.filter(ok2xx).length / p.seconds;
  }
  const rate = Math.max(5, ctx.bookingRate);
  let due = Math.ceil((Date.now() + (n / rate) * 1.6 * 1000 + 45_000) / 60_000) * 60_000;
  // Sending hours end at 23:59 (end exclusive, the latest allowed): never plan a reminder in that minute.
  const localMinute = (ms: number) => new Intl.DateTimeFormat('en-GB', { timeZone: BENCH_LOCATION.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(ms));
  while (localMinute(due) === '23:59') due += 60_000;
  const startsAt = new Date(due + 2 * 3_600_000);
  const scenarioStart = new Date();
  log(`scenario 4: booking ${n} appointments at ${startsAt.toISOString()} (2 h reminders due ${new Date(due).toISOString()}, planned from ${rate.toFixed(0)} bookings/s)`);
  const phones = Array.from({ length: n }, (_, i) => phone(BLOCK.s4, i));
  const events = phones.map((p, i) => bookingEvent(ctx, 's4', i, startsAt, p));
  const booked = await bookMany(ctx, events, due - 10_000);
  const bookedOk = booked.timings.filter(ok2xx).length;
  const bookedBy = Date.now();
  const bookingOverran = bookedBy > due - 10_000 || bookedOk < n;

  const sentRows = async () =>
    (
      await ctx.db.query<{ patient_phone: string; n: string; dups: string; first_at: Date }>(
        `select patient_phone, count(*) as n, sum(duplicate_sends) as dups, min(created_at) as first_at
           from simulator_message where direction = 'to_patient' and patient_phone = any($1) and created_at >= $2 group by patient_phone`,
        [phones, scenarioStart],
      )
    ).rows;

  // The load that runs while the reminders go out: a burst of inbound texts and staff replies.
  const loadTasks: Promise<unknown>[] = [];
  const loadReplies: ReplyTiming[] = [];
  let burstTimings: (Timed | undefined)[] = [];
  let burstSeconds = 0;
  const burstTexts = withReplies ? streamTexts(ctx, 6, BLOCK.s5burst, CFG.s5BurstTexts) : [];
  await sleep(Math.max(0, due - 3000 - Date.now()));
  const earlyRows = await sentRows();
  const meter = cpuMeter(ctx.cpuGroups);
  if (withReplies) {
    loadTasks.push(
      pool(burstTexts, CFG.concurrency, (t) => ctx.webhook.inboundSms(t), due + 600_000).then((r) => {
        burstTimings = r.results;
        burstSeconds = r.seconds;
      }),
    );
    loadTasks.push(
      paced(CFG.s5LoadReplies, CFG.s5LoadPerSecond, 64, async (i) => {
        loadReplies.push(await sendReply(ctx, withReplies, conversations[i % conversations.length]!));
      }),
    );
  }
  const rss = rssSampler(() => ctx.sys.pids.worker, 1000);
  const dbStates: Record<string, number> = {};
  const progress: { t: number; sent: number }[] = [];
  const allSent = await waitUntil(async () => {
    const sent = (await sentRows()).length;
    progress.push({ t: Date.now() - due, sent });
    for (const [state, count] of Object.entries(await connectionStates(ctx))) dbStates[state] = Math.max(dbStates[state] ?? 0, count);
    return sent >= bookedOk;
  }, due + CFG.s4WaitSeconds * 1000, 1000);
  await Promise.all(loadTasks);
  const w = meter.stop();
  const rssOut = rss.stop();
  cpu['scenario 4 reminder minute (+ scenario 5 load)'] = w;
  notes.push(cpuNote('scenario 4 reminder minute (+ scenario 5 load)', w));
  await sleep(3000); // a late duplicate would show up here
  const rows = await sentRows();

  const reminderRows = await ctx.db.query<{ kind: string; status: string; n: string }>(
    "select kind, status, count(*) as n from message where direction = 'outbound' and to_number = any($1) and created_at >= $2 group by kind, status order by kind, status",
    [phones, scenarioStart],
  );
  // When the sending stalled: the last time the count of sent reminders went up.
  let lastProgress = progress[0];
  for (const p of progress) if (p.sent > (lastProgress?.sent ?? 0)) lastProgress = p;
  const lateness = rows.map((r) => r.first_at.getTime() - due);
  put({
    s4_reminders: n,
    s4_booked: bookedOk,
    s4_booking_rate_per_s: bookedOk / booked.seconds,
    s4_due_at: new Date(due).toISOString(),
    s4_sent_before_due: earlyRows.length + lateness.filter((l) => l < 0).length,
    s4_sent_once: rows.filter((r) => Number(r.n) === 1 && Number(r.dups) === 0).length,
    s4_not_sent: bookedOk - rows.length,
    s4_duplicate_sends: rows.reduce((sum, r) => sum + Number(r.dups) + Number(r.n) - 1, 0),
    ...censoredLatencyMetrics('s4_lateness', lateness, Math.max(0, bookedOk - rows.length), CFG.s4WaitSeconds * 1000),
    s4_worker_rss_max_mib: rssOut.maxMiB,
    s4_db_idle_in_transaction_max: dbStates['idle in transaction'] ?? 0,
  });
  goals.push({ metric: 's4_not_sent', max: 0 }, { metric: 's4_duplicate_sends', max: 0 }, { metric: 's4_lateness_p99_ms', max: 30_000 });
  notes.push(
    `Scenario 4: the bench location's messaging settings were set through the API as the owner: reminders ["2h"] only, sending hours 00:00–23:59 (the widest the schema allows: "HH:MM", end exclusive, so the bench never plans a due time in 23:59 local), ` +
      `confirmation request off, booking and cancellation confirmations off. ${n} appointments were booked (one patient each) all starting at exactly the same instant, so every 2-hour reminder is due at the same instant (${new Date(due).toISOString()}) — clinics book on slot boundaries, so this is the realistic worst case. ` +
      `Sent = a to_patient simulator_message row for the patient's number; lateness = its created_at − due time; duplicate sends = extra rows + the simulator's duplicate_sends counter. ` +
      (allSent
        ? ''
        : `Not all reminders were sent within ${CFG.s4WaitSeconds} s of the due time (the rest count as not sent, and as the slowest samples in the lateness percentiles: a percentile that falls on one reads "> wait (never arrived)"): ` +
          `${lastProgress?.sent ?? 0} were sent by ${((lastProgress?.t ?? 0) / 1000).toFixed(0)} s after the due time and none after. `) +
      `Outbound message rows for these patients by kind/status: ${reminderRows.rows.map((r) => `${r.kind}/${r.status} ${r.n}`).join(', ') || 'none'}. ` +
      `Most connections of the system's database seen per state while waiting (pg_stat_activity): ${JSON.stringify(dbStates)}. ` +
      (bookingOverran ? `**Invalid construction:** booking finished at ${new Date(bookedBy).toISOString()} (${bookedOk}/${n} accepted), too close to the due time. ` : ''),
  );

  if (withReplies) {
    const { lat, pending, failed } = await replyLatencies(ctx, loadReplies, Date.now() + (allSent ? 120_000 : 20_000));
    const replyStates = await ctx.db.query<{ status: string; n: string }>('select status, count(*) as n from message where id = any($1) group by status', [loadReplies.map((r) => r.messageId).filter(Boolean)]);
    notes.push(`Scenario 5 under load: the replies' message rows by status at the end: ${replyStates.rows.map((r) => `${r.status} ${r.n}`).join(', ') || 'none'}; HTTP statuses ${JSON.stringify(countBy(loadReplies.map((r) => String(r.status))))}.`);
    const burstOk = burstTimings.filter(ok2xx);
    put({
      s5_load_replies: loadReplies.length,
      ...censoredLatencyMetrics('s5_load_accepted', lat, pending + failed, 20_000),
      s5_load_not_accepted: pending + failed,
      s5_burst_texts: burstTexts.length,
      s5_burst_rate_per_s: burstTimings.filter((t) => t).length / Math.max(burstSeconds, 0.001),
      ...latencyMetrics('s5_burst_ack', summarize(burstOk.map((t) => t!.ms))),
      s5_burst_non_200: burstTexts.length - burstOk.length,
    });
    goals.push({ metric: 's5_load_accepted_p99_ms', max: 2000 }, { metric: 's5_load_not_accepted', max: 0 });
    notes.push(
      `Scenario 5: a staff member's reply (POST /api/conversations/:id/messages) timed from request start to provider acceptance = simulator_message.created_at of the message's provider sid (or the message row reaching sent). ` +
        `At rest: ${CFG.s5RestReplies} replies one at a time. Under load: ${CFG.s5LoadReplies} replies at ${CFG.s5LoadPerSecond}/s starting 3 s before scenario 4's due instant, while ${burstTexts.length} inbound texts are pushed as fast as concurrency ${CFG.concurrency} allows.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Scenario 6: many open appointment workflows; worker RSS
// ---------------------------------------------------------------------------------------------

async function scenario6(ctx: Ctx): Promise<void> {
  const n = CFG.s6Workflows;
  const rss = rssSampler(() => ctx.sys.pids.worker, 1000);
  const events = Array.from({ length: n }, (_, i) => bookingEvent(ctx, 's6', i, new Date(Date.now() + (30 + (i % 30)) * 86_400_000 + (i % 16) * 1_800_000), phone(BLOCK.s6, i)));
  const booked = await measured(ctx, 'scenario 6 open workflows', () => bookMany(ctx, events, Date.now() + (SCALE === 'full' ? 15 : 5) * 60_000));
  const okN = booked.timings.filter(ok2xx).length;
  await sleep(15_000); // let the worker run every new workflow's first tasks
  const open: number | string = await ctx.temporal.workflow.count(`WorkflowType = "appointmentWorkflow" AND ExecutionStatus = "Running"`).then(
    (c) => c.count,
    (error: unknown) => `count failed: ${String(error).slice(0, 120)}`,
  );
  const r = rss.stop();
  put({
    s6_booked: okN,
    s6_booking_rate_per_s: okN / booked.seconds,
    s6_open_appointment_workflows: open,
    s6_worker_rss_max_mib: r.maxMiB,
    s6_worker_rss_end_mib: r.lastMiB,
  });
  goals.push({ metric: 's6_worker_rss_max_mib', max: 1536 }, { metric: 's6_booked', min: n });
  notes.push(
    `Scenario 6: ${n} appointments to book (bounded to ${SCALE === 'full' ? 15 : 5} min of booking) 30–60 days ahead (each an open appointment workflow waiting on timers), VmRSS of the worker process sampled every second from /proc/<pid>/status while booking and for 15 s after; open count from Temporal's visibility (all appointment workflows on the server, including earlier scenarios and the seed).`,
  );
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/** Scenario groups, in run order; each group gets a fresh system of its own unless BENCH_ISOLATE=0 or a reused system. */
// ---------------------------------------------------------------------------------------------
// Scenario 7: a bulk send keeps its number's rate
// ---------------------------------------------------------------------------------------------

/**
 * "Provider running late" to every patient booked with one provider for the rest of today, at the
 * rate the owner sets for the number. Measured from the recipients' own rows: the rate the texts went
 * out at (first to last `sent_at`) against the configured rate, and that each patient got one text.
 */
async function scenario7(ctx: Ctx): Promise<void> {
  const n = CFG.s7Recipients;
  const now = Date.now();
  // Booked for later today at the bench location (America/Chicago): half way to local midnight, at least 20 minutes ahead.
  const midnight = new Date(new Date(now).toLocaleString('en-US', { timeZone: BENCH_LOCATION.timeZone }));
  const localNow = midnight.getTime();
  midnight.setHours(24, 0, 0, 0);
  const startsAt = new Date(now + Math.max(20 * 60_000, Math.floor((midnight.getTime() - localNow) / 2)));
  if (startsAt.getTime() - now > midnight.getTime() - localNow) throw new Error('too close to local midnight for a "later today" audience; run it earlier in the day');
  const events = Array.from({ length: n }, (_, i) => {
    const event = bookingEvent(ctx, 's7', i, startsAt, phone(BLOCK.s7, i));
    event.appointment.providerName = 'Dr. Bulk';
    return event;
  });
  const booked = await bookMany(ctx, events, Date.now() + 300_000);
  const ok = booked.timings.filter((t) => t && t.status === 202).length;
  if (ok !== n) throw new Error(`only ${ok} of ${n} bookings were accepted`);
  await waitUntil(async () => {
    const r = await ctx.db.query<{ n: string }>(`select count(*) as n from appointment where external_id like $1`, [`BENCH-${ctx.runTag}-s7-%`]);
    return Number(r.rows[0]?.n) === n;
  }, Date.now() + 120_000);

  const started = await ctx.owner.ok<{ id: string }>('POST', '/bulk-sends', { locationId: ctx.locationId, criteria: { scenario: 'provider_running_late', providerName: 'Dr. Bulk', delayMinutes: 15 }, ratePerSecond: CFG.s7Rate });
  const id = started.id;
  const w = cpuMeter(ctx.cpuGroups);
  const finished = await waitUntil(async () => {
    const r = await ctx.db.query<{ status: string }>('select status from bulk_send where id = $1', [id]);
    return r.rows[0]?.status === 'finished';
  }, Date.now() + Math.max(120_000, (n / CFG.s7Rate) * 4000));
  const window = w.stop();
  cpu['scenario 7 bulk send'] = window;
  notes.push(cpuNote('scenario 7 bulk send', window));
  const { rows } = await ctx.db.query<{ sent: string; excluded: string; failed: string; first: Date | null; last: Date | null }>(
    `select count(*) filter (where status = 'sent') as sent, count(*) filter (where status = 'excluded') as excluded, count(*) filter (where status = 'failed') as failed,
            min(sent_at) as first, max(sent_at) as last from bulk_send_recipient where bulk_send_id = $1`,
    [id],
  );
  const dup = await ctx.db.query<{ n: string }>(`select count(*) as n from (select 1 from message where bulk_send_id = $1 and direction = 'outbound' group by conversation_id having count(*) > 1) d`, [id]);
  const r = rows[0]!;
  const sent = Number(r.sent);
  const seconds = r.first && r.last ? (new Date(r.last).getTime() - new Date(r.first).getTime()) / 1000 : 0;
  // Texts leave in batches (up to 25, at most one second's worth) that each take their share of a
  // second: n texts at rate R span (n / batch - 1) batch periods from the first to the last, plus the last batch.
  const batchPeriod = Math.min(CFG.s7Rate, 25) / CFG.s7Rate;
  const rate = sent > 0 ? sent / (seconds + batchPeriod) : 0;
  put({
    s7_recipients: n,
    s7_finished: finished ? 1 : 0,
    s7_sent: sent,
    s7_excluded: Number(r.excluded),
    s7_failed: Number(r.failed),
    s7_configured_rate_per_s: CFG.s7Rate,
    s7_achieved_rate_per_s: rate,
    s7_rate_vs_configured_pct: (100 * rate) / CFG.s7Rate,
    s7_patients_texted_twice: Number(dup.rows[0]?.n ?? 0),
  });
  goals.push({ metric: 's7_sent', min: n }, { metric: 's7_rate_vs_configured_pct', min: 80 }, { metric: 's7_rate_vs_configured_pct', max: 105 }, { metric: 's7_patients_texted_twice', max: 0 });
}

const GROUPS: number[][] = [[1], [2], [3], [6], [5, 4], [7]];

async function startOrAttach(): Promise<BenchSystem> {
  if (process.env['BENCH_API_URL']) return attachSystem();
  return startSystem({
    dbName: process.env['BENCH_DB_NAME'] ?? 'beacon_bench_load',
    apiPort: num('BENCH_API_PORT', 3288, 3288),
    workerHealthPort: num('BENCH_WORKER_HEALTH_PORT', 3289, 3289),
    temporalPort: num('BENCH_TEMPORAL_PORT', 7288, 7288),
    temporalUiPort: num('BENCH_TEMPORAL_UI_PORT', 8288, 8288),
    log,
  });
}

async function describeMachine(sys: BenchSystem, db: pg.Pool, isolate: boolean): Promise<void> {
  const v = await versions(sys.databaseUrl);
  const pgSettings = (await db.query<{ name: string; setting: string }>("select name, setting from pg_settings where name in ('fsync','synchronous_commit','max_connections','shared_buffers','wal_sync_method')")).rows;
  machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', memoryGiB: round(os.totalmem() / 2 ** 30, 1), loadAverageAtStart: os.loadavg().map((x) => round(x, 2)), ...v, postgresSettings: Object.fromEntries(pgSettings.map((r) => [r.name, r.setting])) };
  put({ machine_cpus: os.cpus().length, machine_memory_gib: os.totalmem() / 2 ** 30, version_node: v.node, version_postgres: v.postgres, version_temporal_cli: v.temporalCli.split('\n')[0] ?? '?' });
  notes.unshift(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${round(os.totalmem() / 2 ** 30, 1)} GiB, load average at start ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (shared with other engineers). ` +
      `Node ${v.node}, PostgreSQL ${v.postgres} (${pgSettings.map((r) => `${r.name}=${r.setting}`).join(', ')}), ${v.temporalCli.split('\n')[0]}. ` +
      (sys.owned
        ? `System started by the bench like \`npm start\`: dist/node API and worker processes, fresh database, in-memory Temporal dev server (${sys.temporalAddress}), demo clinic seeded; logs in ${sys.logDir}` +
          (isolate ? ` — a fresh system for each scenario group (${GROUPS.map((g) => g.join('+')).join(' | ')}), so a stall in one scenario cannot spill into the next.` : ' — one system for every scenario (BENCH_ISOLATE=0).')
        : `Reused the running system at ${sys.apiUrl} (one system for every scenario).`) +
      ` Scale ${SCALE}; scenarios ${[...SCENARIOS].join(',')}; client concurrency ${CFG.concurrency}.`,
  );
}

/** Logs in as the owner, adds (or finds) the bench location and configures it; returns the scenario context. */
async function prepare(sys: BenchSystem, db: pg.Pool, temporal: Client, runTag: string): Promise<Ctx> {
  let owner = await StaffClient.login(sys.apiUrl, OWNER.email, OWNER.password);
  const created = await owner.request<{ id?: string }>('POST', '/locations', BENCH_LOCATION);
  let locationId = created.status === 201 && created.body && typeof created.body === 'object' ? created.body.id : undefined;
  if (!locationId) {
    const list = await owner.ok<{ id: string; phoneNumber: string }[]>('GET', '/locations');
    locationId = list.find((l) => l.phoneNumber === BENCH_LOCATION.phoneNumber)?.id;
  }
  if (!locationId) throw new Error(`could not create or find the bench location: ${created.status} ${JSON.stringify(created.body)}`);
  owner = await StaffClient.login(sys.apiUrl, OWNER.email, OWNER.password); // the session now covers the new location
  const procs = sys.pids;
  const ctx: Ctx = {
    sys,
    db,
    temporal,
    webhook: new TwilioWebhookClient(sys.apiUrl, sys.publicBaseUrl, sys.twilioAuthToken),
    booking: new BookingClient(sys.apiUrl, sys.bookingKeyId, sys.bookingSecret),
    owner,
    locationId,
    runTag,
    cpuGroups: {
      api: () => (procs.api ? [procs.api] : []),
      worker: () => (procs.worker ? [procs.worker] : []),
      'interactive worker': () => (procs.workerInteractive ? [procs.workerInteractive] : []),
      'background worker': () => (procs.workerBackground ? [procs.workerBackground] : []),
      temporal: () => (procs.temporal ? [procs.temporal] : []),
      postgres: () => pidsByComm('postgres'),
      'bench client': () => [process.pid],
      'baseline (a) server': () => (baselinePid ? [baselinePid] : []),
    },
    bookingRate: null,
  };
  await configureBenchLocation(ctx);
  // Warm-up: texts through the webhook and the worker before anything is measured.
  const wSids = sidFactory(runTag, 0x0a);
  await pool(Array.from({ length: CFG.warmup }, (_, i) => i), 8, (i) => ctx.webhook.inboundSms({ sid: wSids.next(), from: phone(BLOCK.warmup, 200 + i), to: BENCH_LOCATION.phoneNumber, body: QUESTIONS[i % QUESTIONS.length]! }));
  return ctx;
}

async function runGroup(group: number[], first: boolean, isolate: boolean): Promise<void> {
  const sys = await startOrAttach();
  let connection: Connection | null = null;
  const db = new pg.Pool({ connectionString: sys.databaseUrl, max: 4, application_name: 'beacon-bench' });
  const rss = rssSampler(() => sys.pids.worker, 2000);
  try {
    if (first) await describeMachine(sys, db, isolate);
    connection = await Connection.connect({ address: sys.temporalAddress });
    const ctx = await prepare(sys, db, new Client({ connection, namespace: sys.temporalNamespace }), newRunTag());

    const run = async (n: number, label: string, fn: () => Promise<void>) => {
      if (!group.includes(n) || !SCENARIOS.has(n)) return;
      log(`scenario ${n}: ${label}`);
      try {
        await fn();
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        put({ [`s${n}_error`]: msg.slice(0, 300) });
        notes.push(`Scenario ${n} failed: ${msg}`);
        log(`scenario ${n} failed: ${msg}`);
      }
      await sleep(2000);
    };
    await run(1, 'inbound webhook acknowledged, 5× duplicates', () => scenario1(ctx));
    await run(2, 'inbound texts fully processed', () => scenario2(ctx));
    await run(3, 'booking events acknowledged', () => scenario3(ctx));
    await run(6, `${CFG.s6Workflows} open appointment workflows`, () => scenario6(ctx));
    let staff: StaffClient | null = null;
    let conversations: string[] = [];
    await run(5, 'staff replies at rest', async () => {
      staff = ctx.owner;
      conversations = await openConversations(ctx, 20);
      await sleep(2000);
      await scenario5Rest(ctx, ctx.owner, conversations);
    });
    await run(4, `${CFG.s4Reminders} reminders due in the same minute${staff ? ' (+ scenario 5 under load)' : ''}`, () => scenario4(ctx, staff, conversations));
    await run(7, `bulk send to ${CFG.s7Recipients} patients at ${CFG.s7Rate} texts/s`, () => scenario7(ctx));
  } finally {
    const r = rss.stop();
    metrics['worker_rss_max_mib_whole_run'] = round(Math.max(Number(metrics['worker_rss_max_mib_whole_run'] ?? 0), r.maxMiB), 2);
    if (sys.exits.length) {
      metrics['process_exits'] = Number(metrics['process_exits'] ?? 0) + sys.exits.length;
      if (!goals.some((g) => g.metric === 'process_exits')) goals.push({ metric: 'process_exits', max: 0 });
      notes.push(`Processes that exited during scenarios ${group.join('+')}: ${sys.exits.map((e) => `${e.name} (code ${e.code}, signal ${e.signal}) at ${e.at}`).join('; ')}.`);
    }
    await connection?.close().catch(() => undefined);
    await db.end().catch(() => undefined);
    log('stopping the system');
    await sys.stop();
  }
}

async function main(): Promise<void> {
  const isolate = !process.env['BENCH_API_URL'] && process.env['BENCH_ISOLATE'] !== '0';
  const groups = GROUPS.filter((g) => g.some((n) => SCENARIOS.has(n)));
  if (isolate) {
    for (const [i, g] of groups.entries()) await runGroup(g, i === 0, true);
  } else {
    await runGroup(groups.flat(), true, false);
  }
  notes.push(
    'Reading the figures: every target missed stays a missed goal (✘); latency percentiles count what never arrived as the slowest samples ("> wait (never arrived)"); null = no sample at all. The CPU lines show which process was busy in each phase (from /proc/<pid>/stat; "postgres" sums every backend of the shared cluster, other users included) — a process near 100 % of one core is the limit of that phase. ' +
      'PostgreSQL runs with fsync and synchronous_commit on, so every acknowledged transaction waits for a WAL flush. "idle in transaction" connections of the system piling up while nothing progresses is the signature of a connection pool exhausted by transactions that wait for another connection.',
  );
}

const watchdog = setTimeout(() => {
  errorText = `timed out after ${CFG.timeoutSeconds} s (BENCH_TIMEOUT_SECONDS)`;
  notes.push(`**Stopped by the watchdog after ${CFG.timeoutSeconds} s.**`);
  emit();
  process.exit(1); // the exit hooks kill every process the bench started
}, CFG.timeoutSeconds * 1000);

const onSignal = (sig: string) => {
  errorText = `interrupted (${sig})`;
  emit();
  process.exit(1);
};
process.once('SIGINT', () => onSignal('SIGINT'));
process.once('SIGTERM', () => onSignal('SIGTERM'));

main().then(
  () => {
    clearTimeout(watchdog);
    emit();
    process.exit(0);
  },
  (error: unknown) => {
    clearTimeout(watchdog);
    errorText = error instanceof Error ? error.message : String(error);
    log(`failed: ${errorText}`);
    emit();
    process.exit(1);
  },
);
