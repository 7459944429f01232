export { InboxError, InboxErrorCode } from './inbox.errors.js';
export { findOrCreateConversation, findOrCreatePatientByPhone, preview } from './conversation.repository.js';
export { CONSENT_METHOD_LABELS, isOptedOut, latestConsent, optedOutWithin, optOutSentence, enterConsentGate } from './consent.query.js';
export { staffTextBlock, type StaffTextBlock } from './staff-text-block.js';
export { DEFAULT_MARKETING_HOURS, describeHours, withinMarketingHours, type QuietHours } from './marketing-hours.util.js';
export { handoverLeaseMs, marketingBlock, MARKETING_KIND, sendOutboundMessage, settleAbandonedHandover, type MarketingBlock, type OutboundDeps, type OutboundRequest, type OutboundResult, type SettledHandover } from './outbound-message.service.js';
export { recordInboundMessage, type InboundSms, type InboundResult } from './inbound-message.service.js';
export { applyDeliveryStatus, PROVIDER_STATUSES, OPTED_OUT_ERROR, type ProviderStatus } from './delivery-status.service.js';
export { createInboundActivities } from './inbound-processing.activities.js';
export { queueStaffMessage, queueStaffMessageToNumber, type StaffMessageKind, type StaffMessageRequest } from './queue-staff-message.js';
export { createOutboundActivities, sendQueuedMessage, type OutboundActivityDeps } from './outbound-processing.activities.js';
export { afterHoursReplyText, sendAfterHoursReply, AFTER_HOURS_KIND, AFTER_HOURS_WINDOW_MS, DEFAULT_AFTER_HOURS, type AfterHoursOutcome } from './after-hours-reply.js';
export {
  ALLOWED_IMAGE_TYPES,
  MAX_MEDIA_BYTES,
  MEDIA_URL_TTL_MS,
  createMediaDeps,
  mediaUrlSecret,
  mediaUrlsForMessage,
  receiveInboundMedia,
  type MediaConfig,
  signedMediaUrl,
  sniffImageType,
  storeInboundMedia,
  storeMedia,
  verifyMediaSignature,
  type AllowedImageType,
  type InboundMediaDeps,
} from './message-media.js';
export { conversationCounts, decodeListCursor, listConversationIds, type ListCursor } from './conversation-list.repository.js';
export { conversationVisibilitySql, ownConversationsSql, type VisibilityScope } from './conversation-visibility.js';
export { searchInbox, patientsFor, type SearchCursor, type SearchRequest, type SearchResult } from './search.repository.js';
export { decidePossibleOptOut, openOptOutReview, pendingOptOutReview, possibleOptOutAlertKey, staffOptOutConfirmationWorkflowId, type OptOutDecision, type OptOutDecisionResult, type PendingOptOutReview } from './possible-opt-out.js';
export { localDate, markPatientVip, vipRuleSql, vipStatus, vipTextedAlertKey, type VipStatus } from './vip-patients.js';
