import { randomUUID } from 'node:crypto';
import { Conversation, enqueueOutbox, Location, Message, Patient, type EntityManager, type IMessage } from '@beacon/db';
import { billedSegments, toE164 } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { outboundWorkflowId } from '@beacon/workflows/outbound/definitions.js';
import { findOrCreateConversation, findOrCreatePatientByPhone, preview } from './conversation.repository.js';
import { MARKETING_KIND } from './outbound-message.service.js';
import { InboxError, InboxErrorCode } from './inbox.errors.js';

export type StaffMessageKind = 'manual' | typeof MARKETING_KIND | 'settings_test';

export interface StaffMessageRequest {
  conversationId: string;
  staffId: string;
  body: string;
  /** Chosen by the client per message, so a double submit stores one message. */
  clientMessageId: string;
  /**
   * What the message is (default `manual`). A text written from a marketing template or quick reply
   * is `marketing` (MARKETING_KIND), so the send path requires the marketing opt-in and marketing
   * hours when it hands the text over; a settings test text is `settings_test`.
   */
  kind?: StaffMessageKind;
  /** Runs inside the storing transaction (e.g. to store the message's pictures). */
  withMessage?: (tx: EntityManager, message: IMessage) => Promise<void>;
}

/**
 * Stores a staff member's message as `queued` in its thread, with its hand-off to the outbound
 * workflow in the same transaction (the send itself happens there). Returns the stored message and
 * whether it already existed.
 */
export async function queueStaffMessage(em: EntityManager, request: StaffMessageRequest): Promise<{ message: IMessage; duplicate: boolean }> {
  const idempotencyKey = `staff-${request.clientMessageId}`;
  return em.transactional(async (tx) => {
    // Two submits of one message at once: the second waits here, then finds the first.
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [idempotencyKey]);
    const existing = await tx.findOne(Message, { idempotencyKey });
    if (existing) {
      if (existing.conversationId !== request.conversationId) throw new InboxError(InboxErrorCode.ConversationNotFound, 'This message id belongs to another conversation.');
      return { message: existing, duplicate: true };
    }
    const conversation = await tx.findOneOrFail(Conversation, request.conversationId);
    const [location, patient] = await Promise.all([tx.findOneOrFail(Location, conversation.locationId), tx.findOneOrFail(Patient, conversation.patientId)]);
    const to = toE164(patient.phone);
    if (!to) throw new InboxError(InboxErrorCode.InvalidPhoneNumber, `The patient's number ${patient.phone} is not a valid phone number.`);
    const now = new Date();
    const message = tx.create(Message, {
      id: randomUUID(),
      conversationId: conversation.id,
      direction: 'outbound',
      body: request.body,
      segments: billedSegments(request.body),
      status: 'queued',
      automated: false,
      kind: request.kind ?? 'manual',
      fromNumber: location.phoneNumber,
      toNumber: to,
      providerSid: null,
      idempotencyKey,
      errorCode: null,
      errorMessage: null,
      sentByStaffId: request.staffId,
      createdAt: now,
      updatedAt: now,
    });
    conversation.lastMessageAt = now;
    conversation.lastMessagePreview = preview(request.body || '(picture message)');
    await tx.flush();
    await request.withMessage?.(tx, message);
    // Delivered by `outbound-<id>` on the interactive queue; the outbox hands it over even if this process dies now.
    await enqueueOutbox(tx, { kind: 'workflow.start', workflowType: 'outboundMessageWorkflow', workflowId: outboundWorkflowId(message.id), taskQueue: 'interactive', args: [{ messageId: message.id }] });
    await publishEvent(tx, { type: 'message.created', messageId: message.id, conversationId: conversation.id, locationId: conversation.locationId });
    return { message, duplicate: false };
  });
}

/**
 * A staff member's text to a phone number rather than a thread (the settings "test send"): the
 * number's patient (an unnamed contact when new) and thread at the location are found or created,
 * then the text takes the staff-message path — stored with its idempotency key and its hand-off to
 * the outbound workflow, checked against consent when it is sent.
 */
export async function queueStaffMessageToNumber(
  em: EntityManager,
  request: Omit<StaffMessageRequest, 'conversationId'> & { organizationId: string; locationId: string; phone: string },
): Promise<{ message: IMessage; duplicate: boolean; patientId: string }> {
  const conversation = await em.transactional(async (tx) => {
    const patient = await findOrCreatePatientByPhone(tx, request.organizationId, request.phone);
    return findOrCreateConversation(tx, { organizationId: request.organizationId, locationId: request.locationId, patientId: patient.id });
  });
  const { organizationId: _o, locationId: _l, phone: _p, ...rest } = request;
  return { ...(await queueStaffMessage(em, { ...rest, conversationId: conversation.id })), patientId: conversation.patientId };
}
