import { DEMO_PROVIDERS, DEMO_SERVICES, demoPatients, type EntityManager, type SeededOrganisation } from '@beacon/db';
import { localParts, shiftLocalDate, zonedTimeToEpoch } from '@beacon/scheduling';
import { recordBookingEvent } from './record-booking-event/record-booking-event.use-case.js';

/**
 * The demo clinic's appointments over the next three days, booked through the same booking-event
 * path a real booking system uses (so each has a workflow and a booking confirmation). Every third
 * booking was made online by the patient, the others by staff.
 */
export async function seedDemoAppointments(em: () => EntityManager, org: SeededOrganisation, now: Date): Promise<number> {
  const patients = demoPatients();
  for (const [i, patient] of patients.entries()) {
    const location = org.locations[patient.location];
    const service = DEMO_SERVICES[i % DEMO_SERVICES.length] ?? DEMO_SERVICES[0];
    const providers = DEMO_PROVIDERS[patient.location];
    const date = shiftLocalDate(localParts(now.getTime(), location.timeZone), 1 + (i % 3));
    const startsAt = new Date(zonedTimeToEpoch({ ...date, hour: 9 + (i % 8), minute: i % 2 ? 30 : 0 }, location.timeZone));
    await recordBookingEvent({ em }, { id: org.integrationId, organizationId: org.organizationId }, {
      eventId: `demo-seed-${i + 1}`,
      type: 'appointment.created',
      occurredAt: now.toISOString(),
      appointment: {
        id: `DEMO-${1000 + i}`,
        locationId: location.id,
        startsAt: startsAt.toISOString(),
        durationMinutes: service?.minutes ?? 30,
        providerName: providers[i % providers.length] ?? providers[0],
        serviceName: service?.name ?? 'Consultation',
        source: i % 3 === 0 ? 'online' : 'staff',
        patient: { firstName: patient.firstName, lastName: patient.lastName, phone: patient.phone },
      },
    });
  }
  return patients.length;
}
