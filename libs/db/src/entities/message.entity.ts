import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EncryptedText } from '../encryption/encrypted-text.type.js';
import { createdAtColumn, idColumn, updatedAtColumn } from './common.js';
import { MESSAGE_DIRECTIONS, type MessageDirection, MESSAGE_STATUSES, type MessageStatus } from '@beacon/contracts';

export { MESSAGE_DIRECTIONS, type MessageDirection, MESSAGE_STATUSES, type MessageStatus };

/** How an inbound text was classified, kept so staff and audits can see why (e.g. why it opted out). */
export interface MessageClassificationRecord {
  intent: string;
  confidence: number;
  optOut: boolean;
  optIn: boolean;
  help: boolean;
  optOutScope: 'all' | 'marketing' | null;
  /** Unsure whether it revokes consent: staff were asked to confirm (absent on older rows). */
  optOutReview?: boolean;
  /** Bare CANCEL: opted out, staff alerted. */
  alertStaff: boolean;
  /** A symptom or reaction / strongly unhappy (see detectUrgency; absent on older rows). */
  urgent?: boolean;
  negative?: boolean;
  /** Whether the text was read as an answer to our confirmation request. */
  replyToConfirmation: boolean;
  /** Which layer decided: consent-rule, intent-rule or model. */
  source: string;
  reasons: string[];
  matched: string[];
}

export const Message = defineEntity({
  name: 'Message',
  tableName: 'message',
  indexes: [{ properties: ['conversationId', 'createdAt'] }],
  properties: {
    id: idColumn(),
    conversationId: p.uuid(),
    direction: p.enum(MESSAGE_DIRECTIONS),
    /** Encrypted at rest (AES-256-GCM); plaintext in TypeScript. */
    body: p.string().type(EncryptedText),
    /** SMS segments the carrier bills for this text (GSM-7 / UCS-2, `billedSegments`); rows older than the column count 1. */
    segments: p.integer(),
    status: p.enum(MESSAGE_STATUSES),
    /** Automated = sent by a workflow or auto-responder rather than typed by staff. */
    automated: p.boolean(),
    /** What produced it: booking_confirmation, reminder, manual, patient_reply, … */
    kind: p.string(),
    fromNumber: p.string(),
    toNumber: p.string(),
    /** Twilio MessageSid (or the simulator's); unique so webhook retries never duplicate. */
    providerSid: p.string().nullable().unique(),
    /** For outbound: the sender's key (workflow id + step + version) so a retried send is a no-op. */
    idempotencyKey: p.string().nullable().unique(),
    errorCode: p.string().nullable(),
    errorMessage: p.text().nullable(),
    sentByStaffId: p.uuid().nullable(),
    /** Outbound: the bulk send this text belongs to; inbound: the bulk send it answers (the thread's latest text before it was one). */
    bulkSendId: p.uuid().nullable(),
    /** Outbound: until when the current attempt's provider call may still be in flight (a retry waits for it). */
    handoverUntil: p.datetime().nullable(),
    /** Inbound only: the classifier's reading of the text, with its reasons. */
    classification: p.json<MessageClassificationRecord>().nullable(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
});
export type IMessage = InferEntity<typeof Message>;
