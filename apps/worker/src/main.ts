import 'reflect-metadata';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { NativeConnection } from '@temporalio/worker';
import { ConfigError, loadConfig } from '@beacon/config';
import { createOrm, Location, Organization } from '@beacon/db';
import { dataKeyRingFromEnv } from '@beacon/security';
import { createLogger } from '@beacon/logging';
import { createSmsSender } from '@beacon/messaging';
import { createAppointmentWorker, createTemporalClient, ensureDigestSchedules, ensureRetentionSchedules } from '@beacon/temporal-runtime';
import { createWorkerActivities } from './worker-activities.js';

const logger = createLogger('worker');

async function main(): Promise<void> {
  const config = loadConfig();
  const orm = await createOrm({ databaseUrl: config.DATABASE_URL, poolMax: config.DATABASE_POOL_MAX, dataCipher: dataKeyRingFromEnv(config) });
  const em = () => orm.em.fork();
  const sender = createSmsSender(config, em, (err) => logger.warn({ err }, 'simulator delivery report failed'));
  const activities = createWorkerActivities({ config, em, sender, statusCallbackUrl: `${config.PUBLIC_BASE_URL}/api/webhooks/twilio/status` });

  const client = await createTemporalClient({ address: config.TEMPORAL_ADDRESS, namespace: config.TEMPORAL_NAMESPACE });
  try {
    const schedules = await ensureDigestSchedules(client, config.TEMPORAL_TASK_QUEUE, await em().find(Location, {}));
    if (schedules.length) logger.info({ schedules }, 'daily digest schedules created');
    const retention = await ensureRetentionSchedules(client, config.TEMPORAL_TASK_QUEUE, await em().find(Organization, {}));
    if (retention.length) logger.info({ schedules: retention }, 'retention purge schedules created');
  } catch (err) {
    // Appointment messages matter more than the digest: keep working, and say so loudly.
    logger.error({ err }, 'could not create the daily digest schedules; digests will not run until the worker restarts');
  }
  await client.connection.close();

  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const worker = await createAppointmentWorker({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    activities,
    workflowsPath: fileURLToPath(new URL('../../../workflows/index.js', import.meta.url)),
  });

  const health = createServer((req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    const state = worker.getState();
    const ok = state === 'RUNNING';
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', worker: state, taskQueue: config.TEMPORAL_TASK_QUEUE, smsProvider: sender.provider }));
  });
  health.listen(config.WORKER_HEALTH_PORT, () => logger.info({ port: config.WORKER_HEALTH_PORT }, 'worker health endpoint listening'));

  const stop = () => {
    logger.info('shutting down worker');
    worker.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  logger.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS, smsProvider: sender.provider }, 'worker started');
  await worker.run();
  health.close();
  await connection.close();
  await orm.close();
  logger.info('worker stopped');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'worker failed');
  process.exit(1);
});
