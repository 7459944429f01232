import { Appointment, Location, Patient, type EntityManager } from '@beacon/db';
import { sendOutboundMessage, type OutboundDeps } from '@beacon/inbox';
import {
  sendIdempotencyKey,
  type AppointmentActivities,
  type SendAppointmentMessageInput,
} from '@beacon/workflows/appointment/definitions.js';
import { renderAppointmentMessage } from './appointment-messages.util.js';

export interface AppointmentActivityDeps extends OutboundDeps {
  em: () => EntityManager;
}

/** Activities are built from their dependencies so tests and the worker wire the same code. */
export function createAppointmentActivities(deps: AppointmentActivityDeps): AppointmentActivities {
  return {
    async sendAppointmentMessage(input: SendAppointmentMessageInput) {
      const em = deps.em();
      const appointment = await em.findOneOrFail(Appointment, input.appointmentId);
      const [patient, location] = await Promise.all([em.findOneOrFail(Patient, appointment.patientId), em.findOneOrFail(Location, appointment.locationId)]);
      const body = renderAppointmentMessage(input.step, {
        firstName: patient.firstName,
        locationName: location.name,
        locationPhone: location.phoneNumber,
        startsAt: appointment.startsAt,
        timeZone: location.timeZone,
        serviceName: appointment.serviceName,
      });
      return sendOutboundMessage(deps, {
        idempotencyKey: sendIdempotencyKey(input),
        locationId: location.id,
        patientId: patient.id,
        body,
        kind: input.step,
        automated: true,
      });
    },
  };
}
