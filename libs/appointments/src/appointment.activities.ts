import { Appointment, Location, Patient, raiseStaffAlert, type EntityManager, type IAppointment } from '@beacon/db';
import { sendOutboundMessage, type OutboundDeps } from '@beacon/inbox';
import { organizationHasFeature } from '@beacon/plans';
import { publishEvent } from '@beacon/realtime';
import {
  sendIdempotencyKey,
  type AppointmentActivities,
  type MessageStep,
  type SendAppointmentMessageInput,
} from '@beacon/workflows/appointment/definitions.js';
import { renderAppointmentMessage } from './appointment-messages.util.js';
import { resolveMessagingPolicy } from './messaging-policy.util.js';

export interface AppointmentActivityDeps extends OutboundDeps {
  em: () => EntityManager;
}

const CONFIRMATION_REQUEST_STEPS = new Set<MessageStep>(['confirmation_request', 'confirmation_follow_up']);

/** Whether a planned send still applies to the appointment as it is now in the database. */
function stillApplies(step: MessageStep, appointment: IAppointment, version: number): boolean {
  if (step === 'cancellation_confirmation') return appointment.status === 'cancelled';
  if (appointment.status !== 'booked') return false;
  // Confirmations of the booking and answers to the patient hold whatever the version; timed
  // messages were planned for one version's time and are void once it changes.
  if (step === 'booking_confirmation' || step === 'confirmation_ack' || step === 'reschedule_ack' || step === 'cancel_request_ack') return true;
  return appointment.version === version;
}

/** Activities are built from their dependencies so tests and the worker wire the same code. */
export function createAppointmentActivities(deps: AppointmentActivityDeps): AppointmentActivities {
  return {
    async loadMessagingPolicy({ appointmentId }) {
      const em = deps.em();
      const appointment = await em.findOneOrFail(Appointment, appointmentId);
      const location = await em.findOneOrFail(Location, appointment.locationId);
      const { problems: _problems, ...policy } = resolveMessagingPolicy(location);
      // Confirmation requests (the 48 h request, its follow-up and the 12 h check) are a plan feature.
      if (policy.schedule.confirmationRequest && !(await organizationHasFeature(em, appointment.organizationId, 'confirmationRequests'))) {
        return { ...policy, schedule: { ...policy.schedule, confirmationRequest: false } };
      }
      return policy;
    },

    async sendAppointmentMessage(input: SendAppointmentMessageInput) {
      const em = deps.em();
      const appointment = await em.findOneOrFail(Appointment, input.appointmentId);
      if (!stillApplies(input.step, appointment, input.version)) return { messageId: null, status: 'superseded', duplicate: false };
      // A request planned before the plan changed is not sent outside it.
      if (CONFIRMATION_REQUEST_STEPS.has(input.step) && !(await organizationHasFeature(em, appointment.organizationId, 'confirmationRequests'))) {
        return { messageId: null, status: 'superseded', duplicate: false };
      }
      const [patient, location] = await Promise.all([em.findOneOrFail(Patient, appointment.patientId), em.findOneOrFail(Location, appointment.locationId)]);
      const body = renderAppointmentMessage(input.step, {
        firstName: patient.firstName,
        locationName: location.name,
        locationPhone: location.phoneNumber,
        startsAt: appointment.startsAt,
        timeZone: location.timeZone,
        serviceName: appointment.serviceName,
        rebookingUrl: location.messagingSettings?.rebookingUrl ?? null,
      }, location.messagingSettings?.templates);
      return sendOutboundMessage(deps, {
        idempotencyKey: sendIdempotencyKey(input),
        locationId: location.id,
        patientId: patient.id,
        body,
        kind: input.step.startsWith('reminder:') ? 'reminder' : input.step,
        automated: true,
      });
    },

    async recordConfirmationStatus({ appointmentId, status }) {
      await deps.em().transactional(async (tx) => {
        const appointment = await tx.findOneOrFail(Appointment, appointmentId);
        if (appointment.confirmationStatus === status) return;
        appointment.confirmationStatus = status;
        await tx.flush();
        await publishEvent(tx, { type: 'appointment.updated', appointmentId, locationId: appointment.locationId });
      });
    },

    async raiseStaffAlert({ appointmentId, kind, message, dedupeKey }) {
      const em = deps.em();
      const appointment = await em.findOneOrFail(Appointment, appointmentId);
      await raiseStaffAlert(em, {
        organizationId: appointment.organizationId,
        locationId: appointment.locationId,
        appointmentId,
        patientId: appointment.patientId,
        kind,
        message,
        dedupeKey,
      });
    },
  };
}
