import type { PermissionFlag, StaffAccessSubject } from './access-policy.js';

/** The parts of `PATCH /api/conversations/:id` that need a permission (anything else in the body is ignored here). */
export interface ConversationChangeRequest {
  status?: unknown;
  assignedStaffId?: unknown;
  starred?: unknown;
}

/**
 * Flags a change to a thread needs, on top of being allowed to see it:
 * - star / unstar: nothing more (a marker for the team, changes nothing for the patient);
 * - close / reopen, take the thread (assign to yourself) or release it: `canSendMessages` (working the inbox);
 * - give it to someone else, or take it away from someone else: also `viewAllConversations` (the people who
 *   triage the whole inbox; someone limited to their own patients only picks up or releases their own threads).
 * `currentAssigneeId` is the thread's assignee when known (the service checks again with the row; the guard
 * only sees the body).
 */
export function conversationChangePermissions(staff: Pick<StaffAccessSubject, 'id'>, change: ConversationChangeRequest, currentAssigneeId?: string | null): PermissionFlag[] {
  const needs = new Set<PermissionFlag>();
  if (change.status !== undefined) needs.add('canSendMessages');
  if (change.assignedStaffId !== undefined) {
    needs.add('canSendMessages');
    const givesToOther = change.assignedStaffId !== null && change.assignedStaffId !== staff.id;
    const takesFromOther = !!currentAssigneeId && currentAssigneeId !== staff.id && change.assignedStaffId !== currentAssigneeId;
    if (givesToOther || takesFromOther) needs.add('viewAllConversations');
  }
  return [...needs];
}
