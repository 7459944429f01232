import { randomUUID } from 'node:crypto';
import { createOrm, DEMO_PASSWORD, migrate, seedDemoOrganisation, type MikroORM, type SeededOrganisation } from '@beacon/db';
import { createLogger } from '@beacon/logging';
import { dataKeyRingFromEnv, hashPassword } from '@beacon/security';
import { PERMISSION_PRESETS } from '@beacon/staff';
import { createTemporalClient, triggerOutcomesRollups } from '@beacon/temporal-runtime';
import { dailyDigestScheduleId } from '@beacon/workflows/digest/definitions.js';
import { outcomesRollupScheduleId } from '@beacon/workflows/outcomes-rollup/definitions.js';
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
    const ids = org ? [retentionScheduleId(org.organizationId), outcomesRollupScheduleId(org.organizationId), ...Object.values(org.locations).map((l) => dailyDigestScheduleId(l.id))] : [];
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

  it("creates the organisation's daily outcomes rollup, whose run rolls up its closed days", async () => {
    const organizationId = org!.organizationId;
    const rollup = await eventually(() => describeSchedule(temporal, outcomesRollupScheduleId(organizationId)), 'the outcomes rollup schedule');
    expect(rollup.action).toMatchObject({ workflowType: 'outcomesRollupWorkflow', taskQueue: expect.any(String) });
    // A text from three weeks ago: its day is closed, so the run rolls it (and the days after it) up.
    const conn = orm.em.fork().getConnection();
    const [thread] = await conn.execute<{ id: string }[]>(`select id from conversation where organization_id = ? limit 1`, [organizationId]);
    const conversationId = thread?.id ?? randomUUID();
    if (!thread) {
      const [location] = await conn.execute<{ id: string }[]>(`select id from location where organization_id = ? limit 1`, [organizationId]);
      const patientId = randomUUID();
      await conn.execute(`insert into patient (id, organization_id, first_name, last_name, phone, email, created_at) values (?, ?, 'Roll', 'Up', '+15125550999', null, now())`, [patientId, organizationId]);
      await conn.execute(`insert into conversation (id, organization_id, location_id, patient_id, status, last_message_at, last_message_preview, created_at, updated_at) values (?, ?, ?, ?, 'open', now(), '', now(), now())`, [conversationId, organizationId, location!.id, patientId]);
    }
    await conn.execute(`insert into message (id, conversation_id, direction, body, segments, status, automated, kind, from_number, to_number, created_at, updated_at) values (?, ?, 'outbound', 'x', 1, 'delivered', true, 'reminder', '+1', '+1', now() - interval '21 days', now())`, [randomUUID(), conversationId]);
    await temporal.schedule.getHandle(outcomesRollupScheduleId(organizationId)).trigger();
    const rolled = await eventually(async () => {
      const [row] = await conn.execute<{ n: string }[]>(`select count(*) as n from outcomes_rolled_day where organization_id = ?`, [organizationId]);
      return Number(row?.n) > 0 ? Number(row?.n) : undefined;
    }, 'the rolled-up days');
    expect(rolled).toBeGreaterThanOrEqual(21 - 10);
  });

  it('rolls the outcomes up again at once when a worker starts (a migration may have emptied the rollup)', async () => {
    const organizationId = org!.organizationId;
    const conn = orm.em.fork().getConnection();
    await conn.execute(`delete from outcomes_rolled_day where organization_id = ?`, [organizationId]);
    // What the worker runs at its start (reconcileSchedules), after bringing the schedules up to date.
    await triggerOutcomesRollups(temporal, [{ id: organizationId }]);
    const rolled = await eventually(async () => {
      const [row] = await conn.execute<{ n: string }[]>(`select count(*) as n from outcomes_rolled_day where organization_id = ?`, [organizationId]);
      return Number(row?.n) > 0 ? Number(row?.n) : undefined;
    }, 'the rolled-up days after the start');
    expect(rolled).toBeGreaterThanOrEqual(21 - 2);
  });
});
