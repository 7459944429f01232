import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

/** A booking system allowed to post appointment events. Its signing secret is sealed by the data key ring (rotated by `rotate-keys`). */
export const Integration = defineEntity({
  name: 'Integration',
  tableName: 'integration',
  properties: {
    id: idColumn(),
    organizationId: p.uuid().index(),
    name: p.string(),
    keyId: p.string().unique(),
    secretEncrypted: p.text().hidden(),
    active: p.boolean().default(true),
    /** Last signed request that passed the signature check (written at most once a minute). */
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
    rotatedAt: p.datetime().nullable(),
    createdAt: createdAtColumn(),
  },
});
export type IIntegration = InferEntity<typeof Integration>;

/**
 * Every accepted booking event, so a replay of the same event id is answered without acting twice.
 * The payload itself (the patient's name, phone, email) is not kept: the appointment row holds what we need.
 */
export const BookingEvent = defineEntity({
  name: 'BookingEvent',
  tableName: 'booking_event',
  uniques: [{ properties: ['integrationId', 'eventId'] }],
  properties: {
    id: idColumn(),
    integrationId: p.uuid(),
    eventId: p.string(),
    type: p.string(),
    appointmentId: p.uuid().index(),
    receivedAt: createdAtColumn(),
  },
});
export type IBookingEvent = InferEntity<typeof BookingEvent>;
