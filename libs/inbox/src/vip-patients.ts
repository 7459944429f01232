import { Patient, raiseStaffAlert, type EntityManager, type ThreadRef } from '@beacon/db';
import { localParts } from '@beacon/scheduling';
import { VISITED_APPOINTMENT_STATUSES } from '@beacon/contracts';

/** The patient's lifetime spend: the prices of the visits they came to (SQL, over a patient id expression). */
const lifetimeSpendSql = (patientId: string): string =>
  `(select coalesce(sum(v.price_cents), 0) from appointment v where v.patient_id = ${patientId} and v.status in (${VISITED_APPOINTMENT_STATUSES.map((x) => `'${x}'`).join(', ')}) and v.starts_at <= now())`;

/**
 * The one VIP rule: a patient is VIP when staff marked them, or when the location counts lifetime
 * spend and theirs (the prices of the visits they came to, at every location of the organisation)
 * reaches the location's threshold. As SQL over a patient id and a threshold expression, so the
 * webhook reads it in the query it already makes and every other reader uses the same words.
 */
export function vipRuleSql(patient: { vip: string; id: string }, thresholdCents: string): string {
  return `(coalesce(${patient.vip}, false) or (${thresholdCents} is not null and ${lifetimeSpendSql(patient.id)} >= ${thresholdCents}))`;
}

export interface VipStatus {
  vip: boolean;
  /** Marked by staff (else VIP only by lifetime spend). */
  marked: boolean;
  lifetimeSpendCents: number;
  thresholdCents: number | null;
}

/** Whether the patient counts as VIP at a location, and why. */
export async function vipStatus(em: EntityManager, patientId: string, locationId: string): Promise<VipStatus> {
  const [row] = await em.execute<{ vip: boolean; marked: boolean; spend: string | number; threshold: number | null }[]>(
    `select ${vipRuleSql({ vip: 'p.vip', id: 'p.id' }, 'l.vip_lifetime_spend_cents')} as vip, p.vip as marked, l.vip_lifetime_spend_cents as threshold,
            ${lifetimeSpendSql('p.id')} as spend
       from patient p, location l where p.id = ? and l.id = ?`,
    [patientId, locationId],
  );
  return { vip: row?.vip ?? false, marked: row?.marked ?? false, lifetimeSpendCents: Number(row?.spend ?? 0), thresholdCents: row?.threshold ?? null };
}

/** The one writer of the VIP mark (staff, from the thread's context panel). */
export async function markPatientVip(em: EntityManager, input: { organizationId: string; patientId: string; vip: boolean }): Promise<void> {
  await em.nativeUpdate(Patient, { id: input.patientId, organizationId: input.organizationId }, { vip: input.vip });
}

/** "YYYY-MM-DD" of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  const d = localParts(at.getTime(), timeZone);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** One "VIP texted" alert per thread per local day: the first text of the day is the one staff need to hear about. */
export const vipTextedAlertKey = (conversationId: string, day: string): string => `vip-texted:${conversationId}:${day}`;

export async function raiseVipTexted(tx: EntityManager, conversation: ThreadRef, at: Date, timeZone: string): Promise<void> {
  await raiseStaffAlert(tx, {
    organizationId: conversation.organizationId,
    locationId: conversation.locationId,
    appointmentId: null,
    patientId: conversation.patientId,
    kind: 'vip_patient_texted',
    message: 'A VIP patient texted. Read their text and get back to them soon.',
    dedupeKey: vipTextedAlertKey(conversation.id, localDate(at, timeZone)),
  });
}
