/** Processing of one stored inbound text: consent keywords, auto-replies, routing to its appointment. */
import type { PatientReplyIntent } from '../appointment/definitions.js';

/** Legacy: the workflow that read each text before the webhook did (kept so running histories replay). */
export const inboundWorkflowId = (messageId: string): string => `inbound-${messageId}`;
/** The interactive follow-up of a text that needs one (confirmations, pictures, after-hours reply). */
export const inboundFollowUpWorkflowId = (messageId: string): string => `inbound-followup-${messageId}`;
/** Legacy: smart replies for one text (kept so running histories replay; new texts go in batches). */
export const replySuggestionsWorkflowId = (messageId: string): string => `suggest-${messageId}`;
/** The workflow type that prepares smart replies for a batch of texts (background queue). */
export const REPLY_SUGGESTIONS_BATCH_WORKFLOW = 'replySuggestionsBatchWorkflow';

export type InboundAutoReply = 'opt_out_confirmation' | 'opt_in_confirmation' | 'help';
export type InboundKeyword = 'opt_out' | 'opt_in' | 'help';

export interface InboundInterpretation {
  keyword: InboundKeyword | null;
  /** The appointment the text answers, when it is a confirm / reschedule / cancel request. */
  reply: { appointmentId: string; intent: PatientReplyIntent } | null;
}

export interface InboundActivities {
  /** Records what the text means (consent ledger, staff alerts) — idempotent per message. */
  interpretInboundMessage(input: { messageId: string }): Promise<InboundInterpretation>;
  sendInboundAutoReply(input: { messageId: string; kind: InboundAutoReply }): Promise<void>;
  /** Prepares smart replies for staff (see @beacon/suggestions); idempotent per message. */
  prepareReplySuggestions(input: { messageId: string }): Promise<{ intent: string; count: number; engine: string } | null>;
  /** The same for several texts; throws after trying them all if any failed (a retry redoes only those). */
  prepareReplySuggestionsBatch(input: { messageIds: string[] }): Promise<{ prepared: number }>;
  /** Fetches an MMS's pictures from the provider and keeps them encrypted (idempotent per picture). */
  storeInboundMedia(input: { messageId: string; mediaUrls: string[] }): Promise<number>;
  /** The after-hours auto-reply, when the location is closed (decides itself; idempotent per message). */
  sendAfterHoursReply(input: { messageId: string }): Promise<string>;
}

export interface InboundMessageInput {
  messageId: string;
  /** The provider's URLs of the MMS pictures (fetched and stored by us). */
  mediaUrls?: string[];
}

/** Written by the webhook (through the outbox) once the text, its reading and consent are committed. */
export interface InboundFollowUpInput {
  messageId: string;
  keyword: InboundKeyword | null;
  /** The location was closed when it arrived: the after-hours reply may apply. */
  afterHours: boolean;
  mediaUrls?: string[];
}

export interface ReplySuggestionsInput {
  messageId: string;
}

export interface ReplySuggestionsBatchInput {
  messageIds: string[];
}
