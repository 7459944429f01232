import { randomUUID } from 'node:crypto';
import { ConsentEvent, DeliveryStatusEvent, type EntityManager, type IMessage, type MessageStatus, type ThreadRef } from '@beacon/db';
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

/** What a callback changes on a message: its status, and the carrier's error when it reports one. */
export interface DeliveryChange {
  status: MessageStatus;
  error: { code: string; message: string | null } | null;
}

/** The change a callback makes: the status moves forward (never back), an error is kept once. Null: nothing changes. */
export function deliveryChange(message: Pick<IMessage, 'status' | 'errorCode'>, update: StatusUpdate): DeliveryChange | null {
  const next = toMessageStatus(update.status);
  if (RANK[next] <= RANK[message.status] && !(next === message.status && update.errorCode && !message.errorCode)) return null;
  return { status: next, error: update.errorCode ? { code: update.errorCode, message: update.errorMessage || twilioErrorText(update.errorCode) } : null };
}

type DeliveredMessage = Pick<IMessage, 'id' | 'toNumber' | 'idempotencyKey' | 'sentByStaffId'>;

/**
 * What follows a status change, once it is written: a 21610 error records the carrier's opt-out
 * (flushed here), a text a person wrote or an appointment text that finally could not be delivered
 * alerts staff (the appointment workflow alerts only when the send itself is refused; automated
 * replies and bulk texts are not alerted one by one; an opted-out number is a consent record), and
 * the thread hears of it live.
 */
async function afterDeliveryChange(tx: EntityManager, message: DeliveredMessage, thread: ThreadRef, change: DeliveryChange): Promise<void> {
  const carrierOptOut = change.error?.code === OPTED_OUT_ERROR;
  if (carrierOptOut) {
    recordCarrierOptOut(tx, thread, message);
    await tx.flush();
  }
  const appointmentId = appointmentIdOfSendKey(message.idempotencyKey);
  if ((change.status === 'undelivered' || change.status === 'failed') && (message.sentByStaffId || appointmentId) && !carrierOptOut) {
    await raiseMessageFailed(tx, thread, {
      appointmentId,
      message: appointmentId
        ? 'An appointment text could not be delivered. Call the patient to make sure they know about their appointment.'
        : 'A text sent by staff could not be delivered. Open the conversation to try again or call the patient.',
      dedupeKey: `outbound-${message.id}:undelivered`,
    });
  }
  await publishEvent(tx, { type: 'message.updated', messageId: message.id, conversationId: thread.id, locationId: thread.locationId });
}

/** The callback's log row and the message with its thread (no body, no preview: nothing to decrypt), in one statement. */
const LOG_AND_READ = `with logged as (insert into delivery_status_event (id, provider_sid, status, error_code, error_message, received_at) values (?, ?, ?, ?, ?, ?))
  select m.id, m.status, m.error_code, m.to_number, m.idempotency_key, m.sent_by_staff_id, c.id as conversation_id, c.organization_id, c.location_id, c.patient_id
    from message m join conversation c on c.id = m.conversation_id where m.provider_sid = ?`;

/**
 * Applies a delivery callback. Callbacks can arrive out of order, more than once, and even before
 * the send has recorded the SID: every callback is logged, and applied now or by that send.
 * Returns false when no message has this SID yet. Every outbound text brings two or three of
 * these, so it runs without the ORM's unit of work: the SID's lock, one statement that logs and
 * reads, one update when something changed.
 */
export async function applyDeliveryStatus(
  em: EntityManager,
  update: { providerSid: string; status: ProviderStatus; errorCode?: string | undefined; errorMessage?: string | undefined },
): Promise<boolean> {
  return em.transactional(async (tx) => {
    // Its own statement: what follows must read what the send that holds the lock committed.
    await lockProviderSid(tx, update.providerSid);
    const [row] = await tx.execute<
      { id: string; status: IMessage['status']; error_code: string | null; to_number: string; idempotency_key: string | null; sent_by_staff_id: string | null; conversation_id: string; organization_id: string; location_id: string; patient_id: string }[]
    >(LOG_AND_READ, [randomUUID(), update.providerSid, update.status, update.errorCode ?? null, update.errorMessage ?? null, new Date(), update.providerSid]);
    if (!row) return false;
    const change = deliveryChange({ status: row.status, errorCode: row.error_code }, update);
    if (!change) return true;
    await tx.execute('update message set status = ?, error_code = coalesce(?, error_code), error_message = case when ?::boolean then ? else error_message end, updated_at = ? where id = ?', [
      change.status,
      change.error?.code ?? null,
      change.error !== null,
      change.error?.message ?? null,
      new Date(),
      row.id,
    ]);
    await afterDeliveryChange(
      tx,
      { id: row.id, toNumber: row.to_number, idempotencyKey: row.idempotency_key, sentByStaffId: row.sent_by_staff_id },
      { id: row.conversation_id, organizationId: row.organization_id, locationId: row.location_id, patientId: row.patient_id },
      change,
    );
    return true;
  });
}

/** Applies callbacks that arrived before `message` (in `thread`) had its SID recorded (call in the recording transaction). */
export async function applyEarlyDeliveryStatuses(tx: EntityManager, message: IMessage, thread: ThreadRef): Promise<void> {
  if (!message.providerSid) return;
  await lockProviderSid(tx, message.providerSid);
  const early = await tx.find(DeliveryStatusEvent, { providerSid: message.providerSid }, { orderBy: { receivedAt: 'asc' } });
  for (const e of early) {
    if (!(PROVIDER_STATUSES as readonly string[]).includes(e.status)) continue;
    const change = deliveryChange(message, { status: e.status as ProviderStatus, errorCode: e.errorCode, errorMessage: e.errorMessage });
    if (!change) continue;
    message.status = change.status;
    if (change.error) {
      message.errorCode = change.error.code;
      message.errorMessage = change.error.message;
    }
    await tx.flush();
    await afterDeliveryChange(tx, message, thread, change);
  }
}
