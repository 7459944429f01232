import { randomUUID } from 'node:crypto';
import { ConsentEvent, Conversation, DeliveryStatusEvent, Message, type EntityManager, type IMessage, type MessageStatus } from '@beacon/db';
import { twilioErrorText } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { appointmentIdOfSendKey } from '@beacon/workflows/appointment/definitions.js';
import { PROVIDER_STATUSES, type ProviderStatus } from '@beacon/contracts';
import { raiseMessageFailed } from './message-failed-alert.js';

export { PROVIDER_STATUSES, type ProviderStatus };

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

interface StatusUpdate {
  status: ProviderStatus;
  errorCode?: string | null | undefined;
  errorMessage?: string | null | undefined;
}

/** Serialises a callback and the send that owns the SID, so neither misses the other. */
export async function lockProviderSid(tx: EntityManager, providerSid: string): Promise<void> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [providerSid]);
}

/** The carrier refused because the number opted out (Twilio 21610): the ledger records it (flushed by the caller). */
export function recordCarrierOptOut(tx: EntityManager, conversation: { organizationId: string; patientId: string }, message: { id: string; toNumber: string }): void {
  tx.create(ConsentEvent, {
    id: randomUUID(),
    organizationId: conversation.organizationId,
    patientId: conversation.patientId,
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

/** Moves a message forward (never back); a 21610 error also records the carrier's opt-out. */
async function applyToMessage(tx: EntityManager, message: IMessage, update: StatusUpdate): Promise<void> {
  const next = toMessageStatus(update.status);
  if (RANK[next] <= RANK[message.status] && !(next === message.status && update.errorCode && !message.errorCode)) return;
  message.status = next;
  if (update.errorCode) {
    message.errorCode = update.errorCode;
    message.errorMessage = update.errorMessage || twilioErrorText(update.errorCode);
  }
  const conversation = await tx.findOneOrFail(Conversation, message.conversationId);
  if (update.errorCode === OPTED_OUT_ERROR) recordCarrierOptOut(tx, conversation, message);
  await tx.flush();
  // A text a person wrote, or an appointment text, that the carrier finally could not deliver: staff
  // hear about it (the appointment workflow alerts only when the send itself is refused). Automated
  // replies and bulk texts are not alerted one by one; an opted-out number is a consent record.
  const appointmentId = appointmentIdOfSendKey(message.idempotencyKey);
  if ((next === 'undelivered' || next === 'failed') && (message.sentByStaffId || appointmentId) && update.errorCode !== OPTED_OUT_ERROR) {
    await raiseMessageFailed(tx, conversation, {
      appointmentId,
      message: appointmentId
        ? 'An appointment text could not be delivered. Call the patient to make sure they know about their appointment.'
        : 'A text sent by staff could not be delivered. Open the conversation to try again or call the patient.',
      dedupeKey: `outbound-${message.id}:undelivered`,
    });
  }
  await publishEvent(tx, { type: 'message.updated', messageId: message.id, conversationId: conversation.id, locationId: conversation.locationId });
}

/**
 * Applies a delivery callback. Callbacks can arrive out of order, more than once, and even before
 * the send has recorded the SID: every callback is logged, and applied now or by that send.
 * Returns false when no message has this SID yet.
 */
export async function applyDeliveryStatus(
  em: EntityManager,
  update: { providerSid: string; status: ProviderStatus; errorCode?: string | undefined; errorMessage?: string | undefined },
): Promise<boolean> {
  return em.transactional(async (tx) => {
    await lockProviderSid(tx, update.providerSid);
    tx.create(DeliveryStatusEvent, {
      id: randomUUID(),
      providerSid: update.providerSid,
      status: update.status,
      errorCode: update.errorCode ?? null,
      errorMessage: update.errorMessage ?? null,
      receivedAt: new Date(),
    });
    await tx.flush();
    const message = await tx.findOne(Message, { providerSid: update.providerSid });
    if (!message) return false;
    await applyToMessage(tx, message, update);
    return true;
  });
}

/** Applies callbacks that arrived before `message` had its SID recorded (call in the recording transaction). */
export async function applyEarlyDeliveryStatuses(tx: EntityManager, message: IMessage): Promise<void> {
  if (!message.providerSid) return;
  await lockProviderSid(tx, message.providerSid);
  const early = await tx.find(DeliveryStatusEvent, { providerSid: message.providerSid }, { orderBy: { receivedAt: 'asc' } });
  for (const e of early) {
    if ((PROVIDER_STATUSES as readonly string[]).includes(e.status)) {
      await applyToMessage(tx, message, { status: e.status as ProviderStatus, errorCode: e.errorCode, errorMessage: e.errorMessage });
    }
  }
}
