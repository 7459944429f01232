import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from './common.js';

export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'checked_in', 'completed', 'no_show'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
export const CONFIRMATION_STATUSES = ['unconfirmed', 'confirmed', 'high_risk', 'reschedule_requested'] as const;
export type ConfirmationStatus = (typeof CONFIRMATION_STATUSES)[number];
export const BOOKING_SOURCES = ['online', 'staff'] as const;
export type BookingSource = (typeof BOOKING_SOURCES)[number];

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
