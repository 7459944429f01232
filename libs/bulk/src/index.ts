export { ALLOW_EVERYTHING, type AllowanceAnswer, type AllowanceCheck } from './allowance.port.js';
export { BULK_EXCLUSIONS, BULK_EXCLUSION_LABELS, exclusionFor, type BulkExclusion, type ExclusionContext, type RecipientFacts } from './bulk-exclusions.util.js';
export { bulkRatePerSecond, paceBatch, sendingNumberType, MAX_RATE_PER_SECOND, TEN_DLC_RATE_PER_SECOND, TOLL_FREE_RATE_PER_SECOND, type SendingNumberType } from './bulk-pacing.util.js';
export {
  BULK_SCENARIOS,
  BULK_SCENARIO_LABELS,
  BULK_TEMPLATE_VARIABLES,
  DEFAULT_BULK_TEMPLATES,
  isAppointmentScenario,
  renderBulkText,
  validateBulkTemplate,
  type BulkCriteria,
  type BulkScenario,
  type BulkTemplateValues,
} from './bulk-scenarios.js';
export { bulkTextValues } from './bulk-text.util.js';
export { BulkError, BulkErrorCode } from './bulk.errors.js';
export {
  BULK_SEND_STATUSES,
  changeBulkSend,
  countProgress,
  getBulkSend,
  listBulkSends,
  previewBulkSend,
  startBulkSend,
  type BulkActor,
  type BulkPerson,
  type BulkPreview,
  type BulkRecipientView,
  type BulkSendAction,
  type BulkSendDetail,
  type BulkSendRequest,
  type BulkSendStatus,
  type BulkSendSummary,
  type StartBulkSendRequest,
} from './bulk-send.service.js';
export { BULK_KIND, bulkRecipientKey, createBulkSendActivities } from './bulk-send.activities.js';
