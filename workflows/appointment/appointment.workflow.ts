import { condition, log, patched, proxyActivities, proxyLocalActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { bookingConfirmationAt, planAppointmentSteps, type PlannedStep } from '@beacon/scheduling';
import {
  appointmentEventSignal,
  appointmentStateQuery,
  patientReplySignal,
  searchAttributes,
  type AppointmentActivities,
  type AppointmentEvent,
  type AppointmentMessagingPolicy,
  type AppointmentWorkflowInput,
  type AppointmentWorkflowState,
  type ConfirmationStatus,
  type MessageStep,
  type PatientReply,
  type StaffAlertKind,
  type TimelineEntry,
} from './definitions.js';

// Sends: three attempts over about half an hour (now, +5 min, +25 min), then staff are alerted.
const messaging = proxyActivities<Pick<AppointmentActivities, 'sendAppointmentMessage'>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 minutes', backoffCoefficient: 5, maximumAttempts: 3 },
});
// Since 'local-appointment-send': the same send as a local activity, run inside the workflow task
// that the timer wakes (no extra task round trip per reminder); back-offs longer than 10 s become
// durable timers, so the retry schedule is unchanged.
const localMessaging = proxyLocalActivities<Pick<AppointmentActivities, 'sendAppointmentMessage'>>({
  startToCloseTimeout: '1 minute',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '5 minutes', backoffCoefficient: 5, maximumAttempts: 3 },
});
// Bookkeeping must eventually succeed: retried until it does.
const bookkeeping = proxyActivities<Omit<AppointmentActivities, 'sendAppointmentMessage'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

// The settings read before each step: a local activity, so a reminder does not wait for a second
// round trip through the task queue; retried like bookkeeping.
const currentSettings = proxyLocalActivities<Pick<AppointmentActivities, 'loadMessagingPolicy'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', maximumInterval: '5 minutes' },
});

/**
 * Patch: a booking not made by the patient (source other than `online`) that arrives outside the
 * location's sending hours gets its confirmation when they open (bookingConfirmationAt).
 */
const BOOKING_CONFIRMATION_IN_SENDING_HOURS = 'booking-confirmation-in-sending-hours';

/** How long after the appointment ends the workflow stays open for late events and replies. */
const LINGER_AFTER_END_MS = 24 * 60 * 60 * 1000;
/** How long to wait for the first event when a reply or update arrives before any booking. */
const WAIT_FOR_BOOKING_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Steps not yet run follow the location's current messaging settings: the policy is read again when
 * the time is (re)planned, at a cancellation and before each step. Runs that started before this
 * change kept the policy they loaded first.
 */
const CURRENT_POLICY_PATCH = 'current-messaging-policy';

/**
 * One workflow per appointment, for its whole life: booking confirmation, reminders, the
 * confirmation conversation (48 h request, 24 h follow-up, 12 h high-risk check), patient replies,
 * reschedules and cancellation. Every send names the appointment version it was planned for, so
 * nothing planned for a superseded time is ever sent.
 */
