import { randomUUID } from 'node:crypto';
import { Client, Connection, ScheduleNotFoundError } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createOnboardingActivities, type Mailer, type OutgoingEmail } from '@beacon/notifications';
import { syncSchedules, workflowBundlerOptions } from '@beacon/temporal-runtime';
import type { OnboardingActivities, SignupExpiryInput } from '@beacon/workflows/onboarding/definitions.js';
import { eventually } from '../support/eventually.js';
import { RunningSystem } from '../support/running-system.js';
import { WORKFLOWS_PATH } from '../support/test-env.js';
import { startTimeSkippingEnv } from '../support/time-skipping.js';

const TIMEOUT = 120_000;
const PASSWORD = 'violet-harbor-candle-42';

/** A mail server that refuses the first `failures` emails, then takes every one (what arrives is kept). */
class FlakyMailer implements Mailer {
  readonly received: OutgoingEmail[] = [];
  constructor(private failures: number) {}
  async send(email: OutgoingEmail): Promise<void> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('421 service not available');
    }
    this.received.push(email);
  }
  close(): void {}
}

/**
 * Onboarding email leaves the request: a sign-up is answered with no mail server reachable at all, its
 * email waits as a sealed row with the outbox hand-off that starts its workflow, the worker's activity
 * sends it once through a server that fails first, and a sign-up never verified is freed after
 * SIGNUP_EXPIRY_DAYS (organisation and address), on Temporal's time-skipping server.
 */
