import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ApplicationFailure } from '@temporalio/common';
import { temporal } from '@temporalio/proto';
import {
  appointmentEventSignal,
  appointmentStateQuery,
  appointmentWorkflowId,
  type AppointmentActivities,
  type AppointmentEvent,
  type SendAppointmentMessageInput,
  searchAttributes,
} from './definitions.js';
import type { appointmentWorkflow } from './appointment.workflow.js';
import { WORKFLOWS_PATH } from '../../test/support/test-env.js';

/**
 * Workflow behaviour over days of simulated time, on Temporal's time-skipping test server.
 * Activities are recorded in memory here; the real ones are covered by the integration tests.
 */
const { IndexedValueType } = temporal.api.enums.v1;

describe('appointmentWorkflow (time-skipping)', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    const path = process.env['TEMPORAL_TEST_SERVER'];
    if (!path) throw new Error('TEMPORAL_TEST_SERVER must name the time-skipping test server binary (scripts/test-all.mjs sets it)');
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path } } });
    // The workflow indexes itself for the Temporal UI; the test server needs the same attributes.
    await env.connection.operatorService.addSearchAttributes({
      namespace: env.namespace ?? 'default',
      searchAttributes: Object.fromEntries(Object.values(searchAttributes).map((k) => [k.name, k.type === 'DATETIME' ? IndexedValueType.INDEXED_VALUE_TYPE_DATETIME : IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD])),
    });
  });

  afterAll(async () => {
    await env?.teardown();
  });

  function harness(behaviour: (input: SendAppointmentMessageInput) => Promise<void> = async () => undefined) {
    const sends: SendAppointmentMessageInput[] = [];
    const activities: AppointmentActivities = {
      async sendAppointmentMessage(input) {
        await behaviour(input);
        sends.push(input);
        return { messageId: randomUUID(), status: 'sent', duplicate: false };
      },
    };
    return { sends, activities, taskQueue: `wf-test-${randomUUID()}` };
  }

  async function event(type: AppointmentEvent['type'], appointmentId: string, startsInMs: number, eventId: string = randomUUID()): Promise<AppointmentEvent> {
    const now = await env.currentTimeMs();
    return {
      eventId,
      type,
      occurredAt: new Date(now).toISOString(),
      appointment: {
        appointmentId,
        patientId: 'patient-1',
        locationId: 'location-1',
        version: 1,
        startsAt: new Date(now + startsInMs).toISOString(),
        durationMinutes: 30,
        status: type === 'cancelled' ? 'cancelled' : 'booked',
        source: 'online',
      },
    };
  }

  async function deliver(taskQueue: string, e: AppointmentEvent) {
    return env.client.workflow.signalWithStart<typeof appointmentWorkflow, [AppointmentEvent]>('appointmentWorkflow', {
      workflowId: appointmentWorkflowId(e.appointment.appointmentId),
      taskQueue,
      args: [{ appointmentId: e.appointment.appointmentId }],
      signal: appointmentEventSignal,
      signalArgs: [e],
    });
  }

  it('confirms a booking once, ignores a replayed event id, and finishes a day after the appointment', async () => {
    const { sends, activities, taskQueue } = harness();
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities });
    await worker.runUntil(async () => {
      const created = await event('created', 'appt-1', 3 * 24 * 3600_000, 'evt-1');
      const handle = await deliver(taskQueue, created);
      await deliver(taskQueue, created); // the booking system retried the same event
      await env.sleep('1 hour');
      expect(sends.map((s) => s.step)).toEqual(['booking_confirmation']);
      expect(sends[0]).toMatchObject({ appointmentId: 'appt-1', version: 1, workflowId: 'appointment-appt-1' });

      // Three days pass (appointment) plus the one-day linger: the workflow completes on its own.
      const state = await handle.result();
      expect(state.timeline.filter((t) => t.kind === 'event')).toHaveLength(1);
      expect(sends).toHaveLength(1);
    });
  });

  it('sends the cancellation confirmation and nothing after a cancel', async () => {
    const { sends, activities, taskQueue } = harness();
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities });
    await worker.runUntil(async () => {
      const handle = await deliver(taskQueue, await event('created', 'appt-2', 2 * 24 * 3600_000));
      await env.sleep('2 hours');
      await deliver(taskQueue, await event('cancelled', 'appt-2', 2 * 24 * 3600_000));
      const state = await handle.result();
      expect(sends.map((s) => s.step)).toEqual(['booking_confirmation', 'cancellation_confirmation']);
      expect(state.appointment?.status).toBe('cancelled');
    });
  });

  it('does not confirm a booking whose time has already passed', async () => {
    const { sends, activities, taskQueue } = harness();
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities });
    await worker.runUntil(async () => {
      const handle = await deliver(taskQueue, await event('created', 'appt-3', -2 * 3600_000));
      await handle.result();
      expect(sends).toEqual([]);
    });
  });

  it('retries a failing send three times over about half an hour, then records the failure', async () => {
    const attempts: number[] = [];
    const { sends, activities, taskQueue } = harness(async () => {
      attempts.push(await env.currentTimeMs());
      throw ApplicationFailure.retryable('provider down');
    });
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities });
    await worker.runUntil(async () => {
      const handle = await deliver(taskQueue, await event('created', 'appt-4', 3 * 24 * 3600_000));
      await env.sleep('1 hour');
      const state = await handle.query(appointmentStateQuery);
      expect(attempts).toHaveLength(3);
      const spanMinutes = ((attempts[2] ?? 0) - (attempts[0] ?? 0)) / 60_000;
      expect(spanMinutes).toBeGreaterThanOrEqual(29);
      expect(spanMinutes).toBeLessThanOrEqual(31);
      expect(sends).toEqual([]);
      expect(state.timeline.at(-1)).toMatchObject({ kind: 'failed', detail: 'booking_confirmation could not be sent' });
      await handle.terminate('test done');
    });
  });
});
