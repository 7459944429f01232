/** Processing of one stored inbound text: consent keywords, auto-replies, routing to its appointment. */
import type { PatientReplyIntent } from '../appointment/definitions.js';

export const inboundWorkflowId = (messageId: string): string => `inbound-${messageId}`;

export type InboundAutoReply = 'opt_out_confirmation' | 'opt_in_confirmation' | 'help';

export interface InboundInterpretation {
  keyword: 'opt_out' | 'opt_in' | 'help' | null;
  /** The appointment the text answers, when it is a confirm / reschedule / cancel request. */
  reply: { appointmentId: string; intent: PatientReplyIntent } | null;
}

export interface InboundActivities {
  /** Records what the text means (consent ledger, staff alerts) — idempotent per message. */
  interpretInboundMessage(input: { messageId: string }): Promise<InboundInterpretation>;
  sendInboundAutoReply(input: { messageId: string; kind: InboundAutoReply }): Promise<void>;
  /** Prepares smart replies for staff (see @beacon/suggestions); idempotent per message. */
  prepareReplySuggestions(input: { messageId: string }): Promise<{ intent: string; count: number; engine: string } | null>;
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
