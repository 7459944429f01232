import { z } from 'zod';
import { e164PhoneSchema } from './phone-number.schema.js';

const EVENT_TYPES = [
  'appointment.created',
  'appointment.rescheduled',
  'appointment.updated',
  'appointment.cancelled',
  'appointment.checked_in',
  'appointment.completed',
  'appointment.no_show',
] as const;

const isoDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-12-01T15:30:00-06:00' });

/** The body a booking system posts to /api/integrations/booking/events. */
export const bookingEventSchema = z.strictObject({
  eventId: z.string().trim().min(1).max(200),
  type: z.enum(EVENT_TYPES, { error: `must be one of ${EVENT_TYPES.join(', ')}` }),
  occurredAt: isoDateTime,
  appointment: z.strictObject({
    id: z.string().trim().min(1).max(200),
    locationId: z.uuid({ error: 'must be the Beacon location id (a UUID)' }),
    startsAt: isoDateTime,
    durationMinutes: z.number().int().min(5).max(12 * 60),
    providerName: z.string().trim().min(1).max(200),
    serviceName: z.string().trim().min(1).max(200),
    source: z.enum(['online', 'staff']).default('staff'),
    /** What the visit costs, in cents, when the booking system knows (lifetime spend, the VIP rule). */
    priceCents: z.number({ error: 'must be an amount in cents' }).int({ error: 'must be a whole number of cents' }).min(0).max(100_000_000).optional(),
    patient: z.strictObject({
      id: z.string().trim().min(1).max(200).optional(),
      firstName: z.string().trim().min(1).max(100),
      lastName: z.string().trim().max(100).default(''),
      phone: e164PhoneSchema('must be a valid US or Canadian mobile number'),
      email: z.email().optional(),
    }),
  }),
});

export type BookingEventInput = z.output<typeof bookingEventSchema>;
export type BookingEventType = BookingEventInput['type'];
