import { randomUUID } from 'node:crypto';
import { Appointment, BookingEvent, enqueueOutbox, Patient, type EntityManager, type IAppointment, type IIntegration } from '@beacon/db';
import { appointmentWorkflowId, type AppointmentEvent, type AppointmentEventType, type AppointmentSnapshot } from '@beacon/workflows/appointment/definitions.js';
import { publishEvent } from '@beacon/realtime';
import { AppointmentError, AppointmentErrorCode } from '../../appointment.errors.js';
import { raiseWaitlistOpening } from '../../waitlist-opening.js';
import type { BookingEventInput, BookingEventType } from '@beacon/contracts';

const TYPE_MAP: Record<BookingEventType, AppointmentEventType> = {
  'appointment.created': 'created',
  'appointment.rescheduled': 'rescheduled',
  'appointment.updated': 'updated',
  'appointment.cancelled': 'cancelled',
  'appointment.checked_in': 'checked_in',
  'appointment.completed': 'completed',
  'appointment.no_show': 'no_show',
};

const STATUS_AFTER: Partial<Record<AppointmentEventType, IAppointment['status']>> = {
  cancelled: 'cancelled',
  checked_in: 'checked_in',
  completed: 'completed',
  no_show: 'no_show',
};

export interface RecordedBookingEvent {
  appointmentId: string;
  replay: boolean;
  /** False for a replay or a stale (older than already applied) event: nothing changed. */
  applied: boolean;
  event: AppointmentEvent;
}

function snapshot(a: IAppointment): AppointmentSnapshot {
  return {
    appointmentId: a.id,
    patientId: a.patientId,
    locationId: a.locationId,
    version: a.version,
    startsAt: a.startsAt.toISOString(),
    durationMinutes: a.durationMinutes,
    status: a.status,
    source: a.source,
  };
}

/**
 * Stores a booking-system event, the appointment it describes and its hand-off to the appointment's
 * workflow (outbox, relayed with signal-with-start in the order events were stored) in one
 * transaction, so an acknowledged event is never lost. A replayed event id changes nothing.
 * Concurrent events for one appointment, or for one new patient, are stored one at a time.
 */
export async function recordBookingEvent(
  deps: { em: () => EntityManager },
  integration: Pick<IIntegration, 'id' | 'organizationId'>,
  input: BookingEventInput,
): Promise<RecordedBookingEvent & { workflowId: string }> {
  const recorded = await deps.em().transactional(async (tx): Promise<RecordedBookingEvent> => {
    const type = TYPE_MAP[input.type];
    const p = input.appointment.patient;
    // Both locks in one statement, always in this order: the appointment, then the patient's number.
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0)), pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `appointment:${integration.id}:${input.appointment.id}`,
      `patient:${integration.organizationId}:${p.phone}`,
    ]);
    // A replay, and whether the location is this organisation's, in one query.
    const [known] = await tx.execute<{ previous_appointment_id: string | null; location_id: string | null }[]>(
      `select (select appointment_id from booking_event where integration_id = ? and event_id = ?) as previous_appointment_id,
              (select id from location where id = ? and organization_id = ?) as location_id`,
      [integration.id, input.eventId, input.appointment.locationId, integration.organizationId],
    );
    if (known?.previous_appointment_id) {
      const appointment = await tx.findOneOrFail(Appointment, known.previous_appointment_id);
      return { appointmentId: appointment.id, replay: true, applied: false, event: { eventId: input.eventId, type, occurredAt: input.occurredAt, appointment: snapshot(appointment) } };
    }
    if (!known?.location_id) throw new AppointmentError(AppointmentErrorCode.UnknownLocation, `Location ${input.appointment.locationId} does not exist in this organisation`);
    const location = { id: known.location_id };

    let patient = await tx.findOne(Patient, { organizationId: integration.organizationId, phone: p.phone });
    if (!patient) {
      patient = tx.create(Patient, { id: randomUUID(), organizationId: integration.organizationId, firstName: p.firstName, lastName: p.lastName, phone: p.phone, email: p.email ?? null, createdAt: new Date() });
    } else if (!patient.firstName) {
      patient.firstName = p.firstName;
      patient.lastName = p.lastName;
    }

    const startsAt = new Date(input.appointment.startsAt);
    const occurredAt = new Date(input.occurredAt);
    let appointment = await tx.findOne(Appointment, { integrationId: integration.id, externalId: input.appointment.id });
    const stale = !!appointment?.lastEventAt && occurredAt.getTime() < appointment.lastEventAt.getTime();
    const wasCancelled = appointment?.status === 'cancelled';
    if (!appointment) {
      appointment = tx.create(Appointment, {
        id: randomUUID(),
        organizationId: integration.organizationId,
        integrationId: integration.id,
        externalId: input.appointment.id,
        locationId: location.id,
        patientId: patient.id,
        startsAt,
        durationMinutes: input.appointment.durationMinutes,
        providerName: input.appointment.providerName,
        serviceName: input.appointment.serviceName,
        source: input.appointment.source,
        priceCents: input.appointment.priceCents ?? null,
        status: 'booked',
        confirmationStatus: 'unconfirmed',
        version: 1,
        lastEventAt: occurredAt,
        createdAt: new Date(),
        updatedAt: new Date(),
      });
    } else if (!stale) {
      // (A stale event — older than the last one applied, arriving late — changes nothing.)
      const changed =
        appointment.startsAt.getTime() !== startsAt.getTime() ||
        appointment.durationMinutes !== input.appointment.durationMinutes ||
        appointment.providerName !== input.appointment.providerName ||
        appointment.serviceName !== input.appointment.serviceName ||
        appointment.locationId !== location.id;
      if (changed) appointment.version += 1;
      appointment.startsAt = startsAt;
      appointment.durationMinutes = input.appointment.durationMinutes;
      appointment.providerName = input.appointment.providerName;
      appointment.serviceName = input.appointment.serviceName;
      appointment.locationId = location.id;
      appointment.patientId = patient.id;
      // An event that leaves the price out keeps the one we know.
      if (input.appointment.priceCents !== undefined) appointment.priceCents = input.appointment.priceCents;
      appointment.lastEventAt = occurredAt;
    }
    if (!stale) appointment.status = STATUS_AFTER[type] ?? (appointment.status === 'cancelled' && type !== 'created' ? 'cancelled' : 'booked');
    // The appointment's id is known before it is stored: the event row goes in the same flush.
    tx.create(BookingEvent, { id: randomUUID(), integrationId: integration.id, eventId: input.eventId, type: input.type, appointmentId: appointment.id, receivedAt: new Date() });
    await tx.flush();
    // Calendars update live (delivered only if this transaction commits).
    if (!stale) await publishEvent(tx, { type: 'appointment.updated', appointmentId: appointment.id, locationId: appointment.locationId });
    // A slot later today just opened up (not when an already cancelled appointment is cancelled again).
    if (!stale && appointment.status === 'cancelled' && !wasCancelled) await raiseWaitlistOpening(tx, appointment, input.eventId);
    const event: AppointmentEvent = { eventId: input.eventId, type, occurredAt: input.occurredAt, appointment: snapshot(appointment) };
    await enqueueOutbox(tx, { kind: 'appointment.event', workflowId: appointmentWorkflowId(appointment.id), event, applied: !stale });
    return { appointmentId: appointment.id, replay: false, applied: !stale, event };
  });
  return { ...recorded, workflowId: appointmentWorkflowId(recorded.appointmentId) };
}
