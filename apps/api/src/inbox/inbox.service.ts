import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Conversation, ConversationRead, Message, Patient, type IConversation, type MikroORM } from '@beacon/db';
import { AuditService } from '../audit/audit.service.js';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { presentConversation, presentMessage, type ConversationView, type MessageView } from './inbox.presenter.js';

@Injectable()
export class InboxService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly audit: AuditService,
  ) {}

  async listConversations(staff: AuthenticatedStaff, locationId: string): Promise<ConversationView[]> {
    assertLocationAccess(staff, locationId);
    const em = this.orm.em.fork();
    const conversations = await em.find(Conversation, { locationId }, { orderBy: { lastMessageAt: 'desc' }, limit: 200 });
    return this.present(staff, conversations);
  }

  async conversationSummary(staff: AuthenticatedStaff, conversationId: string): Promise<ConversationView> {
    const conversation = await this.accessible(staff, conversationId);
    const [view] = await this.present(staff, [conversation]);
    if (!view) throw new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.');
    // The summary carries the patient's contact details (full phone for staff allowed to see it).
    await this.audit.recordStaffAction(staff, 'contact.view', { patientId: conversation.patientId, target: { type: 'conversation', id: conversation.id }, details: { phone: staff.permissions.seeContactDetails ? 'full' : 'masked' } });
    return view;
  }

  /** The thread, oldest first; opening it marks it read for this staff member. */
  async messages(staff: AuthenticatedStaff, conversationId: string): Promise<MessageView[]> {
    const conversation = await this.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const rows = await em.find(Message, { conversationId: conversation.id }, { orderBy: { createdAt: 'asc' }, limit: 500 });
    await em
      .createQueryBuilder(ConversationRead)
      .insert({ id: randomUUID(), staffId: staff.id, conversationId: conversation.id, lastReadAt: new Date() })
      .onConflict(['staffId', 'conversationId'])
      .merge(['lastReadAt'])
      .execute();
    await this.audit.recordStaffAction(staff, 'conversation.view', { patientId: conversation.patientId, target: { type: 'conversation', id: conversation.id }, details: { messages: rows.length } });
    return rows.map((m) => presentMessage(staff, m));
  }

  async message(staff: AuthenticatedStaff, messageId: string): Promise<{ message: MessageView; conversation: ConversationView } | null> {
    const em = this.orm.em.fork();
    const message = await em.findOne(Message, messageId);
    if (!message) return null;
    const conversation = await em.findOne(Conversation, message.conversationId);
    if (!conversation || !staff.locationIds.includes(conversation.locationId)) return null;
    const [view] = await this.present(staff, [conversation]);
    return view ? { message: presentMessage(staff, message), conversation: view } : null;
  }

  private async accessible(staff: AuthenticatedStaff, conversationId: string): Promise<IConversation> {
    const conversation = await this.orm.em.fork().findOne(Conversation, { id: conversationId, organizationId: staff.organizationId });
    if (!conversation) throw new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.');
    assertLocationAccess(staff, conversation.locationId);
    return conversation;
  }

  private async present(staff: AuthenticatedStaff, conversations: IConversation[]): Promise<ConversationView[]> {
    if (!conversations.length) return [];
    const em = this.orm.em.fork();
    const ids = conversations.map((c) => c.id);
    const [patients, reads] = await Promise.all([
      em.find(Patient, { id: { $in: conversations.map((c) => c.patientId) } }),
      em.find(ConversationRead, { staffId: staff.id, conversationId: { $in: ids } }),
    ]);
    const patientById = new Map(patients.map((p) => [p.id, p]));
    const readAt = new Map(reads.map((r) => [r.conversationId, r.lastReadAt.getTime()]));
    return conversations.flatMap((c) => {
      const patient = patientById.get(c.patientId);
      if (!patient) return [];
      const unread = !!c.lastInboundAt && c.lastInboundAt.getTime() > (readAt.get(c.id) ?? 0);
      return [presentConversation(staff, c, patient, unread)];
    });
  }
}
