import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from './common.js';
import { APPOINTMENT_STATUSES, type AppointmentStatus, CONFIRMATION_STATUSES, type ConfirmationStatus, BOOKING_SOURCES, type BookingSource } from '@beacon/contracts';

export { APPOINTMENT_STATUSES, type AppointmentStatus, CONFIRMATION_STATUSES, type ConfirmationStatus, BOOKING_SOURCES, type BookingSource };

export const Appointment = defineEntity({
  name: 'Appointment',
  tableName: 'appointment',
  uniques: [{ properties: ['integrationId', 'externalId'] }],
  properties: {
    id: idColumn(),
    organizationId: p.uuid().index(),
    integrationId: p.uuid(),
    externalId: p.string(),
    locationId: p.uuid().index(),
    patientId: p.uuid().index(),
    startsAt: p.datetime().index(),
    durationMinutes: p.integer(),
    providerName: p.string(),
    serviceName: p.string(),
    source: p.enum(BOOKING_SOURCES),
    status: p.enum(APPOINTMENT_STATUSES),
    confirmationStatus: p.enum(CONFIRMATION_STATUSES),
    /** Bumped on every change of time/provider/service; part of every reminder's idempotency key. */
    version: p.integer(),
    /** occurredAt of the newest booking-system event applied; an older event arriving late is not applied. */
    lastEventAt: p.datetime().nullable(),
    /** What the visit cost, when the booking system tells us (lifetime spend in the context panel). */
    priceCents: p.integer().nullable(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
});
export type IAppointment = InferEntity<typeof Appointment>;
