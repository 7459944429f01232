import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConversationRead, Message, type IConversation, type MikroORM } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { ORM } from '../core/tokens.js';
import { InboxService } from './inbox.service.js';
import { presentMessage, type ConversationView, type MessageView } from './inbox.presenter.js';

/** Reading a thread: its messages (audited) and each staff member's own read state. */
@Injectable()
export class ThreadService {
  constructor(@Inject(ORM) private readonly orm: MikroORM, private readonly inbox: InboxService, private readonly audit: AuditService) {}

  /** The thread, oldest first; opening it marks it read for this staff member. */
  async messages(staff: AuthenticatedStaff, conversationId: string): Promise<MessageView[]> {
    const conversation = await this.inbox.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const rows = await em.find(Message, { conversationId: conversation.id }, { orderBy: { createdAt: 'asc' }, limit: 500 });
    await this.setReadState(staff, conversation, false);
    const media = await this.inbox.mediaOf(rows.map((m) => m.id));
    await this.audit.recordStaffAction(staff, 'conversation.view', { patientId: conversation.patientId, target: { type: 'conversation', id: conversation.id }, details: { messages: rows.length } });
    return rows.map((m) => presentMessage(staff, m, media.get(m.id)));
  }

  /** Marks the thread read (or unread again) for this staff member only; their other consoles follow. */
  async markReadState(staff: AuthenticatedStaff, conversationId: string, unread: boolean): Promise<ConversationView> {
    const conversation = await this.inbox.accessible(staff, conversationId);
    await this.setReadState(staff, conversation, unread);
    return this.inbox.conversationSummary(staff, conversationId);
  }

  private async setReadState(staff: AuthenticatedStaff, conversation: IConversation, unread: boolean): Promise<void> {
    await this.orm.em.fork().transactional(async (tx) => {
      if (unread) {
        await tx.nativeDelete(ConversationRead, { staffId: staff.id, conversationId: conversation.id });
      } else {
        await tx
          .createQueryBuilder(ConversationRead)
          .insert({ id: randomUUID(), staffId: staff.id, conversationId: conversation.id, lastReadAt: new Date() })
          .onConflict(['staffId', 'conversationId'])
          .merge(['lastReadAt'])
          .execute();
      }
      await publishEvent(tx, { type: 'conversation.updated', conversationId: conversation.id, locationId: conversation.locationId, patientId: conversation.patientId, staffId: staff.id });
    });
  }
}
