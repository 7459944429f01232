import type { AppointmentStatus, EntityManager } from '@beacon/db';
import { localDayRange, localParts } from '@beacon/scheduling';
import { patientAccessSql, type PatientAccessSpec } from '@beacon/staff';
import { BulkError, BulkErrorCode } from './bulk.errors.js';
import type { BulkCriteria, BulkScenario } from './bulk-scenarios.js';
import type { RecipientFacts } from './bulk-exclusions.util.js';

/** One patient of an audience with the facts that decide whether they get the text. */
export interface AudienceMember extends RecipientFacts {
  patientId: string;
  firstName: string;
  lastName: string;
  appointmentId: string | null;
  appointmentStartsAt: Date | null;
  providerName: string | null;
  /** The one access rule lets the asking staff member see this patient (false when nobody asked). */
  visible: boolean;
}

interface AudienceQuery {
  sql: string;
  params: unknown[];
}

/** The local calendar day of `at` at the location, as instants. */
export function todayAt(at: Date, timeZone: string): { from: Date; to: Date } {
  const range = localDayRange(localParts(at.getTime(), timeZone), timeZone);
  return { from: new Date(range.from), to: new Date(range.to) };
}

/**
 * Who a scenario is about, as `(patient_id, appointment_id, starts_at, appointment_status, provider_name)`:
 * appointment scenarios take the patients booked for the rest of today (one row per patient, their
 * next appointment; a cancelled one is kept so the preview can say why it is left out); a promotion
 * takes the patients with completed visits at the location that match the segment (spend is the
 * sum of those visits' prices).
 */
