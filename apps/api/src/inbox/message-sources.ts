import { randomUUID } from 'node:crypto';
import { HttpStatus } from '@nestjs/common';
import { MessageTemplate, QuickReply, QuickReplyUsage, type EntityManager } from '@beacon/db';
import { hasTemplateSyntax } from '@beacon/templates';
import { ApiError } from '../common/api-error.js';

/** What a staff message was written from: quick replies inserted with `/`, a template from the library. */
export interface MessageSources {
  quickReplyIds: string[];
  templateId: string | null;
}

/**
 * Refuses a text with an unfilled {{variable}}, and sources that are not the organisation's.
 * Returns whether the text is a promotion: written from a marketing template or quick reply.
 */
export async function assertMessageSources(em: EntityManager, organizationId: string, body: string, sources: MessageSources): Promise<{ marketing: boolean }> {
  if (hasTemplateSyntax(body)) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'UNFILLED_VARIABLE', 'This message still has a {{…}} placeholder. Replace it with the real text before sending.');
  }
  const quickReplyIds = [...new Set(sources.quickReplyIds)];
  const quickReplies = quickReplyIds.length ? await em.find(QuickReply, { id: { $in: quickReplyIds }, organizationId }, { fields: ['id', 'kind'] }) : [];
  if (quickReplies.length !== quickReplyIds.length) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'QUICK_REPLY_UNKNOWN', 'One of the quick replies used no longer exists. Remove it and try again.');
  }
  const template = sources.templateId ? await em.findOne(MessageTemplate, { id: sources.templateId, organizationId }, { fields: ['id', 'kind'] }) : null;
  if (sources.templateId && !template) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'TEMPLATE_UNKNOWN', 'The template used no longer exists. Remove it and try again.');
  }
  return { marketing: template?.kind === 'marketing' || quickReplies.some((q) => q.kind === 'marketing') };
}

/** Records, in the storing transaction, which template and quick replies a message used (template and quick-reply analytics). */
export async function recordMessageSources(
  tx: EntityManager,
  message: { id: string; organizationId: string; locationId: string; staffId: string },
  sources: MessageSources,
): Promise<void> {
  if (sources.templateId) await tx.execute('update message set template_id = ? where id = ?', [sources.templateId, message.id]);
  const quickReplyIds = [...new Set(sources.quickReplyIds)];
  if (!quickReplyIds.length) return;
  await tx
    .createQueryBuilder(QuickReplyUsage)
    .insert(
      quickReplyIds.map((quickReplyId) => ({
        id: randomUUID(),
        quickReplyId,
        organizationId: message.organizationId,
        locationId: message.locationId,
        staffId: message.staffId,
        messageId: message.id,
        usedAt: new Date(),
      })),
    )
    .onConflict(['messageId', 'quickReplyId'])
    .ignore()
    .execute();
}
