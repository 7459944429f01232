import { randomUUID } from 'node:crypto';
import { Conversation, enqueueOutbox, Location, Message, type EntityManager, type OutboxCommand } from '@beacon/db';
import { toE164 } from '@beacon/messaging';
import { publishEvent } from '@beacon/realtime';
import { patientReplySignal, appointmentWorkflowId } from '@beacon/workflows/appointment/definitions.js';
import { inboundFollowUpWorkflowId, replySuggestionsWorkflowId, type InboundFollowUpInput } from '@beacon/workflows/inbound/definitions.js';
import { afterHoursMayApply } from './after-hours-reply.js';
import { findOrCreateConversation, findOrCreatePatientByPhone, preview } from './conversation.repository.js';
import { interpretInboundText } from './inbound-processing.activities.js';
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
 * Stores a patient's text and everything it decides, in one transaction, before the webhook is
 * answered: the message, its classification, consent changes (so every send after the commit
 * sees an opt-out) and the follow-up work for Temporal in the outbox (auto-replies, the answer to
 * an appointment, smart replies). The provider SID is unique, so a retried webhook changes nothing.
 */
export async function recordInboundMessage(em: EntityManager, sms: InboundSms): Promise<InboundResult> {
  return em.transactional(async (tx) => {
    const location = await tx.findOne(Location, { phoneNumber: sms.to });
    if (!location) throw new InboxError(InboxErrorCode.UnknownLocationNumber, `No location uses the number ${sms.to}`);
    const from = toE164(sms.from);
    if (!from) throw new InboxError(InboxErrorCode.InvalidPhoneNumber, `Sender ${sms.from} is not a valid phone number`);
    // Texts from one number are stored one at a time (the number's lock): concurrent retries of one
    // text find each other, and the first texts from a new number create one patient.
    const patient = await findOrCreatePatientByPhone(tx, location.organizationId, from);
    const existing = await tx.findOne(Message, { providerSid: sms.providerSid });
    if (existing) {
      const conversation = await tx.findOneOrFail(Conversation, existing.conversationId);
      return { messageId: existing.id, conversationId: conversation.id, locationId: conversation.locationId, patientId: conversation.patientId, duplicate: true };
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
    const meaning = await interpretInboundText(tx, message, conversation);

    const commands: OutboxCommand[] = [];
    if (meaning.reply) {
      commands.push({
        kind: 'workflow.signal',
        workflowId: appointmentWorkflowId(meaning.reply.appointmentId),
        signal: patientReplySignal.name,
        args: [{ messageId: message.id, intent: meaning.reply.intent, receivedAt: now.toISOString() }],
      });
    }
    // Interactive follow-up only when there is something to do: a consent/help confirmation, pictures
    // to fetch, or a text that may deserve the after-hours reply.
    const afterHours = meaning.keyword === null && !meaning.reply && afterHoursMayApply(location, now);
    if (meaning.keyword || sms.mediaUrls.length || afterHours) {
      const input: InboundFollowUpInput = { messageId: message.id, keyword: meaning.keyword, afterHours, ...(sms.mediaUrls.length ? { mediaUrls: sms.mediaUrls } : {}) };
      commands.push({ kind: 'workflow.start', workflowType: 'inboundFollowUpWorkflow', workflowId: inboundFollowUpWorkflowId(message.id), taskQueue: 'interactive', args: [input] });
    }
    if (meaning.keyword !== 'opt_out') {
      commands.push({ kind: 'workflow.start', workflowType: 'replySuggestionsWorkflow', workflowId: replySuggestionsWorkflowId(message.id), taskQueue: 'background', args: [{ messageId: message.id }] });
    }
    await enqueueOutbox(tx, ...commands);
    await publishEvent(tx, { type: 'message.created', messageId: message.id, conversationId: conversation.id, locationId: location.id });
    return { messageId: message.id, conversationId: conversation.id, locationId: location.id, patientId: patient.id, duplicate: false };
  });
}
