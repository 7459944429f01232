export * from './entities/index.js';
export { createOrm, ormConfig, migrate, poolUsage, MikroORM, type EntityManager, type OrmOptions } from './orm.js';
export { seedDemoOrganisation, type SeedDeps, type SeededOrganisation } from './seed/seed-demo.js';
export { DEMO_PASSWORD, DEMO_INTEGRATION_KEY, DEMO_LOCATIONS, DEMO_STAFF, DEMO_SERVICES, DEMO_PROVIDERS, demoPatients } from './seed/demo-data.js';
export { seedDemoVisitHistory } from './seed/visit-history.js';
export { DEMO_QUICK_REPLIES, seedDemoQuickReplies } from './seed/quick-replies.js';
export { EncryptedJson, EncryptedText, useDataCipher, dataCipher, type DataCipher } from './encryption/encrypted-text.type.js';
export { ENCRYPTED_COLUMNS, reencryptColumns, type ByteCipher, type ReencryptProgress } from './encryption/reencrypt-columns.js';
export { lookupTokenArray, messageSearchTokens, patientSearchTokens, searchLookupTokens, searchToken, SearchIndexSubscriber } from './search/search-index.subscriber.js';
export * from './search/search-terms.util.js';
export { reindexSearch, type ReindexResult } from './search/reindex-search.js';
export {
  enqueueOutbox,
  enqueueOutboxWithPush,
  onboardingEmailCommand,
  outboxRow,
  pushNotificationCommand,
  pushNotificationWorkflowId,
  schedulesSyncCommand,
  signupExpiryCommand,
  staffNotificationCommand,
  suggestionsCommand,
  OUTBOX_CHANNEL,
  PUSHED_ALERT_KINDS,
  type DevicePushCommand,
  type OutboxCommand,
  type OutboxTaskQueue,
  type PushEvent,
} from './outbox/outbox.js';
export { raiseStaffAlert, type StaffAlertInput } from './alerts/raise-staff-alert.js';
export { queueAssignedAlertPush, type ThreadAssignment } from './alerts/assigned-alert-push.js';
