import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@beacon/config';
import { createOrm, DEMO_PASSWORD, migrate, seedDemoOrganisation, type MikroORM, type SeededOrganisation } from '@beacon/db';
import { createLogger } from '@beacon/logging';
import { hashPassword, signRequest, dataKeyRingFromEnv } from '@beacon/security';
import { PERMISSION_PRESETS } from '@beacon/staff';
import { createApi } from '../../apps/api/src/create-api.js';
import { WorkerRuntime } from '../../apps/worker/src/worker-runtime.js';
import { freePort, resetDatabase, testConfig, TEST_INTEGRATION_SECRET, WORKFLOWS_PATH } from './test-env.js';

/**
 * The real system in one process for a test: fresh PostgreSQL schema with the demo clinic, the API
 * on a free port, and an appointment worker on the run's Temporal dev server (own task queue).
 */
export class RunningSystem {
  private constructor(
    readonly config: AppConfig,
    readonly baseUrl: string,
    readonly orm: MikroORM,
    readonly org: SeededOrganisation,
    private readonly app: NestExpressApplication,
    /** The worker process's parts (all task queues and the outbox relay), when the test runs them in-process. */
    readonly worker: WorkerRuntime | null,
    private readonly workerRun: Promise<void> | null,
  ) {}

  /** `withWorker: false` leaves the task queues and the outbox to a worker the test runs itself (e.g. a process it kills). */
  static async start(
    overrides: Record<string, string> = {},
    options: { withWorker?: boolean; wrapSender?: Parameters<typeof WorkerRuntime.create>[2]['wrapSender'] } = {},
  ): Promise<RunningSystem> {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const config = testConfig({ API_PORT: String(port), PUBLIC_BASE_URL: baseUrl, TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`, ...overrides });
    await resetDatabase(config.DATABASE_URL);
    const ring = dataKeyRingFromEnv(config);
    const orm = await createOrm({ databaseUrl: config.DATABASE_URL, poolMax: 5, dataCipher: ring });
    await migrate(orm, ring);
    const org = await seedDemoOrganisation(
      orm.em.fork(),
      { hashPassword, encryptSecret: (s) => ring.encrypt(s), permissionsFor: (r) => PERMISSION_PRESETS[r] },
      DEMO_PASSWORD,
      TEST_INTEGRATION_SECRET,
    );

    const logger = createLogger('test', config.LOG_LEVEL);
    const app = await createApi(config, logger);
    await app.listen(port, '127.0.0.1');

    if (options.withWorker === false) return new RunningSystem(config, baseUrl, orm, org, app, null, null);
    const worker = await WorkerRuntime.create(config, logger, {
      workflowsPath: WORKFLOWS_PATH,
      statusCallbackUrl: `${baseUrl}/api/webhooks/twilio/status`,
      ...(options.wrapSender ? { wrapSender: options.wrapSender } : {}),
    });
    const workerRun = worker.run();
    return new RunningSystem(config, baseUrl, orm, org, app, worker, workerRun);
  }

  /**
   * A second API instance and worker process on the same database, Temporal server and task queues
   * (as a second machine would run them), for tests of running more than one of each.
   */
  async startPeer(overrides: Record<string, string> = {}): Promise<{ baseUrl: string; worker: WorkerRuntime; stop: () => Promise<void> }> {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const config = testConfig({ ...Object.fromEntries(Object.entries(this.config).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))), API_PORT: String(port), ...overrides });
    const logger = createLogger('test-peer', config.LOG_LEVEL);
    const app = await createApi(config, logger);
    await app.listen(port, '127.0.0.1');
    const worker = await WorkerRuntime.create(config, logger, { workflowsPath: WORKFLOWS_PATH, statusCallbackUrl: `${this.baseUrl}/api/webhooks/twilio/status`, identity: 'peer' });
    const run = worker.run();
    return {
      baseUrl,
      worker,
      stop: async () => {
        worker.workers.shutdown();
        await run;
        await worker.stop();
        await app.close();
      },
    };
  }

  async stop(): Promise<void> {
    this.worker?.workers.shutdown();
    await this.workerRun;
    await this.worker?.stop();
    await this.app.close();
    await this.orm.close();
  }

  /** Every HTTP route the running API serves, from Express's router (for tests that must cover all of them). */
  httpRoutes(): { method: string; path: string }[] {
    type Layer = { route?: { path: string | string[]; methods: Record<string, boolean> } };
    const express = this.app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
    const stack = (express.router ?? express._router)?.stack ?? [];
    return stack.flatMap((layer) => {
      const route = layer.route;
      if (!route) return [];
      const paths = Array.isArray(route.path) ? route.path : [route.path];
      return paths.flatMap((path) => Object.keys(route.methods).filter((m) => route.methods[m] && m !== '_all').map((m) => ({ method: m.toUpperCase(), path })));
    });
  }

  /** Logs in and returns the session cookie header value. */
  async login(email: string, password = DEMO_PASSWORD): Promise<string> {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('beacon_session='));
    if (!cookie) throw new Error('no session cookie');
    return cookie.split(';')[0] ?? '';
  }

  /** An `appointment.created` event at the Austin location (5 days ahead, online booking unless told otherwise). */
  appointmentCreated(key: string, patient: { firstName: string; phone: string; lastName?: string }, options: { startsAt?: string; source?: 'online' | 'staff'; serviceName?: string } = {}) {
    return {
      eventId: `evt-${key}`,
      type: 'appointment.created',
      occurredAt: new Date().toISOString(),
      appointment: {
        id: key,
        locationId: this.org.locations.austin.id,
        startsAt: options.startsAt ?? new Date(Date.now() + 5 * 24 * 3600_000).toISOString(),
        durationMinutes: 30,
        providerName: 'Dr. Priya Lee',
        serviceName: options.serviceName ?? 'Botox',
        source: options.source ?? 'online',
        patient: { lastName: 'Patient', ...patient },
      },
    };
  }

  /** Posts a booking event signed the way a booking system must sign it. */
  async postBookingEvent(event: object, options: { secret?: string; key?: string; timestamp?: number; baseUrl?: string } = {}): Promise<Response> {
    const body = JSON.stringify(event);
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    return fetch(`${options.baseUrl ?? this.baseUrl}/api/integrations/booking/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-beacon-key': options.key ?? 'demo-booking-system',
        'x-beacon-timestamp': String(timestamp),
        'x-beacon-signature': signRequest(options.secret ?? TEST_INTEGRATION_SECRET, timestamp, body),
      },
      body,
    });
  }
}
