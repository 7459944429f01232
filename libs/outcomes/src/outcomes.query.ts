import { DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@beacon/db';
import { csvCell } from '@beacon/audit';
import { twilioErrorText } from '@beacon/messaging';

/**
 * Outcomes of a clinic's messaging, computed by SQL over indexed tables (migration 20261208_outcomes):
 * rates per week or month (UTC buckets), per location and provider, a baseline from before reminders
 * started, delivery and its failure reasons, opt-outs, staff response time, revenue recovered, and the
 * funnel of each scenario (kind of text) and template. Pure reads; the caller applies the access rule
 * by passing only the locations the person may see.
 */
import { GRANULARITIES, type AppointmentRates, type BreakdownRow, type FunnelRow, type Granularity, type OutcomeBucket, type OutcomesReport } from '@beacon/contracts';
export { GRANULARITIES, type Granularity };

export interface OutcomesQuery {
  organizationId: string;
  /** Locations to include (already limited to the ones the person works at). */
  locationIds: readonly string[];
  providerName?: string | null;
  granularity: Granularity;
  from: Date;
  to: Date;
}

export type { AppointmentRates, BreakdownRow, FunnelRow, OutcomeBucket, OutcomesReport };

const ratio = (num: number, den: number): number | null => (den > 0 ? Math.round((num / den) * 10000) / 10000 : null);
const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
const n = (v: unknown) => Number(v ?? 0);

/** Appointment columns every rate reads (alias `a`). */
const RATE_COLUMNS = `count(*) as appointments,
  count(*) filter (where a.status <> 'cancelled') as not_cancelled,
  count(*) filter (where a.status <> 'cancelled' and (a.confirmation_status = 'confirmed' or a.status in ('checked_in', 'completed'))) as confirmed,
  count(*) filter (where a.status in ('no_show', 'checked_in', 'completed')) as reached,
  count(*) filter (where a.status = 'no_show') as no_shows,
  count(*) filter (where a.status = 'cancelled' and a.last_event_at is not null and a.starts_at - a.last_event_at < interval '24 hours') as late_cancellations,
  count(*) filter (where a.version > 1) as rescheduled`;

type RateRow = Record<'appointments' | 'not_cancelled' | 'confirmed' | 'reached' | 'no_shows' | 'late_cancellations' | 'rescheduled', string>;

function rates(r: RateRow | undefined): AppointmentRates {
  return {
    appointments: n(r?.appointments),
    confirmationRate: ratio(n(r?.confirmed), n(r?.not_cancelled)),
    noShowRate: ratio(n(r?.no_shows), n(r?.reached)),
    lateCancellationRate: ratio(n(r?.late_cancellations), n(r?.appointments)),
    rescheduleRate: ratio(n(r?.rescheduled), n(r?.appointments)),
  };
}

/** A half-open time range [start, end). */
type Range = readonly [Date, Date];
/** `col` inside any of the ranges (the end widened by `ahead`, the start by `behind`, interval literals): SQL and its parameters. */
const inRanges = (col: string, ranges: readonly Range[], ahead = '', behind = '') =>
  ranges.length === 0
    ? { sql: 'false', params: [] as unknown[] }
    : { sql: `(${ranges.map(() => `(${col} >= ?::timestamptz${behind} and ${col} < ?::timestamptz${ahead})`).join(' or ')})`, params: ranges.flatMap((r) => [r[0], r[1]]) as unknown[] };

const DAY_MS = 86_400_000;
/** The ranges widened (behind and ahead, in ms) and merged where they then overlap (so no row is read twice). */
function widened(ranges: readonly Range[], behindMs: number, aheadMs: number): Range[] {
  const merged: [Date, Date][] = [];
  for (const [a, b] of [...ranges].map((r) => [new Date(r[0].getTime() - behindMs), new Date(r[1].getTime() + aheadMs)] as const).sort((x, y) => x[0].getTime() - y[0].getTime())) {
    const last = merged.at(-1);
    if (last && a.getTime() <= last[1].getTime()) last[1] = new Date(Math.max(last[1].getTime(), b.getTime()));
    else merged.push([a, b]);
  }
  return merged;
}

/**
 * The texts of some disjoint ranges as a derived table `m` with the columns `cols` (of `message m`): one
 * index range scan per range, joined by UNION ALL. Those scans can be index-only on
 * message_created_at_usage_idx (what each column list here keeps to), where an OR of ranges becomes a
 * bitmap scan that always reads the table: 4–5× slower on the bench's recent days.
 */
function messagesIn(ranges: readonly Range[], cols: string) {
  if (ranges.length === 0) return { sql: `(select ${cols} from message m where false)`, params: [] as unknown[] };
  return {
    sql: `(${ranges.map(() => `select ${cols} from message m where m.created_at >= ? and m.created_at < ?`).join(' union all ')})`,
    params: ranges.flatMap((r) => [r[0], r[1]]) as unknown[],
  };
}

/** The ranges with everything at or after `horizon` cut off (null: nothing cut). */
function before(ranges: readonly Range[], horizon: Date | null): Range[] {
  if (!horizon) return [...ranges];
  return ranges.map((r) => [r[0], new Date(Math.min(r[1].getTime(), horizon.getTime()))] as Range).filter((r) => r[0].getTime() < r[1].getTime());
}

/**
 * The sends of the scenario/template funnel over the texts of some ranges (UTC days are whole or cut by
 * the query's ends): `with … sends` (alias `s` in `where`) — sent → delivered → replied within 24 h →
 * booked within 7 days. Texts of the ranges and the patients' bookings just after, in one stream: the
 * next reply in the thread and the patient's next booking are running minimums read backwards (no probe
 * per text), over the rows at the same instant or later: a tie counts, whatever order the rows come in
 * (and the aggregate stays incremental, which a frame excluding ties is not). Rows of other ranges in the
 * stream cannot change a text's answer: what it looks for lies within 24 h / 7 days after it, and those
 * rows are always included. With a `horizon` (the rollup of recent days), rows at or after it are left
 * out: a send not answered before it may still be (see `funnelPendingSql`).
 */
function funnelSendsSql(organizationId: string, locs: string, ranges: readonly Range[], horizon: Date | null) {
  // Texts of the ranges and of the day after each (replies within 24 h); more rows cannot change an answer (see above).
  const texts = messagesIn(before(widened(ranges, 0, DAY_MS), horizon), 'm.created_at, m.status, m.kind, m.template_id, m.direction, m.conversation_id');
  const bookings = inRanges('a.created_at', ranges, " + interval '7 days'");
  const sends = inRanges('s.at', ranges);
  // Only the threads with a send in the ranges, and their patients' bookings, can answer a send.
  const sent = messagesIn(ranges, 'm.conversation_id, m.direction');
  return {
    with: `with sent as (select distinct q.conversation_id from ${sent.sql} q where q.direction = 'outbound'),
       events as (
         select m.created_at as at, m.status, m.kind, m.template_id, m.direction, m.conversation_id, c.patient_id, c.location_id
           from ${texts.sql} m join conversation c on c.id = m.conversation_id
          where m.conversation_id in (select conversation_id from sent) and c.organization_id = ? and c.location_id = any(?::uuid[])
         union all
         -- (The bookings of the period by their index first, \`offset 0\`: probing each patient's bookings is slower.)
         select a.created_at, null, null, null, 'booking', null, a.patient_id, null
           from (select a.created_at, a.patient_id from appointment a
                  where a.organization_id = ? and ${bookings.sql}${horizon ? ' and a.created_at < ?' : ''} offset 0) a
          where a.patient_id in (select c.patient_id from conversation c where c.id in (select conversation_id from sent))),
       sends as (
         select e.*,
                min(case when e.direction = 'inbound' then e.at end)
                  over (partition by e.conversation_id order by e.at desc range between unbounded preceding and current row) as next_inbound_at,
                min(case when e.direction = 'booking' then e.at end)
                  over (partition by e.patient_id order by e.at desc range between unbounded preceding and current row) as next_booking_at
           from events e)`,
    where: `s.direction = 'outbound' and ${sends.sql}`,
    params: [...sent.params, ...texts.params, organizationId, locs, organizationId, ...bookings.params, ...(horizon ? [horizon] : []), ...sends.params],
  };
}

const FUNNEL_REPLIED = "s.next_inbound_at <= s.at + interval '24 hours'";
const FUNNEL_BOOKED = "s.next_booking_at <= s.at + interval '7 days'";

/** The funnel's counts over some ranges, grouped by `group` (expressions over `s.at` and `s.location_id`) and scenario/template. */
function rawFunnelSql(organizationId: string, locs: string, ranges: readonly Range[], group: string, horizon: Date | null = null) {
  const f = funnelSendsSql(organizationId, locs, ranges, horizon);
  return {
    sql: `${f.with}
       select ${group} s.kind as scenario, s.template_id,
              count(*) filter (where s.status not in ('blocked', 'failed')) as sent,
              count(*) filter (where s.status = 'delivered') as delivered,
              count(*) filter (where ${FUNNEL_REPLIED}) as replied,
              count(*) filter (where ${FUNNEL_BOOKED}) as booked
         from sends s where ${f.where}`,
    params: f.params,
  };
}

/**
 * The sends of some ranges (rolled up to `horizon`) that a reply or a booking at or after the horizon
 * could still count: not replied yet and the 24 h not over at the horizon, or not booked yet and the 7
 * days not over. The report counts them when such a row exists now (`outcomesReport`).
 */
function funnelPendingSql(organizationId: string, locs: string, ranges: readonly Range[], horizon: Date, group: string) {
  const f = funnelSendsSql(organizationId, locs, ranges, horizon);
  return {
    sql: `${f.with}
       select ${group} s.kind, s.template_id, s.at, s.conversation_id, s.patient_id, coalesce(${FUNNEL_REPLIED}, false) as replied, coalesce(${FUNNEL_BOOKED}, false) as booked
         from sends s
        where ${f.where}
          and ((not coalesce(${FUNNEL_REPLIED}, false) and s.at + interval '24 hours' >= ?) or (not coalesce(${FUNNEL_BOOKED}, false) and s.at + interval '7 days' >= ?))`,
    params: [...f.params, horizon, horizon],
  };
}

/** Raw per-thread text counts (`group`: expressions over `m` and `c`) of some ranges. */
function rawMessageCountsSql(organizationId: string, locs: string, ranges: readonly Range[], group: string) {
  const r = messagesIn(ranges, 'm.conversation_id, m.created_at, m.direction, m.status');
  return {
    sql: `select ${group}
              count(*) filter (where m.direction = 'outbound' and m.status not in ('blocked', 'failed')) as outbound,
              count(*) filter (where m.direction = 'outbound' and m.status in ('sent', 'delivered', 'undelivered', 'failed')) as handed,
              count(*) filter (where m.direction = 'outbound' and m.status = 'delivered') as delivered,
              count(*) filter (where m.direction = 'outbound' and m.status in ('undelivered', 'failed')) as failed
         from ${r.sql} m join conversation c on c.id = m.conversation_id where c.organization_id = ? and c.location_id = any(?::uuid[])`,
    params: [...r.params, organizationId, locs],
  };
}

function rawFailureSql(organizationId: string, locs: string, ranges: readonly Range[], group: string) {
  const r = messagesIn(ranges, 'm.conversation_id, m.created_at, m.direction, m.status, m.error_code');
  return {
    sql: `select ${group} coalesce(m.error_code, 'unknown') as code, count(*) as count
         from ${r.sql} m join conversation c on c.id = m.conversation_id
        where c.organization_id = ? and c.location_id = any(?::uuid[]) and m.direction = 'outbound' and m.status in ('undelivered', 'failed')`,
    params: [...r.params, organizationId, locs],
  };
}

function rawTextedSql(organizationId: string, locs: string, ranges: readonly Range[], group: string) {
  const r = messagesIn(ranges, 'm.conversation_id, m.created_at, m.direction, m.status');
  return {
    sql: `select distinct ${group} c.patient_id from ${r.sql} m join conversation c on c.id = m.conversation_id
        where c.organization_id = ? and c.location_id = any(?::uuid[]) and m.direction = 'outbound' and m.status not in ('blocked', 'failed')`,
    params: [...r.params, organizationId, locs],
  };
}

function rawAppointmentSql(organizationId: string, locs: string, provider: string | null, ranges: readonly Range[], group: string) {
  const r = inRanges('a.starts_at', ranges);
  return {
    sql: `select ${group} ${RATE_COLUMNS} from appointment a
        where a.organization_id = ? and ${r.sql} and a.location_id = any(?::uuid[]) and (?::text is null or a.provider_name = ?)`,
    params: [organizationId, ...r.params, locs, provider, provider],
  };
}

/**
 * Staff response time: the patient turns of some ranges as `with … turns` (conversation_id, location_id,
 * created_at, replied_at): a patient text that arrived inside the location's business hours and does not
 * follow another patient text of the last 7 days in the thread, with the next text a person on staff sent
 * in the thread (or null). Both look 7 days around the text only, so a turn's answer never depends on the
 * period asked for (the rollup's days and the live days agree). The next reply is a running minimum read
 * backwards. Only the threads with a patient text in the ranges are read around them. With a `horizon`
 * (the rollup of recent days), rows at or after it are left out (see `responsePendingSql`).
 */
function responseTurnsSql(organizationId: string, locs: string, ranges: readonly Range[], horizon: Date | null) {
  // 8 days around (more than the 7 the conditions look at, whatever the calendar): more rows cannot change an answer.
  const around = messagesIn(before(widened(ranges, 8 * DAY_MS, 8 * DAY_MS), horizon), 'm.conversation_id, m.created_at, m.direction, m.automated');
  const asked = messagesIn(ranges, 'm.conversation_id, m.direction');
  const turns = inRanges('t.created_at', ranges);
  return {
    with: `with asked as (select distinct q.conversation_id from ${asked.sql} q where q.direction = 'inbound'),
       thread as (
         select m.conversation_id, m.created_at, m.direction, c.location_id,
                lag(m.direction) over w as previous_direction, lag(m.created_at) over w as previous_at,
                min(case when m.direction = 'outbound' then m.created_at end)
                  over (partition by m.conversation_id order by m.created_at desc range between unbounded preceding and current row) as replied_at
           from ${around.sql} m join conversation c on c.id = m.conversation_id
          where m.conversation_id in (select conversation_id from asked) and c.organization_id = ? and c.location_id = any(?::uuid[])
            and (m.direction = 'inbound' or (m.direction = 'outbound' and not m.automated))
         -- Ties: a patient's text and a reply at one instant read inbound first; two patient texts read the same either way.
         window w as (partition by m.conversation_id order by m.created_at, m.direction)),
       turns as (
         select t.conversation_id, t.location_id, t.created_at, t.replied_at
           from thread t join location l on l.id = t.location_id
          where t.direction = 'inbound' and ${turns.sql}
            and not coalesce(t.previous_direction = 'inbound' and t.previous_at > t.created_at - interval '7 days', false)
            and exists (select 1 from jsonb_array_elements(l.business_hours -> extract(dow from t.created_at at time zone l.time_zone)::int::text) h
                         where (t.created_at at time zone l.time_zone)::time >= (h ->> 'open')::time and (t.created_at at time zone l.time_zone)::time < (h ->> 'close')::time))`,
    params: [...asked.params, ...around.params, organizationId, locs, ...turns.params],
  };
}

/** One row per answered patient turn of some ranges (`group`: expressions over `t`), its response time in minutes. */
function rawResponseSql(organizationId: string, locs: string, ranges: readonly Range[], group: string, horizon: Date | null = null) {
  const r = responseTurnsSql(organizationId, locs, ranges, horizon);
  return {
    sql: `${r.with}
       select ${group} extract(epoch from t.replied_at - t.created_at) / 60 as minutes from turns t where t.replied_at < t.created_at + interval '7 days'`,
    params: r.params,
  };
}

/** The turns of some ranges (rolled up to `horizon`) not answered before it whose 7 days go past it: a staff text at or after the horizon may still answer them. */
function responsePendingSql(organizationId: string, locs: string, ranges: readonly Range[], horizon: Date, group: string) {
  const r = responseTurnsSql(organizationId, locs, ranges, horizon);
  return {
    sql: `${r.with}
       select ${group} t.conversation_id, t.created_at from turns t where t.replied_at is null and t.created_at + interval '7 days' > ?`,
    params: [...r.params, horizon],
  };
}

/**
 * Revenue recovered, counted in the period of each appointment's first 48 h request that went out
 * (`group`: expressions over `r` and `a`): appointments still unconfirmed when it went (the workflow sends
 * it only then), later confirmed or attended, or rebooked (a newer version than the request's), and not
 * cancelled or missed, × price. "First" is checked by key (no request of a lower version went out), so an
 * appointment rebooked and asked again counts once, whatever the period.
 */
function rawRevenueSql(organizationId: string, locs: string, provider: string | null, ranges: readonly Range[], group: string) {
  const r = inRanges('m.created_at', ranges);
  return {
    sql: `with requested as (
         select substr(m.idempotency_key, 13, 36)::uuid as appointment_id, split_part(m.idempotency_key, ':v', 2)::int as version, m.created_at
           from message m
          where m.kind = 'confirmation_request' and ${r.sql} and m.status not in ('blocked', 'failed')
            and ${CONFIRMATION_REQUEST_KEY('m.idempotency_key')})
       select ${group} count(*) as appointments, sum(a.price_cents) as cents, count(*) filter (where a.price_cents is null) as unpriced
         from requested r join appointment a on a.id = r.appointment_id
        where a.organization_id = ? and a.location_id = any(?::uuid[]) and (?::text is null or a.provider_name = ?)
          and a.status not in ('cancelled', 'no_show')
          and (a.confirmation_status = 'confirmed' or a.status in ('checked_in', 'completed') or a.version > r.version)
          and not exists (select 1 from generate_series(1, r.version - 1) v
                            join message e on e.idempotency_key = 'appointment-' || r.appointment_id || ':confirmation_request:v' || v
                           where e.status not in ('blocked', 'failed'))`,
    params: [...r.params, organizationId, locs, provider, provider],
  };
}

/**
 * `key` is a 48 h request's idempotency key, `appointment-<36 of [0-9a-f-]>:confirmation_request:v<digits>`
 * (the regular expression ^appointment-[0-9a-f-]{36}:confirmation_request:v[0-9]+$ written with string
 * functions: 8× cheaper on PostgreSQL, whose regex engine is slow on bounded repetitions).
 */
const CONFIRMATION_REQUEST_KEY = (key: string) =>
  `left(${key}, 12) = 'appointment-' and length(${key}) > 71 and substr(${key}, 49, 23) = ':confirmation_request:v' and ltrim(substr(${key}, 13, 36), '0123456789abcdef-') = '' and ltrim(substr(${key}, 72), '0123456789') = ''`;

/** A day's figures can change with rows of the day and the 8 after it (the funnel looks 7 days ahead, from a text late in the day). */
export const OUTCOMES_LOOKAHEAD_DAYS = 8;
/**
 * Days are rolled once they ended at least a day ago, reading the rows before the start of yesterday (the
 * roll's horizon): writes of today and yesterday never bump a counter, and what a rolled day still waits
 * for after its horizon (replies, bookings, staff answers) is kept pending and completed by the report.
 */
export const OUTCOMES_ROLL_LAG_DAYS = 2;
const dayStart = (d: Date) => new Date(Math.floor(d.getTime() / DAY_MS) * DAY_MS);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
/** A day's response times can change with texts of the 7 days before it (whether a patient text starts a turn). */
export const OUTCOMES_LOOKBEHIND_DAYS = 7;
/**
 * Sum of the change counters a day's rollup depends on, as SQL over date expressions: the day `d`, the 7
 * before it and the 8 after it, up to the day before its horizon `h` (the rows from the horizon on are read
 * live by the report, pending), and the organisation-wide epoch.
 */
const fingerprintSql = (d: string, h: string) =>
  `coalesce((select sum(ch.changes) from outcomes_change ch where ch.organization_id = ? and (ch.day between ${d} - ${OUTCOMES_LOOKBEHIND_DAYS} and least(${d} + ${OUTCOMES_LOOKAHEAD_DAYS}, ${h} - 1) or ch.day = date '1970-01-01')), 0)`;

/** A rolled day (alias `r`) whose look-ahead was over when it was rolled: nothing of it can still change. */
const settledSql = (r: string) => `${r}.horizon >= ${r}.day + ${OUTCOMES_LOOKAHEAD_DAYS}`;

/** Rows of a rollup table (alias `r`) for an organisation, a run of days and some locations: params org, first day, end day, location array. */
const rolledWhereSql = (r: string) => `${r}.organization_id = ? and ${r}.day >= ?::date and ${r}.day < ?::date and ${r}.location_id = any(?::uuid[])`;

/**
 * The whole UTC days of [from, to) whose rollup is present and still valid, as one run from the first
 * whole day on (the rest of the period is computed live), and the earliest horizon of those days that may
 * have pending sends or turns (null: none). Null when the first whole day is not rolled.
 */
async function validRun(em: EntityManager, q: OutcomesQuery): Promise<{ run: Range; pendingSince: Date | null } | null> {
  const first = new Date(Math.ceil(q.from.getTime() / DAY_MS) * DAY_MS);
  const endOfWhole = dayStart(q.to);
  if (first.getTime() >= endOfWhole.getTime()) return null;
  const rows = await em.getConnection().execute<{ day: string; open_since: string | null }[]>(
    `select to_char(r.day, 'YYYY-MM-DD') as day, case when not (${settledSql('r')}) then to_char(r.horizon, 'YYYY-MM-DD') end as open_since
       from outcomes_rolled_day r
      where r.organization_id = ? and r.day >= ?::date and r.day < ?::date and r.fingerprint = ${fingerprintSql('r.day', 'r.horizon')}
      order by r.day`,
    [q.organizationId, isoDay(first), isoDay(endOfWhole), q.organizationId],
  );
  let end = first;
  let pendingSince: string | null = null;
  for (const r of rows) {
    if (r.day !== isoDay(end)) break;
    end = new Date(end.getTime() + DAY_MS);
    if (r.open_since && (!pendingSince || r.open_since < pendingSince)) pendingSince = r.open_since;
  }
  return end.getTime() > first.getTime() ? { run: [first, end], pendingSince: pendingSince ? new Date(`${pendingSince}T00:00:00Z`) : null } : null;
}

/** Days per row of `outcomes_texted_block` (one bit each, from 1970-01-01). */
const TEXTED_BLOCK_DAYS = 366;
const epochDay = (d: Date) => Math.floor(d.getTime() / DAY_MS);

/** The blocks of `outcomes_texted_block` a run of whole days covers, each with the mask of its days in the run. */
export function textedBlockMasks(run: readonly [Date, Date] | null): { block: number; mask: string }[] {
  if (!run) return [];
  const [first, end] = [epochDay(run[0]), epochDay(run[1])];
  const masks: { block: number; mask: string }[] = [];
  for (let block = Math.floor(first / TEXTED_BLOCK_DAYS); block * TEXTED_BLOCK_DAYS < end; block += 1) {
    const lo = Math.max(first - block * TEXTED_BLOCK_DAYS, 0);
    const hi = Math.min(end - block * TEXTED_BLOCK_DAYS, TEXTED_BLOCK_DAYS);
    masks.push({ block, mask: '0'.repeat(lo) + '1'.repeat(hi - lo) + '0'.repeat(TEXTED_BLOCK_DAYS - hi) });
  }
  return masks;
}

export interface OutcomesOptions {
  /** false: compute everything from the raw tables (the reference the rollup is checked against). */
  useRollup?: boolean;
}

export async function outcomesReport(em: EntityManager, q: OutcomesQuery, options: OutcomesOptions = {}): Promise<OutcomesReport> {
  const conn = em.getConnection();
  const locs = uuidArray(q.locationIds);
  const provider = q.providerName ?? null;
  const org = q.organizationId;
  const unit = q.granularity;
  // Whole days already rolled up are read from the rollup; the rest of the period (its cut first day,
  // the recent days, anything after a day not rolled or changed since) from the raw tables.
  const valid = options.useRollup === false ? null : await validRun(em, q);
  const run = valid?.run ?? null;
  // The rows written since the earliest horizon of a day with pending sends: what can still answer them.
  const pendingSince = valid?.pendingSince ?? q.to;
  const live: Range[] = run ? ([[q.from, run[0]], [run[1], q.to]] as Range[]).filter((r) => r[0].getTime() < r[1].getTime()) : [[q.from, q.to]];
  const rolled = run ? [org, isoDay(run[0]), isoDay(run[1]), locs] : [org, '1970-01-01', '1970-01-01', locs];
  const rolledWhere = rolledWhereSql('r');
  const blocks = textedBlockMasks(run);
  const bucketOf = (col: string) => `date_trunc('${unit}', ${col})`;
  const sumRates = `sum(appointments) as appointments, sum(not_cancelled) as not_cancelled, sum(confirmed) as confirmed, sum(reached) as reached, sum(no_shows) as no_shows, sum(late_cancellations) as late_cancellations, sum(rescheduled) as rescheduled`;

  const rawAppt = rawAppointmentSql(org, locs, provider, live, `${bucketOf("a.starts_at at time zone 'UTC'")} as bucket, a.location_id, a.provider_name,`);
  const rawMsg = rawMessageCountsSql(org, locs, live, `${bucketOf("m.created_at at time zone 'UTC'")} as bucket,`);
  const rawFail = rawFailureSql(org, locs, live, '');
  const rawTexted = rawTextedSql(org, locs, live, '');
  const rawFunnel = rawFunnelSql(org, locs, live, '');
  const rawResponse = rawResponseSql(org, locs, live, `${bucketOf("t.created_at at time zone 'UTC'")} as bucket,`);
  const rawRevenue = rawRevenueSql(org, locs, provider, live, '');

  const [apptRows, msgRows, reasons, firstAutomated, optOut, response, revenue, funnel] = await Promise.all([
    // Appointment rates per bucket, in total, per location and per provider, in one pass.
    conn.execute<(RateRow & { bucket: Date | null; key: string | null; label: string | null; g: number })[]>(
      `with rows as (
         ${rawAppt.sql} group by 1, 2, 3
         union all
         select ${bucketOf('r.day::timestamp')}, r.location_id, r.provider_name, r.appointments, r.not_cancelled, r.confirmed, r.reached, r.no_shows, r.late_cancellations, r.rescheduled
           from outcomes_appointment_day r where ${rolledWhere} and (?::text is null or r.provider_name = ?))
       select x.*, l.name as label from (
         select bucket, coalesce(location_id::text, provider_name) as key, grouping(bucket, location_id, provider_name) as g, ${sumRates}
           from rows group by grouping sets ((bucket), (), (location_id), (provider_name))) x
       left join location l on x.g = 5 and l.id::text = x.key
        order by x.g, x.bucket, l.name, x.key`,
      [...rawAppt.params, ...rolled, provider, provider],
    ),
    conn.execute<{ bucket: Date | null; outbound: string; handed: string; delivered: string; failed: string }[]>(
      `with rows as (
         ${rawMsg.sql} group by 1
         union all
         select ${bucketOf('r.day::timestamp')}, r.outbound, r.handed, r.delivered, r.failed from outcomes_message_day r where ${rolledWhere})
       select bucket, sum(outbound) as outbound, sum(handed) as handed, sum(delivered) as delivered, sum(failed) as failed
         from rows group by grouping sets ((bucket), ()) order by 1`,
      [...rawMsg.params, ...rolled],
    ),
    conn.execute<{ code: string; count: string }[]>(
      `with rows as (${rawFail.sql} group by 1 union all select r.code, r.count from outcomes_failure_day r where ${rolledWhere})
       select code, sum(count) as count from rows group by 1 order by 2 desc, 1 limit 10`,
      [...rawFail.params, ...rolled],
    ),
    // When the clinic's automated texts (reminders) started: the baseline ends there (message_first_automated_idx).
    conn.execute<{ first: Date | null }[]>(
      `select min(x.created_at) as first from (select m.created_at from message m join conversation c on c.id = m.conversation_id
        where c.organization_id = ? and c.location_id = any(?::uuid[]) and m.automated and m.direction = 'outbound' order by m.created_at limit 1) x`,
      [org, locs],
    ),
    // Opt-outs are per number across the organisation (consent is not per location).
    conn.execute<{ texted: string; opted_out: string }[]>(
      `with texted as (
         ${rawTexted.sql}
         union
         select b.patient_id from outcomes_texted_block b join unnest(?::int[], ?::bit(${TEXTED_BLOCK_DAYS})[]) k(block, mask) on k.block = b.block
          where b.organization_id = ? and b.location_id = any(?::uuid[]) and bit_count(b.days & k.mask) > 0)
       select (select count(*) from texted) as texted,
              (select count(distinct ce.phone) from consent_event ce
                where ce.organization_id = ? and ce.action = 'opt_out' and ce.created_at >= ? and ce.created_at < ?) as opted_out`,
      [...rawTexted.params, `{${blocks.map((b) => b.block).join(',')}}`, `{${blocks.map((b) => b.mask).join(',')}}`, org, locs, org, q.from, q.to],
    ),
    // Staff response time: the median over the rolled turns and the live ones together.
    conn.execute<{ bucket: Date | null; median_minutes: string | null; answered: string }[]>(
      `with rows as (
         ${rawResponse.sql}
         union all
         select ${bucketOf('r.day::timestamp')}, r.minutes from outcomes_response_day r where ${rolledWhere}
         union all
         -- Turns of rolled days not answered before their horizon: the first staff text since (one probe each).
         select ${bucketOf("p.at at time zone 'UTC'")}, extract(epoch from x.replied_at - p.at) / 60
           from outcomes_response_pending p
           cross join lateral (select min(m.created_at) as replied_at from message m
                                where m.conversation_id = p.conversation_id and m.created_at >= p.since and m.direction = 'outbound' and not m.automated) x
          where ${rolledWhereSql('p')} and x.replied_at < p.at + interval '7 days')
       select bucket, percentile_cont(0.5) within group (order by minutes) as median_minutes, count(*) as answered from rows group by grouping sets ((bucket), ())`,
      [...rawResponse.params, ...rolled, ...rolled],
    ),
    conn.execute<{ appointments: string; cents: string | null; unpriced: string }[]>(
      `with rows as (
         ${rawRevenue.sql}
         union all
         select r.appointments, r.cents, r.unpriced from outcomes_revenue_day r where ${rolledWhere} and (?::text is null or r.provider_name = ?))
       select sum(appointments) as appointments, sum(cents) as cents, sum(unpriced) as unpriced from rows`,
      [...rawRevenue.params, ...rolled, provider, provider],
    ),
    conn.execute<{ scenario: string; template_id: string | null; sent: string; delivered: string; replied: string; booked: string }[]>(
      // Sends of rolled days still open at their horizon: replied or booked by a row written since, found by
      // joining them with the patient texts and bookings written since the earliest such horizon (a bound
      // given as a parameter: as a subquery, the planner expected a third of the table and compiled the
      // query, 50 ms of JIT).
      `with pending as materialized (select row_number() over () as k, p.* from outcomes_funnel_pending p where ${rolledWhereSql('p')}),
       replied_since as (
         select distinct p.k from pending p join message m on m.conversation_id = p.conversation_id
          where not p.replied and m.created_at >= ? and m.direction = 'inbound' and m.created_at >= p.since and m.created_at <= p.at + interval '24 hours'),
       booked_since as (
         select distinct p.k from pending p join appointment a on a.patient_id = p.patient_id
          where not p.booked and a.organization_id = ? and a.created_at >= ? and a.created_at >= p.since and a.created_at <= p.at + interval '7 days'),
       rows as (
         ${rawFunnel.sql} group by s.kind, s.template_id
         union all
         select r.kind, r.template_id, r.sent, r.delivered, r.replied, r.booked from outcomes_funnel_day r where ${rolledWhere}
         union all
         select p.kind, p.template_id, 0, 0, (p.k in (select k from replied_since))::int, (p.k in (select k from booked_since))::int from pending p)
       select scenario, template_id, sum(sent) as sent, sum(delivered) as delivered, sum(replied) as replied, sum(booked) as booked
         from rows group by 1, 2 order by 3 desc, 1, 2`,
      [...rolled, pendingSince, org, pendingSince, ...rawFunnel.params, ...rolled],
    ),
  ]);

  const series = apptRows.filter((r) => r.g === 3) as (RateRow & { bucket: Date })[];
  const totals = apptRows.filter((r) => r.g === 7);
  const byLocation = apptRows.filter((r) => r.g === 5).map((r) => ({ ...r, key: r.key as string, label: r.label ?? '' }));
  const byProvider = apptRows.filter((r) => r.g === 6);
  const msgSeries = msgRows.filter((r) => r.bucket !== null) as { bucket: Date; outbound: string; handed: string; delivered: string }[];
  const delivery = msgRows.filter((r) => r.bucket === null);
  const apptWhere = `a.organization_id = ? and a.starts_at >= ? and a.starts_at < ? and a.location_id = any(?::uuid[]) and (?::text is null or a.provider_name = ?)`;
  const apptParams = (from: Date, to: Date) => [org, from, to, locs, provider, provider];
  const msgBy = new Map(msgSeries.map((r) => [new Date(r.bucket).toISOString(), r]));
  const respBy = new Map(response.filter((r) => r.bucket !== null).map((r) => [new Date(r.bucket as Date).toISOString(), r]));
  const keys = [...new Set([...series.map((r) => new Date(r.bucket).toISOString()), ...msgBy.keys(), ...respBy.keys()])].sort();
  const seriesBy = new Map(series.map((r) => [new Date(r.bucket).toISOString(), r]));
  const bucket = <P extends string>(periodStart: P, r: RateRow | undefined, m: { outbound: string; handed: string; delivered: string } | undefined, resp: { median_minutes: string | null } | undefined): OutcomeBucket & { periodStart: P } => ({
    periodStart,
    ...rates(r),
    outboundTexts: n(m?.outbound),
    deliveryRate: ratio(n(m?.delivered), n(m?.handed)),
    medianResponseMinutes: resp?.median_minutes == null ? null : Math.round(Number(resp.median_minutes) * 10) / 10,
  });
  const overallResponse = response.find((r) => r.bucket === null);
  const d = delivery[0];
  const handedTotal = { outbound: String(msgSeries.reduce((s, r) => s + n(r.outbound), 0)), handed: d?.handed ?? '0', delivered: d?.delivered ?? '0' };

  // Baseline: the same length of time just before the first automated text, when bookings exist there.
  const first = firstAutomated[0]?.first ? new Date(firstAutomated[0].first) : null;
  let baseline: OutcomesReport['baseline'] = null;
  let baselineNote = 'No baseline: reminders have not started at these locations yet.';
  if (first) {
    const length = q.to.getTime() - q.from.getTime();
    const bFrom = new Date(first.getTime() - length);
    const [row] = await conn.execute<RateRow[]>(`select ${RATE_COLUMNS} from appointment a where ${apptWhere}`, apptParams(bFrom, first));
    const r = rates(row);
    if (r.appointments > 0) {
      baseline = { from: bFrom.toISOString(), to: first.toISOString(), rates: r, method: `Appointments from ${bFrom.toISOString().slice(0, 10)} to ${first.toISOString().slice(0, 10)}, before the first automated text; same length as the period shown.` };
      baselineNote = baseline.method;
    } else {
      baselineNote = `No baseline: the booking history has no appointments before reminders started on ${first.toISOString().slice(0, 10)}.`;
    }
  }

  const o = optOut[0];
  const rev = revenue[0];
  return {
    granularity: q.granularity,
    from: q.from.toISOString(),
    to: q.to.toISOString(),
    totals: bucket('total', totals[0], handedTotal, overallResponse),
    series: keys.map((k) => bucket(k, seriesBy.get(k), msgBy.get(k), respBy.get(k))),
    byLocation: byLocation.map((r) => ({ key: r.key, label: r.label, ...rates(r) })),
    byProvider: byProvider.map((r) => ({ key: r.key as string, label: r.key as string, ...rates(r) })),
    baseline,
    baselineNote,
    delivery: {
      handedOver: n(d?.handed),
      delivered: n(d?.delivered),
      failed: n(d?.failed),
      deliveryRate: ratio(n(d?.delivered), n(d?.handed)),
      failureReasons: reasons.map((r) => ({ code: r.code, description: twilioErrorText(r.code === 'unknown' ? null : r.code) ?? 'No reason given by the carrier.', count: n(r.count) })),
    },
    optOut: {
      patientsTexted: n(o?.texted),
      optedOut: n(o?.opted_out),
      rate: ratio(n(o?.opted_out), n(o?.texted)),
      method: 'Numbers that opted out in the period (organisation-wide: consent belongs to the number) ÷ patients texted in the period.',
    },
    responseTime: {
      medianMinutes: overallResponse?.median_minutes == null ? null : Math.round(Number(overallResponse.median_minutes) * 10) / 10,
      answered: n(overallResponse?.answered),
      method:
        "Patient texts that arrived inside the location's business hours (the first of a run: not after another patient text of the last 7 days), to the next text a person on staff sent in the thread within 7 days; median in minutes.",
    },
    revenueRecovered: {
      cents: n(rev?.cents),
      appointments: n(rev?.appointments),
      unpriced: n(rev?.unpriced),
      method:
        'Appointments still unconfirmed when their first 48 h confirmation request was sent in this period that were then confirmed (or attended) or rebooked, and not cancelled or missed, × their price from the booking system. Appointments without a price count as $0.',
    },
    funnel: funnel.map((r) => ({ scenario: r.scenario, templateId: r.template_id, sent: n(r.sent), delivered: n(r.delivered), replied: n(r.replied), booked: n(r.booked) })),
  };
}

const CSV_HEAD = ['period_start', 'appointments', 'confirmation_rate', 'no_show_rate', 'late_cancellation_rate', 'reschedule_rate', 'outbound_texts', 'delivery_rate', 'median_response_minutes'];


/** The report as CSV: one row per period, then the total row. */
export function outcomesCsv(report: OutcomesReport): string {
  const row = (b: OutcomeBucket) => [b.periodStart, b.appointments, b.confirmationRate, b.noShowRate, b.lateCancellationRate, b.rescheduleRate, b.outboundTexts, b.deliveryRate, b.medianResponseMinutes].map(csvCell).join(',');
  return [CSV_HEAD.join(','), ...report.series.map(row), row(report.totals), '', `revenue_recovered_cents,${report.revenueRecovered.cents}`, `revenue_recovered_method,${csvCell(report.revenueRecovered.method)}`].join('\r\n') + '\r\n';
}

/**
 * The one writer of the outcomes rollup: rolls up the closed UTC days of an organisation (up to the day
 * before yesterday) that are not rolled yet, changed since (their fingerprint no longer matches the change
 * counters), or rolled before their look-ahead was over while the horizon has moved on since; at most
 * `maxDays` of them (oldest first), each day by the same raw SQL the report runs live over the rows before
 * the horizon (the start of yesterday), with the sends and turns still open at the horizon kept pending;
 * rebuilds the texted blocks those days fall in; and folds the organisation's change counters into one
 * row per day. One REPEATABLE READ transaction per call: the figures and the fingerprint come from one
 * snapshot, so a change that commits after it bumps a counter the stored fingerprint does not include,
 * and the day reads as stale.
 */
export async function rollOutcomeDays(em: EntityManager, organizationId: string, now: Date = new Date(), maxDays = 400): Promise<{ days: number }> {
  // Two rolls of one organisation at once (the daily run, the one at a worker start, a test's own) collide
  // on the same rows: the later one fails on commit of the other and runs again on a fresh snapshot, which
  // sees what the other rolled.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await rollOnce(em, organizationId, now, maxDays);
    } catch (error) {
      if (attempt >= 3 || !(error instanceof DeadlockException || error instanceof UniqueConstraintViolationException)) throw error;
    }
  }
}

