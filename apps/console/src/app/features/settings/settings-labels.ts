import { TemplateKind } from './settings.models';

/** Reminder offsets in the API's order (longest first), with how staff read them. */
export const REMINDER_OPTIONS: ReadonlyArray<{ offset: string; label: string }> = [
  { offset: '14d', label: '14 days before' },
  { offset: '10d', label: '10 days before' },
  { offset: '7d', label: '7 days before' },
  { offset: '5d', label: '5 days before' },
  { offset: '3d', label: '3 days before' },
  { offset: '2d', label: '2 days before' },
  { offset: '1d', label: '1 day before (same time of day)' },
  { offset: '24h', label: '24 hours before' },
  { offset: '2h', label: '2 hours before' },
  { offset: '60m', label: '1 hour before' },
  { offset: '30m', label: '30 minutes before' },
  { offset: '15m', label: '15 minutes before' },
  { offset: 'same_day_morning', label: 'Morning of the appointment' },
];

export const TEMPLATE_INFO: ReadonlyArray<{ kind: TemplateKind; label: string; when: string }> = [
  { kind: 'booking_confirmation', label: 'Booking confirmation', when: 'Sent when an appointment is booked. Usually the first text a patient gets, so it must say how to opt out (STOP).' },
  { kind: 'reminder', label: 'Reminder', when: 'Sent at each reminder time chosen above.' },
  { kind: 'confirmation_request', label: 'Confirmation request', when: 'Asks the patient to reply C to confirm or R to reschedule.' },
  { kind: 'confirmation_follow_up', label: 'Confirmation follow-up', when: 'Sent when the patient has not answered the confirmation request. Must ask for C and R.' },
  { kind: 'confirmation_ack', label: 'Reply to "C" (confirmed)', when: 'Sent when the patient confirms.' },
  { kind: 'reschedule_ack', label: 'Reply to "R" (reschedule)', when: 'Sent when the patient asks to reschedule. Use {% if rebookingUrl %}…{% endif %} for text that needs the rebooking link.' },
  { kind: 'cancel_request_ack', label: 'Reply to a cancellation request', when: 'Sent when the patient asks to cancel; staff are alerted to follow up.' },
  { kind: 'cancellation_confirmation', label: 'Cancellation confirmation', when: 'Sent when an appointment is cancelled.' },
];

export const TEMPLATE_VARIABLES = ['firstName', 'appointmentTime', 'locationName', 'locationPhone', 'rebookingUrl'] as const;
