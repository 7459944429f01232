import { randomUUID } from 'node:crypto';
import { Conversation, type EntityManager, type IConversation } from '@beacon/db';

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

export function preview(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine;
}
