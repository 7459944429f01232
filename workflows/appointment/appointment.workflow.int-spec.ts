import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { ApplicationFailure } from '@temporalio/common';
import { DEFAULT_SCHEDULE_SETTINGS, addLocalDays, localParts, timeZoneOffsetMs, zonedTimeToEpoch, type AppointmentScheduleSettings } from '@beacon/scheduling';
import { workflowBundlerOptions } from '@beacon/temporal-runtime';
import {
  appointmentEventSignal,
  appointmentStateQuery,
  appointmentWorkflowId,
  patientReplySignal,
  type AppointmentActivities,
  type AppointmentEvent,
  type ConfirmationStatus,
  type PatientReplyIntent,
  type SendAppointmentMessageInput,
  type StaffAlertKind,
} from './definitions.js';
import type { appointmentWorkflow } from './appointment.workflow.js';
import { WORKFLOWS_PATH } from '../../test/support/test-env.js';
import { startTimeSkippingEnv } from '../../test/support/time-skipping.js';

const ZONE = 'America/Chicago';
const HOUR = 3_600_000;

/**
 * The appointment workflow over days of simulated time, on Temporal's time-skipping test server.
 * Activities are recorded in memory (with the workflow clock); the real ones run in the
 * integration tests against PostgreSQL.
 */
