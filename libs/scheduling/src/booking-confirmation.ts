import type { AppointmentScheduleSettings } from './schedule-settings.js';
import { nextSendingOpening } from './time-zone.js';

export interface BookingConfirmationInput {
  /** When the workflow learns of the booking. */
  now: number;
  startsAt: number;
  /** The patient booked it themselves (booking source `online`): they are awake and waiting for it. */
  bookedByPatient: boolean;
  settings: Pick<AppointmentScheduleSettings, 'sendingHours' | 'timeZone'>;
}

/**
 * When a booking's confirmation text goes out, or null when it should not go out at all. A booking
 * the patient made themselves (online) is confirmed at once, even at night: they have just booked
 * and are waiting for it. Any other booking (made by staff, imported) is confirmed at once inside
 * the location's sending hours, else when they next open — and not at all when the appointment
 * starts before then (the confirmation would arrive after it began).
 */
export function bookingConfirmationAt(input: BookingConfirmationInput): number | null {
  if (input.bookedByPatient) return input.now;
  const at = nextSendingOpening(input.now, input.settings.sendingHours, input.settings.timeZone);
  return at < input.startsAt ? at : null;
}
