import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * Blind index of message bodies: one row per (message, term), where `token` is the keyed hash of
 * the term (see search-terms.util.ts) — equal words match, nothing readable is stored. Written in
 * the same flush as the message (SearchIndexSubscriber); `location_id` is filled by a trigger.
 */
export const MessageSearchToken = defineEntity({
  name: 'MessageSearchToken',
  tableName: 'message_search_token',
  properties: {
    messageId: p.uuid().primary(),
    token: p.string().primary(),
    conversationId: p.uuid(),
    locationId: p.uuid().nullable(),
    createdAt: p.datetime(),
  },
});
export type IMessageSearchToken = InferEntity<typeof MessageSearchToken>;
