import { recordBookingEvent } from '@beacon/appointments';
import { loadConfig } from '@beacon/config';
import { createOrm, DEMO_PASSWORD, DEMO_PROVIDERS, DEMO_SERVICES, demoPatients, migrate, seedDemoOrganisation, seedDemoVisitHistory } from '@beacon/db';
import { createLogger } from '@beacon/logging';
import { hashPassword, dataKeyRingFromEnv } from '@beacon/security';
import { localParts, shiftLocalDate, zonedTimeToEpoch } from '@beacon/scheduling';
import { PERMISSION_PRESETS } from '@beacon/staff';

/**
 * Seeds the demo clinic once (later runs leave existing data alone): two locations, staff of every
 * role, 50 patients and their appointments over the next three days, booked through the same
 * booking-event path a real booking system uses, so each has a live workflow.
 */
async function main(): Promise<void> {
  const logger = createLogger('seed');
  const config = loadConfig();
  const secret = process.env['BOOKING_DEMO_API_SECRET'];
  if (!secret) throw new Error('BOOKING_DEMO_API_SECRET must be set (scripts/bootstrap.sh writes one to .data/local.env)');
  const ring = dataKeyRingFromEnv(config);
  const orm = await createOrm({ databaseUrl: config.DATABASE_URL, dataCipher: ring });
  await migrate(orm);
  const org = await seedDemoOrganisation(orm.em.fork(), { hashPassword, encryptSecret: (s) => ring.encrypt(s), permissionsFor: (r) => PERMISSION_PRESETS[r] }, DEMO_PASSWORD, secret);
  if (!org.created) {
    logger.info('demo clinic already present; leaving data as it is');
    await orm.close();
    return;
  }
  const now = new Date();
  const patients = demoPatients();
  for (const [i, patient] of patients.entries()) {
    const location = org.locations[patient.location];
    const service = DEMO_SERVICES[i % DEMO_SERVICES.length] ?? DEMO_SERVICES[0];
    const providers = DEMO_PROVIDERS[patient.location];
    const date = shiftLocalDate(localParts(now.getTime(), location.timeZone), 1 + (i % 3));
    const startsAt = new Date(zonedTimeToEpoch({ ...date, hour: 9 + (i % 8), minute: i % 2 ? 30 : 0 }, location.timeZone));
    await recordBookingEvent({ em: () => orm.em.fork() }, { id: org.integrationId, organizationId: org.organizationId }, {
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
  const history = await seedDemoVisitHistory(orm.em.fork(), org, now);
  logger.info({ patients: patients.length, appointments: patients.length, pastVisits: history }, 'demo clinic seeded');
  await orm.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