describe('appointmentWorkflow (time-skipping)', () => {
  let env: TestWorkflowEnvironment;

  beforeAll(async () => {
    env = await startTimeSkippingEnv();
  });

  afterAll(async () => {
    await env?.teardown();
  });

  interface Sent {
    appointmentId: string;
    step: string;
    version: number;
    at: number;
  }

  function harness(options: { schedule?: Partial<AppointmentScheduleSettings>; failSends?: boolean; bookingConfirmation?: { online: boolean; staff: boolean } } = {}) {
    const sends: Sent[] = [];
    const statuses: ConfirmationStatus[] = [];
    const alerts: { kind: StaffAlertKind; dedupeKey: string }[] = [];
    const sendAttempts: number[] = [];
    /** The location's settings as they are now: a test may change them while the workflow runs. */
    const settings: { schedule: AppointmentScheduleSettings } = { schedule: { ...DEFAULT_SCHEDULE_SETTINGS, timeZone: ZONE, reminders: ['7d', '2h'], ...options.schedule } };
    const activities: AppointmentActivities = {
      async loadMessagingPolicy() {
        return {
          schedule: settings.schedule,
          bookingConfirmation: options.bookingConfirmation ?? { online: true, staff: false },
          cancellationConfirmation: true,
        };
      },
      async sendAppointmentMessage(input: SendAppointmentMessageInput) {
        const at = await env.currentTimeMs();
        sendAttempts.push(at);
        if (options.failSends) throw ApplicationFailure.retryable('provider down');
        sends.push({ appointmentId: input.appointmentId, step: input.step, version: input.version, at });
        return { messageId: randomUUID(), status: 'sent', duplicate: false };
      },
      async recordConfirmationStatus({ status }) {
        statuses.push(status);
      },
      async raiseStaffAlert({ kind, dedupeKey }) {
        alerts.push({ kind, dedupeKey });
      },
    };
    return { sends, statuses, alerts, sendAttempts, settings, activities, taskQueue: `wf-test-${randomUUID()}` };
  }

  async function startWorker(activities: AppointmentActivities, taskQueue: string) {
    return Worker.create({ connection: env.nativeConnection, taskQueue, workflowsPath: WORKFLOWS_PATH, activities, ...{ bundlerOptions: workflowBundlerOptions(WORKFLOWS_PATH) } });
  }

  /** `days` local days from the test clock's today, at hh:mm in Chicago. */
  async function localTime(days: number, hour: number, minute = 0): Promise<number> {
    const base = addLocalDays(await env.currentTimeMs(), days, ZONE);
    const p = localParts(base, ZONE);
    return zonedTimeToEpoch({ year: p.year, month: p.month, day: p.day, hour, minute }, ZONE);
  }

  let counter = 0;
  async function event(
    type: AppointmentEvent['type'],
    appointmentId: string,
    startsAt: number,
    extra: { version?: number; source?: 'online' | 'staff'; eventId?: string } = {},
  ): Promise<AppointmentEvent> {
    counter += 1;
    return {
      eventId: extra.eventId ?? `evt-${counter}`,
      type,
      occurredAt: new Date(await env.currentTimeMs()).toISOString(),
      appointment: {
        appointmentId,
        patientId: 'patient-1',
        locationId: 'location-1',
        version: extra.version ?? 1,
        startsAt: new Date(startsAt).toISOString(),
        durationMinutes: 30,
        status: type === 'cancelled' ? 'cancelled' : 'booked',
        source: extra.source ?? 'online',
      },
    };
  }

  function deliver(taskQueue: string, e: AppointmentEvent) {
    return env.client.workflow.signalWithStart<typeof appointmentWorkflow, [AppointmentEvent]>('appointmentWorkflow', {
      workflowId: appointmentWorkflowId(e.appointment.appointmentId),
      taskQueue,
      args: [{ appointmentId: e.appointment.appointmentId }],
      signal: appointmentEventSignal,
      signalArgs: [e],
    });
  }

  async function reply(appointmentId: string, intent: PatientReplyIntent, messageId = randomUUID()) {
    await env.client.workflow.getHandle(appointmentWorkflowId(appointmentId)).signal(patientReplySignal, { messageId, intent, receivedAt: new Date(await env.currentTimeMs()).toISOString() });
  }

  it('runs the whole unconfirmed path: booking text, 48 h request, 24 h follow-up, 12 h high-risk flag and alert, 2 h reminder', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const startsAt = await localTime(4, 15); // 15:00 local, four days out: 7-day reminder already passed
      const handle = await deliver(h.taskQueue, await event('created', 'appt-full', startsAt));
      const state = await handle.result();

      expect(h.sends.map((s) => s.step)).toEqual(['booking_confirmation', 'confirmation_request', 'confirmation_follow_up', 'reminder:2h']);
      const offsets = h.sends.slice(1).map((s) => Math.round((startsAt - s.at) / HOUR));
      expect(offsets).toEqual([48, 24, 2]);
      expect(h.statuses).toEqual(['high_risk']);
      expect(h.alerts.map((a) => a.kind)).toEqual(['high_risk']);
      expect(state.confirmationStatus).toBe('high_risk');
      expect(state.timeline.some((t) => t.detail === 'reminder:7d: already passed')).toBe(true);
    });
  });

  it('honours the per-source booking-confirmation toggle', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const startsAt = await localTime(1, 16);
      const handle = await deliver(h.taskQueue, await event('created', 'appt-staff', startsAt, { source: 'staff' }));
      await env.sleep('1 minute');
      expect(h.sends.map((s) => s.step)).not.toContain('booking_confirmation');
      await handle.terminate('done');
    });
  });

  it('confirms a booking made at 12:51 AM at once when the patient booked online, and at 08:00 (sending hours) when staff booked it', async () => {
    const h = harness({ bookingConfirmation: { online: true, staff: true } });
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const night = await localTime(1, 0, 51);
      await env.sleep(night - (await env.currentTimeMs()));
      const startsAt = await localTime(3, 15);
      const online = await deliver(h.taskQueue, await event('created', 'appt-night-online', startsAt, { source: 'online' }));
      const staff = await deliver(h.taskQueue, await event('created', 'appt-night-staff', startsAt, { source: 'staff' }));
      const early = await deliver(h.taskQueue, await event('created', 'appt-night-early', await localTime(0, 7, 30), { source: 'staff' }));
      // The workflows have taken the booking in (their state shows it) before time moves on.
      for (const handle of [online, staff, early]) await handle.query(appointmentStateQuery);
      await env.sleep(await localTime(0, 9) - (await env.currentTimeMs()));
      const confirmations = h.sends.filter((s) => s.step === 'booking_confirmation');
      expect(confirmations.map((s) => s.appointmentId).sort()).toEqual(['appt-night-online', 'appt-night-staff']);
      const at = (appointmentId: string) => confirmations.find((s) => s.appointmentId === appointmentId)!.at;
      expect(localParts(at('appt-night-online'), ZONE)).toMatchObject({ hour: 0, minute: 51 });
      expect(localParts(at('appt-night-staff'), ZONE)).toMatchObject({ hour: 8, minute: 0 });
      const earlyState = await early.query(appointmentStateQuery);
      expect(earlyState.timeline.map((t) => t.detail)).toContain('booking_confirmation: the appointment starts before sending hours open');
      const staffState = await staff.query(appointmentStateQuery);
      expect(staffState.timeline.map((t) => t.detail)).toContain(`booking_confirmation: held until sending hours open (${new Date(await localTime(0, 8)).toISOString()})`);
      for (const handle of [online, staff, early]) await handle.terminate('done');
    });
  });

  it('stops asking once the patient confirms, and acknowledges the reply once', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const startsAt = await localTime(4, 15);
      const handle = await deliver(h.taskQueue, await event('created', 'appt-confirm', startsAt));
      await env.sleep(startsAt - 40 * HOUR - (await env.currentTimeMs())); // just after the 48 h request
      expect(h.sends.map((s) => s.step)).toEqual(['booking_confirmation', 'confirmation_request']);
      const messageId = randomUUID();
      await reply('appt-confirm', 'confirm', messageId);
      await reply('appt-confirm', 'confirm', messageId); // webhook retry of the same text
      await reply('appt-confirm', 'confirm'); // the patient says C twice
      const state = await handle.result();
      expect(h.sends.map((s) => s.step)).toEqual(['booking_confirmation', 'confirmation_request', 'confirmation_ack', 'reminder:2h']);
      expect(h.statuses).toEqual(['confirmed']);
      expect(h.alerts).toEqual([]);
      expect(state.confirmationStatus).toBe('confirmed');
    });
  });

  it('moves every pending timer on reschedule and never sends for the old time', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const oldStart = await localTime(4, 15);
      const newStart = await localTime(12, 11);
      const handle = await deliver(h.taskQueue, await event('created', 'appt-move', oldStart));
      await env.sleep(oldStart - 40 * HOUR - (await env.currentTimeMs()));
      await deliver(h.taskQueue, await event('rescheduled', 'appt-move', newStart, { version: 2 }));
      const state = await handle.result();

      const afterMove = h.sends.filter((s) => s.version === 2);
      expect(h.sends.filter((s) => s.version === 1).map((s) => s.step)).toEqual(['booking_confirmation', 'confirmation_request']);
      // Nothing was sent between the old appointment's follow-up time and the new schedule.
      expect(h.sends.some((s) => s.at > oldStart - 25 * HOUR && s.at < newStart - 7 * 24 * HOUR - HOUR)).toBe(false);
      expect(afterMove.map((s) => [s.step, Math.round((newStart - s.at) / HOUR)])).toEqual([
        ['reminder:7d', 168],
        ['confirmation_request', 48],
        ['confirmation_follow_up', 24],
        ['reminder:2h', 2],
      ]);
      expect(state.appointment?.version).toBe(2);
    });
  });

  it('follows a settings change made after booking for the steps not yet sent, and never repeats one already sent', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const startsAt = await localTime(4, 15);
      const handle = await deliver(h.taskQueue, await event('created', 'appt-settings', startsAt));
      await env.sleep(startsAt - 40 * HOUR - (await env.currentTimeMs())); // just after the 48 h request
      expect(h.sends.map((s) => s.step)).toEqual(['booking_confirmation', 'confirmation_request']);
      // The owner replaces the 7-day and 2-hour reminders by 3-day and 60-minute ones.
      h.settings.schedule = { ...h.settings.schedule, reminders: ['3d', '60m'] };
      await env.sleep(startsAt - 20 * HOUR - (await env.currentTimeMs()));
      // …then turns the confirmation conversation off: the 12 h high-risk check goes with it.
      h.settings.schedule = { ...h.settings.schedule, confirmationRequest: false };
      const state = await handle.result();

      // The 3-day reminder's time had passed; the 48 h request is not asked again; no 2 h reminder.
      expect(h.sends.map((s) => [s.step, Math.round((startsAt - s.at) / 60_000)])).toEqual([
        ['booking_confirmation', Math.round((startsAt - h.sends[0]!.at) / 60_000)],
        ['confirmation_request', 48 * 60],
        ['confirmation_follow_up', 24 * 60],
        ['reminder:60m', 60],
      ]);
      expect(h.statuses).toEqual([]);
      expect(h.alerts).toEqual([]);
      expect(state.confirmationStatus).toBe('unconfirmed');
    });
  });

  it('follows a change of sending hours made after booking: a reminder they ruled out is sent once they allow it', async () => {
    const h = harness({ schedule: { reminders: ['24h', '2h'], confirmationRequest: false } });
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const startsAt = await localTime(3, 9, 30); // the 2 h reminder would be 07:30, before sending hours (08:00)
      const handle = await deliver(h.taskQueue, await event('created', 'appt-hours', startsAt));
      await env.sleep('1 hour');
      expect((await handle.query(appointmentStateQuery)).upcoming.map((s) => s.id)).toEqual(['reminder:24h']);
      h.settings.schedule = { ...h.settings.schedule, sendingHours: { start: '07:00', end: '20:00' } };
      await handle.result();
      expect(h.sends.slice(1).map((s) => [s.step, Math.round((startsAt - s.at) / 60_000)])).toEqual([
        ['reminder:24h', 24 * 60],
        ['reminder:2h', 2 * 60],
      ]);
    });
  });

  it('plans a rescheduled appointment from the settings as they are at the reschedule', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const oldStart = await localTime(4, 15);
      const newStart = await localTime(9, 11);
      const handle = await deliver(h.taskQueue, await event('created', 'appt-settings-move', oldStart));
      await env.sleep('1 hour');
      h.settings.schedule = { ...h.settings.schedule, reminders: ['1d'], confirmationRequest: false };
      await deliver(h.taskQueue, await event('rescheduled', 'appt-settings-move', newStart, { version: 2 }));
      await handle.result();
      expect(h.sends.map((s) => [s.step, s.version])).toEqual([
        ['booking_confirmation', 1],
        ['reminder:1d', 2],
      ]);
      expect(Math.round((h.sends[1]?.at ?? 0) / 60_000) * 60_000).toBe(zonedTimeToEpoch({ ...localParts(addLocalDays(newStart, -1, ZONE), ZONE), hour: 11, minute: 0 }, ZONE));
    });
  });

  it('sends the cancellation confirmation and nothing after a cancel', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const startsAt = await localTime(4, 15);
      const handle = await deliver(h.taskQueue, await event('created', 'appt-cancel', startsAt));
      await env.sleep('2 hours');
      await deliver(h.taskQueue, await event('cancelled', 'appt-cancel', startsAt));
      const state = await handle.result();
      expect(h.sends.map((s) => s.step)).toEqual(['booking_confirmation', 'cancellation_confirmation']);
      expect(state.upcoming).toEqual([]);
      // A late update for the cancelled appointment starts nothing new in this run.
      await env.sleep('5 days');
      expect(h.sends).toHaveLength(2);
    });
  });

  it('turns "R" into a reschedule request with a staff alert, and a cancel request into an alert — never a cancellation', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const startsAt = await localTime(4, 15);
      const handle = await deliver(h.taskQueue, await event('created', 'appt-reply', startsAt));
      await env.sleep('1 hour');
      await reply('appt-reply', 'reschedule');
      await reply('appt-reply', 'cancel_appointment');
      await env.sleep('1 hour');
      const state = await handle.query(appointmentStateQuery);
      expect(state.confirmationStatus).toBe('reschedule_requested');
      expect(state.appointment?.status).toBe('booked');
      expect(h.alerts.map((a) => a.kind)).toEqual(['reschedule_requested', 'cancel_requested']);
      expect(h.sends.map((s) => s.step)).toEqual(['booking_confirmation', 'reschedule_ack', 'cancel_request_ack']);
      await handle.terminate('done');
    });
  });

  it('skips reminders whose time has passed when booked late (no burst), and never sends after the start', async () => {
    const h = harness();
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const now = await env.currentTimeMs();
      const startsAt = now + 3 * HOUR;
      const handle = await deliver(h.taskQueue, await event('created', 'appt-late', startsAt));
      await handle.result();
      expect(h.sends.every((s) => s.at < startsAt)).toBe(true);
      expect(h.sends.filter((s) => s.step === 'confirmation_request' || s.step === 'reminder:7d')).toEqual([]);
    });
  });

  it('retries a failing send three times over about half an hour, then alerts staff', async () => {
    const h = harness({ failSends: true });
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      const handle = await deliver(h.taskQueue, await event('created', 'appt-fail', await localTime(4, 15)));
      await env.sleep('1 hour');
      const state = await handle.query(appointmentStateQuery);
      expect(h.sendAttempts).toHaveLength(3);
      const spanMinutes = ((h.sendAttempts[2] ?? 0) - (h.sendAttempts[0] ?? 0)) / 60_000;
      expect(spanMinutes).toBeGreaterThanOrEqual(29);
      expect(spanMinutes).toBeLessThanOrEqual(31);
      expect(h.alerts.map((a) => a.kind)).toEqual(['message_failed']);
      expect(state.timeline.some((t) => t.kind === 'failed' && t.detail === 'booking_confirmation could not be sent')).toBe(true);
      await handle.terminate('done');
    });
  });
  it('keeps day-based reminders at the same wall time and hour-based ones exact across the spring-forward change', async () => {
    const h = harness({ schedule: { reminders: ['1d', '24h'], confirmationRequest: false } });
    const worker = await startWorker(h.activities, h.taskQueue);
    await worker.runUntil(async () => {
      // The next day Chicago's clocks go forward (from whatever date the test server's clock shows).
      let day = addLocalDays(await env.currentTimeMs(), 1, ZONE);
      while (timeZoneOffsetMs(day, ZONE) === timeZoneOffsetMs(addLocalDays(day, 1, ZONE), ZONE)) day = addLocalDays(day, 1, ZONE);
      const ymd = (t: number) => {
        const p = localParts(t, ZONE);
        return { year: p.year, month: p.month, day: p.day };
      };
      const springDay = ymd(addLocalDays(day, 1, ZONE));
      const startsAt = zonedTimeToEpoch({ ...springDay, hour: 10, minute: 0 }, ZONE); // 10:00 CDT, hours after the change
      const dayBefore = ymd(addLocalDays(startsAt, -1, ZONE));
      await env.sleep(zonedTimeToEpoch({ ...dayBefore, hour: 10, minute: 0 }, ZONE) - 3 * 24 * HOUR - (await env.currentTimeMs()));

      const handle = await deliver(h.taskQueue, await event('created', 'appt-dst', startsAt));
      await env.sleep(startsAt - (await env.currentTimeMs()) - HOUR);
      const reminders = h.sends.filter((s) => s.step.startsWith('reminder:')).map((s) => [s.step, Math.round(s.at / 60_000) * 60_000]);
      expect(reminders).toEqual([
        ['reminder:24h', startsAt - 24 * HOUR], // exactly 24 h earlier: 09:00 standard time
        ['reminder:1d', zonedTimeToEpoch({ ...dayBefore, hour: 10, minute: 0 }, ZONE)], // the day before at the same wall time: 10:00
      ]);
      expect(startsAt - 24 * HOUR).not.toBe(zonedTimeToEpoch({ ...dayBefore, hour: 10, minute: 0 }, ZONE));
      await handle.terminate('done');
    });
  });
});
