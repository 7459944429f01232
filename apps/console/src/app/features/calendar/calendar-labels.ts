import type { AppointmentStatus, AppointmentTimelineEntry, ConfirmationStatus, RiskLevel } from '../../core/models';
import { humanize } from '../../shared/format';

export const CONFIRMATION_LABELS: Record<ConfirmationStatus, string> = {
  unconfirmed: 'Unconfirmed',
  confirmed: 'Confirmed',
  high_risk: 'High risk',
  reschedule_requested: 'Reschedule requested',
};

/** Only statuses other than "booked" get a label on the card. */
export const APPOINTMENT_STATUS_LABELS: Record<AppointmentStatus, string> = {
  booked: 'Booked',
  cancelled: 'Cancelled',
  checked_in: 'Checked in',
  completed: 'Completed',
  no_show: 'No-show',
};

export const RISK_LABELS: Record<RiskLevel, string> = {
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
};

export function confirmationLabel(status: string): string {
  return CONFIRMATION_LABELS[status as ConfirmationStatus] ?? humanize(status);
}

export function appointmentStatusLabel(status: string): string {
  return APPOINTMENT_STATUS_LABELS[status as AppointmentStatus] ?? humanize(status);
}

const EVENT_TITLES: Record<string, string> = {
  created: 'Booked',
  rescheduled: 'Rescheduled',
  updated: 'Details changed',
  cancelled: 'Cancelled',
  checked_in: 'Checked in',
  completed: 'Completed',
  no_show: 'Marked as no-show',
};

const SEND_STATUS: Record<string, string> = {
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  undelivered: 'Not delivered',
  failed: 'Failed',
  blocked: 'Not sent — patient opted out',
};

const STEP_LABELS: Record<string, string> = {
  booking_confirmation: 'Booking confirmation',
  cancellation_confirmation: 'Cancellation confirmation',
  confirmation_request: 'Confirmation request',
  confirmation_follow_up: 'Confirmation follow-up',
  confirmation_ack: 'Thanks-for-confirming',
  reschedule_ack: 'Reschedule reply',
  cancel_request_ack: 'Cancellation-request reply',
  high_risk_check: 'High-risk check',
};

const REPLY_LABELS: Record<string, string> = {
  confirm: 'Confirmed the appointment',
  reschedule: 'Asked to reschedule',
  'cancel appointment': 'Asked to cancel',
};

const UNITS: Record<string, string> = { m: 'minute', h: 'hour', d: 'day', w: 'week' };

/** "booking_confirmation" → "Booking confirmation", "reminder:3d" → "3-day reminder". */
export function stepLabel(step: string): string {
  const reminder = /^reminder:(\d+)([mhdw])$/.exec(step);
  if (reminder) return `${reminder[1]}-${UNITS[reminder[2] ?? ''] ?? reminder[2]} reminder`;
  return STEP_LABELS[step] ?? humanize(step.replace(/:/g, ' '));
}

const isText = (step: string) => step !== 'high_risk_check';

/** Steps the workflow takes only while the patient has not confirmed. */
const UNLESS_CONFIRMED = new Set(['confirmation_request', 'confirmation_follow_up', 'high_risk_check']);

/** A step still to come in words: "1-day reminder text", "Confirmation request text · If still unconfirmed". */
export function describeUpcomingStep(stepId: string): { title: string; detail: string } {
  return { title: isText(stepId) ? `${stepLabel(stepId)} text` : stepLabel(stepId), detail: UNLESS_CONFIRMED.has(stepId) ? 'If still unconfirmed' : '' };
}

/**
 * A workflow timeline entry in words, e.g. "created (event evt-1)" → "Booked · Booking system event evt-1",
 * "booking_confirmation (sent)" → "Booking confirmation text · Sent", "reminder:7d: already passed" →
 * "7-day reminder not sent · Already passed". Anything else is shown humanized as it is.
 */
export function describeTimelineEntry(entry: AppointmentTimelineEntry): { title: string; detail: string } {
  const detail = (entry.detail ?? '').trim();
  let m: RegExpExecArray | null;
  if (entry.kind === 'event' && (m = /^([a-z_]+) \(event (.+)\)$/.exec(detail))) {
    return { title: EVENT_TITLES[m[1] ?? ''] ?? humanize(m[1] ?? ''), detail: `Booking system event ${m[2]}` };
  }
  if ((m = /^([a-z0-9_:]+) \(([a-z_]+)\)$/.exec(detail))) {
    return { title: `${stepLabel(m[1] ?? '')} text`, detail: SEND_STATUS[m[2] ?? ''] ?? humanize(m[2] ?? '') };
  }
  if ((m = /^([a-z0-9_:]+) (could not be sent|was refused by the carrier)$/.exec(detail))) {
    return { title: `${stepLabel(m[1] ?? '')} text failed`, detail: m[2] === 'could not be sent' ? 'Could not be sent, even after retrying' : 'Refused by the carrier' };
  }
  if ((m = /^confirmation status: ([a-z_]+)$/.exec(detail))) {
    return { title: `Marked as ${confirmationLabel(m[1] ?? '').toLowerCase()}`, detail: '' };
  }
  if ((m = /^staff alerted: (.+)$/.exec(detail))) return { title: 'Staff alerted', detail: m[1] ?? '' };
  if ((m = /^patient replied: (.+)$/.exec(detail))) return { title: 'Patient replied', detail: REPLY_LABELS[m[1] ?? ''] ?? humanize(m[1] ?? '') };
  if (entry.kind === 'skipped' && (m = /^([a-z0-9_:]+): (.+)$/.exec(detail))) {
    const step = m[1] ?? '';
    return { title: `${stepLabel(step)} ${isText(step) ? 'not sent' : 'skipped'}`, detail: humanize(m[2] ?? '') };
  }
  return { title: humanize(detail) || humanize(entry.kind), detail: '' };
}

/** Distinct, calm colours for provider columns and stripes (cycled). */
const PROVIDER_COLORS = ['#0f766e', '#7c3aed', '#c2410c', '#2563eb', '#be185d', '#4d7c0f'];

export function providerColor(index: number): string {
  return PROVIDER_COLORS[((index % PROVIDER_COLORS.length) + PROVIDER_COLORS.length) % PROVIDER_COLORS.length] ?? '#0f766e';
}
