import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EncryptedText } from '../encryption/encrypted-text.type.js';
import { createdAtColumn, idColumn, updatedAtColumn } from './common.js';

import { CONVERSATION_STATUSES, type ConversationStatus } from '@beacon/contracts';

export { CONVERSATION_STATUSES, type ConversationStatus };

/** One thread per patient per location number. */
export const Conversation = defineEntity({
  name: 'Conversation',
  tableName: 'conversation',
  uniques: [{ properties: ['locationId', 'patientId'] }],
  indexes: [{ properties: ['locationId', 'lastMessageAt'] }],
  properties: {
    id: idColumn(),
    organizationId: p.uuid(),
    locationId: p.uuid(),
    patientId: p.uuid().index(),
    status: p.enum(CONVERSATION_STATUSES),
    lastMessageAt: p.datetime(),
    /** Encrypted at rest like message bodies. */
    lastMessagePreview: p.string().type(EncryptedText),
    lastInboundAt: p.datetime().nullable(),
    /** The staff member looking after this thread, if any. */
    assignedStaffId: p.uuid().nullable(),
    starred: p.boolean().default(false),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
});
export type IConversation = InferEntity<typeof Conversation>;
/** A thread by its ids: which thread, whose, where (what the inbox's writers and alerts need of it). */
export type ThreadRef = Pick<IConversation, 'id' | 'organizationId' | 'locationId' | 'patientId'>;

/** When a staff member last read a thread; a later inbound message makes it unread for them. */
export const ConversationRead = defineEntity({
  name: 'ConversationRead',
  tableName: 'conversation_read',
  uniques: [{ properties: ['staffId', 'conversationId'] }],
  properties: {
    id: idColumn(),
    staffId: p.uuid(),
    conversationId: p.uuid().index(),
    lastReadAt: p.datetime(),
  },
});
export type IConversationRead = InferEntity<typeof ConversationRead>;
