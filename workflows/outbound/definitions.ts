/** Delivery of one message a staff member wrote: the same durable, idempotent path as automated texts. */
export const outboundWorkflowId = (messageId: string): string => `outbound-${messageId}`;

export interface OutboundActivities {
  /** Hands the queued message to the provider (idempotent per message; a retryable failure throws). */
  sendQueuedMessage(input: { messageId: string }): Promise<void>;
  /** After the last retry: marks the message failed and tells staff, so nobody assumes it went out. */
  markMessageUnsent(input: { messageId: string; reason: string }): Promise<void>;
}

export interface OutboundMessageInput {
  messageId: string;
}
