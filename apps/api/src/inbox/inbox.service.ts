import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Conversation, ConversationRead, Message, MessageMedia, Patient, Staff, type IConversation, type MikroORM } from '@beacon/db';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { PatientAccessService } from '../auth/patient-access.service.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { presentConversation, presentMessage, type ConversationView, type MessageView } from './inbox.presenter.js';

export const conversationNotFound = () => new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.');

/**
 * One conversation as a staff member may see it: found within their organisation and locations and
 * under the access rule (else 404, so ids cannot be probed), and presented for them. The other inbox
 * services (list, thread, changes, replies, pictures) and the realtime relay build on it.
 */
@Injectable()
export class InboxService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly access: PatientAccessService,
    private readonly audit: AuditService,
  ) {}

  async conversationSummary(staff: AuthenticatedStaff, conversationId: string): Promise<ConversationView> {
    const conversation = await this.accessible(staff, conversationId);
    const [view] = await this.present(staff, [conversation]);
    if (!view) throw conversationNotFound();
    return view;
  }

  /** GET /conversations/:id: the summary carries the patient's contact details, so viewing it is audited. */
  async viewConversation(staff: AuthenticatedStaff, conversationId: string): Promise<ConversationView> {
    const view = await this.conversationSummary(staff, conversationId);
    await this.audit.recordStaffAction(staff, 'contact.view', { patientId: view.patient.id, target: { type: 'conversation', id: conversationId }, details: { phone: staff.permissions.seeContactDetails ? 'full' : 'masked' } });
    return view;
  }

  async message(staff: AuthenticatedStaff, messageId: string): Promise<{ message: MessageView; conversation: ConversationView } | null> {
    const em = this.orm.em.fork();
    const message = await em.findOne(Message, messageId);
    if (!message) return null;
    const conversation = await em.findOne(Conversation, message.conversationId);
    if (!conversation || !(await this.access.canViewPatient(staff, conversation))) return null;
    const [view] = await this.present(staff, [conversation]);
    const media = await this.mediaOf([message.id]);
    return view ? { message: presentMessage(staff, message, media.get(message.id)), conversation: view } : null;
  }

  /** The thread as `staff` sees it, or null when they may not see it (used by the realtime relay). */
  async conversationFor(staff: AuthenticatedStaff, conversationId: string): Promise<ConversationView | null> {
    const conversation = await this.orm.em.fork().findOne(Conversation, { id: conversationId, organizationId: staff.organizationId });
    if (!conversation || !(await this.access.canViewPatient(staff, conversation))) return null;
    const [view] = await this.present(staff, [conversation]);
    return view ?? null;
  }

  async accessible(staff: AuthenticatedStaff, conversationId: string): Promise<IConversation> {
    const conversation = await this.orm.em.fork().findOne(Conversation, { id: conversationId, organizationId: staff.organizationId });
    if (!conversation) throw conversationNotFound();
    assertLocationAccess(staff, conversation.locationId);
    // Not theirs to see: answer as if it did not exist, so ids cannot be probed.
    if (!(await this.access.canViewPatient(staff, conversation))) throw conversationNotFound();
    return conversation;
  }

  /** Pictures per message id, in order (ids and types only; bytes are served by MediaService). */
  async mediaOf(messageIds: string[]): Promise<Map<string, { id: string; contentType: string }[]>> {
    const byMessage = new Map<string, { id: string; contentType: string }[]>();
    if (!messageIds.length) return byMessage;
    const rows = await this.orm.em.fork().find(MessageMedia, { messageId: { $in: messageIds } }, { orderBy: { position: 'asc' }, fields: ['id', 'messageId', 'contentType', 'position'] });
    for (const r of rows) if (r.messageId) byMessage.set(r.messageId, [...(byMessage.get(r.messageId) ?? []), { id: r.id, contentType: r.contentType }]);
    return byMessage;
  }

  /** Conversations as `staff` sees them (patient, unread for them, assignee); no access check. */
  async present(staff: AuthenticatedStaff, conversations: IConversation[]): Promise<ConversationView[]> {
    if (!conversations.length) return [];
    const em = this.orm.em.fork();
    const ids = conversations.map((c) => c.id);
    const assigneeIds = [...new Set(conversations.flatMap((c) => (c.assignedStaffId ? [c.assignedStaffId] : [])))];
    const [patients, reads, assignees] = await Promise.all([
      em.find(Patient, { id: { $in: conversations.map((c) => c.patientId) } }),
      em.find(ConversationRead, { staffId: staff.id, conversationId: { $in: ids } }),
      assigneeIds.length ? em.find(Staff, { id: { $in: assigneeIds } }, { fields: ['id', 'name'] }) : Promise.resolve([]),
    ]);
    const patientById = new Map(patients.map((p) => [p.id, p]));
    const readAt = new Map(reads.map((r) => [r.conversationId, r.lastReadAt.getTime()]));
    const assigneeById = new Map(assignees.map((s) => [s.id, { id: s.id, name: s.name }]));
    return conversations.flatMap((c) => {
      const patient = patientById.get(c.patientId);
      if (!patient) return [];
      const unread = !!c.lastInboundAt && c.lastInboundAt.getTime() > (readAt.get(c.id) ?? 0);
      return [presentConversation(staff, c, patient, unread, c.assignedStaffId ? (assigneeById.get(c.assignedStaffId) ?? null) : null)];
    });
  }
}
