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

export async function outcomesReport(em: EntityManager, q: OutcomesQuery): Promise<OutcomesReport> {
  const conn = em.getConnection();
  const locs = uuidArray(q.locationIds);
  const provider = q.providerName ?? null;
  // Appointments of the period at these locations (and provider): appointment_outcomes_idx.
  const apptWhere = `a.organization_id = ? and a.starts_at >= ? and a.starts_at < ? and a.location_id = any(?::uuid[]) and (?::text is null or a.provider_name = ?)`;
  const apptParams = (from: Date, to: Date) => [q.organizationId, from, to, locs, provider, provider];
  // Texts of the period at these locations: message_created_at_usage_idx + conversation.
  const msgWhere = `c.organization_id = ? and c.location_id = any(?::uuid[]) and m.created_at >= ? and m.created_at < ?`;
  const msgParams = [q.organizationId, locs, q.from, q.to];
  const unit = q.granularity;

  const [series, totals, byLocation, byProvider, msgSeries, delivery, reasons, firstAutomated, optOut, response, revenue, funnel] = await Promise.all([
    conn.execute<(RateRow & { bucket: Date })[]>(`select date_trunc('${unit}', a.starts_at at time zone 'UTC') as bucket, ${RATE_COLUMNS} from appointment a where ${apptWhere} group by 1 order by 1`, apptParams(q.from, q.to)),
    conn.execute<RateRow[]>(`select ${RATE_COLUMNS} from appointment a where ${apptWhere}`, apptParams(q.from, q.to)),
    conn.execute<(RateRow & { key: string; label: string })[]>(
      `select a.location_id as key, min(l.name) as label, ${RATE_COLUMNS} from appointment a join location l on l.id = a.location_id where ${apptWhere} group by a.location_id order by 2`,
      apptParams(q.from, q.to),
    ),
    conn.execute<(RateRow & { key: string })[]>(`select a.provider_name as key, ${RATE_COLUMNS} from appointment a where ${apptWhere} group by a.provider_name order by 1`, apptParams(q.from, q.to)),
    conn.execute<{ bucket: Date; outbound: string; handed: string; delivered: string }[]>(
      `select date_trunc('${unit}', m.created_at at time zone 'UTC') as bucket,
              count(*) filter (where m.direction = 'outbound' and m.status not in ('blocked', 'failed')) as outbound,
              count(*) filter (where m.direction = 'outbound' and m.status in ('sent', 'delivered', 'undelivered', 'failed')) as handed,
              count(*) filter (where m.direction = 'outbound' and m.status = 'delivered') as delivered
         from message m join conversation c on c.id = m.conversation_id where ${msgWhere} group by 1 order by 1`,
      msgParams,
    ),
    conn.execute<{ handed: string; delivered: string; failed: string }[]>(
      `select count(*) filter (where m.status in ('sent', 'delivered', 'undelivered', 'failed')) as handed,
              count(*) filter (where m.status = 'delivered') as delivered,
              count(*) filter (where m.status in ('undelivered', 'failed')) as failed
         from message m join conversation c on c.id = m.conversation_id where ${msgWhere} and m.direction = 'outbound'`,
      msgParams,
    ),
    conn.execute<{ code: string; count: string }[]>(
      `select coalesce(m.error_code, 'unknown') as code, count(*) as count
         from message m join conversation c on c.id = m.conversation_id
        where ${msgWhere} and m.direction = 'outbound' and m.status in ('undelivered', 'failed')
        group by 1 order by 2 desc, 1 limit 10`,
      msgParams,
    ),
    // When the clinic's automated texts (reminders) started: the baseline ends there.
    conn.execute<{ first: Date | null }[]>(
      `select min(m.created_at) as first from message m join conversation c on c.id = m.conversation_id
        where c.organization_id = ? and c.location_id = any(?::uuid[]) and m.automated and m.direction = 'outbound'`,
      [q.organizationId, locs],
    ),
    // Opt-outs are per number across the organisation (consent is not per location).
    conn.execute<{ texted: string; opted_out: string }[]>(
      `with texted as (select distinct c.patient_id from message m join conversation c on c.id = m.conversation_id
                        where ${msgWhere} and m.direction = 'outbound' and m.status not in ('blocked', 'failed'))
       select (select count(*) from texted) as texted,
              (select count(distinct ce.phone) from consent_event ce
                where ce.organization_id = ? and ce.action = 'opt_out' and ce.created_at >= ? and ce.created_at < ?) as opted_out`,
      [...msgParams, q.organizationId, q.from, q.to],
    ),
    // Staff response time: for each patient turn (an inbound text after anything but another inbound
    // one) that arrived inside the location's business hours, the time to the next text a person on
    // staff sent in that thread. The next reply is a running minimum read backwards (incremental).
    conn.execute<{ bucket: Date | null; median_minutes: string | null; answered: string }[]>(
      `with thread as (
         select m.conversation_id, m.created_at, m.direction, c.location_id,
                lag(m.direction) over (partition by m.conversation_id order by m.created_at) as previous_direction,
                min(case when m.direction = 'outbound' then m.created_at end)
                  over (partition by m.conversation_id order by m.created_at desc rows between unbounded preceding and 1 preceding) as replied_at
           from message m join conversation c on c.id = m.conversation_id
          where c.organization_id = ? and c.location_id = any(?::uuid[]) and m.created_at >= ? and m.created_at < ?::timestamptz + interval '7 days'
            and (m.direction = 'inbound' or (m.direction = 'outbound' and not m.automated))),
       turns as (
         select date_trunc('${unit}', t.created_at at time zone 'UTC') as bucket, extract(epoch from t.replied_at - t.created_at) / 60 as minutes
           from thread t join location l on l.id = t.location_id
          where t.direction = 'inbound' and t.created_at < ? and t.replied_at is not null
            and t.previous_direction is distinct from 'inbound'
            and exists (select 1 from jsonb_array_elements(l.business_hours -> extract(dow from t.created_at at time zone l.time_zone)::int::text) h
                         where (t.created_at at time zone l.time_zone)::time >= (h ->> 'open')::time and (t.created_at at time zone l.time_zone)::time < (h ->> 'close')::time))
       select bucket, percentile_cont(0.5) within group (order by minutes) as median_minutes, count(*) as answered from turns group by grouping sets ((bucket), ())`,
      [q.organizationId, locs, q.from, q.to, q.to],
    ),
    // Revenue recovered: appointments still unconfirmed when the 48 h request went (the workflow sends
    // it only then), later confirmed or attended, or rebooked (a newer version than the request's), × price.
    conn.execute<{ appointments: string; cents: string | null; unpriced: string }[]>(
      `with requested as (
         select substr(m.idempotency_key, 13, 36)::uuid as appointment_id, min(split_part(m.idempotency_key, ':v', 2)::int) as version
           from message m
          where m.kind = 'confirmation_request' and m.created_at >= ? and m.created_at < ? and m.status not in ('blocked', 'failed')
            and m.idempotency_key ~ '^appointment-[0-9a-f-]{36}:confirmation_request:v[0-9]+$'
          group by 1)
       select count(*) as appointments, sum(a.price_cents) as cents, count(*) filter (where a.price_cents is null) as unpriced
         from requested r join appointment a on a.id = r.appointment_id
        where a.organization_id = ? and a.location_id = any(?::uuid[]) and (?::text is null or a.provider_name = ?)
          and a.status not in ('cancelled', 'no_show')
          and (a.confirmation_status = 'confirmed' or a.status in ('checked_in', 'completed') or a.version > r.version)`,
      [q.from, q.to, q.organizationId, locs, provider, provider],
    ),
    // Scenario (kind of text) and template funnel: sent → delivered → replied within 24 h → booked within 7 days.
    conn.execute<{ scenario: string; template_id: string | null; sent: string; delivered: string; replied: string; booked: string }[]>(
      // Texts of the period and the patients' bookings just after, in one stream: the next reply in the
      // thread and the patient's next booking are running minimums read backwards (no probe per text).
      `with events as (
         select m.created_at as at, m.status, m.kind, m.template_id, m.direction, m.conversation_id, c.patient_id
           from message m join conversation c on c.id = m.conversation_id
          where c.organization_id = ? and c.location_id = any(?::uuid[]) and m.created_at >= ? and m.created_at < ?::timestamptz + interval '1 day'
         union all
         select a.created_at, null, null, null, 'booking', null, a.patient_id
           from appointment a
          where a.organization_id = ? and a.created_at >= ? and a.created_at < ?::timestamptz + interval '7 days'),
       sends as (
         select e.*,
                min(case when e.direction = 'inbound' then e.at end)
                  over (partition by e.conversation_id order by e.at desc rows between unbounded preceding and 1 preceding) as next_inbound_at,
                min(case when e.direction = 'booking' then e.at end)
                  over (partition by e.patient_id order by e.at desc rows between unbounded preceding and 1 preceding) as next_booking_at
           from events e)
       select s.kind as scenario, s.template_id,
              count(*) filter (where s.status not in ('blocked', 'failed')) as sent,
              count(*) filter (where s.status = 'delivered') as delivered,
              count(*) filter (where s.next_inbound_at <= s.at + interval '24 hours') as replied,
              count(*) filter (where s.next_booking_at <= s.at + interval '7 days') as booked
         from sends s where s.direction = 'outbound' and s.at < ?
        group by s.kind, s.template_id order by 3 desc`,
      [q.organizationId, locs, q.from, q.to, q.organizationId, q.from, q.to, q.to],
    ),
  ]);

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
    byProvider: byProvider.map((r) => ({ key: r.key, label: r.key, ...rates(r) })),
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
      method: "Patient texts that arrived inside the location's business hours (the first of a run), to the next text a person on staff sent in the thread; median in minutes.",
    },
    revenueRecovered: {
      cents: n(rev?.cents),
      appointments: n(rev?.appointments),
      unpriced: n(rev?.unpriced),
      method:
        'Appointments still unconfirmed when the 48 h confirmation request was sent in this period that were then confirmed (or attended) or rebooked, and not cancelled or missed, × their price from the booking system. Appointments without a price count as $0.',
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
