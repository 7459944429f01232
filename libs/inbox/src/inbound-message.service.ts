import { randomUUID } from 'node:crypto';
import { Conversation, Location, Message, Patient, type EntityManager } from '@beacon/db';
import { toE164 } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { findOrCreateConversation, preview } from './conversation.repository.js';
import { InboxError, InboxErrorCode } from './inbox.errors.js';

export interface InboundSms {
  providerSid: string;
  from: string;
  to: string;
  body: string;
  mediaUrls: string[];
}

export interface InboundResult {
  messageId: string;
  conversationId: string;
  locationId: string;
  patientId: string;
  /** True when this provider SID was already stored (a webhook retry). */
  duplicate: boolean;
}

/**
 * Stores a patient's text in its thread inside one transaction. The provider SID is unique, so a
 * retried webhook finds the stored row and changes nothing.
 */
export async function recordInboundMessage(em: EntityManager, sms: InboundSms): Promise<InboundResult> {
  return em.transactional(async (tx) => {
    const location = await tx.findOne(Location, { phoneNumber: sms.to });
    if (!location) throw new InboxError(InboxErrorCode.UnknownLocationNumber, `No location uses the number ${sms.to}`);
    const existing = await tx.findOne(Message, { providerSid: sms.providerSid });
    if (existing) {
      const conversation = await tx.findOneOrFail(Conversation, existing.conversationId);
      return { messageId: existing.id, conversationId: conversation.id, locationId: conversation.locationId, patientId: conversation.patientId, duplicate: true };
    }
    const from = toE164(sms.from);
    if (!from) throw new InboxError(InboxErrorCode.InvalidPhoneNumber, `Sender ${sms.from} is not a valid phone number`);

    let patient = await tx.findOne(Patient, { organizationId: location.organizationId, phone: from });
    if (!patient) {
      // A number we have never seen: keep the text, staff can name the contact later.
      patient = tx.create(Patient, { id: randomUUID(), organizationId: location.organizationId, firstName: '', lastName: '', phone: from, email: null, createdAt: new Date() });
      await tx.flush();
    }
    const conversation = await findOrCreateConversation(tx, { organizationId: location.organizationId, locationId: location.id, patientId: patient.id });
    const now = new Date();
    const body = sms.mediaUrls.length && !sms.body ? '(picture message)' : sms.body;
    const message = tx.create(Message, {
      id: randomUUID(),
      conversationId: conversation.id,
      direction: 'inbound',
      body,
      status: 'received',
      automated: false,
      kind: 'patient_reply',
      fromNumber: from,
      toNumber: location.phoneNumber,
      providerSid: sms.providerSid,
      idempotencyKey: null,
      errorCode: null,
      errorMessage: null,
      sentByStaffId: null,
      createdAt: now,
      updatedAt: now,
    });
    conversation.status = 'open';
    conversation.lastMessageAt = now;
    conversation.lastInboundAt = now;
    conversation.lastMessagePreview = preview(body);
    await tx.flush();
    await publishEvent(tx, { type: 'message.created', messageId: message.id, conversationId: conversation.id, locationId: location.id });
    return { messageId: message.id, conversationId: conversation.id, locationId: location.id, patientId: patient.id, duplicate: false };
  });
}
