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
export const CONFIRMATION_STATUSES = ['unconfirmed', 'confirmed', 'high_risk', 'reschedule_requested'] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];
/** online: the patient booked themselves; staff: the clinic booked it. */
export const BOOKING_SOURCES = ['online', 'staff'] as const;
export type BookingSource = (typeof BOOKING_SOURCES)[number];
/** The delivery states Twilio reports in a status callback. */
export const PROVIDER_STATUSES = ['accepted', 'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'read', 'canceled'] as const;
export type ProviderStatus = (typeof PROVIDER_STATUSES)[number];

