import type { MessageStep } from '@beacon/workflows/appointment/definitions.js';
import { formatPhone } from '@beacon/messaging';

export interface AppointmentMessageContext {
  firstName: string;
  locationName: string;
  locationPhone: string;
  startsAt: Date;
  timeZone: string;
  serviceName: string;
  rebookingUrl?: string | null;
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
  const name = ctx.firstName ? `, ${ctx.firstName}` : '';
  const when = formatAppointmentTime(ctx.startsAt, ctx.timeZone);
  const phone = formatPhone(ctx.locationPhone);
  if (step.startsWith('reminder:')) {
    return `${hi}, a reminder of your appointment at ${ctx.locationName} on ${when}. Questions? Call ${phone}.`;
  }
  switch (step) {
    case 'booking_confirmation':
      return `${hi}, your appointment at ${ctx.locationName} is booked for ${when}. Questions? Call ${phone}. Reply STOP to opt out.`;
    case 'cancellation_confirmation':
      return `${hi}, your appointment at ${ctx.locationName} on ${when} has been cancelled. To book again, call ${phone}.`;
    case 'confirmation_request':
      return `${hi}, please confirm your appointment at ${ctx.locationName} on ${when}. Reply C to confirm or R to reschedule.`;
    case 'confirmation_follow_up':
      return `${hi}, we haven't heard back about your appointment at ${ctx.locationName} on ${when}. Reply C to confirm or R to reschedule.`;
    case 'confirmation_ack':
      return `Thanks${name} — you're confirmed for ${when} at ${ctx.locationName}. See you then!`;
    case 'reschedule_ack':
      return ctx.rebookingUrl
        ? `No problem${name}. Pick a new time here: ${ctx.rebookingUrl} — or call us at ${phone}.`
        : `No problem${name}. Someone from ${ctx.locationName} will reach out shortly to find a new time.`;
    case 'cancel_request_ack':
      return `Thanks${name}. We've let the team at ${ctx.locationName} know; someone will contact you shortly about your appointment on ${when}.`;
  }
  return `${hi}, a message about your appointment at ${ctx.locationName} on ${when}. Questions? Call ${phone}.`;
}