describe('onboarding email through the outbox, and expiry of unverified sign-ups', () => {
  let system: RunningSystem;
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    // No worker and no SMTP server anywhere: whatever the request does, it cannot be sending mail itself.
    system = await RunningSystem.start({ SIGNUP_MAX_PER_HOUR: '50', SMTP_HOST: '127.0.0.1', SMTP_PORT: '9' }, { withWorker: false });
    env = await startTimeSkippingEnv();
  }, TIMEOUT);

  afterAll(async () => {
    await env?.teardown();
    await system?.stop();
  }, TIMEOUT);

  const sql = <T>(q: string, params: unknown[] = []) => system.orm.em.fork().getConnection().execute<T[]>(q, params);
  const post = (path: string, body: unknown) => fetch(`${system.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const signup = (email: string, organizationName = 'Lumen Skin Studio') => post('/api/signup', { organizationName, ownerName: 'Maya Chen', email, password: PASSWORD, plan: 'starter' });
  const activities = (mailer: Mailer): OnboardingActivities => createOnboardingActivities({ em: () => system.orm.em.fork(), mailer });
  const emailRows = (email: string) =>
    sql<{ id: string; kind: string; status: string; email_sealed: string | null; attempts: number }>(
      `select e.id, e.kind, e.status, e.email_sealed, e.attempts from onboarding_email e join staff s on s.id = e.staff_id where s.email = ? order by e.created_at`,
      [email],
    );
  const outboxStarts = (workflowType: string) =>
    sql<{ payload: { workflowId: string; args: unknown[] } }>(`select payload from outbox where payload ->> 'workflowType' = ? order by id`, [workflowType]);
  const tokenOf = (mail: OutgoingEmail) => /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';

  it('answers a sign-up at once with no mail server reachable; the email waits sealed, with its workflow hand-off and the sign-up’s expiry', async () => {
    const email = `nomail-${randomUUID().slice(0, 8)}@lumen.test`;
    const started = Date.now();
    const res = await signup(email);
    expect(res.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(5_000);

    const [row, ...more] = await emailRows(email);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({ kind: 'verify_email', status: 'pending', attempts: 0 });
    // Sealed like message bodies: the one-time link is not readable in the database.
    expect(row!.email_sealed).toMatch(/^bcn1:/);
    expect(row!.email_sealed).not.toContain('token=');
    expect((await outboxStarts('onboardingEmailWorkflow')).map((r) => r.payload.args)).toContainEqual([{ emailId: row!.id }]);
    const [org] = await sql<{ id: string }>(`select s.organization_id as id from staff s where s.email = ?`, [email]);
    const expiry = (await outboxStarts('signupExpiryWorkflow')).find((r) => (r.payload.args[0] as SignupExpiryInput).organizationId === org!.id);
    const expiresAt = new Date((expiry!.payload.args[0] as SignupExpiryInput).expiresAt).getTime();
    expect(expiresAt - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(expiresAt - Date.now()).toBeLessThan(7.1 * 86_400_000);
  });

  it('sends the queued email exactly once through a mail server that fails first, forgets the sealed copy, and its link verifies the owner', async () => {
    const email = `flaky-${randomUUID().slice(0, 8)}@lumen.test`;
    expect((await signup(email)).status).toBe(202);
    const [row] = await emailRows(email);
    const mailer = new FlakyMailer(1);

    await expect(activities(mailer).sendOnboardingEmail({ emailId: row!.id })).rejects.toThrow('421');
    expect((await emailRows(email))[0]).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await activities(mailer).sendOnboardingEmail({ emailId: row!.id })).toEqual({ sent: true });
    // A retry after success (the activity's completion lost) sends nothing more.
    expect(await activities(mailer).sendOnboardingEmail({ emailId: row!.id })).toEqual({ sent: false });

    expect(mailer.received.map((m) => [m.to, m.subject])).toEqual([[email, 'Beacon: confirm your email to finish signing up']]);
    expect((await emailRows(email))[0]).toMatchObject({ status: 'sent', email_sealed: null });
    const verified = await post('/api/signup/verify', { token: tokenOf(mailer.received[0]!) });
    expect(verified.status).toBe(200);
  });

  it(
    'frees a sign-up nobody verified once it expires (the address can sign up again), and keeps a verified one',
    async () => {
      const stale = `stale-${randomUUID().slice(0, 8)}@lumen.test`;
      const kept = `kept-${randomUUID().slice(0, 8)}@lumen.test`;
      expect((await signup(stale, 'Stale Clinic')).status).toBe(202);
      expect((await signup(kept, 'Kept Clinic')).status).toBe(202);
      const mailer = new FlakyMailer(0);
      await activities(mailer).sendOnboardingEmail({ emailId: (await emailRows(kept))[0]!.id });
      expect((await post('/api/signup/verify', { token: tokenOf(mailer.received[0]!) })).status).toBe(200);
      const orgOf = async (email: string) => (await sql<{ id: string }>(`select organization_id as id from staff where email = ?`, [email]))[0]?.id;
      const staleOrg = (await orgOf(stale))!;
      const keptOrg = (await orgOf(kept))!;
      const expiryInput = async (organizationId: string) =>
        (await outboxStarts('signupExpiryWorkflow')).map((r) => r.payload.args[0] as SignupExpiryInput).find((a) => a.organizationId === organizationId)!;

      // Daily schedules as a worker start makes them for every organisation, this sign-up included.
      const connection = await Connection.connect({ address: system.config.TEMPORAL_ADDRESS });
      const temporal = new Client({ connection });
      const scheduleQueue = `schedules-${randomUUID()}`;
      expect(await syncSchedules(temporal, scheduleQueue, system.orm.em.fork(), staleOrg)).toEqual([`retention-purge-${staleOrg}`, `outcomes-rollup-${staleOrg}`]);

      // The workflows as the outbox relay starts them, with the real activities, the 7 days skipped.
      const taskQueue = `expiry-${randomUUID()}`;
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowsPath: WORKFLOWS_PATH,
        bundlerOptions: workflowBundlerOptions(WORKFLOWS_PATH),
        activities: activities(mailer),
      });
      await worker.runUntil(async () => {
        const handles = await Promise.all(
          [staleOrg, keptOrg].map(async (organizationId) =>
            env.client.workflow.start('signupExpiryWorkflow', { workflowId: `signup-expiry-${organizationId}`, taskQueue, args: [await expiryInput(organizationId)] }),
          ),
        );
        // Six days on, nothing has changed yet.
        await env.sleep('6 days');
        expect(await sql(`select id from organization where id = ?`, [staleOrg])).toHaveLength(1);
        // The clock is moved by hand (not while the real activities run, which would time them out on the skipped clock).
        await env.sleep('1 day');
        await eventually(async () => (await sql(`select id from organization where id = ?`, [staleOrg])).length === 0, 'the stale sign-up removed');
        expect(await Promise.all(handles.map((h) => h.result()))).toEqual([{ expired: true }, { expired: false }]);
      });


      expect(await sql(`select id from organization where id = ?`, [staleOrg])).toHaveLength(0);
      expect(await sql(`select id from staff where email = ?`, [stale])).toHaveLength(0);
      expect(await sql(`select id from organization where id = ?`, [keptOrg])).toHaveLength(1);
      expect(await sql(`select action from audit_event where organization_id = ? and action = 'auth.signup_expired'`, [staleOrg])).toHaveLength(1);
      // Its schedules go when the relay hands over the schedules.sync the expiry queued (here: what the relay runs).
      expect(await sql(`select id from outbox where payload ->> 'kind' = 'schedules.sync' and payload ->> 'organizationId' = ?`, [staleOrg])).toHaveLength(1);
      expect(await syncSchedules(temporal, scheduleQueue, system.orm.em.fork(), staleOrg)).toEqual([`retention-purge-${staleOrg}`, `outcomes-rollup-${staleOrg}`]);
      await expect(temporal.schedule.getHandle(`retention-purge-${staleOrg}`).describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
      await expect(temporal.schedule.getHandle(`outcomes-rollup-${staleOrg}`).describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
      await connection.close();

      // The address is free: signing up with it again creates a new clinic and mails a new link (not "you already have an account").
      expect((await signup(stale, 'Stale Clinic Again')).status).toBe(202);
      const again = await emailRows(stale);
      expect(again.map((r) => r.kind)).toEqual(['verify_email']);
      expect(await orgOf(stale)).not.toBe(staleOrg);
    },
    TIMEOUT,
  );
});
