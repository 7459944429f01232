import { Conversation, Message } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';
import type { OutboundActivities } from '@beacon/workflows/outbound/definitions.js';
import { raiseMessageFailed } from './message-failed-alert.js';
import { sendOutboundMessage, type OutboundDeps, type OutboundResult } from './outbound-message.service.js';

export interface OutboundActivityDeps extends OutboundDeps {
  /** Short-lived public URLs of a message's pictures, for the provider to fetch (MMS). */
  mediaUrlsFor?: (messageId: string) => Promise<string[]>;
}

/**
 * Hands a stored (queued) message to the provider through the one durable send path: idempotent by
 * the message's key, so the outbound workflow and the API's immediate attempt can both call it and
 * the patient still gets it once (the hand-over lease keeps them from overlapping).
 */
export async function sendQueuedMessage(deps: OutboundActivityDeps, messageId: string): Promise<OutboundResult> {
  const message = await deps.em().findOneOrFail(Message, messageId);
  if (!message.idempotencyKey) throw new Error(`message ${messageId} has no idempotency key`);
  const conversation = await deps.em().findOneOrFail(Conversation, message.conversationId);
  const mediaUrls = deps.mediaUrlsFor ? await deps.mediaUrlsFor(messageId) : [];
  return sendOutboundMessage(deps, {
    idempotencyKey: message.idempotencyKey,
    locationId: conversation.locationId,
    patientId: conversation.patientId,
    body: message.body,
    kind: message.kind,
    automated: message.automated,
    ...(message.sentByStaffId ? { sentByStaffId: message.sentByStaffId } : {}),
    ...(mediaUrls.length ? { mediaUrls } : {}),
  });
}

export function createOutboundActivities(deps: OutboundActivityDeps): OutboundActivities {
  return {
    async sendQueuedMessage({ messageId }) {
      await sendQueuedMessage(deps, messageId);
    },

    async markMessageUnsent({ messageId, reason }) {
      await deps.em().transactional(async (tx) => {
        const message = await tx.findOneOrFail(Message, messageId);
        const conversation = await tx.findOneOrFail(Conversation, message.conversationId);
        if (message.status === 'queued' || message.status === 'sending') {
          message.status = 'failed';
          message.errorMessage = `Not sent: ${reason} Please try again or call the patient.`;
          await tx.flush();
          await publishEvent(tx, { type: 'message.updated', messageId, conversationId: conversation.id, locationId: conversation.locationId });
        }
        await raiseMessageFailed(tx, conversation, {
          message: 'A message to a patient could not be sent. Open the conversation to try again or call them.',
          dedupeKey: `outbound-${messageId}:unsent`,
        });
      });
    },
  };
}
