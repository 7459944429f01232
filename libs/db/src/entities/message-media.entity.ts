import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn } from './common.js';

/** A picture of an MMS, fetched from the provider and kept by us encrypted (AES-256-GCM bytes). */
export const MessageMedia = defineEntity({
  name: 'MessageMedia',
  tableName: 'message_media',
  uniques: [{ properties: ['messageId', 'position'] }],
  properties: {
    id: idColumn(),
    messageId: p.uuid(),
    /** 0-based order within the message (MediaUrl0, MediaUrl1, …). */
    position: p.integer(),
    contentType: p.string(),
    sizeBytes: p.integer(),
    dataEncrypted: p.blob().lazy(),
    createdAt: createdAtColumn(),
  },
});
export type IMessageMedia = InferEntity<typeof MessageMedia>;
