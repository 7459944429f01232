import type { StaffAlertKind, StaffRole } from '@beacon/db';

/** What staff can be emailed about (defined in @beacon/contracts); each is raised as a staff alert first. */
import { NOTIFICATION_EVENT_TYPES, type NotificationEventType } from '@beacon/contracts';

export { NOTIFICATION_EVENT_TYPES, type NotificationEventType };

/** The one mapping from alert kinds to notification events (exhaustive: a new alert kind must be placed). */
export function notificationEventOf(kind: StaffAlertKind): NotificationEventType {
  switch (kind) {
    case 'patient_complaint':
      return 'negative_patient_message';
    case 'opted_out':
      return 'opted_out';
    case 'possible_opt_out':
      return 'possible_opt_out';
    case 'message_failed':
      return 'message_failed';
    case 'high_risk':
      return 'high_risk_appointment';
    case 'daily_digest':
      return 'unconfirmed_tomorrow';
    case 'reschedule_requested':
      return 'reschedule_requested';
    case 'cancel_requested':
      return 'cancel_requested';
    case 'urgent_patient_message':
      return 'urgent_patient_message';
    case 'vip_patient_texted':
      return 'vip_patient_texted';
    case 'waitlist_opening':
      return 'waitlist_opening';
    case 'bulk_send_finished':
      return 'bulk_send_finished';
    case 'usage_allowance':
      return 'usage_allowance';
  }
}

/** Shown in email subjects and the settings screen; says what happened, never about whom. */
export const NOTIFICATION_EVENT_LABELS: Record<NotificationEventType, string> = {
  negative_patient_message: 'Unhappy patient message',
  opted_out: 'Patient opted out after replying CANCEL',
  possible_opt_out: 'Possible opt-out needs review',
  message_failed: 'A text could not be delivered',
  high_risk_appointment: 'High-risk appointment',
  unconfirmed_tomorrow: 'Unconfirmed appointments tomorrow',
  reschedule_requested: 'Reschedule request',
  cancel_requested: 'Cancel request',
  urgent_patient_message: 'Urgent patient message (pain, swelling, reaction)',
  vip_patient_texted: 'VIP patient texted',
  waitlist_opening: 'Opening today (appointment cancelled)',
  bulk_send_finished: 'Bulk send finished',
  usage_allowance: 'Text allowance at 80 % / 100 %',
};

/**
 * Events whose alert text goes into the email: it describes a slot or a count, never a patient, by
 * construction (e.g. "Opening today 3:30 PM with Dr. Lee (Botox, 30 min)"). Every other email carries only a link.
 */
export const EVENTS_WITH_TEXT_IN_EMAIL: ReadonlySet<NotificationEventType> = new Set(['waitlist_opening']);

/** Sent at once and marked high priority, never held back for a summary. */
export const HIGH_PRIORITY_EVENTS: ReadonlySet<NotificationEventType> = new Set(['urgent_patient_message']);

export interface NotificationSetting {
  eventType: NotificationEventType;
  emailEnabled: boolean;
  /** Staff roles at the location who get the email (each also only if they may see the patient). */
  roles: StaffRole[];
}

/** Requests staff handle from the live alerts menu are not emailed unless an owner turns them on. */
const EMAIL_OFF_BY_DEFAULT: ReadonlySet<NotificationEventType> = new Set(['reschedule_requested', 'cancel_requested']);
export const DEFAULT_NOTIFICATION_ROLES: readonly StaffRole[] = ['owner', 'front_desk'];

export function defaultNotificationSetting(eventType: NotificationEventType): NotificationSetting {
  return { eventType, emailEnabled: !EMAIL_OFF_BY_DEFAULT.has(eventType), roles: [...DEFAULT_NOTIFICATION_ROLES] };
}

/** Every event's setting at a location: what owners saved, the default for the rest. */
export function effectiveNotificationSettings(saved: readonly NotificationSetting[]): NotificationSetting[] {
  return NOTIFICATION_EVENT_TYPES.map((eventType) => saved.find((s) => s.eventType === eventType) ?? defaultNotificationSetting(eventType));
}
