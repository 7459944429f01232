import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Conversation, queueAssignedAlertPush, Staff, type IConversation, type MikroORM } from '@beacon/db';
import { publishEvent } from '@beacon/realtime';
import { conversationChangePermissions } from '@beacon/staff';
import type { AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { assertPermission } from '../auth/require-permission.js';
import { AuditService } from '../audit/audit.service.js';
import { ApiError } from '../common/api-error.js';
import { ORM } from '../core/tokens.js';
import { conversationNotFound, InboxService } from './inbox.service.js';
import type { ConversationView } from './inbox.presenter.js';
import type { Assignee, UpdateConversationBody } from '@beacon/contracts';

/** Changing a thread: close / reopen, assign / unassign, star / unstar, and who it may be given to. */
@Injectable()
export class ConversationUpdateService {
  constructor(@Inject(ORM) private readonly orm: MikroORM, private readonly inbox: InboxService, private readonly audit: AuditService) {}

  /** Close / reopen, assign / unassign, star / unstar; everyone who can see the thread is told. */
  async updateConversation(staff: AuthenticatedStaff, conversationId: string, change: UpdateConversationBody): Promise<ConversationView> {
    await this.inbox.accessible(staff, conversationId);
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
        // Given to someone else (taking it yourself needs no push): tell them of its open alert.
        if (change.assignedStaffId !== null && change.assignedStaffId !== staff.id) {
          await queueAssignedAlertPush(tx, { organizationId: conversation.organizationId, conversationId, locationId: conversation.locationId, patientId: conversation.patientId, staffId: change.assignedStaffId });
        }
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
    const [view] = await this.inbox.present(staff, [await this.orm.em.fork().findOneOrFail(Conversation, conversationId)]);
    if (!view) throw conversationNotFound();
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
    const conversation = await this.inbox.accessible(staff, conversationId);
    const people = await this.orm.em.fork().find(Staff, { organizationId: staff.organizationId, active: true }, { orderBy: { name: 'asc' } });
    return people.filter((p) => p.locationIds.includes(conversation.locationId)).map((p) => ({ id: p.id, name: p.name, role: p.role }));
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
}
