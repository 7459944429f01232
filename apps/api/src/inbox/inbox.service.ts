import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Conversation, ConversationRead, Message, MessageMedia, Patient, Staff, type IConversation, type MikroORM } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';
import { assertLocationAccess } from '../auth/access.util.js';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { AuditService } from '../audit/audit.service.js';
import { ownConversationsSql, PatientAccessService } from '../auth/patient-access.service.js';
import { ApiError } from '../common/api-error.js';
import { assertPermission } from '../auth/require-permission.js';
import { conversationChangePermissions } from '@beacon/staff';
import { ORM } from '../core/tokens.js';
import { conversationCounts, decodeCursor, listConversationIds } from './conversation-list.query.js';
import { presentConversation, presentMessage, type ConversationView, type MessageView } from './inbox.presenter.js';
import type { CountsQuery, ListConversationsQuery, UpdateConversationBody } from '@beacon/contracts';
import type { ConversationCounts, Assignee } from '@beacon/contracts';

const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.');

@Injectable()
export class InboxService {
  constructor(
    @Inject(ORM) private readonly orm: MikroORM,
    private readonly access: PatientAccessService,
    private readonly audit: AuditService,
  ) {}

  /** One page of conversations, last activity first; `nextCursor` fetches the next page. */
  async listConversations(staff: AuthenticatedStaff, query: ListConversationsQuery): Promise<{ conversations: ConversationView[]; nextCursor: string | null }> {
    if (query.locationId) assertLocationAccess(staff, query.locationId);
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    if (query.cursor && !cursor) throw new ApiError(HttpStatus.BAD_REQUEST, 'INVALID_CURSOR', 'This page link is no longer valid. Reload the inbox.');
    const em = this.orm.em.fork();
    const page = await listConversationIds(em, {
      organizationId: staff.organizationId,
      staffId: staff.id,
      locationIds: query.locationId ? [query.locationId] : staff.locationIds,
      filter: query.filter,
      cursor,
      limit: query.limit,
      scope: ownConversationsSql(staff),
    });
    const rows = page.ids.length ? await em.find(Conversation, { id: { $in: page.ids } }) : [];
    const byId = new Map(rows.map((c) => [c.id, c]));
    const ordered = page.ids.flatMap((id) => byId.get(id) ?? []);
    return { conversations: await this.present(staff, ordered), nextCursor: page.nextCursor };
  }

  async counts(staff: AuthenticatedStaff, query: CountsQuery): Promise<ConversationCounts> {
    if (query.locationId) assertLocationAccess(staff, query.locationId);
    return conversationCounts(this.orm.em.fork(), { organizationId: staff.organizationId, staffId: staff.id, locationIds: query.locationId ? [query.locationId] : staff.locationIds, scope: ownConversationsSql(staff) });
  }

  async conversationSummary(staff: AuthenticatedStaff, conversationId: string): Promise<ConversationView> {
    const conversation = await this.accessible(staff, conversationId);
    const [view] = await this.present(staff, [conversation]);
    if (!view) throw notFound();
    return view;
  }

  /** GET /conversations/:id: the summary carries the patient's contact details, so viewing it is audited. */
  async viewConversation(staff: AuthenticatedStaff, conversationId: string): Promise<ConversationView> {
    const view = await this.conversationSummary(staff, conversationId);
    await this.audit.recordStaffAction(staff, 'contact.view', { patientId: view.patient.id, target: { type: 'conversation', id: conversationId }, details: { phone: staff.permissions.seeContactDetails ? 'full' : 'masked' } });
    return view;
  }

  /** The thread, oldest first; opening it marks it read for this staff member. */
  async messages(staff: AuthenticatedStaff, conversationId: string): Promise<MessageView[]> {
    const conversation = await this.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const rows = await em.find(Message, { conversationId: conversation.id }, { orderBy: { createdAt: 'asc' }, limit: 500 });
    await this.setReadState(staff, conversation, false);
    const media = await this.mediaOf(rows.map((m) => m.id));
    await this.audit.recordStaffAction(staff, 'conversation.view', { patientId: conversation.patientId, target: { type: 'conversation', id: conversation.id }, details: { messages: rows.length } });
    return rows.map((m) => presentMessage(staff, m, media.get(m.id)));
  }

  /** Marks the thread read (or unread again) for this staff member only; their other consoles follow. */
  async markReadState(staff: AuthenticatedStaff, conversationId: string, unread: boolean): Promise<ConversationView> {
    const conversation = await this.accessible(staff, conversationId);
    await this.setReadState(staff, conversation, unread);
    return this.conversationSummary(staff, conversationId);
  }

