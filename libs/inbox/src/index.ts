export { InboxError, InboxErrorCode } from './inbox.errors.js';
export { findOrCreateConversation, preview } from './conversation.repository.js';
export { isOptedOut, latestConsent, optedOutWithin, withConsentGate } from './consent.query.js';
export { DEFAULT_MARKETING_HOURS, describeHours, withinMarketingHours, type QuietHours } from './marketing-hours.util.js';
export { sendOutboundMessage, type OutboundDeps, type OutboundRequest, type OutboundResult } from './outbound-message.service.js';
export { recordInboundMessage, type InboundSms, type InboundResult } from './inbound-message.service.js';
export { applyDeliveryStatus, PROVIDER_STATUSES, OPTED_OUT_ERROR, type ProviderStatus } from './delivery-status.service.js';
export { createInboundActivities } from './inbound-processing.activities.js';
export { searchInbox, patientsFor, type SearchCursor, type SearchRequest, type SearchResult } from './search.repository.js';
