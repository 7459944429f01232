import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124Foundation } from './20261124-foundation.migration.js';
import { Migration20261125AppointmentLifecycle } from './20261125-appointment-lifecycle.migration.js';
import { Migration20261125AuditTrail } from './20261125-audit-trail.migration.js';
import { Migration20261126ReplySuggestions } from './20261126-reply-suggestions.migration.js';
import { Migration20261126MessageClassification } from './20261126-message-classification.migration.js';
import { Migration20261126StaffTemplates } from './20261126-staff-templates.migration.js';
import { Migration20261126UnifiedInbox } from './20261126-unified-inbox.migration.js';
import { Migration20261126DataProtection } from './20261126-data-protection.migration.js';
import { Migration20261207HotPath } from './20261207-hot-path.migration.js';
import { Migration20261207PhiAtRest } from './20261207-phi-at-rest.migration.js';
import { Migration20261207MessageCategories } from './20261207-message-categories.migration.js';
import { Migration20261207OptOutReview } from './20261207-opt-out-review.migration.js';
import { Migration20261207StaffNotifications } from './20261207-staff-notifications.migration.js';
import { Migration20261208PlansAndAlertKinds } from './20261208-plans-and-alert-kinds.migration.js';
import { Migration20261208Onboarding } from './20261208-onboarding.migration.js';
import { Migration20261208PushSubscriptions } from './20261208-push-subscriptions.migration.js';
import { Migration20261208Outcomes } from './20261208-outcomes.migration.js';
import { Migration20261208VipPatients } from './20261208-vip-patients.migration.js';
import { Migration20261208BulkSends } from './20261208-bulk-sends.migration.js';
import { Migration20261208OutcomesRollup } from './20261208-outcomes-rollup.migration.js';
import { Migration20261208OutcomesChangeAppend } from './20261208-outcomes-change-append.migration.js';

/** Every migration in order; new ones are appended here. */
export const MIGRATIONS: MigrationObject[] = [
  { name: '20261124_foundation', class: Migration20261124Foundation },
  { name: '20261125_appointment_lifecycle', class: Migration20261125AppointmentLifecycle },
  { name: '20261125_audit_trail', class: Migration20261125AuditTrail },
  { name: '20261126_reply_suggestions', class: Migration20261126ReplySuggestions },
  { name: '20261126_message_classification', class: Migration20261126MessageClassification },
  { name: '20261126_staff_templates', class: Migration20261126StaffTemplates },
  { name: '20261126_unified_inbox', class: Migration20261126UnifiedInbox },
  { name: '20261126_data_protection', class: Migration20261126DataProtection },
  { name: '20261207_hot_path', class: Migration20261207HotPath },
  { name: '20261207_phi_at_rest', class: Migration20261207PhiAtRest },
  { name: '20261207_message_categories', class: Migration20261207MessageCategories },
  { name: '20261207_opt_out_review', class: Migration20261207OptOutReview },
  { name: '20261207_staff_notifications', class: Migration20261207StaffNotifications },
  { name: '20261208_plans_and_alert_kinds', class: Migration20261208PlansAndAlertKinds },
  { name: '20261208_onboarding', class: Migration20261208Onboarding },
  { name: '20261208_push_subscriptions', class: Migration20261208PushSubscriptions },
  { name: '20261208_outcomes', class: Migration20261208Outcomes },
  { name: '20261208_vip_patients', class: Migration20261208VipPatients },
  { name: '20261208_bulk_sends', class: Migration20261208BulkSends },
  { name: '20261208_outcomes_rollup', class: Migration20261208OutcomesRollup },
  { name: '20261208_outcomes_change_append', class: Migration20261208OutcomesChangeAppend },
];
