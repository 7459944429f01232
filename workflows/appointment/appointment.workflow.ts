import { condition, log, proxyActivities, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import {
  appointmentEventSignal,
  appointmentStateQuery,
  searchAttributes,
  type AppointmentActivities,
  type AppointmentEvent,
  type AppointmentWorkflowInput,
  type AppointmentWorkflowState,
  type MessageStep,
} from './definitions.js';

// Three attempts over about half an hour (now, +5 min, +25 min); then the failure is recorded.
const { sendAppointmentMessage } = proxyActivities<AppointmentActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '5 minutes', backoffCoefficient: 5, maximumAttempts: 3 },
});

/** How long after the appointment ends the workflow stays open for late events. */
const LINGER_AFTER_END_MS = 24 * 60 * 60 * 1000;
/** How long to wait for a "created" event when an update arrives first. */
const WAIT_FOR_BOOKING_MS = 30 * 24 * 60 * 60 * 1000;

/** One workflow per appointment, for its whole life: booking → messages → done or cancelled. */
export async function appointmentWorkflow(input: AppointmentWorkflowInput): Promise<AppointmentWorkflowState> {
  const state: AppointmentWorkflowState = { appointment: null, confirmationStatus: 'unconfirmed', timeline: [] };
  const pending: AppointmentEvent[] = [];
  const seenEventIds = new Set<string>();
  const sentSteps = new Set<string>();
  const now = () => new Date().toISOString();

  setHandler(appointmentEventSignal, (event) => {
    if (seenEventIds.has(event.eventId)) return;
    seenEventIds.add(event.eventId);
    pending.push(event);
  });
  setHandler(appointmentStateQuery, () => state);

  const send = async (step: MessageStep): Promise<void> => {
    const appointment = state.appointment;
    if (!appointment) return;
    const key = `${step}:v${appointment.version}`;
    if (sentSteps.has(key)) return;
    sentSteps.add(key);
    try {
      const result = await sendAppointmentMessage({ appointmentId: input.appointmentId, step, version: appointment.version, workflowId: workflowInfo().workflowId });
      const kind = result.status === 'blocked' ? 'skipped' : result.status === 'failed' ? 'failed' : 'sent';
      state.timeline.push({ at: now(), kind, detail: `${step} (${result.status})` });
    } catch (error) {
      log.warn('appointment message failed after retries', { step, error: String(error) });
      state.timeline.push({ at: now(), kind: 'failed', detail: `${step} could not be sent` });
    }
  };

  for (;;) {
    const appointment = state.appointment;
    const waitMs = appointment
      ? Math.max(Date.parse(appointment.startsAt) + appointment.durationMinutes * 60_000 + LINGER_AFTER_END_MS - Date.now(), 0)
      : WAIT_FOR_BOOKING_MS;
    if (!(await condition(() => pending.length > 0, waitMs))) break;

    const event = pending.shift();
    if (!event) continue;
    state.appointment = event.appointment;
    state.timeline.push({ at: now(), kind: 'event', detail: `${event.type} (event ${event.eventId})` });
    upsertSearchAttributes([
      { key: searchAttributes.appointmentId, value: event.appointment.appointmentId },
      { key: searchAttributes.patientId, value: event.appointment.patientId },
      { key: searchAttributes.locationId, value: event.appointment.locationId },
      { key: searchAttributes.confirmationStatus, value: state.confirmationStatus },
      { key: searchAttributes.appointmentStart, value: new Date(event.appointment.startsAt) },
    ]);

    switch (event.type) {
      case 'created':
        if (Date.parse(event.appointment.startsAt) > Date.now()) await send('booking_confirmation');
        break;
      case 'cancelled':
        await send('cancellation_confirmation');
        return state;
      case 'completed':
      case 'no_show':
        return state;
      case 'rescheduled':
      case 'updated':
      case 'checked_in':
        break;
    }
  }
  return state;
}
