import { randomUUID } from 'node:crypto';
import { ConsentEvent, Conversation, Message, Patient, type EntityManager, type MessageStatus } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';

export const PROVIDER_STATUSES = ['accepted', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read', 'canceled'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

const RANK: Record<MessageStatus, number> = { received: 0, blocked: 0, queued: 1, sending: 1, sent: 2, delivered: 3, undelivered: 3, failed: 3 };

function toMessageStatus(status: ProviderStatus): MessageStatus {
  switch (status) {
    case 'accepted':
    case 'queued':
      return 'queued';
    case 'sending':
      return 'sending';
    case 'sent':
      return 'sent';
    case 'delivered':
    case 'read':
      return 'delivered';
    case 'undelivered':
      return 'undelivered';
    case 'failed':
    case 'canceled':
      return 'failed';
  }
}

/** Twilio's "recipient has opted out" error: the carrier refused, which we treat as an opt-out. */
export const OPTED_OUT_ERROR = '21610';

/**
 * Applies a delivery callback. Callbacks can arrive out of order and more than once; a status only
 * moves forward. Returns false for an unknown SID.
 */
export async function applyDeliveryStatus(
  em: EntityManager,
  update: { providerSid: string; status: ProviderStatus; errorCode?: string | undefined; errorMessage?: string | undefined },
): Promise<boolean> {
  return em.transactional(async (tx) => {
    const message = await tx.findOne(Message, { providerSid: update.providerSid });
    if (!message) return false;
    const next = toMessageStatus(update.status);
    if (RANK[next] <= RANK[message.status] && !(next === message.status && update.errorCode && !message.errorCode)) return true;
    message.status = next;
    if (update.errorCode) {
      message.errorCode = update.errorCode;
      message.errorMessage = update.errorMessage ?? null;
    }
    const conversation = await tx.findOneOrFail(Conversation, message.conversationId);
    if (update.errorCode === OPTED_OUT_ERROR) {
      const patient = await tx.findOneOrFail(Patient, conversation.patientId);
      tx.create(ConsentEvent, {
        id: randomUUID(),
        organizationId: conversation.organizationId,
        patientId: patient.id,
        phone: message.toNumber,
        kind: 'transactional',
        action: 'opt_out',
        method: 'carrier_error_21610',
        messageId: message.id,
        staffId: null,
        reason: 'Carrier reported the number has opted out (Twilio error 21610)',
        createdAt: new Date(),
      });
    }
    await tx.flush();
    await publishEvent(tx, { type: 'message.updated', messageId: message.id, conversationId: conversation.id, locationId: conversation.locationId });
    return true;
  });
}
