import { Location, raiseStaffAlert, type EntityManager, type IAppointment } from '@beacon/db';
import { localDate } from '@beacon/inbox';

/** "3:30 PM" in the location's time zone. */
function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' }).format(at).replace(/[\u202f\u00a0]/g, ' ');
}

/** What staff read (and the email says): the slot, never who cancelled it. */
export function waitlistOpeningText(appointment: Pick<IAppointment, 'startsAt' | 'providerName' | 'serviceName' | 'durationMinutes'>, timeZone: string): string {
  return `Opening today ${localTime(appointment.startsAt, timeZone)} with ${appointment.providerName} (${appointment.serviceName}, ${appointment.durationMinutes} min)`;
}

/**
 * An appointment cancelled for later today frees a slot someone on the waitlist may take: staff at
 * its location are told at once (alerts menu and, per the location's settings, email). Not about the
 * patient who cancelled, so the alert names no patient. Once per cancellation event.
 */
export async function raiseWaitlistOpening(tx: EntityManager, appointment: IAppointment, cancellationEventId: string, now = new Date()): Promise<boolean> {
  if (appointment.startsAt.getTime() <= now.getTime()) return false;
  const location = await tx.findOneOrFail(Location, appointment.locationId);
  if (localDate(appointment.startsAt, location.timeZone) !== localDate(now, location.timeZone)) return false;
  await raiseStaffAlert(tx, {
    organizationId: appointment.organizationId,
    locationId: appointment.locationId,
    appointmentId: appointment.id,
    patientId: null,
    kind: 'waitlist_opening',
    message: waitlistOpeningText(appointment, location.timeZone),
    dedupeKey: `waitlist-opening:${appointment.id}:${cancellationEventId}`,
  });
  return true;
}
