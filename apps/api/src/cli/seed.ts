import { seedDemoAppointments } from '@beacon/appointments';
import { loadConfig } from '@beacon/config';
import { createOrm, DEMO_PASSWORD, migrate, seedDemoOrganisation, seedDemoQuickReplies, seedDemoVisitHistory } from '@beacon/db';
import { createLogger } from '@beacon/logging';
import { hashPassword, dataKeyRingFromEnv } from '@beacon/security';
import { PERMISSION_PRESETS } from '@beacon/staff';

/**
 * Seeds the demo clinic once (later runs leave existing data alone): two locations, staff of every
 * role, 50 patients and their appointments over the next three days (with past visits and the
 * quick replies behind `/`: parking, pricing, aftercare), booked through the same
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
  const appointments = await seedDemoAppointments(() => orm.em.fork(), org, now);
  const history = await seedDemoVisitHistory(orm.em.fork(), org, now);
  const quickReplies = await seedDemoQuickReplies(orm.em.fork(), org, now);
  logger.info({ patients: appointments, appointments, pastVisits: history, quickReplies }, 'demo clinic seeded');
  await orm.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
