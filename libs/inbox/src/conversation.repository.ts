import { randomUUID } from 'node:crypto';
import { Conversation, Patient, type EntityManager, type IConversation, type IPatient } from '@beacon/db';

/**
 * The single thread for a patient at a location, created on first use (safe under concurrency).
 * `newPatient`: the patient was created in this transaction, so there is no thread to look for yet.
 */
export async function findOrCreateConversation(
  em: EntityManager,
  key: { organizationId: string; locationId: string; patientId: string },
  options: { newPatient?: boolean } = {},
): Promise<IConversation> {
  const existing = options.newPatient ? null : await em.findOne(Conversation, { locationId: key.locationId, patientId: key.patientId });
  if (existing) return existing;
  const now = new Date();
  await em
    .createQueryBuilder(Conversation)
    .insert({ id: randomUUID(), ...key, status: 'open', lastMessageAt: now, lastMessagePreview: '', createdAt: now, updatedAt: now })
    .onConflict(['locationId', 'patientId'])
    .ignore()
    .execute();
  return em.findOneOrFail(Conversation, { locationId: key.locationId, patientId: key.patientId });
}

/** The number's lock, held to the end of the transaction: one writer of a new number's patient at a time. */
export function patientPhoneLockKey(organizationId: string, phone: string): string {
  return `patient:${organizationId}:${phone}`;
}

/**
 * The patient with this number, created as an unnamed contact when we have never seen it (staff can
 * name it later). Takes the number's lock for the rest of the transaction, so concurrent first texts
 * from or to a new number create one patient. `absentUnderLock`: the caller holds that lock already
 * and has just found no patient with this number, so it is only created.
 */
export async function findOrCreatePatientByPhone(tx: EntityManager, organizationId: string, phone: string, options: { absentUnderLock?: boolean } = {}): Promise<IPatient> {
  if (!options.absentUnderLock) {
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [patientPhoneLockKey(organizationId, phone)]);
    const existing = await tx.findOne(Patient, { organizationId, phone });
    if (existing) return existing;
  }
  const patient = tx.create(Patient, { id: randomUUID(), organizationId, firstName: '', lastName: '', phone, email: null, createdAt: new Date() });
  await tx.flush();
  return patient;
}

export function preview(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine;
}
