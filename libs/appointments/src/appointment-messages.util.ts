import type { MessageStep } from '@beacon/workflows/appointment/definitions.js';
import { formatPhone } from '@beacon/messaging';

export interface AppointmentMessageContext {
  firstName: string;
  locationName: string;
  locationPhone: string;
  startsAt: Date;
  timeZone: string;
  serviceName: string;
}

/** "Tue, Nov 25 at 3:30 PM" in the clinic's time zone. */
export function formatAppointmentTime(startsAt: Date, timeZone: string): string {
  const date = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone }).format(startsAt);
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(startsAt);
  return `${date} at ${time}`;
}

/** Patient texts carry name, time, clinic and phone only — no treatment details (minimum necessary). */
export function renderAppointmentMessage(step: MessageStep, ctx: AppointmentMessageContext): string {
  const hi = ctx.firstName ? `Hi ${ctx.firstName}` : 'Hi';
  const when = formatAppointmentTime(ctx.startsAt, ctx.timeZone);
  const phone = formatPhone(ctx.locationPhone);
  switch (step) {
    case 'booking_confirmation':
      return `${hi}, your appointment at ${ctx.locationName} is booked for ${when}. Questions? Call ${phone}. Reply STOP to opt out.`;
    case 'cancellation_confirmation':
      return `${hi}, your appointment at ${ctx.locationName} on ${when} has been cancelled. To book again, call ${phone}.`;
  }
}
