import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

/**
 * Every delivery callback as received, kept even when it arrives before the send that caused it
 * has recorded its provider SID (callbacks can overtake the provider's API response).
 */
export const DeliveryStatusEvent = defineEntity({
  name: 'DeliveryStatusEvent',
  tableName: 'delivery_status_event',
  properties: {
    id: idColumn(),
    providerSid: p.string().index(),
    status: p.string(),
    errorCode: p.string().nullable(),
    errorMessage: p.text().nullable(),
    receivedAt: createdAtColumn(),
  },
});
export type IDeliveryStatusEvent = InferEntity<typeof DeliveryStatusEvent>;
