import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

/**
 * A picture of an MMS, kept by us encrypted (AES-256-GCM bytes): uploaded by staff before sending
 * (`messageId` null until the message is stored) or fetched from the provider for an inbound MMS.
 */
export const MessageMedia = defineEntity({
  name: 'MessageMedia',
  tableName: 'message_media',
  uniques: [{ properties: ['messageId', 'position'] }],
  properties: {
    id: idColumn(),
    conversationId: p.uuid(),
    messageId: p.uuid().nullable().index(),
    /** 0-based order within the message (MediaUrl0, MediaUrl1, …). */
    position: p.integer().nullable(),
    uploadedByStaffId: p.uuid().nullable(),
    contentType: p.string(),
    sizeBytes: p.integer(),
    dataEncrypted: p.blob().lazy(),
    createdAt: createdAtColumn(),
  },
});
export type IMessageMedia = InferEntity<typeof MessageMedia>;

/** A picture on the local simulated phone (what a simulated patient sends), served like Twilio media. */
export const SimulatorMedia = defineEntity({
  name: 'SimulatorMedia',
  tableName: 'simulator_media',
  properties: {
    id: idColumn(),
    contentType: p.string(),
    data: p.blob().lazy(),
    createdAt: createdAtColumn(),
  },
});
export type ISimulatorMedia = InferEntity<typeof SimulatorMedia>;
