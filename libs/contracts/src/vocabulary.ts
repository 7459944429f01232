/**
 * The API's closed vocabularies: the values a request may name and a response may carry. Each list is
 * defined once here (this lib is pure, so the console imports it too) and re-exported by the lib
 * that owns the concept (`@beacon/db`, `@beacon/audit`, `@beacon/staff`, …). Add a value HERE.
 */

export const STAFF_ROLES = ['owner', 'front_desk', 'provider', 'treatment_coordinator', 'medical_assistant'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The permission flags a staff member carries (presets per role, editable by owners). */
export const PERMISSION_FLAGS = [
  'canSendMessages',
  'viewAllConversations',
  'viewOwnPatientsOnly',
  'seeContactDetails',
  'bulkMessaging',
  'manageStaff',
  'manageSettings',
  'manageTemplates',
] as const;
export type PermissionFlag = (typeof PERMISSION_FLAGS)[number];

export const STAFF_ALERT_KINDS = [
  'high_risk',
  'reschedule_requested',
  'cancel_requested',
  'message_failed',
  'opted_out',
  'daily_digest',
  'possible_opt_out',
  'patient_complaint',
  'urgent_patient_message',
  'vip_patient_texted',
  'waitlist_opening',
  'bulk_send_finished',
  'usage_allowance',
] as const;
export type StaffAlertKind = (typeof STAFF_ALERT_KINDS)[number];

/** What a quick reply or template is for: marketing ones need the patient's marketing opt-in and marketing hours when sent. */
export const TEMPLATE_KINDS_OF_USE = ['transactional', 'marketing'] as const;
export type TemplateUse = (typeof TEMPLATE_KINDS_OF_USE)[number];

/** The kinds of appointment text a location can reword; every reminder offset shares `reminder`. */
export const TEMPLATE_KINDS = [
  'booking_confirmation',
  'cancellation_confirmation',
  'reminder',
  'confirmation_request',
  'confirmation_follow_up',
  'confirmation_ack',
  'reschedule_ack',
  'cancel_request_ack',
] as const;
export type MessageTemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Longest appointment-text template source accepted. */
export const MAX_TEMPLATE_LENGTH = 2000;

/**
 * The actions the audit trail records. Dotted names group them for filtering in the console.
 * Add new ones here so the console's filter and the export stay complete.
 */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.password_reset',
  'auth.signup',
  'auth.email_verified',
  'auth.invitation_accepted',
  'auth.signup_expired',
  'integration.update',
  'conversation.view',
  'conversation.list',
  'conversation.update',
  'patient.notes_update',
  'patient.vip_update',
  'contact.view',
  'message.send',
  'message.phi_override',
  'search',
  'export',
  'audit.view',
  'audit.export',
  'audit.verify',
  'staff.create',
  'staff.update',
  'staff.deactivate',
  'permissions.update',
  'settings.update',
  'location.update',
  'template.update',
  'consent.update',
  'retention.update',
  'retention.purge',
  'bulk_send.preview',
  'bulk_send.start',
  'bulk_send.pause',
  'bulk_send.resume',
  'bulk_send.cancel',
  'bulk_send.finish',
  'bulk_send.recipient',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What staff can be emailed about; each is raised as a staff alert first (the in-console channel). */
export const NOTIFICATION_EVENT_TYPES = [
  'negative_patient_message',
  'opted_out',
  'possible_opt_out',
  'message_failed',
  'high_risk_appointment',
  'unconfirmed_tomorrow',
  'reschedule_requested',
  'cancel_requested',
  'urgent_patient_message',
  'vip_patient_texted',
  'waitlist_opening',
  'bulk_send_finished',
  'usage_allowance',
] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];

export const MESSAGE_DIRECTIONS = ['inbound', 'outbound'] as const;
export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];
export const MESSAGE_STATUSES = ['received', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'blocked'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
export const CONVERSATION_STATUSES = ['open', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'checked_in', 'completed', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** Statuses that mean the patient actually came in (their visits: lifetime spend, services used). */
export const VISITED_APPOINTMENT_STATUSES = ['completed', 'checked_in'] as const satisfies readonly AppointmentStatus[];
export const CONFIRMATION_STATUSES = ['unconfirmed', 'confirmed', 'high_risk', 'reschedule_requested'] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];
/** online: the patient booked themselves; staff: the clinic booked it. */
export const BOOKING_SOURCES = ['online', 'staff'] as const;
export type BookingSource = (typeof BOOKING_SOURCES)[number];
/** The delivery states Twilio reports in a status callback. */
export const PROVIDER_STATUSES = ['accepted', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read', 'canceled'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

/** The plans of the brief; features and allowances per plan live in the plans catalogue (@beacon/plans). */
export const PLAN_IDS = ['starter', 'professional', 'enterprise'] as const;
export type PlanId = (typeof PLAN_IDS)[number];

/** The buckets of the outcomes report. */
export const GRANULARITIES = ['week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** The fastest pace a bulk send may ask for (texts per second per sending number). */
export const MAX_RATE_PER_SECOND = 100;

/** What a plan can switch on; everything else (reminders, inbox, opt-out handling…) is in every plan. */
export const PLAN_FEATURES = ['smartReplies', 'confirmationRequests', 'templateAnalytics', 'bulkMessaging', 'staffNotifications', 'multiLocation'] as const;
export type PlanFeature = (typeof PLAN_FEATURES)[number];

/** What a bulk send is for; each has its own audience rule and default wording. */
export const BULK_SCENARIOS = ['provider_running_late', 'provider_sick', 'closure', 'promotion'] as const;
export type BulkScenario = (typeof BULK_SCENARIOS)[number];
/** Why a patient of a bulk send's audience does not get the text. */
export const BULK_EXCLUSIONS = ['invalid_number', 'opted_out', 'no_marketing_consent', 'outside_marketing_hours', 'already_sent_today', 'appointment_cancelled'] as const;
export type BulkExclusion = (typeof BULK_EXCLUSIONS)[number];
export const BULK_SEND_STATUSES = ['queued', 'running', 'paused', 'cancelled', 'finished'] as const;
export type BulkSendStatus = (typeof BULK_SEND_STATUSES)[number];
export const BULK_RECIPIENT_STATUSES = ['pending', 'sending', 'sent', 'failed', 'excluded', 'cancelled'] as const;
export type BulkRecipientStatus = (typeof BULK_RECIPIENT_STATUSES)[number];
