import { randomUUID } from 'node:crypto';
import { Conversation, Patient, type EntityManager, type IConversation, type IPatient } from '@beacon/db';

/** The single thread for a patient at a location, created on first use (safe under concurrency). */
export async function findOrCreateConversation(
  em: EntityManager,
  key: { organizationId: string; locationId: string; patientId: string },
): Promise<IConversation> {
  const existing = await em.findOne(Conversation, { locationId: key.locationId, patientId: key.patientId });
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

/**
 * The patient with this number, created as an unnamed contact when we have never seen it (staff can
 * name it later). Takes the number's lock for the rest of the transaction, so concurrent first texts
 * from or to a new number create one patient.
 */
export async function findOrCreatePatientByPhone(tx: EntityManager, organizationId: string, phone: string): Promise<IPatient> {
  await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`patient:${organizationId}:${phone}`]);
  const existing = await tx.findOne(Patient, { organizationId, phone });
  if (existing) return existing;
  const patient = tx.create(Patient, { id: randomUUID(), organizationId, firstName: '', lastName: '', phone, email: null, createdAt: new Date() });
  await tx.flush();
  return patient;
}

export function preview(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine;
}
