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
}

export interface InboundMessageInput {
  messageId: string;
}
