// Entry point the worker bundles: every workflow function exported here is registered.
export { appointmentWorkflow } from './appointment/appointment.workflow.js';
export { inboundMessageWorkflow } from './inbound/inbound-message.workflow.js';
export { dailyDigestWorkflow } from './digest/daily-digest.workflow.js';
export { outboundMessageWorkflow } from './outbound/outbound-message.workflow.js';
export { retentionPurgeWorkflow } from './retention/retention.workflow.js';
export { outcomesRollupWorkflow } from './outcomes-rollup/outcomes-rollup.workflow.js';
export { inboundFollowUpWorkflow, replySuggestionsBatchWorkflow, replySuggestionsWorkflow } from './inbound/inbound-follow-up.workflow.js';
export { staffNotificationWorkflow } from './notifications/staff-notification.workflow.js';
export { pushNotificationWorkflow } from './push/push-notification.workflow.js';
export { bulkSendWorkflow } from './bulk/bulk-send.workflow.js';
export { onboardingEmailWorkflow, signupExpiryWorkflow } from './onboarding/onboarding.workflow.js';