function audienceOf(criteria: BulkCriteria, locationId: string, now: Date, timeZone: string): AudienceQuery {
  if (criteria.scenario !== 'promotion') {
    const { to } = todayAt(now, timeZone);
    const byProvider = criteria.scenario === 'closure' ? '' : 'and a.provider_name = ?';
    return {
      sql: `select distinct on (a.patient_id) a.patient_id, a.id as appointment_id, a.starts_at, a.status as appointment_status, a.provider_name
              from appointment a
             where a.location_id = ? and a.starts_at >= ? and a.starts_at < ? and a.status in ('booked', 'checked_in', 'cancelled') ${byProvider}
             order by a.patient_id, (a.status = 'cancelled'), a.starts_at`,
      params: [locationId, now, to, ...(criteria.scenario === 'closure' ? [] : [criteria.providerName])],
    };
  }
  const where: string[] = [];
  const params: unknown[] = [locationId];
  const dayStart = (date: string) => {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(localDayRange({ year: year ?? 0, month: month ?? 0, day: day ?? 0 }, timeZone).from);
  };
  if (criteria.lastVisitBefore) {
    where.push('v.last_visit < ?');
    params.push(dayStart(criteria.lastVisitBefore));
  }
  if (criteria.lastVisitAfter) {
    where.push('v.last_visit >= ?');
    params.push(dayStart(criteria.lastVisitAfter));
  }
  if (criteria.services?.length) {
    where.push('v.services && ?::text[]');
    params.push(`{${criteria.services.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  }
  if (criteria.minLifetimeSpendCents !== undefined) {
    where.push('v.spend >= ?');
    params.push(criteria.minLifetimeSpendCents);
  }
  if (criteria.maxLifetimeSpendCents !== undefined) {
    where.push('v.spend <= ?');
    params.push(criteria.maxLifetimeSpendCents);
  }
  return {
    sql: `select v.patient_id, null::uuid as appointment_id, null::timestamptz as starts_at, null::text as appointment_status, null::text as provider_name
            from (select a.patient_id, max(a.starts_at) as last_visit, coalesce(sum(a.price_cents), 0) as spend, array_agg(distinct a.service_name::text) as services
                    from appointment a where a.location_id = ? and a.status = 'completed' group by a.patient_id) v
           ${where.length ? `where ${where.join(' and ')}` : ''}`,
    params,
  };
}

/**
 * Reads an audience with every fact the exclusion rule needs, in one query: consent (latest ledger
 * entry per kind), whether a send of the same scenario from the location already reached them
 * today. With a `viewer`, only the patients the one access rule (compiled to SQL) lets them see are
 * read: staff limited to their own patients preview and text only those.
 */
async function readMembers(
  em: EntityManager,
  audience: AudienceQuery,
  ctx: { organizationId: string; locationId: string; scenario: BulkScenario; dayStart: Date; exceptBulkSendId: string | null; viewer: PatientAccessSpec | null },
): Promise<AudienceMember[]> {
  const access = ctx.viewer ? patientAccessSql(ctx.viewer, { organizationId: 'p.organization_id', locationId: 'loc.id', patientId: 'p.id' }) : null;
  const latest = (kind: string) =>
    `(select ce.action from consent_event ce where ce.organization_id = p.organization_id and ce.phone = p.phone and ce.kind = '${kind}' order by ce.created_at desc limit 1)`;
  const rows = await em.execute<
    { patient_id: string; first_name: string; last_name: string; phone: string; appointment_id: string | null; starts_at: Date | null; appointment_status: AppointmentStatus | null; provider_name: string | null; opted_out: boolean; marketing_opt_in: boolean; already_sent_today: boolean }[]
  >(
    `select p.id as patient_id, p.first_name, p.last_name, p.phone, aud.appointment_id, aud.starts_at, aud.appointment_status, aud.provider_name,
            coalesce(${latest('transactional')} = 'opt_out', false) as opted_out,
            coalesce(${latest('marketing')} = 'opt_in', false) as marketing_opt_in,
            exists (select 1 from bulk_send_recipient r join bulk_send s on s.id = r.bulk_send_id
                     where r.patient_id = p.id and s.location_id = loc.id and s.scenario = ? and r.status = 'sent' and r.sent_at >= ? and s.id is distinct from ?::uuid) as already_sent_today
       from (${audience.sql}) aud
       join patient p on p.id = aud.patient_id and p.organization_id = ?
       cross join (select ?::uuid as id) loc
      ${access ? `where ${access.sql}` : ''}
      order by aud.starts_at nulls last, p.last_name, p.first_name, p.id`,
    [ctx.scenario, ctx.dayStart, ctx.exceptBulkSendId, ...audience.params, ctx.organizationId, ctx.locationId, ...(access?.params ?? [])],
  );
  return rows.map((r) => ({
    patientId: r.patient_id,
    firstName: r.first_name,
    lastName: r.last_name,
    phone: r.phone,
    appointmentId: r.appointment_id,
    appointmentStartsAt: r.starts_at ? new Date(r.starts_at) : null,
    appointmentStatus: r.appointment_status,
    providerName: r.provider_name,
    optedOut: r.opted_out,
    marketingOptIn: r.marketing_opt_in,
    alreadySentToday: r.already_sent_today,
    visible: access !== null,
  }));
}

export interface AudienceRequest {
  organizationId: string;
  locationId: string;
  timeZone: string;
  criteria: BulkCriteria;
  now: Date;
  viewer: PatientAccessSpec | null;
}

/** Everyone a scenario is about right now whom `viewer` may see (the one access rule), with their facts. */
export async function findAudience(em: EntityManager, request: AudienceRequest): Promise<AudienceMember[]> {
  const audience = audienceOf(request.criteria, request.locationId, request.now, request.timeZone);
  return readMembers(em, audience, {
    organizationId: request.organizationId,
    locationId: request.locationId,
    scenario: request.criteria.scenario,
    dayStart: todayAt(request.now, request.timeZone).from,
    exceptBulkSendId: null,
    viewer: request.viewer,
  });
}

/** One recipient's facts as they are now (just before their text goes out), read by the same query as the preview. */
export async function currentRecipientFacts(
  em: EntityManager,
  recipient: { organizationId: string; locationId: string; timeZone: string; scenario: BulkScenario; bulkSendId: string; patientId: string; appointmentId: string | null; now: Date },
): Promise<AudienceMember | null> {
  const audience: AudienceQuery = {
    sql: `select ?::uuid as patient_id, a.id as appointment_id, a.starts_at, a.status as appointment_status, a.provider_name
            from (select 1) one left join appointment a on a.id = ?::uuid`,
    params: [recipient.patientId, recipient.appointmentId],
  };
  const [member] = await readMembers(em, audience, {
    organizationId: recipient.organizationId,
    locationId: recipient.locationId,
    scenario: recipient.scenario,
    dayStart: todayAt(recipient.now, recipient.timeZone).from,
    exceptBulkSendId: recipient.bulkSendId,
    viewer: null,
  });
  return member ?? null;
}

/** Checks the segment's dates are real local dates. */
export function assertCriteria(criteria: BulkCriteria): void {
  if (criteria.scenario !== 'promotion') return;
  for (const date of [criteria.lastVisitBefore, criteria.lastVisitAfter]) {
    if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new BulkError(BulkErrorCode.InvalidCriteria, `"${date}" is not a date (YYYY-MM-DD).`);
  }
}
