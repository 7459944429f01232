import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { detectIdentifiers, IDENTIFIER_LABELS } from '@beacon/compliance';
import { Message, type EntityManager, type IMessage, type MikroORM } from '@beacon/db';
import { InboxError, InboxErrorCode, MARKETING_KIND, queueStaffMessage, staffTextBlock } from '@beacon/inbox';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { presentMessage, type MessageView } from './inbox.presenter.js';
import { ImmediateDeliveryService } from './immediate-delivery.service.js';
import { InboxService } from './inbox.service.js';
import { assertMessageSources, recordMessageSources } from './message-sources.js';
import type { SendMessageBody } from '@beacon/contracts';

/** Lets another part (MMS pictures) attach to the message inside the storing transaction. */
export interface MessageAttachments {
  validate(staff: AuthenticatedStaff, conversationId: string, mediaIds: string[]): Promise<void>;
  attach(tx: EntityManager, message: IMessage, mediaIds: string[]): Promise<void>;
}
export const MESSAGE_ATTACHMENTS = Symbol('MESSAGE_ATTACHMENTS');

/**
 * A staff member's reply: stored as queued, with its hand-off to the outbound workflow, in one
 * transaction — answered once committed, delivered through the same durable path as automated
 * texts (retried without duplicates, failure shown).
 */
@Injectable()
export class StaffMessagesService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    @Inject(MESSAGE_ATTACHMENTS) private readonly attachments: MessageAttachments,
    private readonly inbox: InboxService,
    private readonly audit: AuditService,
    private readonly immediate: ImmediateDeliveryService,
  ) {}

  async send(staff: AuthenticatedStaff, conversationId: string, request: SendMessageBody): Promise<MessageView> {
    if (!staff.permissions.canSendMessages) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'SEND_FORBIDDEN', 'Your account can read conversations but not send messages. Ask the clinic owner if you need to.');
    }
    const conversation = await this.inbox.accessible(staff, conversationId);
    const body = request.body.trim();
    if (!body && !request.mediaIds.length) throw new ApiError(HttpStatus.BAD_REQUEST, 'EMPTY_MESSAGE', 'Type a message or attach a picture before sending.');
    if (request.mediaIds.length) await this.attachments.validate(staff, conversationId, request.mediaIds);
    const sources = { quickReplyIds: request.quickReplyIds, templateId: request.templateId ?? null };
    const { marketing } = await assertMessageSources(this.orm.em.fork(), staff.organizationId, body, sources);
    await this.assertMayText(conversation, marketing);
    const identifiers = detectIdentifiers(body);
    if (identifiers.length && !request.allowIdentifiers) {
      const labels = [...new Set(identifiers.map((f) => `"${body.slice(f.start, f.end).replace(/\d(?=[\d -]{4})/g, '•')}" ${IDENTIFIER_LABELS[f.kind]}`))];
      throw new ApiError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'IDENTIFIER_DETECTED',
        `This message ${labels.length === 1 ? 'contains something that' : 'contains things that'} should not be sent by text: ${labels.join('; ')}. Remove it, or choose "Send anyway" if the patient needs it.`,
        identifiers.map((f) => f.kind),
      );
    }

    let queued: { message: IMessage; duplicate: boolean };
    try {
      queued = await queueStaffMessage(this.orm.em.fork(), {
        conversationId,
        staffId: staff.id,
        body,
        clientMessageId: request.clientMessageId,
        kind: marketing ? MARKETING_KIND : 'manual',
        withMessage: async (tx, message) => {
          if (request.mediaIds.length) await this.attachments.attach(tx, message, request.mediaIds);
          await recordMessageSources(tx, { id: message.id, organizationId: staff.organizationId, locationId: conversation.locationId, staffId: staff.id }, sources);
        },
      });
    } catch (error) {
      if (error instanceof InboxError && error.code === InboxErrorCode.InvalidPhoneNumber) {
        throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'INVALID_PATIENT_PHONE', `${error.message} Correct the patient's number before texting them.`);
      }
      if (error instanceof InboxError && error.code === InboxErrorCode.ConversationNotFound) {
        throw new ApiError(HttpStatus.CONFLICT, 'CLIENT_MESSAGE_ID_REUSED', 'This message was already sent in another conversation. Reload the page and try again.');
      }
      throw error;
    }

    if (!queued.duplicate) {
      if (identifiers.length) {
        await this.audit.recordStaffAction(staff, 'message.phi_override', {
          patientId: conversation.patientId,
          target: { type: 'message', id: queued.message.id },
          details: { conversationId, kinds: [...new Set(identifiers.map((f) => f.kind))] },
        });
      }
      this.immediate.attempt(queued.message.id);
      await this.audit.recordStaffAction(staff, 'message.send', {
        patientId: conversation.patientId,
        target: { type: 'message', id: queued.message.id },
        details: { conversationId, pictures: request.mediaIds.length, characters: body.length, quickReplyIds: sources.quickReplyIds, templateId: sources.templateId, marketing },
      });
    }
    const fresh = await this.orm.em.fork().findOneOrFail(Message, queued.message.id);
    return presentMessage(staff, fresh, (await this.inbox.mediaOf([fresh.id])).get(fresh.id));
  }

  /** Refuses at once what the send path would block (see staffTextBlock), with what staff can do about it. */
  private async assertMayText(conversation: { organizationId: string; patientId: string; locationId: string }, marketing: boolean): Promise<void> {
    const blocked = await staffTextBlock(this.orm.em.fork(), conversation, { marketing });
    switch (blocked?.code) {
      case undefined:
        return;
      case 'opted_out':
        throw new ApiError(HttpStatus.CONFLICT, 'PATIENT_OPTED_OUT', blocked.reason);
      case 'no_marketing_consent':
        throw new ApiError(
          HttpStatus.CONFLICT,
          'NO_MARKETING_CONSENT',
          'Not sent: this message uses a promotional template or quick reply, and this patient has not agreed to receive promotional texts. Send it without the promotional text, or record their marketing opt-in first.',
        );
      case 'outside_marketing_hours':
        throw new ApiError(
          HttpStatus.CONFLICT,
          'OUTSIDE_MARKETING_HOURS',
          `Not sent: this message uses a promotional template or quick reply, and promotional texts go out only ${blocked.hours} in the patient's time zone. Send it again within those hours.`,
        );
    }
  }
}
