import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@beacon/config';
import { MessageTemplate, QuickReply, QuickReplyUsage, type MikroORM } from '@beacon/db';
import { sendOutboundMessage } from '@beacon/inbox';
import type { Logger } from '@beacon/logging';
import type { SmsSender } from '@beacon/messaging';
import { hasTemplateSyntax } from '@beacon/templates';
import { AuditService } from '../audit/audit.service.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { APP_CONFIG, LOGGER, ORM, SMS_SENDER } from '../core/tokens.js';
import type { SendReplyInput } from './templates.schemas.js';
import { ThreadContextService } from './thread-context.service.js';

/** A staff reply from the composer, through the durable send path, recording which quick replies / template it used. */
@Injectable()
export class ConversationRepliesService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(SMS_SENDER) private readonly sender: SmsSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly audit: AuditService,
    private readonly threads: ThreadContextService,
  ) {}

  async send(staff: AuthenticatedStaff, conversationId: string, input: SendReplyInput): Promise<{ messageId: string; status: string }> {
    const conversation = await this.threads.conversation(staff, conversationId);
    if (hasTemplateSyntax(input.body)) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'UNFILLED_VARIABLE', 'This message still has a {{…}} placeholder. Replace it with the real text before sending.');
    }
    const em = this.orm.em.fork();
    const quickReplyIds = [...new Set(input.quickReplyIds)];
    if (quickReplyIds.length) {
      const found = await em.count(QuickReply, { id: { $in: quickReplyIds }, organizationId: staff.organizationId });
      if (found !== quickReplyIds.length) throw new ApiError(HttpStatus.BAD_REQUEST, 'QUICK_REPLY_UNKNOWN', 'One of the quick replies used no longer exists. Remove it and try again.');
    }
    if (input.templateId && !(await em.count(MessageTemplate, { id: input.templateId, organizationId: staff.organizationId }))) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'TEMPLATE_UNKNOWN', 'The template used no longer exists. Remove it and try again.');
    }

    let result;
    try {
      result = await sendOutboundMessage(
        { em: () => this.orm.em.fork(), sender: this.sender, statusCallbackUrl: `${this.config.PUBLIC_BASE_URL.replace(/\/$/, '')}/api/webhooks/twilio/status` },
        { idempotencyKey: `staff-reply:${staff.id}:${input.clientKey}`, locationId: conversation.locationId, patientId: conversation.patientId, body: input.body, kind: 'manual', automated: false, sentByStaffId: staff.id },
      );
    } catch (error) {
      // Permanent refusals are recorded as `failed` by sendOutboundMessage; what arrives here is worth retrying.
      this.logger.warn({ err: error, conversationId }, 'staff reply not handed to the SMS provider');
      throw new ApiError(HttpStatus.BAD_GATEWAY, 'SEND_FAILED', 'The message could not be sent right now. Press send again in a moment; it will not be sent twice.');
    }

    if (!result.duplicate) {
      const conn = this.orm.em.getConnection();
      if (input.templateId) await conn.execute('update message set template_id = ? where id = ?', [input.templateId, result.messageId]);
      if (quickReplyIds.length) {
        await this.orm.em
          .fork()
          .createQueryBuilder(QuickReplyUsage)
          .insert(quickReplyIds.map((quickReplyId) => ({ id: randomUUID(), quickReplyId, organizationId: staff.organizationId, locationId: conversation.locationId, staffId: staff.id, messageId: result.messageId, usedAt: new Date() })))
          .onConflict(['messageId', 'quickReplyId'])
          .ignore()
          .execute();
      }
      await this.audit.recordStaffAction(staff, 'message.send', {
        patientId: conversation.patientId,
        target: { type: 'message', id: result.messageId },
        details: { conversationId, status: result.status, quickReplyIds, templateId: input.templateId, length: input.body.length },
      });
    }
    return { messageId: result.messageId, status: result.status };
  }
}
