import { log, proxyLocalActivities } from '@temporalio/workflow';
import type { InboundActivities, InboundAutoReply, InboundFollowUpInput, InboundKeyword, ReplySuggestionsBatchInput, ReplySuggestionsInput } from './definitions.js';

/**
 * Steps with no durable wait between them run as local activities (one history event each, no
 * round trip through the task queue). Each is idempotent per message.
 */
const local = proxyLocalActivities<InboundActivities>({
  startToCloseTimeout: '1 minute',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes', maximumAttempts: 10 },
});

/** Suggestions help only while staff are reading the text: a few quick tries. */
const suggestions = proxyLocalActivities<Pick<InboundActivities, 'prepareReplySuggestions'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 3 },
});

/** A batch: long enough for a relay round's texts through the LLM engine, a few quick tries. */
const batchSuggestions = proxyLocalActivities<Pick<InboundActivities, 'prepareReplySuggestionsBatch'>>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumAttempts: 3 },
});

const AUTO_REPLY: Record<InboundKeyword, InboundAutoReply> = { opt_out: 'opt_out_confirmation', opt_in: 'opt_in_confirmation', help: 'help' };

/**
 * Interactive queue: what a text asks of us right away. The webhook has already stored the text,
 * its reading and any consent change; this sends the one confirmation, fetches pictures and
 * answers after hours.
 */
export async function inboundFollowUpWorkflow(input: InboundFollowUpInput): Promise<void> {
  if (input.mediaUrls?.length) await local.storeInboundMedia({ messageId: input.messageId, mediaUrls: input.mediaUrls });
  if (input.keyword) await local.sendInboundAutoReply({ messageId: input.messageId, kind: AUTO_REPLY[input.keyword] });
  else if (input.afterHours) await local.sendAfterHoursReply({ messageId: input.messageId });
}

/** Background queue: smart replies for staff; a failure leaves the thread without suggestions, nothing else. */
export async function replySuggestionsWorkflow(input: ReplySuggestionsInput): Promise<void> {
  try {
    await suggestions.prepareReplySuggestions({ messageId: input.messageId });
  } catch (error) {
    log.warn('smart replies could not be prepared', { messageId: input.messageId, error: String(error) });
  }
}

/**
 * Background queue: smart replies for the texts one relay round handed over together (one workflow
 * for a burst instead of one per text). Each text is idempotent; a retry redoes only those that failed.
 */
export async function replySuggestionsBatchWorkflow(input: ReplySuggestionsBatchInput): Promise<void> {
  try {
    await batchSuggestions.prepareReplySuggestionsBatch({ messageIds: input.messageIds });
  } catch (error) {
    log.warn('smart replies could not be prepared for some texts', { texts: input.messageIds.length, error: String(error) });
  }
}