export async function appointmentWorkflow(input: AppointmentWorkflowInput): Promise<AppointmentWorkflowState> {
  const state: AppointmentWorkflowState = { appointment: null, confirmationStatus: 'unconfirmed', timeline: [], upcoming: [] };
  const events: AppointmentEvent[] = [];
  const replies: PatientReply[] = [];
  const seenEventIds = new Set<string>();
  const seenReplyIds = new Set<string>();
  const attemptedSends = new Set<string>();
  const { workflowId } = workflowInfo();
  let policy: AppointmentMessagingPolicy | null = null;
  let plan: PlannedStep[] = [];
  /** When the current time was planned: a re-plan from new settings decides as the plan did then. */
  let plannedAt = 0;
  /** Steps of the current plan already run (a re-plan from new settings must not bring them back). */
  const ranSteps = new Set<string>();
  let bookingConfirmed = false;
  /** A booking confirmation held until sending hours open (bookings not made by the patient, at night). */
  let confirmationDueAt: number | null = null;

  const note = (kind: TimelineEntry['kind'], detail: string) => state.timeline.push({ at: new Date().toISOString(), kind, detail });

  setHandler(appointmentEventSignal, (event) => {
    if (seenEventIds.has(event.eventId)) return;
    seenEventIds.add(event.eventId);
    events.push(event);
  });
  setHandler(patientReplySignal, (reply) => {
    if (seenReplyIds.has(reply.messageId)) return;
    seenReplyIds.add(reply.messageId);
    replies.push(reply);
  });
  setHandler(appointmentStateQuery, () => state);

  const alert = async (kind: StaffAlertKind, message: string, dedupe: string) => {
    await bookkeeping.raiseStaffAlert({ appointmentId: input.appointmentId, kind, message, dedupeKey: `${workflowId}:${dedupe}` });
    note('decision', `staff alerted: ${message}`);
  };

  const setConfirmation = async (status: ConfirmationStatus) => {
    if (state.confirmationStatus === status) return;
    state.confirmationStatus = status;
    upsertSearchAttributes([{ key: searchAttributes.confirmationStatus, value: status }]);
    await bookkeeping.recordConfirmationStatus({ appointmentId: input.appointmentId, status });
    note('decision', `confirmation status: ${status}`);
  };

  const send = async (step: MessageStep): Promise<void> => {
    const appointment = state.appointment;
    if (!appointment) return;
    const key = `${step}:v${appointment.version}`;
    if (attemptedSends.has(key)) return;
    attemptedSends.add(key);
    try {
      const result = await (patched('local-appointment-send') ? localMessaging : messaging).sendAppointmentMessage({ appointmentId: input.appointmentId, step, version: appointment.version, workflowId });
      switch (result.status) {
        case 'superseded':
          note('skipped', `${step}: no longer applies (appointment changed)`);
          return;
        case 'blocked':
          note('skipped', `${step}: patient has opted out`);
          return;
        case 'failed':
        case 'undelivered':
          note('failed', `${step} was refused by the carrier`);
          await alert('message_failed', `The ${step.replace(/_/g, ' ')} text could not be delivered.`, `failed:${key}`);
          return;
        case 'sent':
        case 'delivered':
        case 'queued':
        case 'sending':
        case 'received':
          note('sent', `${step} (${result.status})`);
          return;
      }
    } catch (error) {
      log.warn('appointment message failed after retries', { step, error: String(error) });
      note('failed', `${step} could not be sent`);
      await alert('message_failed', `The ${step.replace(/_/g, ' ')} text could not be sent after 3 attempts.`, `failed:${key}`);
    }
  };

  const replan = async () => {
    const appointment = state.appointment;
    if (!appointment || appointment.status !== 'booked') {
      plan = [];
    } else {
      policy ??= await bookkeeping.loadMessagingPolicy({ appointmentId: input.appointmentId });
      const result = planAppointmentSteps({ startsAt: Date.parse(appointment.startsAt), now: Date.now(), settings: policy.schedule });
      plan = result.steps;
      plannedAt = Date.now();
      for (const skipped of result.skipped) note('skipped', `${skipped.id}: ${skipped.reason.replace(/_/g, ' ')}`);
    }
    ranSteps.clear();
    state.upcoming = plan.map((s) => ({ id: s.id, kind: s.kind, at: new Date(s.at).toISOString() }));
  };

  /**
   * When `due` comes due: plans what is left from the settings as they are now and returns the step
   * to run now, or null when the new settings moved or removed it (the loop then waits for the next
   * one). Planned as of the original planning time, so the choices made then (a late confirmation
   * request, one text per minute) stay; steps before `due` have run or passed, and none runs twice.
   */
  const replanFromCurrentSettings = async (due: PlannedStep): Promise<PlannedStep | null> => {
    const appointment = state.appointment;
    if (!appointment || appointment.status !== 'booked') return due;
    policy = await currentSettings.loadMessagingPolicy({ appointmentId: input.appointmentId });
    const result = planAppointmentSteps({ startsAt: Date.parse(appointment.startsAt), now: plannedAt, settings: policy.schedule });
    plan = result.steps.filter((s) => s.at >= due.at && !ranSteps.has(s.id));
    state.upcoming = plan.map((s) => ({ id: s.id, kind: s.kind, at: new Date(s.at).toISOString() }));
    // Moved to a time already passed, or no longer wanted: skipped, as a step past at booking is.
    if (!plan.some((s) => s.id === due.id)) note('skipped', `${due.id}: no longer planned at this time under the current settings`);
    const first = plan[0];
    return first && first.at <= Date.now() ? first : null;
  };

  /** Applies one booking-system event; returns true when the workflow's job is over. */
  const applyEvent = async (event: AppointmentEvent): Promise<boolean> => {
    const previous = state.appointment;
    state.appointment = event.appointment;
    note('event', `${event.type} (event ${event.eventId})`);
    upsertSearchAttributes([
      { key: searchAttributes.appointmentId, value: event.appointment.appointmentId },
      { key: searchAttributes.patientId, value: event.appointment.patientId },
      { key: searchAttributes.locationId, value: event.appointment.locationId },
      { key: searchAttributes.confirmationStatus, value: state.confirmationStatus },
      { key: searchAttributes.appointmentStart, value: new Date(event.appointment.startsAt) },
    ]);

    // The snapshot is the database's state after the event, so it is right even when events
    // arrive out of order (a late "created" after a cancel still shows the cancellation).
    switch (event.appointment.status) {
      case 'cancelled':
        if (patched(CURRENT_POLICY_PATCH)) policy = null;
        policy ??= await bookkeeping.loadMessagingPolicy({ appointmentId: input.appointmentId });
        // Only a run that knew the appointment as booked confirms its cancellation (a late event
        // for a cancelled appointment must not start a second notice).
        if (previous?.status === 'booked' && policy.cancellationConfirmation && Date.parse(event.appointment.startsAt) > Date.now()) await send('cancellation_confirmation');
        return true;
      case 'completed':
      case 'no_show':
        return true;
      case 'checked_in':
        plan = [];
        state.upcoming = [];
        return false;
      case 'booked':
        break;
    }

    if (!previous && event.type !== 'created' && Date.parse(event.appointment.startsAt) > Date.now()) {
      // A new run for an earlier booking starts unconfirmed; the database may still hold the answer
      // given for the previous run's time.
      await bookkeeping.recordConfirmationStatus({ appointmentId: input.appointmentId, status: state.confirmationStatus });
    }
    // A new time moves every pending step and needs a new confirmation; a new provider or service
    // keeps the schedule (later sends carry the new version, so none goes out twice).
    const timeChanged = !previous || previous.startsAt !== event.appointment.startsAt || previous.status !== 'booked';
    if (timeChanged && patched(CURRENT_POLICY_PATCH)) policy = null;
    if (!bookingConfirmed) {
      bookingConfirmed = true;
      policy ??= await bookkeeping.loadMessagingPolicy({ appointmentId: input.appointmentId });
      if (policy.bookingConfirmation[event.appointment.source] && Date.parse(event.appointment.startsAt) > Date.now()) {
        if (patched(BOOKING_CONFIRMATION_IN_SENDING_HOURS)) {
          const at = bookingConfirmationAt({ now: Date.now(), startsAt: Date.parse(event.appointment.startsAt), bookedByPatient: event.appointment.source === 'online', settings: policy.schedule });
          if (at === null) note('skipped', 'booking_confirmation: the appointment starts before sending hours open');
          else if (at <= Date.now()) await send('booking_confirmation');
          else {
            confirmationDueAt = at;
            note('decision', `booking_confirmation: held until sending hours open (${new Date(at).toISOString()})`);
          }
        } else {
          await send('booking_confirmation');
        }
      }
    }
    if (previous && timeChanged && state.confirmationStatus !== 'unconfirmed') await setConfirmation('unconfirmed');
    if (timeChanged) await replan();
    return false;
  };

  const applyReply = async (reply: PatientReply) => {
    note('reply', `patient replied: ${reply.intent.replace(/_/g, ' ')}`);
    const appointment = state.appointment;
    if (!appointment || appointment.status !== 'booked') return;
    switch (reply.intent) {
      case 'confirm':
        if (state.confirmationStatus === 'confirmed') return;
        await setConfirmation('confirmed');
        await send('confirmation_ack');
        return;
      case 'reschedule':
        await setConfirmation('reschedule_requested');
        await alert('reschedule_requested', 'The patient asked to reschedule.', `reschedule:${reply.messageId}`);
        await send('reschedule_ack');
        return;
      case 'cancel_appointment':
        // Never cancelled automatically: a person calls the patient.
        await alert('cancel_requested', 'The patient asked to cancel their appointment.', `cancel:${reply.messageId}`);
        await send('cancel_request_ack');
        return;
    }
  };

  const runStep = async (step: PlannedStep) => {
    const appointment = state.appointment;
    if (!appointment || appointment.status !== 'booked' || Date.now() >= Date.parse(appointment.startsAt)) return;
    switch (step.kind) {
      case 'reminder':
        await send(step.id as MessageStep);
        return;
      case 'confirmation_request':
      case 'confirmation_follow_up':
        if (state.confirmationStatus === 'unconfirmed') await send(step.kind);
        else note('skipped', `${step.kind}: already ${state.confirmationStatus.replace(/_/g, ' ')}`);
        return;
      case 'high_risk_check':
        if (state.confirmationStatus === 'unconfirmed') {
          await setConfirmation('high_risk');
          await alert('high_risk', 'Still unconfirmed 12 hours before the appointment.', `high-risk:v${appointment.version}`);
        }
        return;
    }
  };

  for (;;) {
    if (!events.length && !replies.length) {
      const appointment = state.appointment;
      const next = plan[0];
      const planned = next
        ? next.at
        : appointment
          ? Date.parse(appointment.startsAt) + appointment.durationMinutes * 60_000 + LINGER_AFTER_END_MS
          : Date.now() + WAIT_FOR_BOOKING_MS;
      const wakeAt = confirmationDueAt !== null ? Math.min(confirmationDueAt, planned) : planned;
      const waitMs = wakeAt - Date.now();
      if (waitMs > 0) await condition(() => events.length > 0 || replies.length > 0, waitMs);
      if (!events.length && !replies.length) {
        if (confirmationDueAt !== null && confirmationDueAt <= Date.now()) {
          // Sending hours have opened: the held confirmation goes out, for the appointment as it is now.
          confirmationDueAt = null;
          const current = state.appointment;
          if (current?.status === 'booked' && Date.now() < Date.parse(current.startsAt)) await send('booking_confirmation');
          else note('skipped', 'booking_confirmation: no longer applies');
          continue;
        }
        if (!next) break;
        let step = next;
        if (patched(CURRENT_POLICY_PATCH)) {
          const current = await replanFromCurrentSettings(next);
          // A change that arrived meanwhile goes first; the step is looked at again after it.
          if (!current || events.length || replies.length) continue;
          step = current;
        }
        plan.shift();
        state.upcoming = state.upcoming.slice(1);
        ranSteps.add(step.id);
        await runStep(step);
        continue;
      }
    }
    const event = events.shift();
    if (event) {
      if (await applyEvent(event)) break;
      continue;
    }
    const reply = replies.shift();
    if (reply) await applyReply(reply);
  }
  state.upcoming = [];
  return state;
}