  /** Close / reopen, assign / unassign, star / unstar; everyone who can see the thread is told. */
  async updateConversation(staff: AuthenticatedStaff, conversationId: string, change: UpdateConversationBody): Promise<ConversationView> {
    await this.accessible(staff, conversationId);
    const em = this.orm.em.fork();
    const changed: string[] = [];
    await em.transactional(async (tx) => {
      const conversation = await tx.findOneOrFail(Conversation, conversationId);
      // The guard saw only the body; taking a thread away from someone else depends on the row.
      assertPermission(staff, conversationChangePermissions(staff, change, conversation.assignedStaffId));
      if (change.assignedStaffId !== undefined && change.assignedStaffId !== conversation.assignedStaffId) {
        if (change.assignedStaffId !== null) await this.assertAssignable(tx, staff, conversation, change.assignedStaffId);
        conversation.assignedStaffId = change.assignedStaffId;
        changed.push('assignedStaffId');
      }
      if (change.status !== undefined && change.status !== conversation.status) {
        conversation.status = change.status;
        changed.push('status');
      }
      if (change.starred !== undefined && change.starred !== conversation.starred) {
        conversation.starred = change.starred;
        changed.push('starred');
      }
      if (!changed.length) return;
      await tx.flush();
      await publishEvent(tx, { type: 'conversation.updated', conversationId, locationId: conversation.locationId, patientId: conversation.patientId });
    });
    // Presented without a second access check: releasing your own thread can end your access to it,
    // and the answer is still the state you just set (the change is committed either way).
    const [view] = await this.present(staff, [await this.orm.em.fork().findOneOrFail(Conversation, conversationId)]);
    if (!view) throw notFound();
    if (changed.length) {
      await this.audit.recordStaffAction(staff, 'conversation.update', {
        patientId: view.patient.id,
        target: { type: 'conversation', id: conversationId },
        details: { changed, status: view.status, starred: view.starred, assignedStaffId: view.assignedTo?.id ?? null },
      });
    }
    return view;
  }

  /** Staff who may be given this thread: active, same organisation, working at its location. */
  async assignees(staff: AuthenticatedStaff, conversationId: string): Promise<Assignee[]> {
    const conversation = await this.accessible(staff, conversationId);
    const people = await this.orm.em.fork().find(Staff, { organizationId: staff.organizationId, active: true }, { orderBy: { name: 'asc' } });
    return people.filter((p) => p.locationIds.includes(conversation.locationId)).map((p) => ({ id: p.id, name: p.name, role: p.role }));
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
    if (!conversation) throw notFound();
    assertLocationAccess(staff, conversation.locationId);
    // Not theirs to see: answer as if it did not exist, so ids cannot be probed.
    if (!(await this.access.canViewPatient(staff, conversation))) throw new ApiError(HttpStatus.NOT_FOUND, 'CONVERSATION_NOT_FOUND', 'This conversation does not exist.');
    return conversation;
  }

  private async assertAssignable(tx: ReturnType<MikroORM['em']['fork']>, staff: AuthenticatedStaff, conversation: IConversation, staffId: string): Promise<void> {
    const person = await tx.findOne(Staff, { id: staffId, organizationId: staff.organizationId });
    if (!person || !person.active) {
      throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'ASSIGNEE_NOT_FOUND', 'That staff member does not exist or no longer has access. Pick someone from the list.');
    }
    if (!person.locationIds.includes(conversation.locationId)) {
      throw new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, 'ASSIGNEE_NO_ACCESS', `${person.name} does not work at this location, so they could not see this conversation. Pick someone who does.`);
    }
  }

  /** Pictures per message id, in order (ids and types only; bytes are served by MediaService). */
  async mediaOf(messageIds: string[]): Promise<Map<string, { id: string; contentType: string }[]>> {
    const byMessage = new Map<string, { id: string; contentType: string }[]>();
    if (!messageIds.length) return byMessage;
    const rows = await this.orm.em.fork().find(MessageMedia, { messageId: { $in: messageIds } }, { orderBy: { position: 'asc' }, fields: ['id', 'messageId', 'contentType', 'position'] });
    for (const r of rows) if (r.messageId) byMessage.set(r.messageId, [...(byMessage.get(r.messageId) ?? []), { id: r.id, contentType: r.contentType }]);
    return byMessage;
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

  private async present(staff: AuthenticatedStaff, conversations: IConversation[]): Promise<ConversationView[]> {
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
