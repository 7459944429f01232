import { raiseStaffAlert, type EntityManager, type IConversation } from '@beacon/db';

/** "A text could not be sent / delivered" about a thread's patient (appointment texts raise theirs in their workflow). */
export async function raiseMessageFailed(tx: EntityManager, conversation: Pick<IConversation, 'organizationId' | 'locationId' | 'patientId'>, alert: { message: string; dedupeKey: string; appointmentId?: string | null }): Promise<void> {
  await raiseStaffAlert(tx, {
    organizationId: conversation.organizationId,
    locationId: conversation.locationId,
    appointmentId: alert.appointmentId ?? null,
    patientId: conversation.patientId,
    kind: 'message_failed',
    message: alert.message,
    dedupeKey: alert.dedupeKey,
  });
}