async function rollOnce(em: EntityManager, organizationId: string, now: Date, maxDays: number): Promise<{ days: number }> {
  const lastClosed = new Date(dayStart(now).getTime() - OUTCOMES_ROLL_LAG_DAYS * DAY_MS);
  const horizon = new Date(lastClosed.getTime() + DAY_MS);
  const h = `date '${isoDay(horizon)}'`;
  return em.fork().transactional(async (tx) => {
    const conn = tx.getConnection();
    await conn.execute('set transaction isolation level repeatable read');
    // The change counters are append-only (no row lock on the hot path), so they pile up: one row per
    // change. Folded here into one row per day (the same sums, so every fingerprint stays what it was; a
    // row committed after this snapshot is not deleted and still counts). Without it every report sums
    // all of them (1.4 M rows after loading the bench data: 5 s of a 6 s weekly report).
    await conn.execute(
      `with folded as (delete from outcomes_change where organization_id = ? returning day, changes)
       insert into outcomes_change (organization_id, day, changes) select ?::uuid, day, sum(changes) from folded group by day`,
      [organizationId, organizationId],
    );
    // Days with any appointment or text of the organisation, from its first, that need rolling: not
    // rolled, changed since, or rolled with something pending (look-ahead not over) before this horizon.
    const due = await conn.execute<{ day: string }[]>(
      `with bounds as (
         select least((select min(a.starts_at) from appointment a where a.organization_id = ?),
                      (select min(m.created_at) from message m join conversation c on c.id = m.conversation_id where c.organization_id = ?)) as first)
       select to_char(d, 'YYYY-MM-DD') as day
         from bounds, generate_series((bounds.first at time zone 'UTC')::date, ?::date, interval '1 day') d
        where bounds.first is not null
          and not exists (select 1 from outcomes_rolled_day r where r.organization_id = ? and r.day = d::date and r.fingerprint = ${fingerprintSql('r.day', 'r.horizon')}
                             and (${settledSql('r')} or r.horizon >= ${h}))
        order by d limit ?`,
      [organizationId, organizationId, isoDay(lastClosed), organizationId, organizationId, maxDays],
    );
    if (due.length === 0) return { days: 0 };
    const days = due.map((r) => r.day);
    // Contiguous runs of due days, each rolled by one statement per table.
    const runs: Range[] = [];
    for (const day of days) {
      const start = new Date(`${day}T00:00:00Z`);
      const last = runs.at(-1);
      if (last && last[1].getTime() === start.getTime()) runs[runs.length - 1] = [last[0], new Date(start.getTime() + DAY_MS)];
      else runs.push([start, new Date(start.getTime() + DAY_MS)]);
    }
    const allLocs = uuidArray((await conn.execute<{ id: string }[]>('select id from location where organization_id = ?', [organizationId])).map((r) => r.id));
    const dayArray = `{${days.join(',')}}`;
    for (const table of [
      'outcomes_appointment_day', 'outcomes_message_day', 'outcomes_failure_day', 'outcomes_funnel_day', 'outcomes_funnel_pending', 'outcomes_texted_day',
      'outcomes_response_day', 'outcomes_response_pending', 'outcomes_revenue_day', 'outcomes_rolled_day',
    ]) {
      await conn.execute(`delete from ${table} where organization_id = ? and day = any(?::date[])`, [organizationId, dayArray]);
    }
    const appt = rawAppointmentSql(organizationId, allLocs, null, runs, `(a.starts_at at time zone 'UTC')::date as day, a.location_id, a.provider_name,`);
    await conn.execute(
      `insert into outcomes_appointment_day (organization_id, day, location_id, provider_name, appointments, not_cancelled, confirmed, reached, no_shows, late_cancellations, rescheduled)
       select ?::uuid, x.* from (${appt.sql} group by 1, 2, 3) x`,
      [organizationId, ...appt.params],
    );
    const msg = rawMessageCountsSql(organizationId, allLocs, runs, `(m.created_at at time zone 'UTC')::date as day, c.location_id,`);
    await conn.execute(`insert into outcomes_message_day (organization_id, day, location_id, outbound, handed, delivered, failed) select ?::uuid, x.* from (${msg.sql} group by 1, 2) x`, [organizationId, ...msg.params]);
    const fail = rawFailureSql(organizationId, allLocs, runs, `(m.created_at at time zone 'UTC')::date as day, c.location_id,`);
    await conn.execute(`insert into outcomes_failure_day (organization_id, day, location_id, code, count) select ?::uuid, x.* from (${fail.sql} group by 1, 2, 3) x`, [organizationId, ...fail.params]);
    const funnelGroup = `(s.at at time zone 'UTC')::date as day, s.location_id,`;
    const funnel = rawFunnelSql(organizationId, allLocs, runs, funnelGroup, horizon);
    await conn.execute(
      `insert into outcomes_funnel_day (organization_id, day, location_id, kind, template_id, sent, delivered, replied, booked) select ?::uuid, x.* from (${funnel.sql} group by 1, 2, 3, 4) x`,
      [organizationId, ...funnel.params],
    );
    const funnelPending = funnelPendingSql(organizationId, allLocs, runs, horizon, funnelGroup);
    await conn.execute(
      `insert into outcomes_funnel_pending (organization_id, day, location_id, kind, template_id, at, conversation_id, patient_id, replied, booked, since) select ?::uuid, x.*, ?::timestamptz from (${funnelPending.sql}) x`,
      [organizationId, horizon, ...funnelPending.params],
    );
    const texted = rawTextedSql(organizationId, allLocs, runs, `(m.created_at at time zone 'UTC')::date as day, c.location_id,`);
    await conn.execute(`insert into outcomes_texted_day (organization_id, day, location_id, patient_id) select ?::uuid, x.* from (${texted.sql}) x`, [organizationId, ...texted.params]);
    // The texted blocks the rolled days fall in, again from the days' rows (those of other days unchanged).
    const touched = [...new Set(runs.flatMap((run) => textedBlockMasks(run).map((b) => b.block)))];
    const blockStart = (b: number) => isoDay(new Date(b * TEXTED_BLOCK_DAYS * DAY_MS));
    await conn.execute(`delete from outcomes_texted_block where organization_id = ? and block = any(?::int[])`, [organizationId, `{${touched.join(',')}}`]);
    await conn.execute(
      `insert into outcomes_texted_block (organization_id, block, location_id, patient_id, days)
       select t.organization_id, (t.day - date '1970-01-01') / ${TEXTED_BLOCK_DAYS}, t.location_id, t.patient_id,
              bit_or(set_bit(repeat('0', ${TEXTED_BLOCK_DAYS})::bit(${TEXTED_BLOCK_DAYS}), (t.day - date '1970-01-01') % ${TEXTED_BLOCK_DAYS}, 1))
         from outcomes_texted_day t
        where t.organization_id = ? and t.day >= ?::date and t.day < ?::date and (t.day - date '1970-01-01') / ${TEXTED_BLOCK_DAYS} = any(?::int[])
        group by 1, 2, 3, 4`,
      [organizationId, blockStart(Math.min(...touched)), blockStart(Math.max(...touched) + 1), `{${touched.join(',')}}`],
    );
    const responseGroup = `(t.created_at at time zone 'UTC')::date as day, t.location_id,`;
    const response = rawResponseSql(organizationId, allLocs, runs, responseGroup, horizon);
    await conn.execute(`insert into outcomes_response_day (organization_id, day, location_id, minutes) select ?::uuid, x.* from (${response.sql}) x`, [organizationId, ...response.params]);
    const responsePending = responsePendingSql(organizationId, allLocs, runs, horizon, responseGroup);
    await conn.execute(
      `insert into outcomes_response_pending (organization_id, day, location_id, conversation_id, at, since) select ?::uuid, x.*, ?::timestamptz from (${responsePending.sql}) x`,
      [organizationId, horizon, ...responsePending.params],
    );
    const revenue = rawRevenueSql(organizationId, allLocs, null, runs, `(r.created_at at time zone 'UTC')::date as day, a.location_id, a.provider_name,`);
    await conn.execute(
      `insert into outcomes_revenue_day (organization_id, day, location_id, provider_name, appointments, cents, unpriced) select ?::uuid, x.* from (${revenue.sql} group by 1, 2, 3) x`,
      [organizationId, ...revenue.params],
    );
    await conn.execute(
      `insert into outcomes_rolled_day (organization_id, day, horizon, fingerprint) select ?::uuid, d, ${h}, ${fingerprintSql('d', h)} from unnest(?::date[]) d`,
      [organizationId, organizationId, dayArray],
    );
    return { days: days.length };
  });
}
