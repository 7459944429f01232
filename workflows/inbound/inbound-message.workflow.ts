import { getExternalWorkflowHandle, log, patched, proxyActivities } from '@temporalio/workflow';
import { appointmentWorkflowId, patientReplySignal } from '../appointment/definitions.js';
import type { InboundActivities, InboundInterpretation, InboundMessageInput } from './definitions.js';

const activities = proxyActivities<InboundActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 10 },
});

/** Suggestions help only while staff are reading the text: a few quick tries, never blocking the rest. */
const suggestionActivities = proxyActivities<Pick<InboundActivities, 'prepareReplySuggestions'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 3 },
});

/**
 * Started by the webhook once the text is stored (workflow id `inbound-<message id>`, so a Twilio
 * retry cannot process it twice). Consent first: an opt-out is recorded before anything else.
 */
export async function inboundMessageWorkflow(input: InboundMessageInput): Promise<InboundInterpretation> {
  if (input.mediaUrls?.length) await activities.storeInboundMedia({ messageId: input.messageId, mediaUrls: input.mediaUrls });
  const result = await activities.interpretInboundMessage({ messageId: input.messageId });
  if (result.keyword !== 'opt_out' && patched('reply-suggestions')) {
    try {
      await suggestionActivities.prepareReplySuggestions({ messageId: input.messageId });
    } catch (error) {
      log.warn('smart replies could not be prepared', { messageId: input.messageId, error: String(error) });
    }
  }
  switch (result.keyword) {
    case 'opt_out':
      await activities.sendInboundAutoReply({ messageId: input.messageId, kind: 'opt_out_confirmation' });
      break;
    case 'opt_in':
      await activities.sendInboundAutoReply({ messageId: input.messageId, kind: 'opt_in_confirmation' });
      break;
    case 'help':
      await activities.sendInboundAutoReply({ messageId: input.messageId, kind: 'help' });
      break;
    case null:
      break;
  }
  // Not for keywords or answers to our questions (C, R, …): those are handled above.
  if (result.keyword === null && !result.reply && patched('after-hours-reply')) {
    await activities.sendAfterHoursReply({ messageId: input.messageId });
  }
  if (result.reply) {
    try {
      await getExternalWorkflowHandle(appointmentWorkflowId(result.reply.appointmentId)).signal(patientReplySignal, {
        messageId: input.messageId,
        intent: result.reply.intent,
        receivedAt: new Date().toISOString(),
      });
    } catch (error) {
      // The appointment's workflow has finished (long past, or cancelled): staff see the text in the inbox.
      log.warn('reply could not reach its appointment workflow', { appointmentId: result.reply.appointmentId, error: String(error) });
    }
  }
  return result;
}
