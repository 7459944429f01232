import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { createdAtColumn, idColumn, updatedAtColumn } from './common.js';

import { TEMPLATE_KINDS_OF_USE, type TemplateUse } from '@beacon/contracts';

/** What a quick reply or template is for (defined in @beacon/contracts). */
export { TEMPLATE_KINDS_OF_USE, type TemplateUse };

/** A saved reply staff insert with `/` in the composer; per location, or organisation-wide when locationId is null. */
export const QuickReply = defineEntity({
  name: 'QuickReply',
  tableName: 'quick_reply',
  properties: {
    id: idColumn(),
    organizationId: p.uuid().index(),
    locationId: p.uuid().nullable(),
    category: p.string().length(60),
    /** What staff type after `/` to find it, e.g. `hours`. */
    shortcut: p.string().length(40),
    title: p.string().length(120),
    /** Template source (one engine with the library and appointment texts): `Hi {{firstName}}, …`. */
    body: p.text(),
    kind: p.enum(TEMPLATE_KINDS_OF_USE).default('transactional'),
    createdByStaffId: p.uuid().nullable(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    archivedAt: p.datetime().nullable(),
  },
});
export type IQuickReply = InferEntity<typeof QuickReply>;

/** One use of a quick reply in a sent message (usage analytics). */
export const QuickReplyUsage = defineEntity({
  name: 'QuickReplyUsage',
  tableName: 'quick_reply_usage',
  uniques: [{ properties: ['messageId', 'quickReplyId'] }],
  properties: {
    id: idColumn(),
    quickReplyId: p.uuid(),
    organizationId: p.uuid(),
    locationId: p.uuid(),
    staffId: p.uuid(),
    messageId: p.uuid(),
    usedAt: p.datetime(),
  },
});
export type IQuickReplyUsage = InferEntity<typeof QuickReplyUsage>;

/** A message in the organisation's template library (built-in starters and custom ones), shared across locations. */
export const MessageTemplate = defineEntity({
  name: 'MessageTemplate',
  tableName: 'message_template',
  properties: {
    id: idColumn(),
    organizationId: p.uuid().index(),
    name: p.string().length(120),
    category: p.string().length(60),
    kind: p.enum(TEMPLATE_KINDS_OF_USE),
    body: p.text(),
    builtIn: p.boolean().default(false),
    createdByStaffId: p.uuid().nullable(),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    archivedAt: p.datetime().nullable(),
  },
});
export type IMessageTemplate = InferEntity<typeof MessageTemplate>;

export const TemplateFavorite = defineEntity({
  name: 'TemplateFavorite',
  tableName: 'template_favorite',
  properties: {
    staffId: p.uuid().primary(),
    templateId: p.uuid().primary(),
    createdAt: createdAtColumn(),
  },
});
export type ITemplateFavorite = InferEntity<typeof TemplateFavorite>;
