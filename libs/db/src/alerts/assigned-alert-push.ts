import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueOutboxWithPush, pushNotificationCommand } from '../outbox/outbox.js';

export interface ThreadAssignment {
  organizationId: string;
  conversationId: string;
  locationId: string;
  patientId: string;
  /** The person the thread was just given to. */
  staffId: string;
}

/**
 * Called in the transaction that gives a thread to someone else: when the thread's patient has an open
 * (unacknowledged) alert at its location, queue one push telling the new assignee ("alert assigned to
 * you", naming the newest open alert) — only when the organisation has a device subscribed. The push
 * workflow checks again, when it runs, that the thread is still theirs, the alert still open and that
 * the one access rule lets them see the thread.
 */
export async function queueAssignedAlertPush(tx: EntityManager, assignment: ThreadAssignment): Promise<void> {
  const [alert] = await tx.execute<{ id: string }[]>(
    `select id from staff_alert where organization_id = ? and location_id = ? and patient_id = ? and acknowledged_at is null order by created_at desc, id limit 1`,
    [assignment.organizationId, assignment.locationId, assignment.patientId],
  );
  if (!alert) return;
  const event = { kind: 'assigned', conversationId: assignment.conversationId, staffId: assignment.staffId, alertId: alert.id } as const;
  await enqueueOutboxWithPush(tx, [], { organizationId: assignment.organizationId, command: pushNotificationCommand(event) });
}
