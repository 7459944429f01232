import { randomUUID } from 'node:crypto';
import { createOrm, DEMO_PASSWORD, migrate, seedDemoOrganisation, type MikroORM, type SeededOrganisation } from '@beacon/db';
import { createLogger } from '@beacon/logging';
import { dataKeyRingFromEnv, hashPassword } from '@beacon/security';
import { PERMISSION_PRESETS } from '@beacon/staff';
import { createTemporalClient } from '@beacon/temporal-runtime';
import { dailyDigestScheduleId } from '@beacon/workflows/digest/definitions.js';
import { retentionScheduleId } from '@beacon/workflows/retention/definitions.js';
import type { Client } from '@temporalio/client';
import { WorkerRuntime } from '../../apps/worker/src/worker-runtime.js';
import { eventually } from '../support/eventually.js';
import { describeSchedule } from '../support/schedules.js';
import { resetDatabase, testConfig, TEST_INTEGRATION_SECRET, WORKFLOWS_PATH } from '../support/test-env.js';

/**
 * `npm start` on a fresh machine: the worker is up (and has reconciled schedules for no one) before
 * the seed creates the clinic. The clinic's schedules must exist all the same.
 */
describe('schedules on a fresh start (worker first, then the seed)', () => {
  const config = testConfig({ TEMPORAL_TASK_QUEUE: `test-${randomUUID()}` });
  let orm: MikroORM;
  let worker: WorkerRuntime;
  let running: Promise<void>;
  let temporal: Client;
  let org: SeededOrganisation | undefined;

  beforeAll(async () => {
    await resetDatabase(config.DATABASE_URL);
    const ring = dataKeyRingFromEnv(config);
    orm = await createOrm({ databaseUrl: config.DATABASE_URL, poolMax: 3, dataCipher: ring });
    await migrate(orm, ring);
    worker = await WorkerRuntime.create(config, createLogger('test', config.LOG_LEVEL), { workflowsPath: WORKFLOWS_PATH });
    running = worker.run();
    temporal = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
  });

  afterAll(async () => {
    const ids = org ? [retentionScheduleId(org.organizationId), ...Object.values(org.locations).map((l) => dailyDigestScheduleId(l.id))] : [];
    for (const id of ids) await temporal?.schedule.getHandle(id).delete().catch(() => undefined);
    await temporal?.connection.close();
    worker?.workers.shutdown();
    await running;
    await worker?.stop();
    await orm?.close();
  });

  it('creates the digest of every seeded location and the retention purge once the seed commits', async () => {
    const ring = dataKeyRingFromEnv(config);
    const seeded = await seedDemoOrganisation(orm.em.fork(), { hashPassword, encryptSecret: (s) => ring.encrypt(s), permissionsFor: (r) => PERMISSION_PRESETS[r] }, DEMO_PASSWORD, TEST_INTEGRATION_SECRET);
    org = seeded;
    const exists = (scheduleId: string) => describeSchedule(temporal, scheduleId);
    for (const location of Object.values(seeded.locations)) {
      const schedule = await eventually(() => exists(dailyDigestScheduleId(location.id)), `the digest schedule of ${location.id}`);
      expect(schedule.spec.timezone).toBe(location.timeZone);
    }
    expect((await eventually(() => exists(retentionScheduleId(seeded.organizationId)), 'the retention schedule')).action).toMatchObject({ workflowType: 'retentionPurgeWorkflow' });
  });
});
