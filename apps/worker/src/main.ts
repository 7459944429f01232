import 'reflect-metadata';
import { createServer } from 'node:http';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '@beacon/config';
import { createLogger } from '@beacon/logging';
import { WorkerRuntime } from './worker-runtime.js';

const logger = createLogger('worker');

async function main(): Promise<void> {
  const config = loadConfig();
  // A lower CPU priority for background work (WORKER_CPU_NICE); lowering needs no privilege.
  if (config.WORKER_CPU_NICE > 0) setPriority(config.WORKER_CPU_NICE);
  const runtime = await WorkerRuntime.create(config, logger, { workflowsPath: fileURLToPath(new URL('../../../workflows/index.js', import.meta.url)) });

  // 200 only when every queue can take and finish tasks, its pool answers and the outbox relay keeps up.
  const health = createServer((req, res) => {
    if (req.url !== '/health') {
      res.writeHead(404).end();
      return;
    }
    runtime.health().then(
      (h) => {
        res.writeHead(h.ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: h.ok ? 'ok' : 'unavailable', ...h }));
      },
      (err: unknown) => {
        logger.warn({ err }, 'health check failed');
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'unavailable' }));
      },
    );
  });
  health.listen(config.WORKER_HEALTH_PORT, () => logger.info({ port: config.WORKER_HEALTH_PORT }, 'worker health endpoint listening'));

  const stop = () => {
    logger.info('shutting down worker');
    runtime.workers.shutdown();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  logger.info(
    { taskQueue: config.TEMPORAL_TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS, slots: { interactive: config.WORKER_INTERACTIVE_SLOTS, scheduled: config.WORKER_SCHEDULED_SLOTS, background: config.WORKER_BACKGROUND_SLOTS } },
    'worker started',
  );
  await runtime.run();
  health.close();
  await runtime.stop();
  logger.info('worker stopped');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'worker failed');
  process.exit(1);
});
